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

  it('with nobody of that role before, takes it for the role of the last pack speaker named (their spokesman)', () => {
    const talks = 'He said the exchanges between the two leaders remain hard going.';
    expect(claimsOf(talks, 'Asked about the Putin-Trump phone diplomacy, the spokesman chose his words with care.')).toEqual(['presidents-talks-difficult']);
    expect(claimsOf('Las conversaciones entre ambos mandatarios, dijo, siguen siendo complicadas.', 'Sobre el diálogo entre Putin y Trump, el portavoz se mostró menos optimista.')).toEqual(['presidents-talks-difficult']);
    // Zelensky, named last, has no spokesman in the pack: the role stays someone else's.
    expect(claimsOf(talks, 'Putin spoke in the morning. Zelensky asked about the calls, the spokesman chose his words with care.')).toEqual([]);
  });

  it('does not take a spokesman whose employer the text names for Peskov', () => {
    const before = 'Putin invited Zelensky to Moscow on Friday.';
    expect(claimsOf('The spokesman said the conversations between the two presidents remain difficult.', before)).toEqual(['presidents-talks-difficult']);
    expect(claimsOf('The White House spokesman said the conversations between the two presidents remain difficult.', before)).toEqual([]);
    expect(claimsOf('El portavoz de la Casa Blanca dijo que las conversaciones entre los dos presidentes siguen siendo difíciles.', before)).toEqual([]);
    expect(claimsOf('Пресс-секретарь Белого дома заявил, что переговоры между двумя президентами остаются сложными.', before)).toEqual([]);
  });

  it('does not take a spokesman the text names as someone else\u2019s for a pack speaker named before', () => {
    const before = 'Peskov spoke on Monday. Karoline Leavitt, portavoz de la Casa Blanca, habló después.';
    expect(claimsOf('La portavoz de la Casa Blanca aseguró que Putin aprecia mucho los esfuerzos de Trump.', before)).toEqual([]);
    // Nor is "spokeswoman said Putin" a "spokesman … Putin" name: the verb parts its words.
    expect(claimsOf('The White House spokeswoman said Putin greatly appreciates Trump’s efforts.', before)).toEqual([]);
  });

  it('a role next to another name is that name\u2019s title', () => {
    const before = 'Peskov spoke in the morning.';
    expect(claimsOf('Russia will do everything necessary to guarantee its security, said the ministry spokeswoman Maria Zakharova.', before)).toEqual([]);
  });
});

describe('a woman speaking is none of the pack’s speakers (all men): `others.women`', () => {
  const before = 'Karoline Leavitt, the White House press secretary, was asked about the Kremlin’s remarks.';
  it('"She said Putin …" is hers, not Putin’s', () => {
    expect(claimsOf('She said Putin greatly appreciated the president’s efforts and that the relationship was constructive.', before)).toEqual([]);
    expect(claimsOf('Elle a assuré que Vladimir Poutine appréciait grandement les efforts du président américain.', before)).toEqual([]);
    expect(claimsOf('Potrivit acesteia, refuzul de a veni la Moscova dovedește că Kievul nu vrea întâlnirea.', 'Maria Zaharova a reacționat la declarațiile lui Zelenski.')).toEqual([]);
    // "According to her" names her as the source, where "according to him" takes the speaker before.
    const peskovBefore = 'Zelensky spoke in Kyiv. Peskov answered reporters in Moscow.';
    expect(claimsOf('По её словам, Путин никогда не отказывался от встречи с Зеленским.', peskovBefore)).toEqual([]);
    expect(claimsOf('Segundo ela, Putin nunca recusou um encontro com Zelensky.', peskovBefore)).toEqual([]);
    expect(claimsOf('По его словам, Путин никогда не отказывался от встречи с Зеленским.', peskovBefore)).toEqual(['never-refused-meeting']);
  });
  it('no word of `she` is another language’s word (the languages are pooled)', () => {
    expect(claimsOf('Ona göre iki ülkenin istihbarat servisleri arasındaki iletişim kanalları açık kalmaya devam ediyor.', 'Peskov konuştu.')).toEqual(['intel-channels-open']);
    expect(claimsOf('As questões territoriais só podem ser resolvidas por referendo depois do fim da lei marcial.', 'Putin falou em Vladivostok.')).toEqual(['territorial-referendum']);
  });
  it('while "he said" still takes the speaker before, and "in it" is no woman', () => {
    expect(claimsOf('He said Putin greatly appreciated Trump’s efforts and that the relationship was constructive.', 'Peskov was asked about the White House’s remarks.')).toEqual(['putin-values-trump-efforts']);
    expect(claimsOf('En ella aseguró que hay esperanza en lo que respecta a la guerra, aunque evitó aventurar cuándo podrían cesar los combates.', 'Dmitri Peskov, portavoz de la Presidencia rusa, concedió una larga entrevista.')).toEqual(['hope-no-timeline']);
  });
});

describe('attribution at the end of a sentence', () => {
  it('the sentence’s own reporting verb with its auxiliary vetoes nothing ("a répondu")', () => {
    expect(claimsOf('Zelensky ? Qu’il vienne donc à Moscou s’il tient vraiment à une rencontre, a répondu le président russe.')).toEqual(['invitation']);
    // "En réponse à …" opening the sentence is still the passing mention.
    expect(claimsOf('En réponse à l’invitation de Poutine à Moscou, Zelensky a répondu qu’il ne viendrait pas.')).toEqual([]);
  });
  it('"заявил он" takes the speaker before, named ahead of an inserted "говоря о …"', () => {
    expect(claimsOf('Россия «сделает всё необходимое» для обеспечения собственной безопасности, заявил он.', 'Песков, говоря о западном санкционном давлении, был категоричен.')).toEqual(['russia-security']);
  });
  it('a bare reporting verb after a dash at the end takes the speaker before (Polish)', () => {
    expect(claimsOf('Zełenski został zaproszony do Moskwy na rozmowy, a nie po to, by skapitulować – podkreślił.', 'Pieskow wyjaśnił sens zaproszenia.')).toEqual(['invitation', 'talk-not-capitulation']);
  });
  it('knows the presidential spokesman, without letting every "president" through the precheck', () => {
    expect(claimsOf('Moscow will do “whatever is necessary” to ensure its security, the presidential spokesman warned.')).toEqual(['russia-security']);
    expect(claimsOf('Moscou fera « tout ce qu’il faut » pour garantir sa sécurité, a prévenu le porte-parole présidentiel.')).toEqual(['russia-security']);
  });
});

describe('far wordings', () => {
  it('"Zelensky talks", "qualsiasi cosa serva", Moscow’s doors open to one who wants to meet', () => {
    expect(claimsOf('Kremlin: Putin has never ruled out Zelensky talks — but they must bring ‘positive results’')).toEqual(['never-refused-meeting']);
    expect(claimsOf('La Russia farà qualsiasi cosa serva per garantire la propria sicurezza, ha avvertito Peskov.')).toEqual(['russia-security']);
    expect(claimsOf('«Si de verdad quiere reunirse, las puertas de Moscú están abiertas», afirmó Putin ante la prensa en Pekín.')).toEqual(['invitation']);
    // Moscow's doors open to someone else are not the invitation.
    expect(claimsOf('Las puertas de Moscú están abiertas para una reunión con Trump, afirmó Putin.')).toEqual([]);
  });
});

describe('a quotation over several sentences is its speaker’s, wherever the attribution sits', () => {
  it('reads on over a line break when the next line closes the quotation', () => {
    expect(claimsOf('But the talks between our president and the American president are still hard going.”', '“The dialogue exists,” Peskov said. “Nobody has hung up the phone.')).toEqual(['presidents-talks-difficult']);
    expect(claimsOf('Aber die Gespräche zwischen unserem Präsidenten und dem amerikanischen Präsidenten sind nach wie vor nicht einfach.“', '„Der Dialog existiert“, sagte Peskow. „Niemand hat den Hörer aufgelegt.')).toEqual(['presidents-talks-difficult']);
  });
  it('takes a title before the name of an incise ("a déclaré M. Peskov")', () => {
    expect(claimsOf('« Le dialogue existe, a déclaré M. Peskov. Personne n’a raccroché. Mais les conversations entre les deux présidents ne sont toujours pas simples. »')).toEqual(['presidents-talks-difficult']);
  });
  it('takes a verb of listing as a reporting verb in a dialogue-dash incise', () => {
    expect(claimsOf('«Диалог есть, хотя и не на всех уровнях, — перечислял Песков. — Контакты министров — время от времени. Каналы между спецслужбами — открыты».')).toEqual(['intel-channels-open']);
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

// The speaker named sentences before, another person (background, or only an object) in between.
const CONTEXT_CASES: [string, string, string][] = [
  ["russia-security", "Peskov spoke to reporters on Monday. He was asked about European troops.", "He added that Russia would do everything necessary to ensure its security."],
  ["russia-security", "Peskov spoke to reporters on Monday. Macron had proposed sending troops.", "Russia, he warned, will do everything necessary to ensure its security."],
  ["russia-security", "Peskov a parlé lundi. Emmanuel Macron avait évoqué l'envoi de troupes.", "Il a ajouté que la Russie ferait tout le nécessaire pour sa sécurité."],
  ["russia-security", "Peskow äußerte sich am Montag. Macron hatte Truppen ins Gespräch gebracht.", "Er fügte hinzu, Russland werde alles Notwendige für seine Sicherheit tun."],
  ["russia-security", "Peskov ha parlato lunedì. Macron aveva proposto l'invio di truppe.", "Ha aggiunto che la Russia farà tutto il necessario per la propria sicurezza."],
  ["russia-security", "Peskov a vorbit luni. Macron propusese trimiterea de trupe.", "El a adăugat că Rusia va face tot ce este necesar pentru securitatea sa."],
  ["russia-security", "Pieskow wypowiadał się w poniedziałek. Macron proponował wysłanie wojsk.", "Dodał, że Rosja zrobi wszystko, co konieczne dla swojego bezpieczeństwa."],
  ["russia-security", "Песков выступил в понедельник. Макрон предлагал отправить войска.", "Он добавил, что Россия сделает все необходимое для своей безопасности."],
  ["russia-security", "Пєсков виступив у понеділок. Макрон пропонував відправити війська.", "Він додав, що Росія зробить усе необхідне для своєї безпеки."],
  ["russia-security", "Peskov habló el lunes. Macron había propuesto enviar tropas.", "Añadió que Rusia hará todo lo necesario para su seguridad."],
  ["russia-security", "Peskov falou na segunda-feira. Macron tinha proposto enviar tropas.", "Acrescentou que a Rússia fará tudo o que for necessário para a sua segurança."],
  ["invitation", "Putin took questions in Beijing. He was asked about Zelensky.", "\"If he is ready, let him come to Moscow,\" he said."],
  ["invitation", "Putin répondait aux journalistes à Pékin.", "Selon lui, si Zelensky est prêt, qu'il vienne à Moscou."],
  ["invitation", "Putin sprach in Peking vor Journalisten.", "Wenn Selenskyj bereit sei, solle er nach Moskau kommen, meinte der Kremlchef."],
  ["invitation", "Putin a vorbit la Beijing.", "În opinia sa, dacă Zelenski este pregătit, poate veni la Moscova."],
  ["invitation", "Putin ha parlato a Pechino.", "A suo dire, se Zelensky è pronto può venire a Mosca."],
  ["invitation", "Putin ha parlato a Pechino. Gli è stato chiesto di Zelensky.", "Secondo il leader russo, Zelensky può venire a Mosca."],
  ["zelensky-moscow-means-no-meeting", "Zelensky responded on Thursday evening. Putin had invited him to Moscow the day before.", "In his view, the Moscow invitation shows that Russia does not want the meeting."],
  ["zelensky-moscow-means-no-meeting", "Зеленский ответил в четверг. Накануне Путин пригласил его в Москву.", "По его мнению, приглашение в Москву показывает, что Россия не хочет встречи."],
  ["zelensky-moscow-means-no-meeting", "Zełenski odpowiedział w czwartek. Dzień wcześniej Putin zaprosił go do Moskwy.", "Jego zdaniem zaproszenie do Moskwy pokazuje, że Rosja nie chce spotkania."],
  ["zelensky-moscow-means-no-meeting", "Selenskyj antwortete am Donnerstag. Putin hatte ihn am Vortag nach Moskau eingeladen.", "Seiner Ansicht nach zeigt die Einladung nach Moskau, dass Russland kein Treffen will."],
  ["zelensky-moscow-means-no-meeting", "Zelenski a răspuns joi. Putin îl invitase la Moscova cu o zi înainte.", "În opinia sa, invitația la Moscova arată că Rusia nu vrea întâlnirea."],
  ["zelensky-moscow-means-no-meeting", "Zelensky ha risposto giovedì. Putin lo aveva invitato a Mosca il giorno prima.", "Secondo lui, l'invito a Mosca dimostra che la Russia non vuole l'incontro."],
  ["zelensky-no-will-to-end-war", "Zelensky spoke in Kyiv. Peskov had said there was hope.", "But for now, he said, Russia has no will to end the war."],
  ["zelensky-no-will-to-end-war", "Zelensky parlava a Kiev. Peskov aveva parlato di speranza.", "Ma per ora, ha detto, la Russia non ha alcuna volontà di porre fine alla guerra."],
  ["zelensky-no-will-to-end-war", "Zelenski a vorbit la Kiev. Peskov vorbise despre speranță.", "Dar deocamdată, a spus el, Rusia nu are nicio voință de a pune capăt războiului."],
  ["zelensky-no-will-to-end-war", "Selenskyj sprach in Kiew. Peskow hatte von Hoffnung gesprochen.", "Doch derzeit, sagte er, habe Russland keinen Willen, den Krieg zu beenden."],
];

describe('the speaker before, across another person', () => {
  it.each(CONTEXT_CASES)('%s: [%s] %s', (want, before, sentence) => {
    expect(claimsOf(sentence, before)).toEqual(want.split(','));
  });

  it('"În opinia lui Zelenski" names its speaker (not "according to him")', () => {
    expect(claimsOf('În opinia lui Zelenski, oferta de a veni la Moscova arată că Rusia nu vrea ca întâlnirea să aibă loc.', 'Putin a vorbit la Beijing.')).toContain(
      'zelensky-moscow-means-no-meeting',
    );
  });
});

// Quotations over several sentences (French incises inside the guillemets), datelines, interview
// turns and dialogue dashes, role-only references ("the Russian official", "der russische Beamte").
const STYLE_CASES: [string, string, string][] = [
  ["zelensky-no-will-to-end-war", "Il presidente ucraino ha parlato a Kiev. Peskov aveva parlato di speranza.", "Per ora, ha aggiunto il leader ucraino, Mosca non ha alcuna volontà di finire la guerra."],
  ["zelensky-no-will-to-end-war", "Președintele ucrainean a vorbit la Kiev.", "Deocamdată, a adăugat liderul de la Kiev, Moscova nu are voința de a încheia războiul."],
  ["zelensky-no-will-to-end-war", "Der ukrainische Präsident sprach in Kiew.", "Bislang, fügte der Staatschef hinzu, habe Moskau keinen Willen, den Krieg zu beenden."],
  ["hope-no-timeline", "Il portavoce del Cremlino ha parlato con i giornalisti.", "C'è speranza, ha detto, ma è troppo presto per dire quando finirà la guerra."],
  ["hope-no-timeline", "Purtătorul de cuvânt al Kremlinului a vorbit cu jurnaliștii.", "Există speranță, a spus el, dar este prea devreme pentru a spune când se va încheia războiul."],
  ["hope-no-timeline", "Der Kremlsprecher sprach mit Journalisten.", "Es gebe Hoffnung, sagte er, aber es sei zu früh, um zu sagen, wann der Krieg ende."],
  ["us-relations-damage", "Peskov ha parlato dei rapporti con Washington.", "Il danno è troppo grande, ha spiegato il portavoce, e serve tempo."],
  ["us-relations-damage", "Peskov a vorbit despre relațiile cu Washingtonul.", "Răul făcut este prea mare, a explicat purtătorul de cuvânt, și e nevoie de timp."],
  ["us-relations-damage", "Peskow sprach über die Beziehungen zu Washington.", "Der Schaden sei zu groß, erklärte der Sprecher, es brauche Zeit."],
  ["russia-security", "Dmitri Peskov a été interrogé sur les projets européens. Le ministre Lavrov était alors en Turquie.", "La Russie fera tout le nécessaire pour sa sécurité, a répondu le porte-parole."],
  ["russia-security", "Dmitri Peskow wurde nach den europäischen Plänen gefragt. Außenminister Lawrow war zu der Zeit in der Türkei.", "Russland werde alles Notwendige für seine Sicherheit tun, antwortete der Sprecher."],
  ["russia-security", "Dmitri Peskov è stato interpellato sui piani europei. Il ministro Lavrov si trovava in Turchia.", "La Russia farà tutto il necessario per la sua sicurezza, ha risposto il portavoce."],
  ["russia-security", "Dmitri Peskov a fost întrebat despre planurile europene. Ministrul Lavrov se afla în Turcia.", "Rusia va face tot ce este necesar pentru securitatea sa, a răspuns purtătorul de cuvânt."],
  ["russia-security", "Dmitrij Pieskow został zapytany o plany europejskie. Minister Ławrow przebywał wtedy w Turcji.", "Rosja zrobi wszystko, co konieczne dla swojego bezpieczeństwa – odpowiedział rzecznik."],
  ["russia-security", "Дмитрия Пескова спросили о планах европейцев. Министр Лавров в это время был в Турции.", "Россия сделает все необходимое для своей безопасности, ответил представитель Кремля."],
  ["russia-security", "Дмитра Пєскова запитали про плани європейців. Міністр Лавров у цей час був у Туреччині.", "Росія зробить усе необхідне для своєї безпеки, відповів речник."],
  ["russia-security", "A Dmitri Peskov le preguntaron por los planes europeos. El ministro Lavrov estaba en Turquía.", "Rusia hará todo lo necesario para su seguridad, respondió el portavoz."],
  ["russia-security", "Dmitri Peskov foi questionado sobre os planos europeus. O ministro Lavrov estava na Turquia.", "A Rússia fará tudo o que for necessário para a sua segurança, respondeu o porta-voz."],
  ["russia-security", "Dmitry Peskov was asked about European plans.", "Russia will do everything necessary for its security, the Kremlin official replied."],
  ["zelensky-no-will-to-end-war", "Володимир Зеленський відповів на запитання журналістів. Раніше Пєсков говорив про надію.", "Поки що, за словами українського лідера, в Росії немає бажання закінчувати війну."],
  ["zelensky-no-will-to-end-war", "Wołodymyr Zełenski odpowiadał na pytania dziennikarzy.", "— Na razie nie widzimy po stronie rosyjskiej woli zakończenia wojny — powiedział."],
  ["zelensky-no-will-to-end-war", "Zelensky a répondu aux questions des journalistes.", "— Pour l'instant, nous ne voyons aucune volonté russe de mettre fin à la guerre, a-t-il dit."],
  ["zelensky-no-will-to-end-war", "Zelensky ha risposto alle domande dei giornalisti.", "— Per ora non vediamo da parte russa alcuna volontà di finire la guerra."],
  ["russia-security", "Peskov was speaking on state television. \"The situation is tense.", "Russia will do everything necessary to ensure its security,\" he said."],
  ["russia-security", "\"We are watching closely,\" Peskov said. \"The Europeans keep talking about troops.", "But Russia will do everything necessary to ensure its security.\""],
  ["russia-security", "« Nous suivons cela de près, a dit Peskov. Les Européens parlent de troupes.", "Mais la Russie fera tout le nécessaire pour assurer sa sécurité. »"],
  ["russia-security", "„Wir beobachten das genau“, sagte Peskow. „Die Europäer reden von Truppen.", "Aber Russland wird alles Notwendige für seine Sicherheit tun.“"],
  ["russia-security", "«Мы внимательно следим», — сказал Песков. «Европейцы говорят о войсках.", "Но Россия сделает все необходимое для своей безопасности»."],
  ["russia-security", "MOSCOW, Sept 5 (Reuters) - The Kremlin said on Friday it was watching European plans closely.", "Russia will do everything necessary to ensure its security, the Kremlin official said."],
  ["russia-security", "Dmitry Peskov spoke on Friday.", "The Russian official said Russia will do everything necessary to ensure its security."],
  ["russia-security", "Dmitri Peskov s'est exprimé vendredi.", "Le responsable russe a affirmé que la Russie fera tout le nécessaire pour sa sécurité."],
  ["russia-security", "Peskow äußerte sich am Freitag.", "Der russische Beamte sagte, Russland werde alles Notwendige für seine Sicherheit tun."],
  ["russia-security", "Peskov ha parlato venerdì.", "Il funzionario russo ha detto che la Russia farà tutto il necessario per la sua sicurezza."],
  ["russia-security", "Peskov a vorbit vineri.", "Oficialul rus a spus că Rusia va face tot ce este necesar pentru securitatea sa."],
  ["russia-security", "Песков выступил в пятницу.", "Российский чиновник заявил, что Россия сделает все необходимое для своей безопасности."],
  ["russia-security", "Q: Will Europe send troops? — Peskov: We will see. Q: And if it does?", "— Russia will do everything necessary to ensure its security."],
  ["russia-security", "— Готова ли Россия к диалогу? — спросил журналист. — Мы всегда готовы, — ответил Песков.", "— Россия сделает все необходимое для своей безопасности."],
  ["russia-security", "Peskov took questions from reporters.", "Asked about European troops, he said Russia would do everything necessary to ensure its security."],
  ["zelensky-no-will-to-end-war", "KYIV — Zelensky addressed reporters on Thursday.", "Asked about the Kremlin's comments, the Ukrainian leader said Russia has no will to end the war."],
];

describe('press styles with the speaker before', () => {
  it.each(STYLE_CASES)('%s: [%s] %s', (want, before, sentence) => {
    expect(claimsOf(sentence, before)).toEqual(want.split(','));
  });
});

describe('an interview answer takes its topic from the question before it', () => {
  const before = 'Dmitry Peskov gave a long interview to state television on Sunday.';
  it('matches an answer whose cue words complete the question’s', () => {
    expect(claimsOf('Q: How would you describe the phone calls between the two presidents? A: They remain difficult, frankly.', before)).toEqual(['presidents-talks-difficult']);
    expect(claimsOf('— Comment qualifieriez-vous les échanges entre les deux présidents ? — Ils restent difficiles.', 'Dmitri Peskov a répondu dimanche aux questions de la télévision publique.')).toEqual(['presidents-talks-difficult']);
  });

  it('does not match an answer that brings none of the claim’s words, nor a statement after a non-question', () => {
    expect(claimsOf('Q: How would you describe the phone calls between the two presidents? A: I will not comment.', before)).toEqual([]);
    expect(claimsOf('The two presidents spoke by phone last week. A: They remain difficult, frankly.', before)).toEqual([]);
  });
});

describe('wire copy names the speaker in the next sentence ("Об этом заявил …")', () => {
  it('takes the speaker of an attributing next sentence, in several languages', () => {
    expect(claimsOf('Путин никогда не отказывался от встречи с Зеленским, если она будет хорошо подготовлена. Об этом заявил пресс-секретарь президента России Дмитрий Песков.')).toEqual(['never-refused-meeting']);
    expect(claimsOf('Запрошення до Москви означає, що Росія не хоче цієї зустрічі. Про це заявив Володимир Зеленський.')).toEqual(['zelensky-moscow-means-no-meeting']);
    expect(claimsOf('La Russia farà tutto il necessario per garantire la propria sicurezza. Lo ha detto il portavoce del Cremlino Dmitri Peskov.')).toEqual(['russia-security']);
  });

  it('prefers it to a speaker named before, and needs a named speaker in it', () => {
    const text = 'Zelensky spoke in Kyiv on Monday. Russia will do everything necessary to guarantee its security. This was said by Dmitry Peskov.';
    expect(matchText(compiled, text).map((m) => [m.claims, m.evidence.speaker?.id])).toEqual([[['russia-security'], 'peskov']]);
    expect(claimsOf('Россия сделает всё необходимое для обеспечения своей безопасности. Об этом пишут многие газеты.')).toEqual([]);
    expect(claimsOf('Россия сделает всё необходимое для обеспечения своей безопасности. Об этом заявил Песков.')).toEqual(['russia-security']);
  });
});

describe('whom a statement was told to is not who made it', () => {
  it('keeps the speaker from before after "he told Rossiya 1" and "speaking to ABC News"', () => {
    expect(claimsOf('"Russia will do everything necessary to guarantee its security," he told Rossiya 1.', 'Dmitry Peskov spoke to state television on Sunday.')).toEqual(['russia-security']);
    expect(claimsOf('Speaking to ABC News, the Ukrainian president said an invitation to Moscow means Russia does not want the meeting to happen.')).toEqual(['zelensky-moscow-means-no-meeting']);
  });
  it('does not make the addressee a speaker ("Peskov told Zelensky’s envoy")', () => {
    expect(claimsOf('Zelensky spoke first. Peskov later told Zelensky that Russia will do everything necessary for its security.')).toEqual(['russia-security']);
  });
});

describe('a name that opens a sentence as its topic is not who speaks', () => {
  it('takes the spokesman, not Trump, as the lead of "Sobre Donald Trump, el portavoz …"', () => {
    const before = 'Sobre Donald Trump, el portavoz del Kremlin tuvo palabras amables.';
    expect(claimsOf('Putin, dijo, valora muchísimo el empeño del republicano y la relación constructiva que ambos han forjado.', before)).toEqual(['putin-values-trump-efforts']);
  });
  it('still takes a speaker named after the topic', () => {
    expect(claimsOf('Что касается Трампа, Песков сказал, что Путин высоко ценит его усилия.')).toEqual(['putin-values-trump-efforts']);
    expect(claimsOf('Quant à Zelensky, il a fait savoir que Poutine ne refusait pas de le rencontrer si la rencontre est bien préparée.', 'Dmitri Peskov a répondu aux questions de la presse lundi.')).toEqual(['never-refused-meeting']);
  });
});

describe('a role after a possessive is the role of the speaker named just before', () => {
  it('takes "his spokesman" after Putin for Peskov, in several languages', () => {
    expect(claimsOf('Putin has never refused to meet Zelensky, his spokesman said on Monday.')).toEqual(['never-refused-meeting']);
    expect(claimsOf("Poutine n'a jamais refusé de rencontrer Zelensky, a déclaré son porte-parole.")).toEqual(['never-refused-meeting']);
    expect(claimsOf('Путин никогда не отказывался от встречи с Зеленским, заявил его пресс-секретарь.')).toEqual(['never-refused-meeting']);
  });
  it('does not take the spokesman of someone else for Peskov', () => {
    expect(claimsOf('Sybiha believes Russia will do everything necessary for its security, his spokesman said.')).toEqual([]);
  });
});

describe('headlines, views and sentences pointing back', () => {
  it('takes the one before "to" in a headline "Putin to Zelensky: …" as the speaker', () => {
    expect(matchText(compiled, 'Poutine à Zelensky : « Qu’il vienne donc à Moscou »').map((m) => m.evidence.speaker?.id)).toEqual(['putin']);
  });
  it('gives a view put first by someone else ("For most analysts, …") to them, not to the names after it', () => {
    expect(claimsOf('Para la mayoría de los analistas, las conversaciones entre Trump y Putin seguirán siendo difíciles.')).toEqual([]);
    expect(claimsOf("Pour l'instant, nous ne voyons aucune volonté russe de mettre fin à la guerre, a dit Zelensky.")).toEqual(['zelensky-no-will-to-end-war']);
  });
  it('lets "That alone …" take the topic of the sentence before, but not a bare "That is why …"', () => {
    expect(claimsOf('Das allein sei bereits positiv, fügte er hinzu.', 'Selenskyj verwies darauf, dass Moskau inzwischen selbst über ein Spitzentreffen rede.')).toEqual(['zelensky-talk-of-meeting-positive']);
    expect(claimsOf('“That is why the meeting matters to us,” he said.', '“If you want this meeting not to happen, you have to invite me to Moscow,” Zelensky told reporters.')).toEqual([]);
  });
});

describe('interview turns', () => {
  it('does not take the names in a bare question for who answers it', () => {
    const before = 'Fragment wywiadu Wołodymyra Zełenskiego dla amerykańskiej telewizji. — Putin zaprasza pana do Moskwy. Pojedzie pan?';
    expect(matchText(compiled, '— Jeśli ktoś chce, żeby do spotkania nigdy nie doszło, zaprasza mnie właśnie do Moskwy.', { context: before }).map((m) => [m.claims, m.evidence.speaker?.id])).toEqual([[['zelensky-moscow-means-no-meeting'], 'zelensky']]);
  });
  it('takes whom the question was put to when it says so', () => {
    const before = "— Voyez-vous un changement d'attitude côté russe ? demande la journaliste à Volodymyr Zelensky.";
    expect(claimsOf("— Franchement, non : à ce stade, rien n'indique qu'ils cherchent à arrêter cette guerre.", before)).toEqual(['zelensky-no-will-to-end-war']);
  });
});

describe('a reporting participle opening the sentence', () => {
  it('makes the name after its clause the speaker ("Speaking to ABC News, the Ukrainian president …")', () => {
    const before = "Speaking to ABC News, the Ukrainian president had little patience for the Kremlin's proposal. He did, however, find a silver lining.";
    expect(claimsOf('“That they have even started to talk about a meeting is, in itself, a good sign,” he said.', before)).toEqual(['zelensky-talk-of-meeting-positive']);
  });
});

describe('where the statement was made', () => {
  it('a place after a reporting verb or a press conference is no veto ("said in Kyiv")', () => {
    expect(claimsOf('Speaking at a news conference in Kyiv, Zelensky said the invitation to Moscow shows Russia does not want the meeting.')).toEqual(['zelensky-moscow-means-no-meeting']);
    expect(claimsOf('Lors d’une conférence de presse à Kiev, Zelensky a déclaré que l’invitation à Moscou montre que la Russie ne veut pas de la rencontre.')).toEqual(['zelensky-moscow-means-no-meeting']);
    expect(claimsOf('Зеленский на пресс-конференции в Киеве заявил, что Россия не хочет этой встречи, раз приглашает его в Москву.')).toEqual(['zelensky-moscow-means-no-meeting']);
  });

  it('a dateline is no veto either', () => {
    expect(claimsOf('KYIV, March 3 (Reuters) - Zelensky said the invitation to Moscow shows Russia does not want the meeting.')).toEqual(['zelensky-moscow-means-no-meeting']);
    expect(claimsOf('Kyiv, 3 September – Zelensky said Russia does not want the meeting, since it invites him to Moscow.')).toEqual(['zelensky-moscow-means-no-meeting']);
  });

  it('a place where one speaks is no cue: being ready to meet is no invitation to Moscow', () => {
    expect(claimsOf('Speaking in Moscow, Putin said he was ready to meet Zelensky.')).toEqual([]);
    expect(claimsOf('Putin said he was ready to meet Zelensky in Moscow.')).toEqual(['invitation']);
  });

  it('a place that names the meeting, not the speech, still counts', () => {
    expect(claimsOf('Zelensky said Putin can come to Kyiv.')).toEqual([]);
    expect(claimsOf('Putin said in an interview that Zelensky could come to Moscow.')).toEqual(['invitation']);
  });
});

describe('"according to" a place that speaks for a side', () => {
  it('makes the place the source, in several languages', () => {
    for (const s of [
      'According to Moscow, the two countries’ intelligence services keep their channels of communication open.',
      'Selon Moscou, les services de renseignement des deux pays maintiennent leurs canaux ouverts.',
      'Laut Moskau bleiben die Kommunikationskanäle der Geheimdienste beider Länder offen.',
      'Según Moscú, los servicios de inteligencia de ambos países mantienen abiertos sus canales.',
      'По словам Москвы, спецслужбы двух стран сохраняют каналы связи открытыми.',
    ]) expect(claimsOf(s), s).toEqual(['intel-channels-open']);
  });
});

describe('a claim stated whole in one clause', () => {
  it('is not vetoed by the words of a contrasting clause ("…, but Kyiv rejected the offer")', () => {
    for (const s of [
      'Putin hat Selenskyj nach Moskau eingeladen, doch Kiew lehnte ab.',
      'Putin zaprosił Zełenskiego do Moskwy, ale ten odmówił.',
      'Путин пригласил Зеленского в Москву, но в Киеве отвергли это предложение.',
      'Путін запросив Зеленського до Москви, але в Києві цю пропозицію відкинули.',
    ]) expect(claimsOf(s), s).toEqual(['invitation']);
  });

  it('still is when the veto is in the same clause, or the clauses only join ("if …, — invite me to Moscow")', () => {
    expect(claimsOf('Zelensky rejected the invitation to Moscow.')).toEqual([]);
    expect(claimsOf('Якщо хочеш, щоб зустрічі не було, — запрошуєш до Москви, пояснив він.', 'Президент України скептично поставився до заяв Кремля.')).not.toContain('invitation');
  });
});

describe('a reporting verb after "and"', () => {
  it('has the sentence’s subject, not the name just before it', () => {
    for (const s of [
      'Putin invites Zelensky to Moscow and says he will guarantee his safety.',
      'Putin invita Zelensky a Mosca e dice che garantirà la sua sicurezza.',
      'Путин пригласил Зеленского в Москву и заявил, что гарантирует его безопасность.',
    ]) expect(claimsOf(s), s).toEqual(['invitation']);
  });

  it('keeps a subject of the other side from voicing the claim', () => {
    expect(claimsOf('Zelensky rejected the invitation and said Putin can come to Kyiv.')).toEqual([]);
  });
});

describe('pooled languages', () => {
  it('Romanian "SUA" (the USA) is not the Italian "sua" (his), which must not veto an invitation', () => {
    expect(claimsOf('Putin ha detto che il leader ucraino può venire a Mosca, dove la sua incolumità sarà garantita.')).toEqual(['invitation']);
    expect(claimsOf('Peskov a declarat că relațiile cu SUA au suferit prea multe daune și că este nevoie de timp.')).toEqual(['us-relations-damage']);
  });
});

describe('Kyiv speaking for the Ukrainian side', () => {
  it('voices Zelensky’s claims ("Kyiv says …", "Selon Kiev, …"), and is then no veto', () => {
    expect(claimsOf('Kyiv says Russia shows no willingness to end the war.')).toEqual(['zelensky-no-will-to-end-war']);
    expect(claimsOf('Selon Kiev, les Russes ne montrent aucun signe de volonté de mettre fin à la guerre.')).toEqual(['zelensky-no-will-to-end-war']);
    expect(claimsOf('Kyiv insists that an invitation to Moscow only shows Russia does not want the meeting.')).toEqual(['zelensky-moscow-means-no-meeting']);
  });

  it('does not make the near misses match', () => {
    expect(claimsOf('Kyiv called the offer unacceptable.')).toEqual([]);
    expect(claimsOf('Kyiv says Putin can come to Kyiv.')).toEqual([]);
  });
});

describe('a name right after a verb of meeting or inviting', () => {
  it('is an object, not who speaks', () => {
    expect(claimsOf('Zelensky repeated that he was ready to meet Putin, but not in Moscow.')).toEqual([]);
    expect(claimsOf('Zelensky a répété qu’il était prêt à rencontrer Poutine, mais pas à Moscou.')).toEqual([]);
    expect(claimsOf('Putin invited Zelensky to Moscow.')).toEqual(['invitation']);
  });

  it('unless punctuation stands between ("… a meeting," Zelensky said)', () => {
    expect(claimsOf('"It\u2019s a good thing they\u2019ve started talking about a meeting," Zelensky said.')).toEqual(['zelensky-talk-of-meeting-positive']);
  });
});

describe('a concession put first ("Despite the freeze, …")', () => {
  it('is background: its words are no cue', () => {
    for (const s of [
      'Despite the diplomatic freeze, the intelligence services of both countries keep talking, Peskov said.',
      'Nonostante il gelo diplomatico, le intelligence dei due paesi continuano a parlarsi, ha detto Peskov.',
      'Pese al estancamiento diplomático, los servicios de inteligencia de ambos países siguen en contacto, dijo Peskov.',
    ]) expect(claimsOf(s), s).toEqual(['intel-channels-open']);
  });
});

describe('a name before a colon', () => {
  it('labels who speaks when it opens the sentence, not when a verb comes before it', () => {
    expect(claimsOf('Peskov: Putin greatly appreciates Trump’s efforts.')).toEqual(['putin-values-trump-efforts']);
    // "In the Kremlin they praise Trump: the Russian president values his contribution …"
    expect(claimsOf('В Кремле хвалят Трампа: президент России ценит его вклад в мирный процесс.')).toEqual(['putin-values-trump-efforts']);
    expect(claimsOf('Na Kremlu chwalą Trumpa: prezydent Rosji ceni jego zaangażowanie na rzecz pokoju.')).toEqual(['putin-values-trump-efforts']);
  });
});

describe('headline labels and idioms before a colon', () => {
  it('a place opening a headline, then a colon, labels who speaks ("Kiew: …")', () => {
    expect(claimsOf('Kiew: Russland hat kein Interesse an einem Ende des Krieges')).toEqual(['zelensky-no-will-to-end-war']);
    expect(claimsOf('Kyiv: Putin can come to Kyiv')).toEqual([]);
  });

  it('a veto before a colon does not cancel a claim stated whole after it', () => {
    expect(claimsOf('Putin devolveu a bola a Kiev: se Zelensky quer a cúpula, que pegue um avião para Moscou.')).toEqual(['invitation']);
  });
});

describe('a possessive after the role noun (Romanian)', () => {
  it('makes the role the named speaker’s ("purtătorul său de cuvânt")', () => {
    expect(claimsOf('Putin apreciază foarte mult eforturile lui Trump, a declarat purtătorul său de cuvânt.')).toEqual(['putin-values-trump-efforts']);
  });
});

describe('"In Kyiv they believe …"', () => {
  it('a place after a preposition, opening the sentence right before a reporting verb, speaks for its side', () => {
    for (const s of [
      'В Киеве считают, что Россия не хочет завершать войну.',
      'У Києві заявили, що Росія не хоче закінчувати війну.',
      'W Kijowie uważają, że Rosja nie chce zakończyć wojny.',
    ]) expect(claimsOf(s), s).toEqual(['zelensky-no-will-to-end-war']);
  });

  it('an inverted place before a colon speaks too ("…, assure Moscou : …")', () => {
    expect(claimsOf('Il ne s’agit pas de lever le drapeau blanc, assure Moscou : l’invitation vise à négocier.')).toEqual(['talk-not-capitulation']);
  });
});

describe('pooled-language collisions and clause breaks', () => {
  it('the English "on a … note" is not the Polish pronoun "on"', () => {
    expect(claimsOf('Russia will do everything necessary for its security, he said.', 'Peskov ended on a warning note.')).toEqual(['russia-security']);
  });

  it('"… and added that …" starts a new statement for vetoes', () => {
    expect(claimsOf('Peskov ha parlato di speranza ma senza date, e ha aggiunto che i servizi di intelligence dei due paesi continuano a comunicare.')).toEqual([
      'hope-no-timeline',
      'intel-channels-open',
    ]);
  });

  it('a concession with no comma after it drops only its own words ("Mimo zamrożenia relacji …")', () => {
    expect(claimsOf('Mimo zamrożenia relacji szpiedzy z Moskwy i Waszyngtonu wciąż ze sobą rozmawiają, twierdzi Kreml.')).toEqual(['intel-channels-open']);
    expect(claimsOf('Peskov disse que os espiões de Moscou e de Washington mantêm um canal aberto, apesar do gelo diplomático.')).toEqual(['intel-channels-open']);
  });
});

describe('a quoted answer after "X was asked about …"', () => {
  it('takes that sentence’s topic, as an interview answer does', () => {
    expect(claimsOf('"They are not easy conversations," he admitted.', 'Peskov was asked about the calls between Putin and Trump.')).toEqual(['presidents-talks-difficult']);
    expect(claimsOf('«No son conversaciones fáciles», admitió.', 'Al portavoz del Kremlin, Dmitri Peskov, le preguntaron por las llamadas entre ambos mandatarios.')).toEqual([
      'presidents-talks-difficult',
    ]);
  });

  it('not without the quotation, nor without a cue of its own', () => {
    expect(claimsOf('He then spoke about the weather.', 'Peskov was asked about the calls between Putin and Trump.')).toEqual([]);
    expect(claimsOf('"Yes," he said.', 'Peskov was asked about the calls between Putin and Trump.')).toEqual([]);
  });
});

describe('a concession among the last words', () => {
  it('is background too ("… despite the freeze in relations")', () => {
    expect(claimsOf('Intelligence channels stay open despite the freeze in relations, Peskov said.')).toEqual(['intel-channels-open']);
  });
});

describe('social posts', () => {
  it('an emoji glued to the speaker’s name does not hide it ("❗️Пєсков: …")', () => {
    expect(claimsOf('❗️Пєсков: спецслужби РФ і США тримають канали комунікації відкритими')).toEqual(['intel-channels-open']);
    expect(claimsOf('⚡️Peskow: Kreml hält Geheimdienstkanäle offen')).toEqual(['intel-channels-open']);
  });
});

describe('a place after a dash and a reporting verb', () => {
  it('speaks ("… – twierdzi Moskwa.")', () => {
    expect(claimsOf('Szkody w relacjach z USA są zbyt duże i potrzeba czasu – twierdzi Moskwa.')).toEqual(['us-relations-damage']);
  });

  it('"cu toate mijloacele" (with all means) is no concession', () => {
    expect(claimsOf('Rusia se va apăra cu toate mijloacele, a spus Peskov.')).toEqual(['russia-security']);
  });
});

describe('a headline joining two sides’ statements with a comma', () => {
  it('credits the first clause to its subject and the second to the one who speaks in it', () => {
    expect(claimsOf('Kremlin invites Ukrainian leader to Moscow, Kyiv calls it a way to dodge talks')).toEqual(['invitation', 'zelensky-moscow-means-no-meeting']);
    expect(claimsOf('Le Kremlin propose une rencontre à Moscou, Kiev y voit une manœuvre')).toContain('invitation');
  });
});

describe('the sentence’s own reporting verb is no veto', () => {
  it('"respondió Putin" attributes the quotation; it is not "in response to …"', () => {
    expect(claimsOf('«Que venga a Moscú», respondió Putin.')).toEqual(['invitation']);
    expect(claimsOf('«Que venga a Moscú», respondió.', 'Putin recibió a la prensa en Pekín.')).toEqual(['invitation']);
  });

  it('"in response to …" still vetoes a passing mention', () => {
    expect(claimsOf('En respuesta a la invitación de Putin a Moscú, Zelenski dijo que Putin puede venir a Kiev.')).toEqual([]);
  });
});

describe('words inside a longer name are no cue', () => {
  it('"the Kyiv leader" names Zelensky: its "Kyiv" is no venue and vetoes nothing', () => {
    expect(claimsOf('Putin said the Kyiv leader should come to Moscow if he wants a meeting.')).toContain('invitation');
    expect(claimsOf('Putin said the Kyiv leader can come to Moscow.')).toContain('invitation');
  });

  it('"Kyiv" on its own still vetoes ("come to Kyiv" is the near miss)', () => {
    expect(claimsOf('Zelensky said Putin can come to Kyiv instead of Moscow.')).toEqual([]);
  });
});

describe('a sentence that ends with who said it', () => {
  it('is all that speaker’s, even when it opens with another name ("…, Peskov said.")', () => {
    expect(claimsOf('Zelensky does not want to meet in Moscow, Peskov said.')).toEqual([]);
    expect(claimsOf('Zelensky does not want the meeting to happen, Kremlin spokesman Dmitry Peskov told reporters on Friday.')).toEqual([]);
  });

  it('a headline’s first clause is still its subject’s when the later clause says something itself', () => {
    expect(claimsOf('Kremlin invites Ukrainian leader to Moscow, Kyiv calls it a way to dodge talks')).toContain('invitation');
  });
});

describe('a relay at the end of the sentence', () => {
  it('leaves the statement to its subject ("…, сообщает ТАСС.")', () => {
    expect(claimsOf('Путин пригласил Зеленского в Москву, сообщает ТАСС.')).toEqual(['invitation']);
    expect(claimsOf('Putin invited Zelensky to Moscow, the Interfax agency reported.')).toEqual(['invitation']);
  });
});

describe('a meeting that did not take place', () => {
  it('is the claim only with the invitation or what Russia wants in it, not as a plain fact', () => {
    expect(claimsOf('Зеленский: встреча не состоялась из-за позиции России.')).toEqual([]);
    expect(claimsOf('Зеленський: зустріч не відбулася через позицію Росії.')).toEqual([]);
    expect(claimsOf('«Если хотите, чтобы встреча не состоялась, пригласите меня в Москву», — сказал Зеленский.')).toContain('zelensky-moscow-means-no-meeting');
  });
});

describe('a place that holds a view put first', () => {
  it('"Pour Kiev, …" makes Kyiv the source, and its name vetoes nothing', () => {
    expect(claimsOf("Pour Kiev, l'invitation à Moscou prouve que la Russie ne veut pas de cette rencontre.")).toEqual(['zelensky-moscow-means-no-meeting']);
  });
});

describe('other meetings and other talks', () => {
  it('"anywhere but Moscow" is no claim, in every language', () => {
    expect(claimsOf('Zelensky veut une rencontre avec Poutine, mais pas à Moscou, a-t-il dit.')).toEqual([]);
    expect(claimsOf('Zelenski quiere reunirse con Putin, pero no en Moscú, dijo.')).toEqual([]);
  });

  it('another leader hosted in Moscow is not the invitation', () => {
    expect(claimsOf('The Kremlin said Putin would host Indian Prime Minister Narendra Modi in Moscow.')).toEqual([]);
    expect(claimsOf('Putin said Zelensky can come to Moscow.')).toEqual(['invitation']);
  });

  it('the Istanbul talks stalling are not US–Russian relations', () => {
    expect(claimsOf('Peskov said the Istanbul talks had stalled, but declined to blame Washington.')).toEqual([]);
  });
});

describe('names in apposition and names inside what was said', () => {
  it('someone the pack does not know, named between commas before the verb, speaks', () => {
    expect(claimsOf('La portavoz de la Casa Blanca, Karoline Leavitt, dijo que las conversaciones entre Trump y Putin son difíciles.')).toEqual([]);
  });

  it('a pack speaker in apposition speaks too', () => {
    const m = matchText(compiled, 'The Kremlin spokesman, Dmitry Peskov, said the talks between Putin and Trump were difficult.');
    expect(m.flatMap((x) => x.claims)).toEqual(['presidents-talks-difficult']);
    expect(m[0]?.evidence.speaker?.id).toBe('peskov');
  });

  it('a name after the verb and a cue word is what was said, not who said it; a time word between is fine', () => {
    expect(matchText(compiled, 'Las conversaciones con Trump son difíciles, dijo este lunes Peskov.')[0]?.evidence.speaker?.id).toBe('peskov');
  });
});

describe('a role with its holder named right after it', () => {
  it('"o seu porta-voz, Dmitri Peskov, …" is Peskov, whoever was named before', () => {
    const before = 'Vladimir Putin voltou a estender a mão ao homólogo ucraniano, mas em casa.';
    expect(claimsOf('Não se trata de exigir a capitulação de Kiev, mas de abrir uma conversa, precisou o seu porta-voz, Dmitri Peskov, citado pela agência TASS.', before)).toContain('talk-not-capitulation');
  });
});

describe('vetoes for statements about something else', () => {
  it('"ready to end the war, but not to capitulate" has no negated will', () => {
    expect(claimsOf('Ukraina jest gotowa zakończyć wojnę, ale nie skapitulować – powiedział Zełenski.')).toEqual([]);
    expect(claimsOf('Zelenski a spus că Ucraina este pregătită să încheie războiul, dar nu să capituleze.')).toEqual([]);
  });

  it('a meeting with Trump is not the one Russia started talking about; avoiding a comment is not avoiding a meeting', () => {
    expect(claimsOf('Zelenski aseguró que la reunión con Trump fue positiva y que empezaron a hablar de garantías.')).toEqual([]);
    expect(claimsOf('Zelenski evitó comentar la reunión con Putin.')).toEqual([]);
  });
});

describe('words of one language that are other words in another (all languages are pooled)', () => {
  it.each([
    ['Selenskyj sagte vor dem Treffen mit Trump, er werde keine Gebiete abtreten.'], // ro "vor" (they want)
    ['Peskow hält es für zu früh, über ein Treffen zu sprechen.'], // en "halt"
    ['Die Sicherheit der vier Regionen sei garantiert, sagte Putin.'], // pt "vier" (comes)
    ['Die Beziehungen zu den USA müssten erst mal normalisiert werden, sagte Peskow.'], // fr "mal"
    ['Peskow sagte, das Land solle die Wahl selbst entscheiden.'], // en "land"
    ['Peskov ha detto che pare troppo presto per parlare di un incontro con Trump.'], // pt "pare" (stops)
    ['Zelensky ha detto che l’Ucraina farà di tutto per porre fine alla guerra.'], // ro "fără" (without)
    ['Zelensky said a meeting with Putin will not take place this year.'], // de "will" (wants)
    ['Zelenski a spus că Rusia vrea mai mult timp pentru a încheia războiul.'], // it "mai" (never)
    ['Peskov dijo que es pronto para una reunión en Moscú.'], // it, pt "pronto" (ready)
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('the languages’ own phrases still count', () => {
    expect(claimsOf('Putin has argued that any land dispute should go to a popular vote in Ukraine once wartime rule ends.')).toEqual(['territorial-referendum']);
  });
});

describe('the same words about other countries and other meetings', () => {
  it('relations with Germany are not US–Russian relations', () => {
    expect(claimsOf('Der Kremlsprecher sagte, die Beziehungen zu Deutschland seien zerrüttet.')).toEqual([]);
    expect(claimsOf('Peskow sagte, die Beziehungen zu den USA seien zerrüttet.')).toEqual(['us-relations-damage']);
  });

  it('a well-prepared meeting of ministers is not Putin’s with Zelensky', () => {
    expect(claimsOf('Peskow sagte, das Treffen zwischen Lawrow und Rubio sei gut vorbereitet worden.')).toEqual([]);
    expect(claimsOf('Peskow sagte, ein Treffen Putins mit Selenskyj müsse gut vorbereitet sein.')).toEqual(['never-refused-meeting']);
  });

  it('"the head of the Kyiv regime" is Zelensky, and its "Kyiv" vetoes nothing', () => {
    expect(claimsOf('„Wenn der Chef des Kiewer Regimes bereit ist, soll er nach Moskau kommen“, sagte der russische Präsident.')).toEqual(['invitation']);
  });
});

describe('names that are objects of praise or the topic of what was said', () => {
  it('"Trump praised Putin for his efforts" is not Putin valuing Trump’s', () => {
    expect(claimsOf('Trump lobte Putin für dessen Bemühungen um Frieden.')).toEqual([]);
    expect(claimsOf('Trump ha elogiato Putin per i suoi sforzi di pace.')).toEqual([]);
    expect(claimsOf('Putin greatly appreciates Trump’s efforts, Peskov said.')).toEqual(['putin-values-trump-efforts']);
  });

  it('a verb that both praises and reports keeps its subject after it ("reconnaît le Kremlin")', () => {
    expect(claimsOf('Poutine-Trump : des échanges « toujours compliqués », reconnaît le Kremlin')).toEqual(['presidents-talks-difficult']);
  });

  it('"sagte er über Selenskyj": the name after "über" is what he spoke about', () => {
    expect(claimsOf('„Soll er kommen, wir garantieren seine Sicherheit“, sagte er über Selenskyj.', 'Putin äußerte sich am Mittwoch in Peking.')).toEqual(['invitation']);
  });
});

describe('a reporting participle opening a long clause', () => {
  it('the name after its comma is the subject, not the names inside it', () => {
    const before = 'Asked by ABC’s David Muir whether he saw any movement from the Kremlin, Zelensky was guarded.';
    expect(claimsOf('He said there was no sign yet that Moscow wanted to end the war.', before)).toEqual(['zelensky-no-will-to-end-war']);
  });
});

describe('an unquoted answer after "X was asked about …"', () => {
  it('takes the question’s topic when it names no speaker of its own', () => {
    expect(claimsOf('Those conversations are not easy, he admitted.', 'Peskov was asked about the contacts between Putin and Trump.')).toEqual(['presidents-talks-difficult']);
    expect(claimsOf('Te rozmowy – jak stwierdził – nadal nie należą do łatwych.', 'Pytany o telefoniczne rozmowy Putina z Trumpem, Pieskow nie krył sceptycyzmu.')).toEqual(['presidents-talks-difficult']);
  });

  it('not when someone else answers', () => {
    expect(claimsOf('Those conversations are not easy, Macron said.', 'Peskov was asked about the contacts between Putin and Trump.')).toEqual([]);
  });
});

describe('an opinion writer’s verdict', () => {
  it('"…, juge notre éditorialiste" is the editorialist’s, with Zelensky the object of "conviant" and "s’assure" no reporting verb', () => {
    expect(claimsOf("En conviant Zelensky à Moscou, Poutine s'assure surtout que la rencontre n'aura jamais lieu, juge notre éditorialiste.")).toEqual([]);
    expect(claimsOf('Poutine assure que Zelensky peut venir à Moscou.')).toEqual(['invitation']);
  });
});

describe('a sentence opening with "said that," and a condition', () => {
  it('reports the speaker before, not the name in the condition ("Disse que, se Zelensky quiser, …")', () => {
    const before = 'Questionado pelos jornalistas em Pequim, o líder russo respondeu sem hesitar.';
    expect(claimsOf('Disse que, se Zelensky quiser, pode vir a Moscou, e que está pronto para recebê-lo.', before)).toEqual(['invitation']);
  });
});

describe('a pack speaker’s name that describes someone else', () => {
  it('"a Kremlin-friendly analyst", "un politologo vicino al Cremlino" are the analyst’s words', () => {
    expect(claimsOf('Ein Kreml-naher Politologe sagte, die Gespräche zwischen Moskau und Washington seien festgefahren.')).toEqual([]);
    expect(claimsOf('Un politologo vicino al Cremlino ha detto che i colloqui tra Mosca e Washington sono in stallo.')).toEqual([]);
  });

  it('but a verb between them links two voices ("Putin holds Trump’s peace-brokering in high esteem")', () => {
    expect(claimsOf('Putin holds Trump’s peace-brokering in high esteem, his spokesman told Russian media.')).toContain('putin-values-trump-efforts');
  });
});

describe('more statements about something else', () => {
  it('declining to comment on a meeting is not refusing one', () => {
    expect(claimsOf('Peskow lehnte es ab, sich zum Treffen der Koalition zu äußern, ohne Einzelheiten zu nennen.')).toEqual([]);
    expect(claimsOf('Peskov si è rifiutato di commentare l’incontro della coalizione, senza aggiungere altro.')).toEqual([]);
  });

  it('Ukraine ready to stop the fighting “but not” to give up land; a positive meeting with Macron', () => {
    expect(claimsOf('Zelensky said Ukraine is ready to stop the fighting, but not to give up its territory.')).toEqual([]);
    expect(claimsOf('Selenskyj sprach von einem positiven Treffen mit Macron, bei dem über Sicherheitsgarantien gesprochen wurde.')).toEqual([]);
  });
});

describe('light at the end of another tunnel', () => {
  it('about the economy is not hope about the war', () => {
    expect(claimsOf('Peskow sah Licht am Ende des Tunnels für die Wirtschaftsbeziehungen mit Indien.')).toEqual([]);
    expect(claimsOf('Peskov said there was light at the end of the tunnel.')).toEqual(['hope-no-timeline']);
  });
});

describe('the same words about other people, places and times', () => {
  it('other guests invited to Moscow; other leaders’ well-prepared meetings', () => {
    expect(claimsOf('Putin zaprosił uczestników forum do Moskwy.')).toEqual([]);
    expect(claimsOf('Putin zaprosił Zełenskiego do Moskwy.')).toEqual(['invitation']);
    expect(claimsOf('Spotkanie Putina z Xi było dobrze przygotowane i przyniosło pozytywne rezultaty, powiedział Pieskow.')).toEqual([]);
  });

  it('a past referendum, a trade war, a UN resolution, a coalition meeting', () => {
    expect(claimsOf('Pieskow powiedział, że kwestia Krymu została rozstrzygnięta w referendum w 2014 roku.')).toEqual([]);
    expect(claimsOf('Peskov said he hoped the trade war between the US and China would end.')).toEqual([]);
    expect(claimsOf('Pieskow powiedział, że projekt rezolucji USA w ONZ utknął w martwym punkcie.')).toEqual([]);
    expect(claimsOf('Zełenski: to dobrze, że Europejczycy zaczęli rozmawiać o spotkaniu koalicji chętnych.')).toEqual([]);
  });
});

describe('the claims’ words about other guests, other security, other wars and other referendums', () => {
  it.each([
    ['Путин пригласил Кима Чен Ына в Москву.'],
    ['Путин готов к встрече с Моди в Москве.'],
    ['Россия сделает все необходимое для энергетической безопасности Европы, заявил Песков.'],
    ['Песков: переговоры с президентом Армении были непростыми.'],
    ['Песков выразил надежду, что война в Газе скоро закончится.'],
    ['Песков: рано говорить о сроках окончания ремонта Крымского моста.'],
    ['Песков: ущерб от санкций для экономики США значительный.'],
    ['Зеленський: плюс цієї зустрічі з європейцями в тому, що ми почали говорити про ППО.'],
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('the claims themselves still match', () => {
    expect(claimsOf('Путин готов принять Зеленского в Москве.')).toEqual(['invitation']);
    expect(claimsOf('Песков: разговоры Путина и Трампа остаются непростыми.')).toEqual(['presidents-talks-difficult']);
  });
});

describe('security of an event, other presidents, other peninsulas, other meetings in Moscow', () => {
  it.each([
    ['Peskov said all necessary security measures were in place for the Victory Day parade.'],
    ['Peskov said talks with the Azerbaijani president had been tough.'],
    ['Putin said he hoped for peace and stability on the Korean peninsula.'],
    ['Peskov said Moscow was ready for a meeting of experts.'],
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });
});

describe('Portuguese "no" (in the) is no negation', () => {
  it.each([
    ['Zelensky disse no domingo que quer um encontro com Putin.'],
    ['Zelensky afirmou no sábado que a Ucrânia está pronta para pôr fim à guerra.'],
    ['Peskov disse no domingo que Moscovo rejeita as conclusões da reunião de Paris.'],
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('the negations of Portuguese and Spanish still count', () => {
    expect(claimsOf('Zelensky disse que a Rússia não quer acabar com a guerra.')).toEqual(['zelensky-no-will-to-end-war']);
    expect(claimsOf('Zelenski dijo que Rusia no quiere terminar la guerra.')).toEqual(['zelensky-no-will-to-end-war']);
  });
});

describe('relations with the EU, no hope, other visitors to Moscow', () => {
  it.each([
    ['Peskov disse que as relações entre a Rússia e a União Europeia estão no nível mais baixo e que os danos são enormes.'],
    ['Peskov dijo que Rusia no tiene esperanza en los planes de paz europeos.'],
    ['Putin dijo que los inversores extranjeros que vengan a Moscú tendrán plena seguridad jurídica.'],
  ])('%s', (sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });
});

describe('near misses and their vetoes, from a blind probe', () => {
  it('talks that stall are no one avoiding the meeting', () => {
    const sentence = 'Russian President Vladimir Putin has invited his Ukrainian counterpart Volodymyr Zelenskyy to Moscow, offering a face-to-face meeting on Russian soil as Western-brokered talks stall.';
    expect(claimsOf(sentence)).toEqual(['invitation']);
  });

  it('a "but not" that does not deny the claim leaves it standing (headlines with two claims)', () => {
    expect(claimsOf('Zelenski: E pozitiv că Rusia vorbește despre o întâlnire, dar nu există voință de a opri războiul')).toEqual(['zelensky-talk-of-meeting-positive', 'zelensky-no-will-to-end-war']);
    expect(claimsOf('Selenskyj: Dass Moskau über ein Treffen redet, ist schon positiv – einen Willen zum Kriegsende sieht Kiew aber nicht')).toEqual(['zelensky-talk-of-meeting-positive', 'zelensky-no-will-to-end-war']);
  });

  it('declining to comment on the channels is not saying they are open', () => {
    expect(claimsOf('Песков отказался комментировать, поддерживают ли контакты спецслужбы России и США.')).toEqual([]);
    expect(claimsOf('Песков заявил, что каналы связи между спецслужбами России и США открыты.')).toEqual(['intel-channels-open']);
  });
});

describe('far paraphrases, from a second blind probe', () => {
  it('laying down arms is capitulation, and sitting around a table is dialogue', () => {
    expect(claimsOf('Le porte-parole présidentiel russe l’a répété : personne n’exige que Kiev rende les armes, il s’agit de s’asseoir autour d’une table.')).toEqual(['talk-not-capitulation']);
  });

  it('activism is an effort, carnage is the war, and a quagmire that needs patience is damaged relations', () => {
    expect(claimsOf('Le locataire du Kremlin tient en haute estime l’activisme de Donald Trump, a fait savoir son porte-parole.')).toEqual(['putin-values-trump-efforts']);
    expect(claimsOf('Moscou ne montre aucune envie d’arrêter le carnage, a tranché le président ukrainien.')).toEqual(['zelensky-no-will-to-end-war']);
    expect(claimsOf('Tra Washington e Mosca ci vorrà pazienza per uscire dal pantano, ha ammesso il portavoce del Cremlino Dmitri Peskov.')).toEqual(['us-relations-damage']);
  });
});
