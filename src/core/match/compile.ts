/**
 * Compiling a pack for matching: expands `@concept` references (pack concepts, then the core
 * lexicon), turns every term into units of the {@link TermIndex}, and every group (a list of terms)
 * into a shared id, so the 1,300 claims of a big pack that all say "@meeting" share one group.
 */
import type { ClaimPack } from '../types';
import { lexiconTerms } from '../lexicon';
import { ALL_SCRIPTS, SCRIPT_LETTERS, type Script } from '../text/scripts';
import { TermIndex } from './term-index';
import type { ClaimMatchData, GroupData, PackMatchingData } from './match-data';

export interface CompiledAlternative {
  all: number[];
  none: number[];
}

export interface CompiledClaim {
  index: number;
  id: string;
  /** Speaker ids allowed to voice it. */
  allowed: Set<string>;
  all: number[];
  any: CompiledAlternative[];
  none: number[];
}

/** A voice: a pack speaker (`id` = speaker id) or someone else (`other`). */
export interface VoiceKind {
  speaker?: string;
  other?: string;
}

export interface Compiled {
  index: TermIndex;
  /** Terms of each group. */
  groups: number[][];
  /** Groups each term belongs to. */
  groupsOfTerm: number[][];
  /** Composite terms, inner ones first (see {@link Composite}). */
  composites: Composite[];
  /** Groups each composite belongs to. */
  groupsOfComposite: number[][];
  /** Composites by the group of their first part. */
  compositesByFirstGroup: Map<number, number[]>;
  claims: CompiledClaim[];
  /** Claims to evaluate when a group is found: each claim is listed under one necessary group. */
  claimsByTrigger: Map<number, number[]>;
  /** Alias groups: which voice each one names. */
  voiceOfGroup: Map<number, VoiceKind>;
  /** Place groups that name a speaker only as the subject of a reporting verb ("Moscow says"). */
  metonymOfGroup: Map<number, VoiceKind>;
  /** Role-noun groups ("the spokesman"): the speakers each may refer back to. */
  roleOfGroup: Map<number, string[]>;
  /** Speaker id → the speaker ids they hold their role for ("roleOf": Peskov → Putin, the Kremlin). */
  roleHolderOf: Map<string, string[]>;
  /** Groups of function words only (see compile()). */
  specialGroups: Set<number>;
  /** The groups of `special` (attribution and logic words), whether or not a claim uses them too. */
  functionGroups: Set<number>;
  /** Verbs of praise ("@appreciate"): like `special.withObject`, the name right after one is its object ("Trump praised Putin"). */
  praise: number;
  /** Groups a claim needs (its `all` and its alternatives' `all`), less the function groups: what a sentence says, not who says it. */
  cueGroups: Set<number>;
  special: { say: number; according: number; that: number; relative: number; anaphora: number; determiner: number; pronoun: number; forView: number; statement: number; accordingPronoun: number; pluperfect: number; never: number; question: number; aboutThis: number; tell: number; negation: number; topic: number; possessive: number; demonstrative: number; headlineTo: number; withObject: number; speechEvent: number; locative: number; contrast: number; coordination: number; questionLabel: number; despite: number; askedAbout: number; askedOpener: number; notNegation: number };
  speakerSide: Map<string, string>;
}

const MAX_EXPANSIONS = 4000;

/**
 * Above this many concrete terms, a term with concepts in it ("summon* ~ to @moscow",
 * "@relations ~ @other-partners") is kept as a composite instead of expanded: fewer terms to
 * index (compiling the built-in pack went from ~19,000 terms to a few thousand), at the price of
 * chaining a few hit lists per sentence.
 */
const COMPOSITE_MIN = 32;

/** A term matched as a sequence of groups: each part right after the previous one, or within `~` (a gap). */
export interface Composite {
  chunks: { group: number; gap: boolean }[];
}

const MARK = '\u0001';
const marker = (id: number) => `${MARK}${id}`;
/** Terms added between two yields of a compile's steps (see `idsSteps`). */
const WARM_CHUNK = 1000;
/** Words separated by single spaces, nothing around them: a term as written, needing no clean-up. */
const SPACED = /^\S+(?: \S+)*$/;
const isMarker = (t: string) => t.startsWith(MARK);
const markerId = (t: string) => Number(t.slice(1));

/** Run `steps` to the end, without yielding to anyone; its return value. */
function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Compile `pack` in one go. */
export function compile(pack: ClaimPack, scripts: ReadonlySet<Script> = ALL_SCRIPTS): Compiled {
  return finish(compileSteps(pack, scripts));
}

/**
 * Compile `pack` step by step: each `next()` does a small part (one speaker's aliases, one
 * lexicon concept, one of a claim's groups, at most a thousand new terms), so a caller on a
 * page's main thread can yield between steps; the generator's return value is the compiled pack.
 * The Fuse indexes are built lazily, on the first fuzzy look-up. `scripts`: the scripts beyond
 * Latin to compile terms of (text/scripts.ts); terms in the others are left out.
 */
export function* compileSteps(pack: ClaimPack, scripts: ReadonlySet<Script> = ALL_SCRIPTS): Generator<void, Compiled, void> {
  const matching = (pack.matching ?? { speakers: {} }) as PackMatchingData;
  const concepts = matching.concepts ?? {};
  const index = new TermIndex();
  const groups: number[][] = [];
  const groupIds = new Map<string, number>();
  const groupsOfTerm: number[][] = [];
  const groupSizes: number[] = [];

  const composites: Composite[] = [];
  const groupsOfComposite: number[][] = [];

  const resolved = new Map<string, string[]>();
  const resolve = (name: string): string[] => {
    let terms = resolved.get(name);
    if (!terms) resolved.set(name, (terms = concepts[name] ?? lexiconTerms(name) ?? []));
    return terms;
  };
  const expandCache = new Map<string, string[]>();
  // A term is expanded into concrete terms (the cartesian product of its concepts' terms), unless
  // that product is large ("@relations ~ @other-partners": hundreds of pairs) or one of its parts
  // is itself composite: then it becomes a composite, returned as a marker, whose parts are
  // groups matched one after the other at match time.
  const expand = (term: string, depth = 0): string[] => {
    // Most terms are literal words and phrases (the lexicon's): they expand to themselves.
    if (!term.includes('@')) return [SPACED.test(term) ? term : term.trim().split(/\s+/).join(' ')];
    const cached = expandCache.get(term);
    if (cached) return cached;
    const parts = term.trim().split(/\s+/);
    const altsOf = parts.map((part) => (part.startsWith('@') && depth < 6 ? resolve(part.slice(1)).flatMap((t) => expand(t, depth + 1)) : [part]));
    let out: string[];
    const words = parts.filter((p) => p !== '~').length;
    const product = altsOf.reduce((n, alts) => n * Math.max(1, alts.length), 1);
    if (words > 1 && (product > COMPOSITE_MIN || altsOf.some((alts) => alts.some(isMarker)))) {
      out = [marker(compose(parts))];
    } else {
      out = [''];
      for (const alts of altsOf) {
        const next: string[] = [];
        for (const a of out) for (const b of alts) if (next.length < MAX_EXPANSIONS) next.push(a ? `${a} ${b}` : b);
        out = next;
      }
    }
    expandCache.set(term, out);
    return out;
  };
  /** A composite of `parts`: literal runs and concepts become groups; `~` allows a gap. */
  const compose = (parts: string[]): number => {
    const chunks: Composite['chunks'] = [];
    let literal: string[] = [];
    let gap = false;
    const flush = () => {
      if (!literal.length) return;
      chunks.push({ group: group([literal.join(' ')]), gap });
      literal = [];
      gap = false;
    };
    for (const part of parts) {
      if (part === '~') {
        flush();
        gap = chunks.length > 0;
      } else if (part.startsWith('@')) {
        flush();
        chunks.push({ group: group([part]), gap });
        gap = false;
      } else literal.push(part);
    }
    flush();
    composites.push({ chunks });
    groupsOfComposite.push([]);
    return composites.length - 1;
  };

  // The term ids and composites one term expands to, memoised: a concept of every language (@say:
  // thousands of terms) is part of many groups, and adding its terms one by one each time was
  // most of the compile.
  const idsCache = new Map<string, { terms: number[]; comps: number[] }>();
  // Terms with a letter of a script left out (text/scripts.ts) can never match: not compiled.
  const absent = new RegExp(`[${[...ALL_SCRIPTS].filter((x) => !scripts.has(x)).map((x) => SCRIPT_LETTERS[x]).join('')}]`);
  const usable = scripts.size === ALL_SCRIPTS.size ? () => true : (t: string) => !absent.test(t);
  // Adding a thousand terms at a time, yielding in between: a concept of every language (@say) is
  // then no single long step, even in Firefox, which runs this slower than Node.
  function* idsSteps(term: string): Generator<void, { terms: number[]; comps: number[] }, void> {
    const cached = idsCache.get(term);
    if (cached) return cached;
    const terms: number[] = [];
    const comps: number[] = [];
    for (const t of expand(term)) {
      if (isMarker(t)) comps.push(markerId(t));
      else if (usable(t)) {
        terms.push(index.addTerm(t));
        if (terms.length % WARM_CHUNK === 0) yield;
      }
    }
    const unique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
    const ids = { terms: unique(terms), comps: unique(comps) };
    idsCache.set(term, ids);
    return ids;
  }
  const idsOf = (term: string) => finish(idsSteps(term));
  const group = (data: GroupData | string[]): number => {
    const list = typeof data === 'string' ? [data] : data;
    const all = list.map(idsOf);
    // Each term's ids are unique and sorted already (and never changed): a group of one term shares them.
    const merged = (pick: (x: { terms: number[]; comps: number[] }) => number[]) =>
      all.length === 1 ? pick(all[0]) : [...new Set(all.flatMap(pick))].sort((a, b) => a - b);
    const terms = merged((x) => x.terms);
    const comps = merged((x) => x.comps);
    const key = `${terms.join(',')}|${comps.join(',')}`;
    let id = groupIds.get(key);
    if (id === undefined) {
      id = groups.length;
      groups.push(terms);
      groupSizes.push(terms.length + comps.length);
      groupIds.set(key, id);
      for (const t of terms) (groupsOfTerm[t] ??= []).push(id);
      for (const k of comps) groupsOfComposite[k].push(id);
    }
    return id;
  };
  /** `group(data)` as steps: its terms' ids memoised a thousand at a time (`idsSteps`), then a step of its own. */
  function* groupSteps(data: GroupData | string[]): Generator<void, number, void> {
    for (const term of typeof data === 'string' ? [data] : data) yield* idsSteps(term);
    const id = group(data);
    yield;
    return id;
  }

  const voiceOfGroup = new Map<number, VoiceKind>();
  for (const [id, s] of Object.entries(matching.speakers ?? {})) voiceOfGroup.set(yield* groupSteps(s.aliases), { speaker: id });
  for (const [name, aliases] of Object.entries(matching.others ?? {})) {
    const g = yield* groupSteps(aliases);
    if (!voiceOfGroup.has(g)) voiceOfGroup.set(g, { other: name });
  }

  const roleOfGroup = new Map<number, string[]>();
  for (const [id, s] of Object.entries(matching.speakers ?? {})) {
    if (!s.roles?.length) continue;
    const g = group(s.roles);
    roleOfGroup.set(g, [...(roleOfGroup.get(g) ?? []), id]);
    yield;
  }

  const roleHolderOf = new Map<string, string[]>();
  for (const [id, s] of Object.entries(matching.speakers ?? {})) if (s.roleOf?.length) roleHolderOf.set(id, s.roleOf);

  const metonymOfGroup = new Map<number, VoiceKind>();
  for (const [id, terms] of Object.entries(matching.metonyms ?? {})) metonymOfGroup.set(group(terms), { speaker: id });

  // One group per step: with every language pooled, a concept such as @say has thousands of terms.
  const SPECIAL = {
    say: '@say',
    according: '@according-to',
    that: '@that',
    relative: '@relative',
    anaphora: '@anaphora',
    determiner: '@determiner',
    pronoun: '@subject-pronoun',
    forView: '@for-view',
    statement: '@statement-noun',
    accordingPronoun: '@according-to-him',
    pluperfect: '@pluperfect',
    never: '@never',
    question: '@question',
    aboutThis: '@about-this',
    tell: '@tell',
    negation: '@negation',
    topic: '@about-topic',
    possessive: '@possessive',
    demonstrative: '@demonstrative',
    headlineTo: '@headline-to',
    withObject: '@with-object',
    speechEvent: '@speech-event',
    locative: '@locative',
    contrast: '@contrast',
    coordination: '@coordination',
    questionLabel: '@question-label',
    despite: '@despite',
    askedAbout: '@asked-about',
    askedOpener: '@asked-opener',
    notNegation: '@not-negation',
  } as const;
  const special = {} as Record<keyof typeof SPECIAL, number>;
  for (const [key, concept] of Object.entries(SPECIAL) as [keyof typeof SPECIAL, string][]) special[key] = yield* groupSteps(concept);

  const speakerSide = new Map(pack.speakers.map((s) => [s.id, s.side]));
  const claims: CompiledClaim[] = [];
  const claimsByTrigger = new Map<number, number[]>();
  const trigger = (g: number, claim: number) => {
    const list = claimsByTrigger.get(g) ?? [];
    list.push(claim);
    claimsByTrigger.set(g, list);
  };
  for (const [i, claim] of pack.claims.entries()) {
    const m = claim.match as ClaimMatchData | undefined;
    if (!m || (!m.all?.length && !m.any?.length)) continue;
    const side = speakerSide.get(claim.speaker);
    const allowed = new Set(m.speakers ?? pack.speakers.filter((s) => s.side === side).map((s) => s.id));
    // A group per step here too: a claim's groups expand the lexicon's concepts.
    const all: number[] = [];
    for (const data of m.all ?? []) all.push(yield* groupSteps(data));
    const any: CompiledClaim['any'] = [];
    for (const alt of m.any ?? []) {
      const altAll: number[] = [];
      for (const data of alt.all) altAll.push(yield* groupSteps(data));
      any.push({ all: altAll, none: alt.none?.length ? [group(alt.none)] : [] });
      yield;
    }
    const none = m.none?.length ? [group(m.none)] : [];
    const compiled: CompiledClaim = { index: i, id: claim.id, allowed, all, any, none };
    const n = claims.length;
    claims.push(compiled);
    if (compiled.all.length) {
      // Trigger on the most specific necessary group (fewest terms): fewer claims evaluated per sentence.
      const best = compiled.all.reduce((a, b) => (groupSizes[b] < groupSizes[a] ? b : a));
      trigger(best, n);
    } else for (const alt of compiled.any) trigger(alt.all.reduce((a, b) => (groupSizes[b] < groupSizes[a] ? b : a)), n);
    yield;
  }
  // Common words one edit from a cue that mean something else: the fuzzy pass skips them.
  for (const t of resolve('not-fuzzy').flatMap((x) => expand(x))) index.addNotFuzzy(t);
  const compositesByFirstGroup = new Map<number, number[]>();
  composites.forEach((comp, k) => {
    const g = comp.chunks[0].group;
    compositesByFirstGroup.set(g, [...(compositesByFirstGroup.get(g) ?? []), k]);
  });
  // Function words that alone say nothing about who speaks or what: a sentence with nothing else
  // is not analysed (match-claims.ts). Reporting verbs, pronouns and the like are not among them:
  // "Macron said so." names someone else who speaks, which the next sentence may take over.
  const specialGroups = new Set([
    special.locative, special.coordination, special.contrast, special.determiner, special.that, special.relative,
    special.withObject, special.possessive, special.despite, special.speechEvent, special.headlineTo, special.topic,
  ]);
  for (const g of [...voiceOfGroup.keys(), ...metonymOfGroup.keys(), ...roleOfGroup.keys(), ...claimsByTrigger.keys()]) specialGroups.delete(g);
  for (const cl of claims) for (const g of [...cl.all, ...cl.none, ...cl.any.flatMap((x) => [...x.all, ...x.none])]) specialGroups.delete(g);
  const functionGroups = new Set(Object.values(special));
  const praise = group('@appreciate');
  const cueGroups = new Set(claims.flatMap((cl) => [...cl.all, ...cl.any.flatMap((x) => x.all)]).filter((g) => !functionGroups.has(g) && !voiceOfGroup.has(g) && !roleOfGroup.has(g) && !metonymOfGroup.has(g)));
  return { index, groups, groupsOfTerm, composites, groupsOfComposite, compositesByFirstGroup, claims, claimsByTrigger, voiceOfGroup, metonymOfGroup, roleOfGroup, roleHolderOf, special, specialGroups, functionGroups, cueGroups, praise, speakerSide };
}
