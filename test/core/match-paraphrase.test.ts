import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack, matchText, parsePack } from '../../src/core';

const parsed = parsePack(readFileSync(join(__dirname, '../../assets/packs/reference.json'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
const compiled = compilePack(parsed.value);
const claimsOf = (text: string) => [...new Set(matchText(compiled, text).flatMap((m) => m.claims))].sort();

// Loose paraphrases of the quotes, as press coverage words them in the ten languages ("-": none).
const CASES: [string, string][] = [
  ["hope-no-timeline", "Peskov said there is light at the end of the tunnel in the war in Ukraine."],
  ["hope-no-timeline", "Il portavoce del Cremlino Peskov ha detto che si vede una luce in fondo al tunnel per la guerra."],
  ["hope-no-timeline", "Peskov a declarat că există o lumină la capătul tunelului în acest război."],
  ["hope-no-timeline", "Peskow sagte, es gebe Licht am Ende des Tunnels im Krieg."],
  ["hope-no-timeline", "Pieskow powiedział, że widać światełko w tunelu, jeśli chodzi o wojnę."],
  ["hope-no-timeline", "Peskov dijo que hay luz al final del túnel en la guerra."],
  ["hope-no-timeline", "Peskov disse que há luz ao fundo do túnel na guerra."],
  ["hope-no-timeline", "Песков заявил, что свет в конце тоннеля есть."],
  ["hope-no-timeline", "Пєсков заявив, що світло в кінці тунелю є."],
  ["hope-no-timeline", "Peskov a affirmé qu'il y avait une lumière au bout du tunnel."],
  ["us-relations-damage", "Peskov said relations with Washington are at rock bottom and it will take time to repair them."],
  ["us-relations-damage", "Peskov said the damage runs too deep in relations with the United States."],
  ["us-relations-damage", "Peskov said ties with Washington remain deadlocked."],
  ["us-relations-damage", "Peskov said relations with the US are frozen and recovery won't be quick."],
  ["us-relations-damage", "Peskov ha detto che i rapporti con gli Stati Uniti sono ai minimi storici e ci vorrà tempo."],
  ["us-relations-damage", "Peskov ha affermato che le relazioni con Washington restano in una situazione di stallo."],
  ["us-relations-damage", "Peskov a spus că relațiile cu SUA sunt înghețate și că va fi nevoie de timp."],
  ["us-relations-damage", "Peskov a spus că relațiile ruso-americane sunt într-un impas."],
  ["us-relations-damage", "Peskov a declarat că s-au produs prea multe pagube în relațiile cu Washingtonul."],
  ["us-relations-damage", "Peskow sagte, die Beziehungen zu den USA seien auf einem Tiefpunkt, es werde Zeit brauchen."],
  ["us-relations-damage", "Peskow sagte, der Schaden in den Beziehungen zu Washington sei zu groß."],
  ["us-relations-damage", "Peskow erklärte, die Beziehungen zu den USA seien festgefahren."],
  ["us-relations-damage", "Pieskow stwierdził, że relacje z USA są zamrożone i potrzeba czasu."],
  ["us-relations-damage", "Песков заявил, что отношения с США находятся на нуле и на их восстановление уйдет время."],
  ["us-relations-damage", "Пєсков заявив, що відносини зі США перебувають у глухому куті."],
  ["us-relations-damage", "Peskov dijo que las relaciones con Washington están estancadas y que llevará tiempo."],
  ["us-relations-damage", "Peskov disse que as relações com os EUA estão num impasse e que vai demorar."],
  ["us-relations-damage", "Peskov a déclaré que les relations avec Washington étaient au point mort et que cela prendrait du temps."],
  ["intel-channels-open", "Peskov said Russian and US spy agencies keep talking to each other."],
  ["intel-channels-open", "Peskov said the intelligence services of the two countries stay in contact."],
  ["intel-channels-open", "Peskov ha detto che i servizi segreti dei due Paesi restano in contatto."],
  ["intel-channels-open", "Peskov a spus că serviciile de informații ale celor două țări păstrează canalele de comunicare deschise."],
  ["intel-channels-open", "Peskov a spus că serviciile secrete ale celor două țări rămân în contact."],
  ["intel-channels-open", "Peskow sagte, die Geheimdienste beider Länder stünden weiter in Kontakt."],
  ["intel-channels-open", "Peskow sagte, die Kommunikationskanäle der Geheimdienste blieben offen."],
  ["intel-channels-open", "Песков заявил, что спецслужбы двух стран поддерживают контакты."],
  ["intel-channels-open", "Пєсков заявив, що спецслужби двох країн підтримують канали зв'язку."],
  ["intel-channels-open", "Pieskow powiedział, że służby specjalne obu krajów utrzymują kontakt."],
  ["presidents-talks-difficult", "Peskov said talks between Putin and Trump are not easy."],
  ["presidents-talks-difficult", "Peskov said the conversations between the two presidents remain tough."],
  ["presidents-talks-difficult", "Peskov ha detto che i colloqui tra i due presidenti non sono semplici."],
  ["presidents-talks-difficult", "Peskov a spus că discuțiile dintre cei doi președinți nu sunt ușoare."],
  ["presidents-talks-difficult", "Peskov a spus că discuțiile dintre Putin și Trump sunt dificile."],
  ["presidents-talks-difficult", "Peskow sagte, die Gespräche zwischen den beiden Präsidenten seien nicht leicht."],
  ["presidents-talks-difficult", "Peskow sagte, die Gespräche zwischen Putin und Trump blieben schwierig."],
  ["presidents-talks-difficult", "Песков сказал, что разговоры Путина и Трампа непростые."],
  ["putin-values-trump-efforts", "Peskov said Putin highly values Trump's mediation."],
  ["putin-values-trump-efforts", "Peskov said Putin rates Trump's efforts highly."],
  ["putin-values-trump-efforts", "Peskov ha detto che Putin apprezza molto gli sforzi di Trump."],
  ["putin-values-trump-efforts", "Peskov ha detto che Putin tiene in grande considerazione gli sforzi di Trump."],
  ["putin-values-trump-efforts", "Peskov a spus că Putin apreciază foarte mult eforturile lui Trump."],
  ["putin-values-trump-efforts", "Peskov a spus că Putin apreciază enorm medierea lui Trump."],
  ["putin-values-trump-efforts", "Peskow sagte, Putin schätze Trumps Bemühungen sehr."],
  ["putin-values-trump-efforts", "Peskow sagte, Putin wisse Trumps Vermittlungsbemühungen sehr zu schätzen."],
  ["putin-values-trump-efforts", "Песков заявил, что Путин высоко ценит усилия Трампа."],
  ["russia-security", "Peskov said Russia will do whatever it takes to ensure its security."],
  ["russia-security", "Peskov ha detto che la Russia farà tutto il necessario per garantire la propria sicurezza."],
  ["russia-security", "Peskov ha detto che la Russia farà quanto necessario per la sua sicurezza."],
  ["russia-security", "Peskov a spus că Rusia va face tot ce este necesar pentru a-și garanta securitatea."],
  ["russia-security", "Peskov a spus că Rusia va face tot posibilul pentru a-și asigura securitatea."],
  ["russia-security", "Peskow sagte, Russland werde alles Notwendige tun, um seine Sicherheit zu gewährleisten."],
  ["russia-security", "Peskow sagte, Russland werde alles Nötige für seine Sicherheit unternehmen."],
  ["russia-security", "Песков заявил, что Россия сделает все необходимое для обеспечения своей безопасности."],
  ["russia-security", "Peskov dijo que Rusia hará lo que sea necesario para garantizar su seguridad."],
  ["russia-security", "Peskov disse que a Rússia fará o que for necessário para garantir a sua segurança."],
  ["russia-security", "Pieskow powiedział, że Rosja zrobi wszystko, co konieczne, by zapewnić sobie bezpieczeństwo."],
];

describe('loose paraphrases of the claims', () => {
  it.each(CASES)('%s: %s', (want, sentence) => {
    expect(claimsOf(sentence)).toEqual(want === '-' ? [] : want.split(',').sort());
  });
});
