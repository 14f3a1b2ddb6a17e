/**
 * A cheap test run before the matcher is even compiled (cf. Readability's
 * `isProbablyReaderable`): can this text report any claim of the pack at all?
 *
 * Every match needs one of the pack's speakers to be named in the text (in the sentence or an
 * earlier one), so a text in which no speaker alias appears cannot match. The test keeps, from
 * each alias, one literal word (the longest) cut to its first {@link ANCHOR_LENGTH} letters, and
 * looks for a word of the text that starts with one of them. It never says "no" to a text the
 * matcher would match (exact and prefix aliases start with the anchor; fuzzy matches need 7+
 * letters and keep their first letters in practice); it may say "yes" to a text that has no match:
 * then the full matcher decides.
 */
import { lexiconTerms } from '../lexicon';
import { normalizeWord } from '../text/normalize';
import type { ClaimPack } from '../types';
import type { PackMatchingData } from './match-data';

/**
 * Letters of an alias word kept as its anchor. Fewer: more texts pass the precheck for nothing
 * (more compiles on ordinary pages); more: declined or misspelt names ("Зеленського",
 * "Zelenskyy") could be missed.
 */
const ANCHOR_LENGTH = 4;

/** The precheck of one pack. */
export interface Precheck {
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

const WORD = /[\p{L}\p{M}]+/gu;

function anchorOf(word: string): string {
  const norm = normalizeWord(word.replace(/\*$/, ''));
  const letters = norm.match(WORD)?.[0] ?? norm;
  return letters.slice(0, ANCHOR_LENGTH);
}

function buildPrecheck(pack: ClaimPack): Precheck {
  const matching = pack.matching as PackMatchingData | undefined;
  const concepts = matching?.concepts ?? {};
  const anchors = new Set<string>();
  const addAlias = (alias: string, depth: number): void => {
    const words = alias.trim().split(/\s+/).filter((w) => w && w !== '~');
    const literal = words.filter((w) => !w.startsWith('@'));
    if (literal.length) {
      anchors.add(anchorOf(literal.reduce((a, b) => (b.length > a.length ? b : a))));
      return;
    }
    // Only concepts ("@spokesman"): any term of the first one will do, a level down.
    const name = words[0]?.slice(1) ?? '';
    const terms = concepts[name] ?? lexiconTerms(name) ?? [];
    if (depth < 6) for (const t of terms) addAlias(t, depth + 1);
  };
  for (const speaker of Object.values(matching?.speakers ?? {})) for (const alias of speaker.aliases) addAlias(alias, 0);
  anchors.delete('');
  const lengths = [...new Set([...anchors].map((a) => a.length))];

  return {
    mayMatch(text: string): boolean {
      if (!anchors.size) return false;
      for (const m of text.matchAll(WORD)) {
        const w = normalizeWord(m[0].slice(0, ANCHOR_LENGTH + 2));
        for (const n of lengths) if (w.length >= n && anchors.has(w.slice(0, n))) return true;
      }
      return false;
    },
  };
}
