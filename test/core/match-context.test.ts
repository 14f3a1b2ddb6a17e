import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack, matchText, parsePack } from '../../src/core';

const parsed = parsePack(readFileSync(join(__dirname, '../../assets/packs/reference.json'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
const compiled = compilePack(parsed.value);
const claimsOf = (text: string, context?: string) => matchText(compiled, text, { context }).flatMap((m) => m.claims);

describe('a role noun alone refers back to the speaker named with that role', () => {
  it('resolves "the spokesman" to Peskov named sentences before, across another person', () => {
    const before = 'Dmitry Peskov took questions from reporters on Monday. Foreign minister Andrii Sybiha was travelling in Asia.';
    expect(claimsOf('Russia will do everything necessary to guarantee its security, the spokesman warned.', before)).toContain('russia-security');
    expect(claimsOf('Selon le porte-parole, la Russie fera tout le nécessaire pour garantir sa sécurité.', 'Peskov a été interrogé lundi.')).toContain('russia-security');
  });

  it('does not resolve a role with no such speaker before (another spokesman)', () => {
    const before = 'The Ukrainian foreign ministry held a briefing on Monday.';
    expect(claimsOf('Russia will do everything necessary to guarantee its security, the spokesman warned.', before)).toEqual([]);
  });

  it('a role next to another name is that name\u2019s title', () => {
    const before = 'Peskov spoke in the morning.';
    expect(claimsOf('Russia will do everything necessary to guarantee its security, said the ministry spokeswoman Maria Zakharova.', before)).toEqual([]);
  });
});

describe('an inserted reporting verb with no subject takes the speaker before', () => {
  it('Italian and Romanian', () => {
    expect(claimsOf('Se Zelensky è pronto, ha detto, venga pure a Mosca.', 'Il capo del Cremlino ha parlato con la stampa a Pechino.')).toContain('invitation');
    expect(claimsOf('Dacă Zelenski este pregătit, a spus el, să vină la Moscova.', 'Liderul de la Kremlin a vorbit cu presa.')).toContain('invitation');
  });

  it('keeps the sentence\u2019s own speaker when the one before is someone else', () => {
    expect(
      claimsOf('Putin nunca se ha negado a reunirse con Zelenski, siempre que el encuentro esté bien preparado, aseguró.', 'El asesor Yuri Ushakov habló con la prensa.'),
    ).toContain('never-refused-meeting');
  });
});

describe('interviews, inserted clauses and places next to a reporting verb', () => {
  it('a labelled interview turn mid-sentence ("… ? — Peskov: …") is who answers next', () => {
    const before = 'Q: Why should Zelensky go to Moscow? — Peskov: Because all the conditions for work are there. Q: Kyiv says you are asking him to give up.';
    expect(claimsOf('— No, this is not about capitulation at all: it is about talking.', before)).toContain('talk-not-capitulation');
  });

  it('a place before a comma and an inserted verb is no speaker ("Il vertice in Alaska, ha ricordato, …")', () => {
    const before = 'Sui rapporti con Washington, il portavoce del Cremlino è apparso più cauto. Il vertice in Alaska, ha ricordato, è stato un passo importante.';
    expect(claimsOf('Ma i danni sono troppi e servirà tempo per uscire dallo stallo.', before)).toContain('us-relations-damage');
  });

  it('a place before a subject pronoun is no speaker ("Саммит на Аляске он назвал …")', () => {
    const before = 'О российско-американских отношениях Песков высказался сдержанно. Саммит на Аляске он назвал важным шагом.';
    expect(claimsOf('Но ущерб слишком велик, и нужно время, добавил он.', before)).toContain('us-relations-damage');
  });

  it('a role after "according to" and a comma is not the next name\u2019s title', () => {
    const before = 'Речник Кремля Дмитро Пєсков у неділю прокоментував пропозицію.';
    expect(claimsOf('За словами речника, Зеленського запрошують до Москви на розмову, а не для того, щоб він капітулював.', before)).toContain(
      'talk-not-capitulation',
    );
  });
});

describe('damage and a freeze together', () => {
  it('"beaucoup de dégâts … cette paralysie" is us-relations-damage', () => {
    expect(claimsOf('« Beaucoup de dégâts ont été causés, et cette paralysie ne se dissipera pas de sitôt », a résumé Peskov.')).toContain('us-relations-damage');
  });
});

describe('a speaker named before a colon', () => {
  it('"The Russian president\u2019s answer was short: …" is the president speaking, in any language', () => {
    expect(claimsOf('Ответ российского президента был коротким: если Зеленский готов, пусть приезжает в Москву.')).toContain('invitation');
    expect(claimsOf('La respuesta del mandatario ruso fue escueta: que Zelenski venga a Moscú.')).toContain('invitation');
    expect(claimsOf("The Russian president's answer was short: let Zelensky come to Moscow.")).toContain('invitation');
  });

  it('another voice’s answer before the colon is that voice’s', () => {
    expect(claimsOf("Sybiha's answer was blunt: the invitation to Moscow is unacceptable.")).toEqual([]);
  });
});
