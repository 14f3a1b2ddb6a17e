import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack, compiledFor, matchText, parsePack, scriptsOf, validatePack, type ClaimMatch, type ClaimPack } from '../../src/core';

const packText = readFileSync(join(__dirname, '../../assets/packs/reference.json'), 'utf8');
const parsed = parsePack(packText);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
const pack: ClaimPack = parsed.value;
const compiled = compilePack(pack);

const claimsOf = (text: string, context?: string) => matchText(compiled, text, { context }).flatMap((m) => m.claims);

describe('the reference article', () => {
  const matches = matchText(compiled, pack.reference.text);

  it('yields all 13 claims of the pack', () => {
    const found = new Set(matches.flatMap((m) => m.claims));
    expect([...found].sort()).toEqual(pack.claims.map((c) => c.id).sort());
  });

  it('gives offsets such that text is exactly the input slice', () => {
    for (const m of matches) expect(pack.reference.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists several claims of one sentence in the pack order', () => {
    const both = matches.find((m) => m.claims.length > 1)!;
    expect(both.claims).toEqual(['intel-channels-open', 'presidents-talks-difficult']);
  });

  it('scores every match within (0, 1]', () => {
    for (const m of matches) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('matching in each of the ten languages', () => {
  const cases: [string, string, string][] = [
    ['en', 'Kremlin spokesman Dmitry Peskov said the invitation was about dialogue, not surrender.', 'talk-not-capitulation'],
    ['fr', 'Le Kremlin affirme que Poutine n’a jamais refusé de rencontrer Zelensky.', 'never-refused-meeting'],
    ['de', 'Putin habe Selenskyj nach Moskau eingeladen, sagte der Kremlsprecher.', 'invitation'],
    ['es', 'Rusia hará todo lo necesario para garantizar su seguridad, dijo Peskov.', 'russia-security'],
    ['it', 'Secondo Peskov i canali di comunicazione tra i servizi segreti restano aperti.', 'intel-channels-open'],
    ['pt', 'Zelensky disse que não vemos nenhuma vontade da Rússia de acabar com a guerra.', 'zelensky-no-will-to-end-war'],
    ['pl', 'Pieskow przyznał, że szkody w stosunkach z USA są zbyt duże.', 'us-relations-damage'],
    ['ro', 'Putin apreciază eforturile lui Trump, a spus Peskov.', 'putin-values-trump-efforts'],
    ['ru', 'Песков заявил, что разговоры президентов России и США остаются непростыми.', 'presidents-talks-difficult'],
    ['uk', 'Путін заявив, що територіальні питання треба вирішити на референдумі після скасування воєнного стану.', 'territorial-referendum'],
  ];
  for (const [lang, sentence, claim] of cases) {
    it(`finds ${claim} in ${lang}`, () => expect(claimsOf(sentence)).toEqual([claim]));
  }

  it('finds names in any script and case (Зеленського, Pieskowa, Selenskyj)', () => {
    expect(claimsOf('Зеленський заявив, що запрошення до Москви означає, що Росія не хоче зустрічі.')).toEqual(['zelensky-moscow-means-no-meeting']);
    expect(claimsOf('Według Pieskowa jest nadzieja na zakończenie wojny.')).toEqual(['hope-no-timeline']);
  });

  it('tolerates a misspelt cue word through the fuzzy pass', () => {
    const [m] = matchText(compiled, 'Peskov said it was not about capitualtion but about dialogue.');
    expect(m.claims).toEqual(['talk-not-capitulation']);
    expect(m.score).toBeLessThan(matchText(compiled, 'Peskov said it was not about capitulation but about dialogue.')[0].score);
  });
});

describe('matching Chinese and Japanese, which put no spaces between words', () => {
  const cases: [string, string, string][] = [
    ['zh (Simplified)', '克里姆林宫发言人佩斯科夫表示，这是对话的邀请，而不是投降。', 'talk-not-capitulation'],
    ['zh (Traditional)', '佩斯科夫說，普京從未拒絕與澤倫斯基會面，但會晤必須經過充分準備。', 'never-refused-meeting'],
    ['ja', 'プーチン大統領はゼレンスキー氏をモスクワに招待した。', 'invitation'],
    ['ja', 'ゼレンスキー氏は「現時点でロシアに戦争を終わらせる意志はない」と述べた。', 'zelensky-no-will-to-end-war'],
  ];
  for (const [lang, sentence, claim] of cases) {
    it(`finds ${claim} in ${lang}`, () => expect(claimsOf(sentence)).toEqual([claim]));
  }
  it('reads a negation that touches its verb, with no space between ("拒否していない": has not refused)', () => {
    expect(claimsOf('ペスコフ報道官は、プーチン氏が会談を拒否していないと述べた。')).toEqual(['never-refused-meeting']);
  });
  it('leaves the near misses alone', () => {
    expect(claimsOf('ゼレンスキー氏は、テロ国家の首都には行けないと述べた。')).toEqual([]);
    expect(claimsOf('泽连斯基说，普京可以来基辅。')).toEqual([]);
  });
});

describe('compiling for the scripts a page uses', () => {
  const greek = 'Ο Πεσκόφ δήλωσε ότι οι μυστικές υπηρεσίες των δύο χωρών κρατούν ανοιχτά τα κανάλια επικοινωνίας.';
  const english = 'Kremlin spokesman Dmitry Peskov said the invitation was about dialogue, not surrender.';
  it('matches Latin text alike with fewer terms, and knows it cannot match a script it left out', () => {
    const latin = compilePack(pack, { scripts: scriptsOf(english) });
    expect(latin.scripts.size).toBe(0);
    expect(matchText(latin, english).flatMap((m) => m.claims)).toEqual(claimsOf(english));
    expect(compiledFor(latin, english)).toBe(true);
    expect(compiledFor(latin, greek)).toBe(false);
    expect(matchText(latin, greek)).toEqual([]);
    const withGreek = compilePack(pack, { scripts: scriptsOf(`${english} ${greek}`) });
    expect(compiledFor(withGreek, greek)).toBe(true);
    expect(matchText(withGreek, greek).flatMap((m) => m.claims)).toEqual(['intel-channels-open']);
  });
});

describe('near misses', () => {
  const nearMisses = [
    'Zelensky said he could not go to the capital of a terrorist state.',
    'Putin can come to Kyiv, Zelensky said.',
    'Ukrainian Foreign Minister Andrii Sybiha called the offer unacceptable.',
    'Putin promised that Zelensky would be safe in Moscow.',
    'Trump said he had asked Putin for the meeting.',
    'In response to Putin’s invitation, Zelensky said he was ready to meet elsewhere.',
    'Peskov said security cannot be ensured at the expense of another state.',
    'Putin said a referendum would confirm the legitimacy of power in Ukraine.',
    'Each side defends its own interests in these talks, Peskov said.',
    'Peskov said Russia would never capitulate.',
    'Zelensky said that Russia was preparing a new offensive and did not want peace.',
    'Zelensky, who has repeatedly said Russia does not want peace, met Macron in Paris on Friday.',
    'Peskow sagte, es gebe keine Hoffnung auf einen schnellen Frieden.',
  ];
  for (const s of nearMisses) it(`does not match: ${s}`, () => expect(claimsOf(s)).toEqual([]));

  it('does not give a Russian claim to a Ukrainian speaker saying the same words', () => {
    expect(claimsOf('Zelensky said there was hope of ending the war soon.')).toEqual([]);
  });
});

describe('passing mentions of the invitation', () => {
  // The noun "invitation" as the subject or object of another statement names the act in passing.
  const passing = [
    'Kremlin says Moscow invitation is about dialogue, Kyiv unconvinced',
    'The invitation to Moscow remains on the table, the Kremlin said.',
    'Laut Kreml ist die Einladung nach Moskau ernst gemeint, sagte Peskow.',
    'Le Kremlin estime que l’invitation à Moscou reste valable.',
    'Песков сказал, что приглашение в Москву остается в силе.',
  ];
  for (const s of passing) it(`does not mark invitation: ${s}`, () => expect(claimsOf(s)).not.toContain('invitation'));

  const acts = [
    'Putin invited Zelensky to Moscow, the Kremlin said.',
    'Путин повторил своё приглашение Зеленскому в Москву, сказал Песков.',
    'Putin renewed his invitation to Zelensky to meet in Moscow, Peskov said.',
  ];
  for (const s of acts) it(`marks invitation: ${s}`, () => expect(claimsOf(s)).toContain('invitation'));
});

describe('other languages degrade gracefully', () => {
  it('still finds a named speaker and the quoted word, without false marks', () => {
    expect(claimsOf('Peskov zei dat de uitnodiging naar Moskou gaat over dialoog, niet over "capitulation".')).toEqual(['talk-not-capitulation']);
    expect(claimsOf('Peskov zei dat Rusland de "veiligheid" van de regio bespreekt.')).toEqual([]);
    expect(claimsOf('Zelensky sa att han inte kan resa till Moskva.')).toEqual([]);
  });
  it('knows a few Dutch, Swedish and Czech words, without marking their near misses', () => {
    expect(claimsOf('Poetin heeft Zelensky uitgenodigd om naar Moskou te komen, zo bevestigde het Kremlin.')).toEqual(['invitation']);
    expect(claimsOf('Peskov řekl, že pozvání do Moskvy není "kapitulace", ale dialog.')).toEqual(['talk-not-capitulation']);
    expect(claimsOf('Zelensky wil Poetin best ontmoeten, maar niet in Moskou; Poetin kan naar Kyiv komen, zei hij.')).toEqual([]);
    expect(claimsOf('Underrättelsetjänsterna i Ryssland och USA håller sina kanaler öppna, uppger Peskov.')).toEqual(['intel-channels-open']);
  });
  it('knows a few Turkish words (agglutinated endings included), without marking a near miss', () => {
    expect(claimsOf('Kremlin sözcüsü Peskov, Rusya ile ABD istihbarat servislerinin iletişim kanallarını açık tuttuğunu belirtti.')).toEqual(['intel-channels-open']);
    expect(claimsOf('Peskov, Trump ile Putin arasındaki görüşmelerin şu an için zor ilerlediğini açıkladı.')).toEqual(['presidents-talks-difficult']);
    expect(claimsOf('Zelenski, teröristlerin başkentine gidemeyeceğini söyledi.')).toEqual([]);
  });
});

describe('attribution in real coverage', () => {
  it('does not take names of a reported clause for the speaker', () => {
    expect(claimsOf('El Kremlin confirmó que Putin ha invitado a Zelenski a Moscú y recordó el contexto.')).toEqual(['invitation']);
  });
  it('does not take "Baltic states" for someone speaking', () => {
    const before = 'The Kremlin spokesman was then asked about NATO troops in the Baltic states.';
    expect(claimsOf('Moscow, he warned, will do whatever it takes to guarantee its own security.', before)).toEqual(['russia-security']);
  });
  it('does not take the one met "with" for the speaker', () => {
    expect(claimsOf('Prezydent Zełenski nigdy nie wykluczał spotkania z rosyjskim przywódcą.')).toEqual([]);
    expect(claimsOf('Zelensky has never ruled out a meeting with the Russian president, he said.')).toEqual([]);
    expect(claimsOf('Peskov said Putin never refused a meeting with Zelensky.')).toEqual(['never-refused-meeting']);
  });
  it('keeps damaged relations with Europe, the EU or Kyiv apart from US–Russia relations', () => {
    expect(claimsOf('Песков: отношения с Европой разрушены, и на восстановление уйдут годы.')).toEqual([]);
    expect(claimsOf('Peskov said relations with Kyiv were badly damaged.')).toEqual([]);
    expect(claimsOf('Peskov admitted that relations with Washington had suffered too much damage.')).toEqual(['us-relations-damage']);
  });
  it('lets a negated veto word veto nothing ("не отказывается от встречи … готов принять его в Москве")', () => {
    expect(claimsOf('Глава российского государства заявил, что не отказывается от встречи с украинским коллегой и готов принять его в Москве.')).toEqual(['invitation', 'never-refused-meeting']);
    expect(claimsOf('Zelensky refused the invitation to come to Moscow, Peskov said.')).toEqual([]);
  });
  it('takes an inverted "…, assure Moscou" in an inserted clause for the Kremlin', () => {
    expect(claimsOf("Poutine n'a jamais refusé une rencontre avec Zelensky si elle est bien préparée, assure Moscou, qui attend un geste de Kiev.")).toEqual(['never-refused-meeting']);
    expect(claimsOf('Putin nunca ha rechazado reunirse con Zelenski, afirma Moscú.')).toEqual(['never-refused-meeting']);
  });
  it('does not count the place that speaks as the venue of an invitation', () => {
    expect(claimsOf('Moscow insists Putin never refused a meeting with Zelensky, provided it is well prepared.')).toEqual(['never-refused-meeting']);
    expect(claimsOf('Zelensky would be welcome in Moscow, Moscow says.')).toEqual(['invitation']);
  });
  it('takes "Moscow says…" for the Kremlin, but not a place elsewhere in the sentence', () => {
    expect(claimsOf('Mosca sostiene che lo zar non abbia mai rifiutato un incontro con il leader ucraino.')).toEqual(['never-refused-meeting']);
    expect(claimsOf('Moscow says the invitation is about dialogue, not capitulation.')).toEqual(['talk-not-capitulation']);
    expect(claimsOf('În opinia lui Zelenski, oferta de a veni la Moscova arată că Rusia nu vrea ca întâlnirea să aibă loc.')).not.toContain('invitation');
  });
  it('takes "For X, …" as X\'s view: commentators are not the pack\'s speakers', () => {
    expect(claimsOf('For many observers, Putin’s offer to host Zelensky in Moscow is a way to avoid a real meeting.')).toEqual([]);
    expect(claimsOf('Pour Zelensky, inviter à Moscou revient à torpiller la rencontre.')).toEqual(['zelensky-moscow-means-no-meeting']);
  });
  it('does not take a meeting with Trump in Moscow for the invitation', () => {
    expect(claimsOf('Putin said he was ready to meet Trump in Moscow.')).toEqual([]);
  });
  it('does not take the subject of a clause without "that" for a second speaker', () => {
    expect(claimsOf('Zelensky says Moscow invite shows Putin doesn’t want to meet')).toEqual(['zelensky-moscow-means-no-meeting']);
  });
  it('does not take the subject of an English clause without "that" for the speaker', () => {
    expect(claimsOf('Sybiha said Putin only pretended to invite Zelensky to Moscow.')).toEqual([]);
  });
  it('takes the speaker before for a bare verb after the quotation', () => {
    const before = 'Zelensky respondeu com ironia à proposta russa.';
    expect(claimsOf('«Quem quer que o encontro não aconteça convida-me para Moscovo», disse, acusando o Kremlin de adiar tudo.', before)).toEqual(['zelensky-moscow-means-no-meeting']);
  });
  it('takes the speaker before when a pronoun is the subject and the names are objects', () => {
    const before = 'Kreml przypomniał też wcześniejsze stanowisko prezydenta Rosji.';
    expect(claimsOf('Nigdy nie odmawiał on spotkania z Zełenskim, jeśli zostanie ono starannie przygotowane.', before)).toEqual(['never-refused-meeting']);
  });
});

describe('a speaker named in an earlier sentence', () => {
  it('is found in the same text ("He added that …")', () => {
    const text = 'Dmitry Peskov spoke to reporters on Friday. He added that time is needed to get out of the impasse in relations with Washington.';
    const [m] = matchText(compiled, text);
    expect(m.claims).toEqual(['us-relations-damage']);
    expect(m.evidence.speaker).toMatchObject({ id: 'peskov', alias: 'Peskov', from: 'context' });
  });

  it('is found in options.context, offsets staying relative to the text', () => {
    const text = 'Он добавил, что свет в конце тоннеля есть.';
    const [m] = matchText(compiled, text, { context: 'Песков прокомментировал ход переговоров.' });
    expect(m.claims).toEqual(['hope-no-timeline']);
    expect(m.start).toBe(0);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.evidence.speaker?.from).toBe('context');
  });

  it('carries over a quotation split over several sentences', () => {
    const text = 'Zelensky spoke in Kyiv. « We will not capitulate. But for now we see no will on their side to end the war », he said.';
    expect(claimsOf(text)).toEqual(['zelensky-no-will-to-end-war']);
  });

  it('is not inherited by a sentence that names another speaker', () => {
    const context = 'Dmitry Peskov spoke to reporters on Friday.';
    expect(claimsOf('Sybiha said there was hope of ending the war.', context)).toEqual([]);
    expect(claimsOf('Macron said there was hope of ending the war.', context)).toEqual([]);
  });
});

describe('evidence', () => {
  it('names the speaker alias and the cue words as they appear in the text', () => {
    const [m]: ClaimMatch[] = matchText(compiled, 'По словам Пескова, Путин высоко ценит усилия Трампа.');
    expect(m.evidence.speaker).toEqual({ id: 'peskov', alias: 'Пескова', from: 'sentence' });
    expect(m.evidence.cues).toEqual([{ claim: 'putin-values-trump-efforts', words: expect.arrayContaining(['ценит', 'усилия', 'Трампа']) }]);
  });
});

describe('sentence segmentation in news text', () => {
  it('does not split after abbreviations and initials', () => {
    const text = 'Selon M. Peskov, il y a de l’espoir de mettre fin à la guerre. V. Poutine n’a rien dit.';
    const [m] = matchText(compiled, text);
    expect(m.text).toBe('Selon M. Peskov, il y a de l’espoir de mettre fin à la guerre.');
  });
});

describe('the match data of a pack', () => {
  it('is validated with JSON paths to the error', () => {
    const bad = JSON.parse(packText);
    bad.claims[3].match.any[0].all[0] = '@no-such-concept';
    bad.claims[1].match.speakers = ['nobody'];
    const r = validatePack(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContainEqual({ message: expect.stringContaining('unknown concept "@no-such-concept"'), where: '$.claims[3].match.any[0].all[0]' });
      expect(r.error).toContainEqual({ message: expect.stringContaining('"nobody"'), where: '$.claims[1].match.speakers[0]' });
    }
  });

  it('lets a claim without match data never match', () => {
    const p = structuredClone(pack);
    for (const c of p.claims) delete c.match;
    expect(matchText(compilePack(p), pack.reference.text)).toEqual([]);
  });
});
