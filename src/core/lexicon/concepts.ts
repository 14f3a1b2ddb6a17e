/**
 * The names of the shared lexicon's concepts, with what each one means. The words themselves live
 * in one file per language beside this one (en.ts, fr.ts, …): adding a language is adding a file
 * (and a line in index.ts); adding a concept is adding its name here, then its words in each
 * language file. The language files are typed by this list, so a misspelt concept name fails the
 * build.
 */
export const CONCEPTS = {
  // ---- attribution ----------------------------------------------------------------------------
  say: true,
  /** "According to him", "in his view": the speaker is the one before (no name of its own). */
  'according-to-him': true,
  /** Past-perfect auxiliaries: a sentence of background ("Macron had proposed…"), not the one speaking now. */
  pluperfect: true,
  'according-to': true,
  /** "For X, …" at the start of a sentence: X's view ("Pour Zelensky, …", "Für Selenskyj …", "Для Кремля …"). */
  /** What a speaker said, named before a colon ("The Russian president's answer was short: …"). */
  'statement-noun': true,
  'for-view': true,
  /** Complementisers: a name after "said that" is not the one speaking. */
  that: true,
  /** Relative pronouns: "Zelensky, who said…" does not make Zelensky the sentence's speaker. */
  relative: true,
  /** Pronouns and phrases that continue an earlier sentence's speaker. */
  anaphora: true,
  /** Third-person singular subject pronouns (a subject other than the names a sentence mentions). */
  'subject-pronoun': true,
  /**
   * Feminine third-person pronouns and "according to her" ("she", "elle", "она", "по её словам"):
   * a pack whose speakers are all men lists them as someone else (`others`), so that "She said
   * Putin …" after the White House spokeswoman is not Putin's. Languages are pooled, so no word
   * that is something else elsewhere: not German "sie" ("they"), Polish "ona" (Turkish "ona
   * göre", according to him), Italian "lei" alone (Portuguese "lei marcial", martial law).
   */
  she: true,
  /** Words that start a sentence capitalised without being a name ("The ministry said"). */
  determiner: true,
  spokesman: true,
  'foreign-minister': true,
  president: true,
  /**
   * Common words one or two edits from a cue that mean something else: the fuzzy pass never
   * matches them ("capitale" is not a misspelt "capitul*", "negociacion" is not "nego").
   */
  'not-fuzzy': true,
  // ---- logic words ----------------------------------------------------------------------------
  negation: true,
  never: true,
  want: true,
  willingness: true,
  refuse: true,
  'rule-out': true,
  against: true,
  // ---- common political vocabulary ------------------------------------------------------------
  meeting: true,
  talks: true,
  difficult: true,
  war: true,
  end: true,
  peace: true,
  security: true,
  referendum: true,
  relations: true,
  'intelligence-services': true,
  channels: true,
  open: true,
  usa: true,
  damage: true,
  impasse: true,
  'time-needed': true,
  'too-much': true,
  efforts: true,
  appreciate: true,
  constructive: true,
  /** "do everything", as a whole: "Russia will do everything to…". */
  'do-everything': true,
  /** "too" as in "too great": excess, not mere size. */
  too: true,
  everything: true,
  necessary: true,
  hope: true,
  'light-tunnel': true,
  'too-early': true,
  timeline: true,
  positive: true,
  start: true,
  invite: true,
  /**
   * The noun "invitation" (not the verb): as the subject or object of another predicate ("the Moscow
   * invitation is about dialogue", "Sybiha called the invitation…") it names the act in passing
   * without reporting it.
   */
  'invitation-noun': true,
  /** Issuing the invitation, with the noun ("renewed his invitation"): reports the act itself. */
  'extend-invitation': true,
  offer: true,
  come: true,
  ready: true,
  'well-prepared': true,
  /** "Amounts to", "means": the Moscow offer equated with a refusal ("proporre Mosca equivale a rifiutare"). */
  'amounts-to': true,
  /** A question put to a speaker ("Responding to a question, Putin said…": no response to the offer). */
  question: true,
  /** Nobody (is demanding …): "nobody is asking Kyiv to capitulate". */
  nobody: true,
  /** Asking for, demanding. */
  demand: true,
  /** Concrete, tangible (results): "a meeting must bring concrete results". */
  concrete: true,
  results: true,
  capitulation: true,
  dialogue: true,
  'not-happen': true,
  avoid: true,
  unacceptable: true,
  response: true,
  territory: true,
  'martial-law': true,
  legitimacy: true,
  'security-other-expense': true,
  'terrorist-capital': true,
  /** Receiving or hosting a visitor ("will receive him in Moscow", "awaits him"): with Moscow and Zelensky, the invitation itself. */
  host: true,
  /** A will, desire or readiness for peace as one phrase ("no will for peace", "keinen Friedenswillen"): with a negation, the no-will-to-end-war claim. */
  'will-to-peace': true,
  /** Opening a sentence that attributes the one before ("Об этом заявил Песков.", "Про це сказав…", "Lo ha detto…", "Das sagte…"): what was just reported is what the named speaker said. */
  'about-this': true,
  /** Reporting verbs followed by whom they were said to ("told Reuters", "speaking to ABC"): a name right after them is the addressee, not the speaker. */
  tell: true,
  /** Opening a sentence with its topic ("On Trump, …", "Sobre Donald Trump, …", "Что касается Трампа, …"): the name after it is what the sentence is about, not who speaks. */
  'about-topic': true,
  /** Possessive determiners before a role noun ("his spokesman", "son porte-parole", "его пресс-секретарь"): the role of the speaker named just before. */
  possessive: true,
  /** A demonstrative with "alone" / "already" / "in itself" opening a sentence, pointing back at what the sentence before reported ("That alone is progress", "Das allein sei positiv", "Это уже плюс"); not a bare "That is why …". */
  demonstrative: true,
  /** The "to" of a headline "Putin to Zelensky: …" ("Poutine à Zelensky :", "Putin an Selenskyj:"): the name before it speaks, the one after is addressed. */
  'headline-to': true,
  /** Being about, or aimed at, dialogue or talks as a purpose ("the invitation is about dialogue", "es gehe um Dialog"): with the invitation or offer, the talk-not-capitulation claim; not a bare "for talks". */
  'about-dialogue': true,
  /** Productive, fruitful, bringing results (a meeting that "must bring results"): with Zelensky named, the never-refused-meeting conditions. */
  productive: true,
  /** Prepositions and verbs that make the next name an object ("a meeting with the Russian president", "spotkania z rosyjskim przywódcą", "ready to meet Putin", "invited Zelensky"): that name does not speak. */
  'with-object': true,
  /** Where statements are made ("press conference", "briefing", "interview"): a place right after it, with a preposition, is where the speaker spoke, not a cue. */
  'speech-event': true,
  /** Prepositions of place ("in", "à", "w", "в"): after a reporting verb or a speech-event noun, the place that follows is where the speaker spoke. */
  locative: true,
  /** Conjunctions that open a contrasting clause after a comma ("but", "mais", "но"): a veto in that clause does not cancel a claim stated whole in another clause. */
  contrast: true,
  /** A time qualifier "for now", "so far", "at this stage" ("for now Russia does not want peace"): the state of things at present, not a general verdict. */
  'for-now': true,
  /** Has always been / remains open to something ("has always been open to a meeting", "reste ouvert à"): a standing readiness, i.e. never refused. */
  'always-open-to': true,
  /** Coordinating "and" ("and", "et", "и"): a reporting verb right after it ("Putin invites Zelensky to Moscow and says …") has the sentence's subject, not the name just before it. */
  coordination: true,
  /** Labels of an interviewer's turn ("Q:", "Frage:", "Вопрос:"): the names in that turn are what was asked about, not who answers. */
  'question-label': true,
  /** Concessive openers ("despite", "malgré", "несмотря на"): the phrase up to the next comma is background, its words no cue. */
  despite: true,
  /** A negation word of one language that is another word in a phrase of another (Portuguese "no domingo", "no entanto": "in the"): no negation there. */
  'not-negation': true,
  /** Someone asked about a topic ("was asked about", "interrogé sur", "спросили о"): a quoted answer in the next sentence takes that sentence's topic. */
  'asked-about': true,
  /** A participle opening the sentence for who was asked ("Asked by ABC whether …, Zelensky …", "Interrogé par TF1, …"): the name after its clause speaks. */
  'asked-opener': true,
} as const;

export type ConceptName = keyof typeof CONCEPTS;

/** One language's words for the concepts it has (a concept may be missing in a language). */
export type LanguageLexicon = Partial<Record<ConceptName, string[]>>;
