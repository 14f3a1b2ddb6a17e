/**
 * The rule of the precheck ({@link ./precheck.ts}), kept apart because it needs nothing but the
 * normaliser and the word splitter. `anchorTest` states the rule word by word; anchor-gate.ts
 * answers it with one regular expression, which the precheck uses (tests compare the two).
 *
 * An anchor is what a text must contain for an alias to be in it: the first
 * {@link ANCHOR_LENGTH} letters (normalised) of each word of the alias's literal part, in order
 * ("russian president" → "russi presi", "Peskov" → "pesko"). A text may match when its words, one
 * after the other, start with an anchor's words. A one-word anchor is cheap but broad; a
 * multi-word one keeps role phrases ("russian leader") from letting every page that says
 * "Russian" or "president" through.
 */
import { normalizeWord } from '../text/normalize';
import { CJK_LETTER_WORD, hasCjk } from '../text/words';

/**
 * Letters of an alias word kept in its anchor. Fewer: more texts pass the precheck for nothing
 * (more compiles on ordinary pages); more: declined or misspelt names ("Зеленського",
 * "Zelenskyy") could be missed.
 */
export const ANCHOR_LENGTH = 5;

const WORD = /[\p{L}\p{M}]+/gu;
const wordPattern = (text: string) => (hasCjk(text) ? CJK_LETTER_WORD : WORD);

/** The anchor of the consecutive alias words `words` ("Zelenskyy" → "zelen"; "head of the kremlin" → "head of the kreml"). */
export function anchorOf(...words: string[]): string {
  return words
    .flatMap((w) => {
      const norm = normalizeWord(w.replace(/\*$/, ''));
      return norm.match(wordPattern(norm)) ?? [];
    })
    .map((letters) => letters.slice(0, ANCHOR_LENGTH))
    .join(' ');
}

/** A reusable test over a set of anchors. */
export function anchorTest(anchors: Iterable<string>): (text: string) => boolean {
  const all = [...new Set([...anchors].filter((a) => a.trim()))].map((a) => a.split(' '));
  const singles = new Set(all.filter((a) => a.length === 1).map((a) => a[0]));
  const lengths = [...new Set([...singles].map((a) => a.length))];
  // Sequences by the first letter of their last word: checked when a word could end one.
  const sequences = new Map<string, string[][]>();
  let longest = 1;
  for (const a of all) {
    if (a.length < 2) continue;
    const key = a[a.length - 1][0];
    sequences.set(key, [...(sequences.get(key) ?? []), a]);
    longest = Math.max(longest, a.length);
  }
  return (text: string): boolean => {
    if (!all.length) return false;
    const recent: string[] = [];
    for (const m of text.matchAll(wordPattern(text))) {
      const w = normalizeWord(m[0].slice(0, ANCHOR_LENGTH + 2));
      for (const n of lengths) if (w.length >= n && singles.has(w.slice(0, n))) return true;
      if (!sequences.size) continue;
      recent.push(w);
      if (recent.length > longest) recent.shift();
      for (const seq of sequences.get(w[0]) ?? []) {
        const at = recent.length - seq.length;
        if (at >= 0 && seq.every((part, k) => recent[at + k].startsWith(part))) return true;
      }
    }
    return false;
  };
}
