/**
 * A cheap test run before the matcher is even compiled (cf. Readability's
 * `isProbablyReaderable`): can this text report any claim of the pack at all?
 *
 * Every match needs one of the pack's speakers to be named in the text (in the sentence or an
 * earlier one), so a text in which no speaker alias appears cannot match. The test keeps, from
 * each alias, its run of consecutive literal words with the longest word, each cut to its first
 * few letters (anchors.ts), and looks for words of the text, one after the other, that start
 * with them. It never says "no" to a text the
 * matcher would match (exact and prefix aliases start with the anchor; fuzzy matches need 7+
 * letters and keep their first letters in practice); it may say "yes" to a text that has no match:
 * then the full matcher decides. The test is `anchorTest`'s rule answered by one regular
 * expression (anchor-gate.ts), which says yes wherever the rule does: walking the words one by
 * one cost ~140 ms of the 10,000-sentence page in Chromium, where every paragraph and the text
 * before it is tested (`passageTestFor`).
 */
import { lexiconTerms } from '../lexicon';
import type { ClaimPack } from '../types';
import { anchorGate, anchorGateSources } from './anchor-gate';
import { anchorOf } from './anchors';
import type { PackMatchingData } from './match-data';

/** The precheck of one pack. */
export interface Precheck {
  /** The anchors it looks for (normalised word starts), e.g. to store them for a later test. */
  readonly anchors: readonly string[];
  /** False when `text` surely reports no claim of the pack; true when it may. */
  mayMatch(text: string): boolean;
}

const cache = new WeakMap<ClaimPack, Precheck>();

/** The precheck for `pack` (built once per pack object, in well under a millisecond). */
export function precheckFor(pack: ClaimPack): Precheck {
  let p = cache.get(pack);
  if (!p) cache.set(pack, (p = buildPrecheck(pack)));
  return p;
}

/** Shorthand for `precheckFor(pack).mayMatch(text)`. */
export function mayMatch(pack: ClaimPack, text: string): boolean {
  return precheckFor(pack).mayMatch(text);
}

/**
 * Add to `anchors` the anchor of each term (concepts expanded a level at a time): its last run of
 * consecutive literal words, since a concept or a `~` gap breaks a run and the last run names
 * whose role it is ("@spokesman ~ kreml*", "representant ~ kremlin" → "kreml"; "russian
 * president" → "russi presi"). A term made of concepts only ("@spokesman") takes the anchors of
 * the first concept's terms.
 */
function addAnchors(anchors: Set<string>, terms: readonly string[], concepts: Record<string, string[]>, depth = 0): void {
  for (const term of terms) {
    const words = term.trim().split(/\s+/).filter(Boolean);
    const runs: string[][] = [[]];
    for (const w of words) {
      if (w === '~' || w.startsWith('@')) runs.push([]);
      else runs[runs.length - 1].push(w);
    }
    const literal = runs.filter((r) => r.length);
    if (literal.length) anchors.add(anchorOf(...literal[literal.length - 1]));
    else if (depth < 6) {
      const name = words.find((w) => w !== '~')?.slice(1) ?? '';
      addAnchors(anchors, concepts[name] ?? lexiconTerms(name) ?? [], concepts, depth + 1);
    }
  }
  anchors.delete('');
}

function buildPrecheck(pack: ClaimPack): Precheck {
  const matching = pack.matching as PackMatchingData | undefined;
  const anchors = new Set<string>();
  for (const speaker of Object.values(matching?.speakers ?? {})) addAnchors(anchors, speaker.aliases, matching?.concepts ?? {});
  const sorted = [...anchors].sort();
  let gate: ((text: string) => boolean) | undefined; // built on first use: the background needs the anchors only
  return { anchors: sorted, mayMatch: (text) => (gate ??= anchorGate(anchorGateSources(sorted)))(text) };
}

const passageCache = new WeakMap<ClaimPack, (text: string) => boolean>();

/**
 * A stricter use of the same test, for one passage (a paragraph and the text before it): the
 * matcher can only find a claim in it if it names a speaker (an alias) or a place that speaks for
 * one (a metonym, "Moscow says …"). The content script skips the passages that do neither, which
 * on a long page is most of them.
 */
export function passageTestFor(pack: ClaimPack): (text: string) => boolean {
  let test = passageCache.get(pack);
  if (!test) {
    const matching = pack.matching as PackMatchingData | undefined;
    const anchors = new Set(precheckFor(pack).anchors);
    for (const terms of Object.values(matching?.metonyms ?? {})) addAnchors(anchors, terms, matching?.concepts ?? {});
    passageCache.set(pack, (test = anchorGate(anchorGateSources([...anchors]))));
  }
  return test;
}
