/**
 * The entry's precheck, made cheap for the common case: a page that names none of the speakers.
 *
 * The core's `anchorTest` (src/core/match/anchors.ts) is the rule: a text may match when one of
 * its words, normalised, starts with an anchor. It walks the text word by word (a regex match,
 * a slice and a normalisation per word), which on a fresh page, with nothing compiled yet, cost
 * 4-12 ms in Chromium for an ordinary article: most of what the entry added to such a page.
 *
 * So the entry first asks a weaker question that native code answers in well under a
 * millisecond: does the whole text, normalised once, contain any anchor anywhere (not only at a
 * word start)? Only when it does is the exact word-by-word test run, so the answer is always
 * the core's answer.
 *
 * Why "no anchor anywhere" implies "anchorTest says no": anchorTest compares an anchor with
 * `normalizeWord(w)` for a piece `w` of the text (a word's first letters). `normalizeWord` works
 * character by character (lowercase, NFKD, marks stripped, a few letters folded), with two
 * exceptions: lowercasing Σ depends on what follows (σ or final ς), and NFKD may reorder
 * combining marks next to each other. `key` below removes both (ς → σ, every mark dropped) on
 * both sides, so the key of the piece is a substring of the key of the whole text, and an anchor
 * found in the piece is found in the text. If `normalizeWord` ever gains a rule that looks at
 * neighbouring characters, this argument must be revisited.
 */
import { anchorTest } from '../core/match/anchors';
import { normalizeWord } from '../core/text/normalize';

/** `normalizeWord`, then what may differ between a word and the same word inside a longer text. */
const key = (text: string): string => normalizeWord(text).replace(/\p{M}/gu, '').replace(/ς/g, 'σ');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same answers as `anchorTest(anchors)`, fast when the text contains none of the anchors. */
export function gatedAnchorTest(anchors: readonly string[]): (text: string) => boolean {
  // A multi-word anchor ("russi presi") needs all its words, so one of them (the longest, else
  // the last) is enough for the gate: the exact test then checks they follow one another.
  const gateWord = (a: string) => a.split(' ').reduce((x, y) => (y.length >= x.length ? y : x));
  const keys = [...new Set(anchors.filter((a) => a.trim()).map((a) => key(gateWord(a))))];
  if (!keys.length) return () => false; // anchorTest with no anchors says no to every text
  // An anchor made of marks only has an empty key: every text passes the gate then.
  const gate = keys.includes('') ? null : new RegExp(keys.map(escapeRegExp).join('|'));
  let exact: ((text: string) => boolean) | undefined;
  return (text) => (!gate || gate.test(key(text))) && (exact ??= anchorTest(anchors))(text);
}
