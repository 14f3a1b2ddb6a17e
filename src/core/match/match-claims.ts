/**
 * The matcher's public API: compile a pack once, then match any text against it.
 *
 * Pipeline per text: segment into sentences → tokenise and normalise once → per sentence, find the
 * terms of the pack (exact/prefix index, then Fuse for unknown words) → who speaks (names and
 * role aliases next to reporting verbs, else anyone named, else the speaker of the sentences
 * before, including the rest of a quotation) → claims whose groups are all found, no veto found,
 * and whose side's speaker voices the sentence.
 */
import type { ClaimMatch, ClaimPack, MatchEvidence } from '../types';
import { segmentSentences, type Sentence } from '../text/segment';
import { ALL_SCRIPTS, scriptsOf, type Script } from '../text/scripts';
import { tokenize, type Token } from '../text/tokenize';
import { compile, compileSteps, type Compiled, type CompiledClaim } from './compile';
import { matchTermAt, type WordUnits } from './term-index';
import { MATCH_TUNING } from './options';
import { GAP_MAX } from './match-data';

/** A pack prepared for matching: indexes built once, reused for every text. */
export interface CompiledPack {
  readonly pack: ClaimPack;
  /** The scripts beyond Latin it was compiled for (see {@link CompileOptions}). */
  readonly scripts: ReadonlySet<Script>;
  /** @internal the matcher's indexes. */
  readonly internal?: Compiled;
}

/** Options for {@link compilePack}. */
export interface CompileOptions {
  /**
   * Compile only for text in these scripts beyond Latin (`scriptsOf(pageText)`): a pack's terms in
   * other scripts could never match it and cost compile time. Default: all. A text that uses
   * another script needs a pack compiled anew ({@link compiledFor}).
   */
  scripts?: ReadonlySet<Script>;
}

/** Whether `compiled` can match `text`: it was compiled for every script `text` uses. */
export function compiledFor(compiled: CompiledPack, text: string): boolean {
  return [...scriptsOf(text)].every((s) => compiled.scripts.has(s));
}

/** Options for {@link matchText}. */
export interface MatchOptions {
  /**
   * Text that comes before `text` on the page (e.g. the previous paragraphs), used only to find
   * a speaker named in an earlier sentence. Never matched itself; offsets stay relative to `text`.
   */
  context?: string;
}

/** Build the pack's indexes. Costly-ish; call once per pack and reuse the result. */
export function compilePack(pack: ClaimPack, options: CompileOptions = {}): CompiledPack {
  const scripts = options.scripts ?? ALL_SCRIPTS;
  return { pack, scripts, internal: compile(pack, scripts) };
}

/**
 * {@link compilePack} in small steps, for a page's main thread: drive it with `next()` (yielding
 * to the page between steps as you see fit); its return value is the compiled pack.
 */
export function* compilePackSteps(pack: ClaimPack, options: CompileOptions = {}): Generator<void, CompiledPack, void> {
  const scripts = options.scripts ?? ALL_SCRIPTS;
  return { pack, scripts, internal: yield* compileSteps(pack, scripts) };
}

interface Hit {
  /** Word indices [i, e). */
  i: number;
  e: number;
  fuzzy: boolean;
}

interface Voice {
  speaker?: string;
  other?: string;
  /** The words naming them, as in the text. */
  alias: string;
  reporter: boolean;
  /** A role noun alone ("the spokesman replied"): the pack speakers it may refer back to. */
  roles?: string[];
  /** The role follows a possessive ("his spokesman"): it is the role of the speaker named just before. */
  possessive?: boolean;
  /** The role is someone's that the text names and the pack does not ("the White House spokesman", "el portavoz de la Casa Blanca"). */
  qualified?: boolean;
  /** A place that speaks for a side ("Moscow says", "Selon Kiev"). */
  place?: boolean;
}

interface Analysed {
  sentence: Sentence;
  hits: Map<number, Hit[]>;
  /** Who voices this sentence by its own words (empty: nobody named). */
  voices: Voice[];
  /** Who a following sentence without a speaker takes over ("He added…"). */
  lead: Voice[];
  /** Names only as objects, with a subject pronoun ("he never refused a meeting with Zelensky"). */
  pronoun?: boolean;
  /** A bare reporting verb after the quotation ("«…», disse, acusando o Kremlin"): the speaker before first. */
  afterQuote?: boolean;
  /** A reporting verb alone between commas ("…, ha detto, …"): the speaker before first, then the names. */
  inserted?: boolean;
  /** Background ("Macron had proposed…"): its lead is taken over only when no other is near. */
  background?: boolean;
  /** Pack speakers named in the sentence outside quotations, in order (what a role noun refers back to). */
  named?: string[];
  /** An interviewer's turn by its label ("Q: Kyiv says you are asking him to give up."). */
  asks?: boolean;
}

/**
 * Find the sentences of `text` that report a claim of the pack.
 * @returns one match per matched sentence, in text order; offsets are UTF-16 indices into `text`.
 */
export function matchText(compiled: CompiledPack, text: string, options: MatchOptions = {}): ClaimMatch[] {
  const c = compiled.internal ?? compile(compiled.pack);
  const context = options.context ?? '';
  const offset = context ? context.length + 1 : 0;
  const full = context ? `${context}\n${text}` : text;
  const sentences = segmentSentences(full);
  const tokens = tokenize(full, 0, full.length, c.index.normalize);
  const words: WordUnits[] = tokens.map((t) => c.index.unitsOf(t.norm));

  const analysed: Analysed[] = [];
  const ahead = new Map<number, Analysed>();
  const out: ClaimMatch[] = [];
  const stamp = new Int32Array(c.claims.length).fill(-1);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    const a = t;
    while (t < tokens.length && tokens[t].start < sentence.end) t++;
    const b = t;
    const hits = findHits(c, words, a, b);
    dropNotNegations(c, hits);
    const worth = worthAnalysing(c, hits);
    const { voices, lead, pronoun, afterQuote, inserted, named, intro, background, spokenBy, firstClause } = worth ? findVoices(c, full, sentence, tokens, words, hits, a, b) : { voices: [], lead: [] };
    resolveRoles(c, analysed, voices, lead, named);
    const label = (hits.get(c.special.questionLabel) ?? []).find((h) => !h.fuzzy && h.i === a && h.e < b);
    const asks = label !== undefined && /^\s*:/.test(full.slice(tokens[label.e - 1].end, tokens[label.e].start));
    const here: Analysed = { sentence, hits, voices, lead, pronoun, afterQuote, inserted, named, background, asks };
    // "He was asked about Zelensky.": a subject pronoun, names only as objects; the one a later
    // sentence takes over is still the one before.
    if (pronoun && !lead.some((v) => v.reporter)) {
      const before = inherited(full, analysed, sentences, s, (i) => analyseAhead(i));
      if (before.length) here.lead = before;
    }
    analysed.push(here);
    if (sentence.start < offset || !worth) continue;

    // Words that are no cue (they neither count nor veto), dropped from the cue hits: a place that
    // speaks ("Moscow insists …"); where the statement was made ("said in Kyiv", "at a press
    // conference in Moscow", a dateline "KYIV, March 3 (Reuters) -"); a concession ("Despite the
    // diplomatic freeze, …"); an attribution before a colon ("The Russian president's answer was
    // short: …").
    const notCues = [...(spokenBy ?? []), ...speechVenues(c, full, sentence, tokens, hits, a, b), ...concessions(c, full, tokens, hits, a, b)];
    if (intro !== undefined) notCues.push({ i: a, e: intro });
    if (notCues.length) {
      for (const g of [...hits.keys()]) if (!c.voiceOfGroup.has(g)) keepHits(hits, g, (h) => !notCues.some((v) => h.i >= v.i && h.e <= v.e));
    }
    // Nor are the words inside a longer name ("the Kyiv leader", "the Kremlin spokesman"): "Kyiv"
    // there names Zelensky, it is no venue and vetoes nothing. Cue groups whose hit is the whole
    // name ("@zelensky") keep it.
    const names: Hit[] = [];
    for (const g of c.voiceOfGroup.keys()) for (const h of hits.get(g) ?? []) if (!h.fuzzy && h.e - h.i > 1) names.push(h);
    if (names.length) {
      for (const g of [...hits.keys()]) {
        if (c.voiceOfGroup.has(g) || c.roleOfGroup.has(g) || c.metonymOfGroup.has(g) || c.functionGroups.has(g)) continue;
        keepHits(hits, g, (h) => !names.some((n) => n.i <= h.i && h.e <= n.e && h.e - h.i < n.e - n.i));
      }
    }
    // An answer right after a question ("Q: How are the calls between the two presidents? — A:
    // They remain hard."): the answer's topic is the question's, so the question's cue words count
    // too, as long as the answer itself brings one of the claim's groups (a bare "Yes." reports
    // nothing).
    // So does a quotation right after a sentence saying what the speaker was asked about ("Peskov
    // was asked about the calls between the two presidents. «They are not easy conversations»,
    // he admitted.").
    // (Quoted, or naming no speaker of its own: "Those conversations are not easy, he admitted.")
    const answers = /^\s*["«“„'‘‹—–-]/u.test(full.slice(sentence.start, sentence.start + 3)) || !voices.some((v) => v.speaker !== undefined || v.other !== undefined);
    const askedAbout = (i: number) => (analysed[i].hits.get(c.special.askedAbout) ?? []).some((h) => !h.fuzzy) && answers;
    const asked = s > 0 && (isQuestion(full, sentences[s - 1]) || askedAbout(s - 1)) && !isQuestion(full, sentence) ? analysed[s - 1].hits : undefined;
    // Likewise a sentence that opens by pointing back at the one before ("That alone is progress.",
    // "Das allein sei positiv."): its topic is what that sentence reported.
    const pointsBack = !asked && s > 0 && (hits.get(c.special.demonstrative) ?? []).some((h) => !h.fuzzy && h.i === a) ? analysed[s - 1].hits : undefined;
    const topic = asked || pointsBack ? withTopic(c, hits, (asked ?? pointsBack)!) : undefined;
    // Claims worth evaluating: those whose trigger group was found.
    const candidates: CompiledClaim[] = [];
    for (const g of (topic ?? hits).keys()) {
      for (const ci of c.claimsByTrigger.get(g) ?? []) {
        if (stamp[ci] === s) continue;
        stamp[ci] = s;
        candidates.push(c.claims[ci]);
      }
    }
    if (!candidates.length) continue;
    const found: { claim: CompiledClaim; groups: number[] }[] = [];
    // "He never refused a meeting … and Zelensky can come to Moscow": a veto with "never" next to it
    // is negated and vetoes nothing.
    const nevers = (hits.get(c.special.never) ?? []).filter((h) => !h.fuzzy);
    // Nor does one followed by a question ("Responding to a question, Putin said…").
    const questions = (hits.get(c.special.question) ?? []).filter((h) => !h.fuzzy);
    // Nor does one with "not" right next to it ("не отказывается от встречи", "ne refuse pas"),
    // touching it: nothing but spaces between ("… с Европой быстро не наладить" keeps its veto), or
    // nothing at all in Chinese and Japanese ("拒否していない").
    const nots = (hits.get(c.special.negation) ?? []).filter((h) => !h.fuzzy);
    const adjacent = (x: Hit, y: Hit) => y.i === x.e && /^\s*$/.test(full.slice(tokens[x.e - 1].end, tokens[y.i].start));
    // Nor does the sentence's own reporting verb ("«Que venga a Moscú», respondió Putin": the
    // verb attributes the quotation; "in response to …" would be the veto): a veto word that is a
    // reporting verb outside quotation marks, unless it opens the sentence without a subject
    // before it ("Responding to Putin's offer, Zelensky said …" is the passing mention).
    const subjectEndsAt = (k: number) => [...c.voiceOfGroup.keys()].some((g) => (hits.get(g) ?? []).some((n) => n.e === k));
    const attributions = (hits.get(c.special.say) ?? []).filter((h) => !h.fuzzy && !inside(sentence.quoted, tokens[h.i].start) && (h.i - a > 1 || subjectEndsAt(h.i)));
    const negated = (h: Hit) =>
      // (the verb, or the verb with its auxiliary: "a répondu")
      attributions.some((v) => (v.i <= h.i && h.e <= v.e) || (h.i <= v.i && v.e === h.e && v.i - h.i <= 1)) ||
      nevers.some((n) => (n.e <= h.i && h.i - n.e <= 2) || (n.i >= h.e && n.i - h.e <= 1)) ||
      questions.some((q) => (q.i >= h.e && q.i - h.e <= 3) || (q.e <= h.i && h.i - q.e <= 1)) ||
      nots.some((n) => n !== h && (adjacent(n, h) || adjacent(h, n)));
    // "Putin invited Zelensky to Moscow, but Kyiv rejected the offer": a claim stated whole in one
    // clause is not vetoed by the words of a contrasting clause ("but", "mais", "но" after a comma).
    let clauses: Map<number, Hit[]>[] | undefined;
    for (const claim of candidates) {
      let groups = claimGroups(claim, hits, negated);
      if (!groups && topic) {
        groups = claimGroups(claim, topic, negated);
        if (groups && !groups.some((g) => hits.has(g))) groups = undefined;
      }
      if (!groups) {
        clauses ??= contrastClauses(c, full, tokens, hits, a, b, firstClause?.end);
        for (const clause of clauses) if ((groups = claimGroups(claim, clause, negated))) break;
      }
      if (groups) found.push({ claim, groups });
    }
    if (!found.length) continue;

    // Who speaks: the sentence's own voices, else the quotation's, else the sentences before.
    let speakers = here.voices;
    let from: 'sentence' | 'context' = 'sentence';
    // Wire copy names the speaker in the next sentence ("… . Об этом заявил Песков."): that
    // attribution beats the sentence's own names when none of them speaks.
    const attributed = !speakers.some((v) => v.reporter) ? attributedAfter(s) : undefined;
    if (attributed) {
      speakers = attributed;
      from = 'context';
    } else if (!speakers.length) {
      speakers = inherited(full, analysed, sentences, s, (i) => analyseAhead(i));
      from = 'context';
    } else if (here.afterQuote) {
      const before = inherited(full, analysed, sentences, s, (i) => analyseAhead(i));
      if (before.length) {
        speakers = before;
        from = 'context';
      }
    } else if (here.inserted) {
      const before = inherited(full, analysed, sentences, s, (i) => analyseAhead(i));
      if (before.length) speakers = [...before, ...speakers];
    } else if (here.pronoun) {
      const before = inherited(full, analysed, sentences, s, (i) => analyseAhead(i));
      if (before.length) speakers = [...speakers, ...before];
    }
    const matched: { claim: CompiledClaim; groups: number[]; voice: Voice }[] = [];
    for (const f of found) {
      let voice = speakers.find((v) => v.speaker !== undefined && f.claim.allowed.has(v.speaker));
      // The first clause's subject, when the claim's cue words are all in that clause.
      if (!voice && firstClause && from === 'sentence' && f.claim.allowed.has(firstClause.voice.speaker!) && f.groups.every((g) => (hits.get(g) ?? []).some((h) => h.e <= firstClause.end)))
        voice = firstClause.voice;
      if (voice) matched.push({ ...f, voice });
    }
    if (!matched.length) continue;
    matched.sort((x, y) => x.claim.index - y.claim.index);

    const cues: MatchEvidence['cues'] = [];
    let score = 0;
    for (const m of matched) {
      const seen = new Set<string>();
      let fuzzy = 0;
      for (const g of m.groups) {
        const h = (hits.get(g) ?? topic!.get(g)!)[0];
        if (h.fuzzy) fuzzy++;
        seen.add(full.slice(tokens[h.i].start, tokens[h.e - 1].end));
      }
      cues.push({ claim: m.claim.id, words: [...seen] });
      score = Math.max(score, claimScore(m.groups.length, fuzzy, m.voice, from));
    }
    const v = matched[0].voice;
    out.push({
      start: sentence.start - offset,
      end: sentence.end - offset,
      text: full.slice(sentence.start, sentence.end),
      claims: matched.map((m) => m.claim.id),
      score,
      evidence: { speaker: { id: v.speaker!, alias: v.alias, from }, cues },
    });
  }
  return out;

  // The speakers of sentence s + 1 when it opens by attributing sentence s ("Об этом заявил …").
  function attributedAfter(i: number): Voice[] | undefined {
    const next = analyseAhead(i + 1);
    if (!next) return undefined;
    const first = firstTokenAtOrAfter(tokens, next.sentence.start);
    const opens = (next.hits.get(c.special.aboutThis) ?? []).some((h) => !h.fuzzy && h.i - first <= 2);
    const voices = next.voices.filter((v) => v.reporter);
    return opens && voices.length ? voices : undefined;
  }

  // Sentences after `i` in the same quotation may carry its attribution ("… », a-t-il déclaré.").
  // Memoised, and the first token found by binary search: a long quotation is looked ahead into
  // from each of its sentences, which must not cost a pass over the whole text each time.
  function analyseAhead(i: number): Analysed | undefined {
    if (i < analysed.length) return analysed[i];
    if (i >= sentences.length) return undefined;
    const known = ahead.get(i);
    if (known) return known;
    const sentence = sentences[i];
    const a = firstTokenAtOrAfter(tokens, sentence.start);
    let b = a;
    while (b < tokens.length && tokens[b].start < sentence.end) b++;
    const hits = findHits(c, words, a, b);
    dropNotNegations(c, hits);
    const { voices, lead, named } = worthAnalysing(c, hits) ? findVoices(c, full, sentence, tokens, words, hits, a, b) : { voices: [], lead: [] };
    resolveRoles(c, analysed, voices, lead, named);
    const result = { sentence, hits, voices, lead, named };
    ahead.set(i, result);
    return result;
  }
}

/** Words a reporting participle's opening clause may span before its comma ("Asked by ABC's David Muir whether …, Zelensky"). */
const OPENER_CLAUSE_MAX = 16;

/** Punctuation that closes or opens a clause: a name and its verb, or a verb and its object, have none between them. */
const CLAUSE_MARK = /[,;:.!?()«»"“”„–—、，。：；！？（）「」『』]/;

/** Whether no clause punctuation stands between token `from - 1` and token `to`. */
function joined(text: string, tokens: Token[], from: number, to: number): boolean {
  return !CLAUSE_MARK.test(text.slice(tokens[from - 1].end, tokens[to].start));
}

/**
 * A dateline: a place in capitals, or followed by a date or an agency, then a dash, opening the
 * sentence ("KYIV, March 3 (Reuters) - …", "MOSCOW — …", "Kyiv, 3 September – …").
 */
const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\p{M}'’./-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’./-]+)?|\p{Lu}[\p{L}\p{M}'’./-]+(?:\s+\p{Lu}[\p{L}\p{M}'’./-]+)?(?=\s*[,(]))(?:\s*,\s*[^,()—–\n]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s/u;

/**
 * Word spans of the sentence that say where the statement was made: a dateline, and a place
 * right after a reporting verb or a speech-event noun and a preposition ("said in Kyiv", "told
 * reporters in Kyiv", "lors d'une conférence de presse à Kiev", "на брифинге в Москве"; up to two
 * other words between, none of them a cue).
 */
function speechVenues(c: Compiled, text: string, sentence: Sentence, tokens: Token[], hits: Map<number, Hit[]>, a: number, b: number): { i: number; e: number }[] {
  const spans: { i: number; e: number }[] = [];
  const dateline = DATELINE.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 100)));
  if (dateline) {
    const end = sentence.start + dateline[0].length;
    let e = a;
    while (e < b && tokens[e].end <= end) e++;
    if (e > a) spans.push({ i: a, e });
  }
  const locatives = (hits.get(c.special.locative) ?? []).filter((h) => !h.fuzzy && h.e < b && !inside(sentence.quoted, tokens[h.i].start));
  if (!locatives.length) return spans;
  const capital = (k: number) => /^\p{Lu}/u.test(text.slice(tokens[k].start, tokens[k].end));
  const triggers = [c.special.say, c.special.tell, c.special.speechEvent].flatMap((g) => (hits.get(g) ?? []).filter((h) => !h.fuzzy));
  const cueAt = (k: number) => {
    for (const [g, list] of hits) {
      if (g === c.special.locative || c.voiceOfGroup.has(g)) continue;
      if (list.some((h) => h.i <= k && k < h.e)) return true;
    }
    return false;
  };
  for (const l of locatives) {
    if (!capital(l.e)) continue;
    const t = triggers.find((h) => h.e <= l.i && l.i - h.e <= 2 && joined(text, tokens, h.e, l.i));
    if (!t) continue;
    let between = false;
    for (let k = t.e; k < l.i && !between; k++) between = cueAt(k);
    if (between) continue;
    let e = l.e + 1;
    while (e < b && e - l.e < 3 && capital(e) && /^\s+$/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
    spans.push({ i: l.e, e });
  }
  return spans;
}

/**
 * Word spans of concessions that open the sentence or a clause, up to the next comma or the end
 * ("Despite the diplomatic freeze, …", "Pese al estancamiento, …", "…, apesar do gelo
 * diplomático."): background, not what the speaker states.
 */
function concessions(c: Compiled, text: string, tokens: Token[], hits: Map<number, Hit[]>, a: number, b: number): { i: number; e: number }[] {
  const spans: { i: number; e: number }[] = [];
  for (const h of hits.get(c.special.despite) ?? []) {
    // Opening the sentence or a clause, or among its last words ("… se poursuit malgré le gel des relations.").
    if (h.fuzzy || (h.i > a && !/[,;:–—]\s*$/.test(text.slice(tokens[h.i - 1].end, tokens[h.i].start)) && b - h.e > 6)) continue;
    let end = -1;
    // A short phrase: without a comma soon after, the main clause follows with none between
    // ("Mimo zamrożenia relacji szpiedzy … rozmawiają"): only the two words after it are dropped.
    for (let k = h.e; k < b && k - h.e < 6; k++) {
      if (/^\s*,/.test(text.slice(tokens[k].end, tokens[k].end + 2))) {
        end = k + 1;
        break;
      }
    }
    // Or closing the sentence: "…, apesar do gelo diplomático."
    if (end < 0 && h.i > a && b - h.e <= 6) end = b;
    else if (end < 0) end = Math.min(b, h.e + 2);
    if (end >= 0) spans.push({ i: h.i, e: end });
  }
  return spans;
}

/** Negation words inside a phrase where they are another word ("no domingo", "no entanto": Portuguese "in the"). */
function dropNotNegations(c: Compiled, hits: Map<number, Hit[]>): void {
  const phrases = (hits.get(c.special.notNegation) ?? []).filter((h) => !h.fuzzy);
  if (phrases.length) keepHits(hits, c.special.negation, (h) => !phrases.some((p) => p.i <= h.i && h.e <= p.e));
}

/** Keep only the hits of group `g` that `keep` accepts; the group goes when none is left. */
function keepHits(hits: Map<number, Hit[]>, g: number, keep: (h: Hit) => boolean): void {
  const list = hits.get(g);
  if (!list) return;
  const kept = list.filter(keep);
  if (kept.length === list.length) return;
  if (kept.length) hits.set(g, kept);
  else hits.delete(g);
}

/**
 * Whether a sentence's hits include more than function words ("in", "and", "but", "he"…): a
 * name, a place or a cue. Most sentences of a page have function words only, and neither speak
 * nor report anything.
 */
function worthAnalysing(c: Compiled, hits: Map<number, Hit[]>): boolean {
  for (const g of hits.keys()) if (!c.specialGroups.has(g)) return true;
  return false;
}

/**
 * "Peskov was asked … The spokesman replied": a role noun alone refers back to the last pack speaker
 * named with that role in the sentences before (or earlier in the same sentence); with none, it is
 * someone else (another spokesman), never inherited.
 */
function resolveRoles(c: Compiled, analysed: Analysed[], voices: Voice[], lead: Voice[], named: string[] | undefined): void {
  const resolve = (v: Voice) => {
    if (!v.roles || v.speaker !== undefined || v.other !== undefined) return;
    // "Putin …, his spokesman said": the role of the first speaker named in this sentence (its
    // subject, usually), else of the last one named in the sentence before; one of the pack's
    // speakers only if they hold that role for them (`roleOf`).
    if (v.possessive) {
      const principal = (named ?? []).concat([...(analysed[analysed.length - 1]?.named ?? [])].reverse()).find((id) => !v.roles!.includes(id));
      if (principal !== undefined) {
        const holder = v.roles.find((r) => c.roleHolderOf.get(r)?.includes(principal));
        if (holder) v.speaker = holder;
        else v.other = 'role';
        return;
      }
    }
    // "La portavoz de la Casa Blanca": the text says whose role it is, and it is none of the pack's.
    if (v.qualified) {
      v.other = 'role';
      return;
    }
    const lists = [named ?? []];
    for (let i = analysed.length - 1, n = 0; i >= 0 && n < MATCH_TUNING.roleSentences; i--, n++) lists.push(analysed[i].named ?? []);
    for (const list of lists) {
      for (let k = list.length - 1; k >= 0; k--) {
        if (v.roles.includes(list[k])) {
          v.speaker = list[k];
          return;
        }
      }
    }
    // "Sobre el diálogo entre Putin y Trump, el portavoz …": nobody with that role named before;
    // the last pack speaker named is whose role it is, as after a possessive (one of the pack's
    // speakers if they hold it for them, `roleOf`).
    const principal = lists.flatMap((list) => [...list].reverse()).find((id) => !v.roles!.includes(id));
    const holder = principal === undefined ? undefined : v.roles.find((r) => c.roleHolderOf.get(r)?.includes(principal));
    if (holder) v.speaker = holder;
    else v.other = 'role';
  };
  voices.forEach(resolve);
  lead.forEach(resolve);
}

/**
 * The role noun `h` with whose role it is, when the text says so by a name that is none of the
 * pack's speakers (else undefined): a capitalised word right before it ("the White House spokesman", "US-Sprecher"), not the sentence's first, or
 * right after it, maybe after a short linking word or two ("el portavoz de la Casa Blanca", "the
 * spokesman for the Pentagon", "пресс-секретарь Белого дома"). Words of the pack's own speakers'
 * names and places do not count (they make a longer alias, "Kremlin spokesman", or a place:
 * "Moskaus Sprecher"); those of someone else the pack lists (`others`) do.
 */
function qualifiedRole(c: Compiled, text: string, tokens: Token[], hits: Map<number, Hit[]>, h: Hit, a: number, b: number): Hit | undefined {
  const packWord = (k: number) => {
    for (const [g, kind] of [...c.voiceOfGroup, ...c.metonymOfGroup]) if (kind.speaker !== undefined && (hits.get(g) ?? []).some((x) => !x.fuzzy && x.i <= k && k < x.e)) return true;
    return false;
  };
  const capital = (k: number) => /^\p{Lu}/u.test(text.slice(tokens[k].start, tokens[k].end));
  const name = (k: number) => k < b && joined(text, tokens, k, k) && capital(k) && !packWord(k);
  if (h.i - 1 > a && joined(text, tokens, h.i, h.i) && capital(h.i - 1) && !packWord(h.i - 1)) return { i: h.i - 1, e: h.e, fuzzy: false };
  for (let k = h.e, links = 0; k < b && links <= 2 && joined(text, tokens, k, k) && !packWord(k); k++) {
    if (capital(k)) {
      // The whole name: "de la Casa Blanca", "of the State Department".
      let e = k + 1;
      while (name(e) || (e + 1 < b && name(e + 1) && /^\p{Ll}{1,3}$/u.test(text.slice(tokens[e].start, tokens[e].end)))) e += name(e) ? 1 : 2;
      return { i: h.i, e, fuzzy: false };
    }
    if (!/^\p{Ll}{1,4}$/u.test(text.slice(tokens[k].start, tokens[k].end))) return undefined;
    links++;
  }
  return undefined;
}

/** Index of the first token starting at or after `pos` (tokens are in text order). */
function firstTokenAtOrAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The voice a sentence naming nobody takes over: its quotation's, else the nearest sentence's before. */
function inherited(text: string, analysed: Analysed[], sentences: Sentence[], s: number, at: (i: number) => Analysed | undefined): Voice[] {
  const group = sentences[s].quoteGroup;
  // The rest of the same quotation, later sentences first ("… », a dit Zelensky.").
  for (let i = s + 1; i < sentences.length && sentences[i].quoteGroup === group; i++) {
    const v = at(i)?.voices ?? [];
    if (v.length) return v;
  }
  // The nearest sentence whose lead speaks (a reporting verb) and is not background wins; else the
  // nearest lead that is not background ("Peskov spoke on Monday. Macron had proposed troops. He
  // added…"); else the nearest lead at all.
  let current: Voice[] | undefined;
  let any: Voice[] | undefined;
  // An answer turn ("— …", "A: …") after a bare question (or a turn labelled "Q:"): the names in the question's turn are
  // what was asked about ("— Putin zaprasza pana do Moskwy. Pojedzie pan? — Jeśli …"), not who
  // answers; start before that turn. (A question followed by who asked whom, "… ? demande la
  // journaliste à Volodymyr Zelensky.", names the one who answers: no skip.)
  let from = s - 1;
  const labelled = from >= 0 && analysed[from]?.asks && !/[?？]/.test(text.slice(sentences[from].start, sentences[from].end));
  if (from >= 0 && opensTurn(text, sentences[s]) && (endsWithQuestionMark(text, sentences[from]) || labelled)) {
    let k = from;
    while (k > 0 && k > from - 3 && !opensTurn(text, sentences[k])) k--;
    const turn = opensTurn(text, sentences[k]) ? k : from;
    // Unless someone in it speaks ("Frage des Moderators an Peskow: …?"): then they answer. A place
    // that speaks in the interviewer's turn ("Q: Kyiv says you …") gives no interview.
    let speaks = false;
    for (let i = turn; i <= from; i++) if (analysed[i].lead.some((v) => v.reporter && !v.place)) speaks = true;
    if (!speaks) from = turn - 1;
  }
  for (let i = from, n = 0; i >= 0 && n < MATCH_TUNING.contextSentences; i--, n++) {
    const here = analysed[i];
    const lead = here.lead;
    if (lead.length) {
      if (!here.background && lead.some((v) => v.reporter)) return lead;
      if (!here.background) current ??= lead;
      any ??= lead;
    }
    // Inside one quotation, keep going back whatever the distance.
    if (sentences[i].quoteGroup === group) n--;
  }
  return current ?? any ?? [];
}

/** Every term found in words [a, b), by group. */
function findHits(c: Compiled, words: WordUnits[], a: number, b: number): Map<number, Hit[]> {
  const hits = new Map<number, Hit[]>();
  for (let i = a; i < b; i++) {
    const w = words[i];
    if (!w.units.length) continue;
    for (const u of w.units) {
      const terms = c.index.termsByFirstUnit.get(u);
      if (!terms) continue;
      for (const term of terms) {
        const els = c.index.terms[term].els;
        const e = matchTermAt(els, 0, words, i, b);
        if (e < 0) continue;
        let fuzzy = false;
        for (let k = i; k < e; k++) if (words[k].fuzzy) fuzzy = true;
        for (const g of c.groupsOfTerm[term] ?? []) {
          const list = hits.get(g);
          if (list) list.push({ i, e, fuzzy });
          else hits.set(g, [{ i, e, fuzzy }]);
        }
      }
    }
  }
  // Composites, inner ones first (an outer one has a higher id): only those whose first part was
  // found, each part's hit right after the previous part's (or within a gap).
  if (!c.composites.length) return hits;
  const pending: number[] = [];
  const queue = (g: number, after: number) => {
    for (const k of c.compositesByFirstGroup.get(g) ?? []) if (k > after && !pending.includes(k)) pending.push(k);
  };
  for (const g of hits.keys()) queue(g, -1);
  while (pending.length) {
    let at = 0;
    for (let j = 1; j < pending.length; j++) if (pending[j] < pending[at]) at = j;
    const k = pending.splice(at, 1)[0];
    const { chunks } = c.composites[k];
    const found: Hit[] = [];
    for (const h0 of hits.get(chunks[0].group) ?? []) {
      let cur: Hit | undefined = h0;
      let fuzzy = h0.fuzzy;
      for (let j = 1; j < chunks.length && cur; j++) {
        const { group, gap } = chunks[j];
        const from: number = cur.e;
        cur = hits.get(group)?.find((h) => (gap ? h.i >= from && h.i - from <= GAP_MAX : h.i === from));
        if (cur) fuzzy ||= cur.fuzzy;
      }
      if (cur) found.push({ i: h0.i, e: cur.e, fuzzy });
    }
    if (!found.length) continue;
    for (const g of c.groupsOfComposite[k]) {
      const list = hits.get(g);
      if (list) list.push(...found);
      else {
        hits.set(g, [...found]);
        queue(g, k);
      }
    }
  }
  return hits;
}

/** Whether a sentence opens a turn of a dialogue or an interview ("— …", "Q: …", "Antwort: …"). */
function opensTurn(text: string, sentence: Sentence): boolean {
  return /^\s*(?:[—–-]|\p{L}{1,9}\s*:)/u.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 14)));
}

/** Whether a sentence ends with a question mark (closing quotes aside). */
function endsWithQuestionMark(text: string, sentence: Sentence): boolean {
  return /[?？]\s*["'»«“”„)\]]*\s*$/u.test(text.slice(sentence.start, sentence.end));
}

/**
 * Whether a sentence is a question: it ends with a question mark (closing quotes aside), or its
 * question mark is followed by who asked it ("— Voyez-vous … ? a demandé le journaliste.",
 * "¿…? — preguntó la periodista.").
 */
function isQuestion(text: string, sentence: Sentence): boolean {
  const s = text.slice(sentence.start, sentence.end);
  return endsWithQuestionMark(text, sentence) || /[?？]\s*["'»«“”„)\]]*\s*[—–-]?\s*\p{Ll}[^?？]{0,100}$/u.test(s);
}

/** An answer's hits with its question's cue groups added (never the question's names: the answer has its own speaker). */
function withTopic(c: Compiled, hits: Map<number, Hit[]>, asked: Map<number, Hit[]>): Map<number, Hit[]> | undefined {
  const merged = new Map(hits);
  let added = false;
  for (const [g, list] of asked) {
    if (merged.has(g) || c.voiceOfGroup.has(g) || c.roleOfGroup.has(g)) continue;
    merged.set(g, list);
    added = true;
  }
  return added ? merged : undefined;
}

/** The groups that make `claim` match the sentence, or undefined. */
function claimGroups(claim: CompiledClaim, hits: Map<number, Hit[]>, negated: (h: Hit) => boolean): number[] | undefined {
  // A veto needs the exact word: a fuzzy near-miss ("garantir" ~ "garantii") must not veto.
  const vetoed = (g: number) => hits.get(g)?.some((h) => !h.fuzzy && !negated(h)) ?? false;
  for (const g of claim.none) if (vetoed(g)) return undefined;
  for (const g of claim.all) if (!hits.has(g)) return undefined;
  if (!claim.any.length) return claim.all;
  for (const alt of claim.any) {
    if (alt.none.some(vetoed)) continue;
    if (alt.all.every((g) => hits.has(g))) return [...claim.all, ...alt.all];
  }
  return undefined;
}

/**
 * The sentence's hits split into clauses that may add to or contrast with what the first states:
 * a comma, semicolon or dash, then a contrast conjunction ("…, but …", "…, mais …", "…, но …") or
 * a relative pronoun ("…, which Kyiv rejected"); "and" before a reporting verb ("… and added
 * that …"); or a semicolon or colon. Empty when the sentence has one clause.
 */
function contrastClauses(c: Compiled, text: string, tokens: Token[], hits: Map<number, Hit[]>, a: number, b: number, firstClauseEnd?: number): Map<number, Hit[]>[] {
  const starts = new Set<number>();
  // The end of a first clause whose subject is not the one who speaks after it ("Kremlin invites
  // Ukrainian leader to Moscow, Kyiv calls it a way to dodge talks").
  if (firstClauseEnd !== undefined) starts.add(firstClauseEnd);
  const gap = (k: number) => text.slice(tokens[k - 1].end, tokens[k].start);
  for (const g of [c.special.contrast, c.special.relative]) {
    for (const h of hits.get(g) ?? []) if (!h.fuzzy && h.i > a && /[,;–—]\s*$/.test(gap(h.i))) starts.add(h.i);
  }
  // "…, e ha aggiunto che …", "… and added that …": a new statement.
  const sayAt = new Set((hits.get(c.special.say) ?? []).filter((h) => !h.fuzzy).map((h) => h.i));
  for (const h of hits.get(c.special.coordination) ?? []) {
    if (!h.fuzzy && h.i > a && (sayAt.has(h.e) || (sayAt.has(h.e + 1) && h.e < b && tokens[h.e].end - tokens[h.e].start <= 4))) starts.add(h.i);
  }
  // A semicolon or a colon ("Putin devolveu a bola a Kiev: … que pegue um avião para Moscou"); not
  // a dash alone: after a conditional ("Якщо хочеш …, — запрошуєш до Москви") it joins.
  for (let k = a + 1; k < b; k++) if (/[;:]\s*$/.test(gap(k))) starts.add(k);
  if (!starts.size) return [];
  const bounds = [a, ...[...starts].sort((x, y) => x - y), b];
  const clauses: Map<number, Hit[]>[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const clause = new Map<number, Hit[]>();
    for (const [g, list] of hits) {
      const inside = list.filter((h) => h.i >= bounds[k] && h.e <= bounds[k + 1]);
      if (inside.length) clause.set(g, inside);
    }
    clauses.push(clause);
  }
  return clauses;
}

/**
 * Confidence of one claim in a sentence, in [0, 1]: more independent cue groups, a speaker named
 * next to a reporting verb, and exact (not fuzzy) words raise it.
 */
function claimScore(groups: number, fuzzy: number, voice: Voice, from: 'sentence' | 'context'): number {
  let s = 0.5 + Math.min(0.24, 0.08 * groups);
  s += from === 'context' ? 0.08 : voice.reporter ? 0.2 : 0.14;
  s -= 0.1 * Math.min(2, fuzzy);
  return Math.round(Math.max(0.05, Math.min(1, s)) * 100) / 100;
}

/** A Latin-script word starting with a lower-case letter and carrying accents (combining marks once decomposed). */
function lowerAccented(word: string): boolean {
  const nfd = word.normalize('NFD');
  return /^\p{Ll}/u.test(word) && /\p{M}/u.test(nfd) && /^[\p{Script=Latin}\p{M}]+$/u.test(nfd);
}

function inside(spans: { start: number; end: number }[], pos: number): boolean {
  return spans.some((q) => pos >= q.start && pos < q.end);
}

/** Who voices a sentence, from the names and reporting verbs found in it. */
function findVoices(
  c: Compiled,
  text: string,
  sentence: Sentence,
  tokens: Token[],
  words: WordUnits[],
  hits: Map<number, Hit[]>,
  a: number,
  b: number,
): {
  voices: Voice[];
  lead: Voice[];
  pronoun?: boolean;
  afterQuote?: boolean;
  inserted?: boolean;
  named?: string[];
  intro?: number;
  background?: boolean;
  spokenBy?: { i: number; e: number }[];
  /** Who opens the sentence as the subject of its first clause, when only later clauses have reporters. */
  firstClause?: { voice: Voice; end: number };
} {
  // Function words only count when spelt exactly.
  const exact = (g: number) => (hits.get(g) ?? []).filter((h) => !h.fuzzy);
  const determiners = exact(c.special.determiner);
  const mentions: (Voice & Hit & { metonym?: boolean })[] = [];
  const covered = new Set<number>();
  const allSays = (hits.get(c.special.say) ?? []).filter((h) => !h.fuzzy);
  // A title before a name ("M. Peskov", "Mme Zakharova", "Mr. Peskov"): one short capitalised word.
  const title = (k: number) => k >= a && /^\p{Lu}\p{Ll}{0,2}$/u.test(text.slice(tokens[k].start, tokens[k].end)) && /^\.?\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start));
  const incise = (i: number) =>
    allSays.some((h) => {
      if (h.e > i || (i - h.e > 0 && !(i - h.e === 1 && title(h.e)))) return false;
      let k = h.i;
      if (k - 1 >= a && tokens[k - 1].end - tokens[k - 1].start <= 2 && !/[,—–]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) k--;
      return k > a && /[,—–]\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
    });
  for (const [g, list] of hits) {
    const kind = c.voiceOfGroup.get(g);
    if (!kind) continue;
    for (const h of list) {
      // "The White House spokeswoman said Putin …" is no "spokesman … Putin" (a name whose words
      // may stand apart): a reporting verb or clause punctuation between its words parts them.
      if (h.e - h.i > 2 && (allSays.some((x) => x.i > h.i && x.e < h.e) || CLAUSE_MARK.test(text.slice(tokens[h.i].end, tokens[h.e - 1].start)))) continue;
      for (let k = h.i; k < h.e; k++) covered.add(k);
      // Names inside quotation marks are the quoted speaker's words, not who speaks, unless in an
      // incise (« …, a dit Peskov. … »: French puts it inside the guillemets).
      if (inside(sentence.quoted, tokens[h.i].start) && !incise(h.i)) continue;
      // A one-word name written in lower case with accents is another word ("puțin", Romanian
      // for "little", is not "Putin"); "lo zar" or "диктатор" (no accents) stay names.
      if (h.e - h.i === 1 && lowerAccented(text.slice(tokens[h.i].start, tokens[h.i].end))) continue;
      mentions.push({ ...kind, alias: text.slice(tokens[h.i].start, tokens[h.e - 1].end), reporter: false, ...h });
    }
  }
  // "The spokesman replied": a role noun alone, not part of a longer alias ("Kremlin spokesman").
  const possessives = (hits.get(c.special.possessive) ?? []).filter((h) => !h.fuzzy);
  for (const [g, roles] of c.roleOfGroup) {
    for (const h of hits.get(g) ?? []) {
      if (h.fuzzy || inside(sentence.quoted, tokens[h.i].start)) continue;
      let part = false;
      for (let k = h.i; k < h.e; k++) if (covered.has(k)) part = true;
      // "the ministry's spokeswoman Maria Zakharova": a role next to a name is that name's title.
      const apposition = (m: Hit) =>
        (m.i >= h.e && m.i - h.e <= 3 && joined(text, tokens, h.e, m.i) && !allSays.some((x) => x.i >= h.e && x.e <= m.i)) ||
        (m.e <= h.i && h.i - m.e <= 1 && joined(text, tokens, m.e, h.i));
      if (part || mentions.some(apposition)) continue;
      for (let k = h.i; k < h.e; k++) covered.add(k);
      // Before the role ("his spokesman"), or right after it where the language puts it there
      // ("purtătorul său de cuvânt", "il portavoce suo").
      const possessive = possessives.some((p) => (p.e <= h.i && h.i - p.e <= 1) || (p.i === h.e && /^\s+$/.test(text.slice(tokens[h.e - 1].end, tokens[p.i].start))));
      // "o seu porta-voz, Dmitri Peskov, …": the role's holder named right after it, between commas.
      const holder = mentions.find(
        (m) => m.speaker !== undefined && roles.includes(m.speaker) && m.i >= h.e && m.i - h.e <= 3 && /^\s*,\s*(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,2}$/u.test(text.slice(tokens[h.e - 1].end, tokens[m.i].start)),
      );
      // "La portavoz de la Casa Blanca": the role and whose it is make one name (its verb follows the whole).
      const whose = possessive ? undefined : qualifiedRole(c, text, tokens, hits, h, a, b);
      const span = whose ?? h;
      mentions.push({ roles, possessive, qualified: whose !== undefined, speaker: holder?.speaker, alias: text.slice(tokens[span.i].start, tokens[span.e - 1].end), reporter: false, ...span });
    }
  }
  // "Moscow says…", "Mosca sostiene…": a place right before a reporting verb (an auxiliary between).
  if (c.metonymOfGroup.size) {
    const sayStarts = new Set<number>();
    const sayEnds = new Map<number, number>();
    for (const h of hits.get(c.special.say) ?? []) {
      if (h.fuzzy) continue;
      sayStarts.add(h.i);
      sayEnds.set(h.e, h.i);
    }
    const locatives = new Set((hits.get(c.special.locative) ?? []).filter((h) => !h.fuzzy).map((h) => h.i));
    const forViewStarts = exact(c.special.forView);
    // "According to Moscow, …", "Laut Moskau …", "По словам Москвы …": the place is the source.
    const accordingEnds = new Set(
      (hits.get(c.special.according) ?? []).filter((h) => !h.fuzzy && tokens[h.e - 1].end - tokens[h.i].start > 3 && !inside(sentence.quoted, tokens[h.i].start)).map((h) => h.e),
    );
    const afterAccording = (h: Hit) =>
      (accordingEnds.has(h.i) || (accordingEnds.has(h.i - 1) && tokens[h.i - 1].end - tokens[h.i - 1].start <= 3)) &&
      joined(text, tokens, h.i, h.i);
    for (const [g, kind] of c.metonymOfGroup) {
      for (const h of hits.get(g) ?? []) {
        if (h.fuzzy || inside(sentence.quoted, tokens[h.i].start)) continue;
        // After "according to" (the rule for "according to" below makes it the speaker); "In Kyiv
        // they believe …" ("В Киеве считают", "En Kiev creen", "W Kijowie uważają"): the place,
        // opening the sentence after a preposition, right before a reporting verb; else only as a
        // clause's subject: first in the sentence or after a clause mark.
        const inPlace = h.i === a + 1 && locatives.has(a) && sayStarts.has(h.e) && /^\s+$/.test(text.slice(tokens[h.e - 1].end, tokens[h.e].start));
        // "Pour Kiev, …", "Für Moskau …", "Для Кремля …": a view put first, the place holds it.
        const viewOf = h.i - a <= 2 && h.e < b && forViewStarts.some((f) => f.i === a && f.e <= h.i && h.i - f.e <= 1) && /^\s*,/.test(text.slice(tokens[h.e - 1].end, tokens[h.e].start));
        if (afterAccording(h) || inPlace || viewOf) {
          // kept
        } else if (h.i > a && !/[,;:(–—]\s*$/.test(text.slice(tokens[h.i - 1].end, tokens[h.i].start))) {
          // Or inverted in an inserted clause: "…, assure Moscou, …", "…, afirma Moscú.", "… – twierdzi Moskwa."
          const verb = sayEnds.get(h.i);
          const closes = h.e >= b || /^\s*[,;:.!?)–—]/.test(text.slice(tokens[h.e - 1].end, tokens[h.e].start));
          if (verb === undefined || verb <= a || !/[,–—]\s*$/.test(text.slice(tokens[verb - 1].end, tokens[verb].start)) || !closes) continue;
        } else if (!(h.i === a && h.e < b && /^\s*:/.test(text.slice(tokens[h.e - 1].end, tokens[h.e].start)))) {
          // (A place opening a headline, then a colon, labels who speaks: "Kyiv: …", "Kreml: …".)
          const next = sayStarts.has(h.e) ? h.e : sayStarts.has(h.e + 1) && h.e < b && tokens[h.e].end - tokens[h.e].start <= 4 ? h.e + 1 : -1;
          if (next < 0 || !joined(text, tokens, h.e, next)) continue;
        }
        for (let k = h.i; k < h.e; k++) covered.add(k);
        mentions.push({ ...kind, alias: text.slice(tokens[h.i].start, tokens[h.e - 1].end), reporter: false, metonym: true, ...h });
      }
    }
  }
  mentions.sort((x, y) => x.i - y.i || y.e - x.e);
  // "a meeting with the Russian president", "spotkania z rosyjskim przywódcą", "ready to meet
  // Putin", "invited Zelensky", "Trump praised Putin": a name right after "with" or a verb of
  // meeting, inviting or praising (an article between at most, no punctuation) is an object,
  // never who speaks.
  // (A verb that also reports, "reconnaît le Kremlin", "ocenił prezydent", has its subject after it.)
  const reports = exact(c.special.say);
  const praises = (hits.get(c.praise) ?? []).filter((h) => !reports.some((r) => r.i <= h.i && h.e <= r.e));
  const withs = [...(hits.get(c.special.withObject) ?? []), ...praises].filter((h) => !h.fuzzy);
  if (withs.length) {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      const plain = (w: Hit) => joined(text, tokens, w.e, m.i);
      const article = (w: Hit) => w.e === m.i - 1 && tokens[w.e].end - tokens[w.e].start <= 3;
      if (withs.some((w) => (w.e === m.i || article(w)) && plain(w))) mentions.splice(k, 1);
    }
  }
  // "Ein Kreml-naher Politologe", "a Kremlin-friendly analyst", "un politologo vicino al
  // Cremlino": a pack speaker's name that describes someone else (a compound before the other
  // voice, or a phrase of up to three words after a common noun: no punctuation, no verb of
  // saying, "and" or "that" between) is not a voice itself.
  const linkers = [c.special.say, c.special.tell, c.special.coordination, c.special.that, c.special.relative].flatMap((g) => hits.get(g) ?? []);
  const determinerAt = new Set(determiners.map((h) => h.i));
  const describes = (m: Hit, o: Hit) => {
    if (m.e <= o.i) return o.i - m.e === 1 && /^-$/.test(text.slice(tokens[m.e - 1].end, tokens[m.e].start)) && joined(text, tokens, m.e, o.i);
    const common = /^\p{Ll}/u.test(text.slice(tokens[o.i].start, tokens[o.i].end)) || (o.i > a && determinerAt.has(o.i - 1));
    return common && m.i - o.e <= 3 && joined(text, tokens, o.e, m.i) && !linkers.some((h) => h.i >= o.e && h.e <= m.i);
  };
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.speaker === undefined || m.roles) continue;
    if (mentions.some((o) => o.other !== undefined && o.speaker === undefined && !o.roles && !o.metonym && (o.e <= m.i || o.i >= m.e) && describes(m, o))) mentions.splice(k, 1);
  }
  // "Sobre Donald Trump, el portavoz …", "Über Trump sagte Peskow …": a name right after a topic
  // word that opens the sentence, then a comma or a reporting verb, is the topic, not a voice.
  const topics = (hits.get(c.special.topic) ?? []).filter((h) => !h.fuzzy && h.i - a <= 1);
  if (topics.length) {
    const verbAt = new Set((hits.get(c.special.say) ?? []).filter((h) => !h.fuzzy).map((h) => h.i));
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (!topics.some((t) => t.e <= m.i && m.i - t.e <= 2)) continue;
      if (m.e < b && (/^\s*,/.test(text.slice(tokens[m.e - 1].end, tokens[m.e].start)) || verbAt.has(m.e))) mentions.splice(k, 1);
    }
  }
  const named = mentions.filter((m) => m.speaker !== undefined).map((m) => m.speaker!);
  // A verb with an elided reflexive is another verb: "Poutine s'assure que …" (makes sure), not "assure".
  const reflexive = (h: Hit) => h.i > a && /^s$/i.test(text.slice(tokens[h.i - 1].start, tokens[h.i - 1].end)) && /^['’]$/.test(text.slice(tokens[h.i - 1].end, tokens[h.i].start));
  const says = exact(c.special.say).filter((h) => !inside(sentence.quoted, tokens[h.i].start) && !reflexive(h));
  // "Selon lui, si Zelensky…": an "according to" that names no one but a pronoun makes no later name a speaker.
  const accordingHim = exact(c.special.accordingPronoun);
  const accordings = exact(c.special.according).filter((h) => !accordingHim.some((p) => p.i <= h.i && h.i < p.e));
  const thats = exact(c.special.that);
  const relatives = exact(c.special.relative);
  const forViews = exact(c.special.forView);
  const headlineTos = exact(c.special.headlineTo);
  const W = MATCH_TUNING.reporterWindow;
  const between = (list: Hit[], from: number, to: number) => list.some((h) => h.i >= from && h.i < to);
  // No clause punctuation between a name and its verb; the period of "M." or "Dr." is fine.
  const plainGap = (from: number, to: number) => !CLAUSE_MARK.test(text.slice(from, to).replace(/\p{Lu}\p{Ll}{0,2}\./gu, ''));

  // After "X confirmed that …", the names of the reported clause are what is reported, not who
  // reports, whatever verb follows them ("… invited Zelensky to Moscow and recalled …").
  const thatAfterSay = thats.filter((t) => says.some((h) => h.e <= t.i && t.i - h.e <= 2));
  // "told Reuters", "speaking to Zelensky": who comes right after such a verb was spoken to.
  const tells = exact(c.special.tell);
  const addressed = (h: Hit) => tells.some((t) => t.i <= h.i && t.e >= h.e) || tells.some((t) => t.i >= h.i && t.i <= h.e && t.e >= h.e);
  // "Putin invites Zelensky to Moscow and says …": a reporting verb right after "and" has the
  // sentence's subject (its first name, opening the sentence), not the name just before it.
  const coordinations = exact(c.special.coordination);
  const coordinated = (h: Hit) => coordinations.some((x) => x.e === h.i);
  const subject = mentions[0] && mentions[0].i - a <= 2 ? mentions[0] : undefined;
  // "Peskov:", "Kremlin spokesman Dmitry Peskov:", "Frage des Moderators an Peskow:": a name that
  // labels what follows opens the sentence, with names, short words or capitalised words before
  // it; not a name after a lower-case word such as a verb ("В Кремле хвалят Трампа: …").
  const labelStart = (m: Hit) => {
    if (m.i - a > 4) return false;
    for (let k = a; k < m.i; k++) if (!covered.has(k) && tokens[k].end - tokens[k].start > 3 && /^\p{Ll}/u.test(text.slice(tokens[k].start, tokens[k].end))) return false;
    return true;
  };
  // A cue word between a verb and a name after it: "said the talks between Putin and Trump…" is
  // what was said, not "said Putin" ("dijo este lunes Peskov" has none).
  const cueAt = new Set<number>();
  for (const [g, list] of hits) {
    if (!c.cueGroups.has(g)) continue;
    for (const h of list) for (let k = h.i; k < h.e; k++) if (!covered.has(k)) cueAt.add(k);
  }
  const cueBetween = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (cueAt.has(k)) return true;
    return false;
  };
  // "sagte er über Selenskyj", "he said of Zelensky": the name after "about" is the topic.
  const aboutWords = exact(c.special.topic);
  for (const m of mentions) {
    const own = (h: Hit) => !coordinated(h) || m === subject;
    if (says.some((h) => h.i >= m.e && (h.i - m.e <= W || (m === subject && coordinated(h))) && own(h) && !between(relatives, m.e, h.i) && !between(thats, m.e, h.i) && plainGap(tokens[m.e - 1].end, tokens[h.i].start)))
      m.reporter = true;
    // "The Kremlin spokesman, Dmitry Peskov, said …": the name in apposition between commas, then the verb.
    else if (m.i > a && m.e < b && says.some((h) => h.i === m.e) && /^\s*,\s*$/.test(text.slice(tokens[m.e - 1].end, tokens[m.e].start)) && /,\s*$/.test(text.slice(tokens[m.i - 1].end, tokens[m.i].start)))
      m.reporter = true;
    else if (says.some((h) => h.e <= m.i && m.i - h.e <= W && !coordinated(h) && !addressed(h) && !between(thats, h.e, m.i) && !cueBetween(h.e, m.i) && !between(aboutWords, h.e, m.i) && plainGap(tokens[h.e - 1].end, tokens[m.i].start)))
      m.reporter = true;
    // A short "as" ("как", "jak", "so") only with a reporting verb after it ("как заявил Песков").
    else if (accordings.some((h) => h.e <= m.i && m.i - h.e <= W && (tokens[h.e - 1].end - tokens[h.i].start > 3 || between(says, h.e, m.i)))) m.reporter = true;
    // "Segundo ela, …", "По её словам, …": "according to her" names its source, a woman (`she`).
    else if (m.other !== undefined && accordingHim.some((h) => h.i < m.e && m.i < h.e)) m.reporter = true;
    // "For many observers, …", "Pour Zelensky, …": a view put first in the sentence, then a comma.
    else if (m.i - a <= 3 && forViews.some((h) => h.i === a && h.e <= m.i) && /^\s*,/.test(text.slice(tokens[m.e - 1].end, tokens[m.e - 1].end + 3))) m.reporter = true;
    // "Peskov: …", and the turns of an interview ("… ? — Peskov: …"); in a headline "Putin to
    // Zelensky: …" the one before "to" speaks.
    else if (/^\s*:/.test(text.slice(tokens[m.e - 1].end, tokens[m.e - 1].end + 3)) && (labelStart(m) || /[—–?!.]\s*$/.test(text.slice(tokens[m.i - 1].end, tokens[m.i].start)))) {
      const to = headlineTos.find((t) => t.e === m.i);
      const by = to && mentions.find((o) => o !== m && o.e === to.i && o.i - a <= 4);
      if (by) by.reporter = true;
      else m.reporter = true;
    }
  }
  // "Ответ российского президента был коротким: …", "El mensaje de Peskov fue doble: …": what one
  // named speaker said, named before a colon early in the sentence; the words before the colon
  // are attribution, not the claim's.
  let intro: number | undefined;
  const colon = text.slice(tokens[a]?.start ?? sentence.start, sentence.end).search(/:\s/);
  if (colon >= 0 && !mentions.some((m) => m.reporter)) {
    const at = (tokens[a]?.start ?? sentence.start) + colon;
    let c0 = a;
    while (c0 < b && tokens[c0].start < at) c0++;
    const pre = mentions.filter((m) => m.e <= c0);
    const statement = exact(c.special.statement).some((h) => h.e <= c0);
    if (c0 > a && c0 < b && c0 - a <= 8 && pre.length && new Set(pre.map((m) => m.speaker ?? m.other ?? m.alias)).size === 1 && statement && !inside(sentence.quoted, at) && !says.some((h) => h.e <= c0)) {
      for (const m of pre) m.reporter = true;
      intro = c0;
    }
  }
  // "Zelensky says Moscow invite shows Putin…": a verb that has its subject right before it does
  // not make a later name (the reported clause's, "that" left out) a speaker too.
  // "Putin, speaking in Beijing, said …", "Zelensky, who spoke alongside Macron, said …": a name, an
  // inserted relative or speaking clause between commas, then the reporting verb.
  const appositive = new Set<number>();
  for (const m of mentions) {
    if (m.reporter || m.e >= b || !/^\s*,/.test(text.slice(tokens[m.e - 1].end, tokens[m.e].start))) continue;
    if (!relatives.some((r) => r.i === m.e) && !says.some((x) => x.i === m.e)) continue;
    for (let k = m.e + 1; k < b && k - m.e <= 8; k++) {
      if (!/,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) continue;
      const h = says.find((x) => (x.i === k || (x.i === k + 1 && tokens[k].end - tokens[k].start <= 4)) && plainGap(tokens[k].start, tokens[x.i].start));
      if (h && !mentions.some((o) => o !== m && o.i >= m.e && o.i < k && o.speaker !== undefined)) {
        m.reporter = true;
        appositive.add(h.i);
      }
      break;
    }
  }
  const subjectOf = (h: Hit) =>
    appositive.has(h.i) || mentions.some((o) => o.e <= h.i && h.i - o.e <= 1 && plainGap(tokens[o.e - 1].end, tokens[h.i].start));
  for (const m of mentions) {
    if (!m.reporter) continue;
    const after = says.some((h) => h.i >= m.e && h.i - m.e <= W && plainGap(tokens[m.e - 1].end, tokens[h.i].start));
    if (!after && says.some((h) => h.e <= m.i && m.i - h.e <= W && subjectOf(h))) m.reporter = false;
  }
  for (const m of mentions) {
    if (!m.reporter) continue;
    const t = thatAfterSay.find((x) => x.e <= m.i);
    if (t && mentions.some((o) => o !== m && o.reporter && o.e <= t.i)) m.reporter = false;
  }
  // "Speaking to ABC News, the Ukrainian president …", "Interrogé par TF1, Peskov …": a reporting
  // participle opening the sentence, its clause closed by a comma, then a name: that name speaks.
  if (!mentions.some((m) => m.reporter)) {
    // Names inside the participle's clause are its objects ("Asked by ABC whether he saw any
    // movement from the Kremlin, Zelensky …"), never the one who speaks.
    // (Not a finite verb and its "that": "Disse que, se Zelensky quiser, …" reports the one before.)
    const opener = [...says, ...exact(c.special.askedOpener)].find((h) => h.i - a <= 1 && !thats.some((t) => t.i === h.e));
    if (opener) {
      for (let k = opener.e; k < b && k - opener.e <= OPENER_CLAUSE_MAX; k++) {
        if (!/^\s*,/.test(text.slice(tokens[k].end, tokens[k].end + 2))) continue;
        const next = mentions.find((m) => m.i > k && m.i - k <= 3 && (m.speaker !== undefined || m.roles || m.other !== undefined));
        if (next) next.reporter = true;
        break;
      }
    }
  }
  // Someone the pack does not know, named next to a reporting verb in the main clause ("Macron said",
  // "sagte Merz", "Macron a déclaré"); not after "that" ("…that Russia started talking").
  const unknown: Voice[] = [];
  // A subject pronoun is followed by a verb, not an article: "Peskov ended on a warning note" has
  // the English preposition, not the Polish "on" (all languages are pooled).
  const pronouns = exact(c.special.pronoun).filter((p) => !determiners.some((d) => d.i === p.e));
  const firstThat = thats.length ? Math.min(...thats.map((h) => h.i)) : b;
  // A capitalised name of one to three words between two commas, right before the verb at `verb`.
  const apposedName = (k: number, verb: number) => {
    if (k !== verb - 1 || !/^\s*,\s*$/.test(text.slice(tokens[k].end, tokens[verb].start))) return false;
    let first = k;
    while (first > a && k - first < 2 && /^\s+$/.test(text.slice(tokens[first - 1].end, tokens[first].start)) && /^\p{Lu}/u.test(text.slice(tokens[first - 1].start, tokens[first - 1].end))) first--;
    return first > a && /,\s*$/.test(text.slice(tokens[first - 1].end, tokens[first].start));
  };
  for (const h of says) {
    if (inside(sentence.quoted, tokens[h.i].start)) continue;
    for (const k of [h.i - 1, h.i - 2, h.e]) {
      if (k < a || k >= b || k > firstThat || covered.has(k)) continue;
      if (k === h.e && addressed(h)) continue;
      // Two words back only across an auxiliary ("a", "hat", "has"), not a subject pronoun ("Аляске он назвал").
      if (k === h.i - 2 && (tokens[h.i - 1].end - tokens[h.i - 1].start > 4 || pronouns.some((p) => p.i === h.i - 1))) continue;
      const raw = text.slice(tokens[k].start, tokens[k].end);
      if (raw.length < 3 || !/^\p{Lu}/u.test(raw) || words[k].units.length) continue;
      // "Der russische Beamte sagte": a capitalised noun after an article is no name (German nouns).
      if (determiners.some((d) => d.i < k && k - d.i <= 2 && d.i >= a)) continue;
      if (inside(sentence.quoted, tokens[k].start)) continue;
      // "Il vertice in Alaska, ha ricordato, …": a comma between, the name is not the verb's subject;
      // unless the name is an apposition between commas ("La portavoz de la Casa Blanca, Karoline
      // Leavitt, dijo que …": a title, then the name, then the verb).
      if (k < h.i ? !plainGap(tokens[k].end, tokens[h.i].start) && !apposedName(k, h.i) : !plainGap(tokens[h.e - 1].end, tokens[k].start)) continue;
      unknown.push({ other: '?', alias: raw, reporter: true });
    }
  }
  const reporters: Voice[] = [...mentions.filter((m) => m.reporter), ...unknown];
  // "Para la mayoría de los analistas, …", "For many observers, …", "Selon des experts, …": a
  // view put first, held by someone else the pack names (analysts, officials…), not by the pack
  // speakers the sentence then names. ("Pour l'instant, …" names no one: no view.)
  if (!reporters.length) {
    const opener = [...forViews, ...accordings].find((h) => h.i === a && !inside(sentence.quoted, tokens[h.i].start));
    if (opener) {
      let comma = -1;
      for (let k = opener.e; k < b && k - opener.e <= 6; k++) {
        if (/^\s*,/.test(text.slice(tokens[k].end, tokens[k].end + 2))) {
          comma = k;
          break;
        }
      }
      const within = mentions.filter((m) => m.i >= opener.e && m.e <= comma + 1);
      const holder = within.find((m) => m.other !== undefined);
      if (comma >= 0 && holder && !within.some((m) => m.speaker !== undefined || m.roles)) {
        const view: Voice = { other: holder.other, alias: holder.alias, reporter: true };
        return { voices: [view], lead: [view], named };
      }
    }
  }
  const background = exact(c.special.pluperfect).some((h) => !inside(sentence.quoted, tokens[h.i].start));
  const strip = (v: Voice & Partial<Hit> & { metonym?: boolean }): Voice => ({ speaker: v.speaker, other: v.other, alias: v.alias, reporter: v.reporter, roles: v.roles, possessive: v.possessive, qualified: v.qualified, place: v.metonym });
  // "Moscow says …": the place names who speaks, so it is no cue ("Moscow" as the venue) too.
  const spokenBy = mentions.filter((m) => m.metonym && m.reporter).map((m) => ({ i: m.i, e: m.e }));
  // "Kremlin invites Ukrainian leader to Moscow, Kyiv calls it a ploy": the one who opens the
  // sentence, no reporting verb of its own, is the subject of its first clause; the reporters
  // speak only from a later clause (after a comma).
  let firstClause: { voice: Voice; end: number } | undefined;
  const first = mentions[0];
  if (first && first.i - a <= 2 && !first.reporter && reporters.length && first.speaker !== undefined) {
    let end = first.e;
    while (end < b && !/[,;:–—]/.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
    // Only in a headline (no closing period), after a relay (an agency, someone the pack does not
    // know), or when the later clause says something of its own (a cue word, not the reporting
    // verb's own object: "told reporters"): "Zelensky does not want to meet in Moscow, Peskov
    // said." is Peskov's whole sentence, its last clause no more than who said it.
    const objectOfSay = (k: number) => says.some((h) => h.e <= k && k - h.e <= 1);
    const cueAfter = [...hits].some(([g, list]) => c.cueGroups.has(g) && list.some((h) => h.i >= end && !covered.has(h.i) && !objectOfSay(h.i)));
    const headline = !/[.!?…]["'»”’)\]]*\s*$/u.test(text.slice(sentence.start, sentence.end));
    // (A relay is no such voice: "Путин пригласил Зеленского в Москву, сообщает ТАСС." stays Putin's.)
    const relay = !reporters.some((v) => v.speaker !== undefined);
    if (end < b && (cueAfter || headline || relay) && mentions.every((m) => !m.reporter || m.i >= end)) firstClause = { voice: strip(first), end };
  }
  if (reporters.length) return { voices: reporters.map(strip), lead: reporters.map(strip), named, intro, background, spokenBy, firstClause };
  if (!mentions.length) return { voices: [], lead: [], named, background };
  // "He added that Putin…", "Il a affirmé que…", "Dodał, że…": the speaker is the one before; the
  // names in the sentence are what it is about.
  const anaphora = exact(c.special.anaphora).filter((p) => !determiners.some((d) => d.i === p.e));
  const leadVerb =
    // (not "Песков, говоря о …, был категоричен": the name before the verb is its subject)
    says.some((h) => (h.i - a <= 1 && !mentions.some((m) => m.e <= h.i)) || anaphora.some((p) => p.i - a <= 2 && p.e <= h.i && h.i - p.e <= 2)) ||
    // "Selon lui, …", "По его мнению, …", "In his view, …" early in the sentence.
    accordingHim.some((h) => h.i - a <= 2 && !inside(sentence.quoted, tokens[h.i].start));
  // "«…», disse, acusando o Kremlin…", "“…”, he said of Putin": a verb right after the quotation
  // with no name of its own; the speaker is the quotation's, from before.
  const afterQuote = says.some((h) =>
    sentence.quoted.some((q) => q.end <= tokens[h.i].start && /^[\s\p{P}]*(?:\p{L}{1,4}[\s\p{P}]+)?$/u.test(text.slice(q.end, tokens[h.i].start))),
  );
  if (leadVerb) return { voices: [], lead: [], named, background };
  // "Se Zelensky è pronto, ha detto, venga a Mosca", "Dacă Zelenski e gata, a spus el, …", "…, he
  // added.": a reporting verb alone in a clause between commas (or a comma and the end), no name
  // in it: an inserted attribution to the speaker before, not to the names of the sentence.
  const inserted = says.some((h) => {
    let i = h.i;
    let e = h.e;
    while (i > a && i > h.i - 2 && !/[,;:–—]/.test(text.slice(tokens[i - 1].end, tokens[i].start))) i--;
    while (e < b && e < h.e + 2 && !/[,;:.!?–—]/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
    // After a comma, or after a dash when it ends the sentence ("…, by skapitulować – podkreślił.").
    if (i === a || !(e === b ? /[,–—]\s*$/ : /,\s*$/).test(text.slice(tokens[i - 1].end, tokens[i].start))) return false;
    if (e < b && !/^\s*,/.test(text.slice(tokens[e - 1].end, tokens[e].start))) return false;
    if (e === b && !/^[\s\p{P}]*$/u.test(text.slice(tokens[e - 1].end, sentence.end))) return false;
    return !mentions.some((m) => m.i < e && m.e > i);
  });
  // "Nigdy nie odmawiał on spotkania z Zełenskim": a subject pronoun outside quotations; the names
  // may be objects, so the speaker of the sentences before is a candidate too.
  const pronoun = pronouns.some((h) => !inside(sentence.quoted, tokens[h.i].start));
  return { voices: mentions.map(strip), lead: [strip(mentions[0])], pronoun, afterQuote, inserted, named, background };
}
