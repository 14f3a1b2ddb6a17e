/**
 * The test half of the precheck ({@link ./precheck.ts}), kept apart because it needs nothing but
 * the normaliser: the content script's small entry carries this file, not the lexicon.
 *
 * An anchor is the first {@link ANCHOR_LENGTH} letters (normalised) of a speaker alias's longest
 * literal word; a text may match when one of its words starts with an anchor.
 */
import { normalizeWord } from '../text/normalize';

/**
 * Letters of an alias word kept as its anchor. Fewer: more texts pass the precheck for nothing
 * (more compiles on ordinary pages); more: declined or misspelt names ("Зеленського",
 * "Zelenskyy") could be missed.
 */
export const ANCHOR_LENGTH = 4;

const WORD = /[\p{L}\p{M}]+/gu;

/** The anchor of one alias word ("Zelenskyy" → "zele"). */
export function anchorOf(word: string): string {
  const norm = normalizeWord(word.replace(/\*$/, ''));
  const letters = norm.match(WORD)?.[0] ?? norm;
  return letters.slice(0, ANCHOR_LENGTH);
}

/** A reusable test over a set of anchors. */
export function anchorTest(anchors: Iterable<string>): (text: string) => boolean {
  const set = new Set([...anchors].filter(Boolean));
  const lengths = [...new Set([...set].map((a) => a.length))];
  return (text: string): boolean => {
    if (!set.size) return false;
    for (const m of text.matchAll(WORD)) {
      const w = normalizeWord(m[0].slice(0, ANCHOR_LENGTH + 2));
      for (const n of lengths) if (w.length >= n && set.has(w.slice(0, n))) return true;
    }
    return false;
  };
}
