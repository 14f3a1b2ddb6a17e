/**
 * What a word is, in every script: a run of letters and marks (and, for the tokeniser, digits),
 * except in Chinese and Japanese, which put no space between words. There, each Han character is
 * a word of its own, and a run of Hiragana or of Katakana (with the long-vowel mark ー and the
 * voicing marks) is one word: "ペスコフ報道官は述べた" is ペスコフ · 報 · 道 · 官 · は · 述 · べた.
 * Terms and aliases are split the same way ("佩斯科夫" is four consecutive words), so a Chinese or
 * Japanese phrase in a pack is matched like a phrase of any other language, without a dictionary
 * segmenter (which would guess differently for a term and for the same words inside a text).
 * Korean writes spaces, so Hangul needs nothing.
 *
 * The patterns with the Han and Kana rules need the `v` flag (set subtraction) and cost more per
 * match, so callers use them only for text that has such a character ({@link hasCjk}).
 */
import { SCRIPT_LETTERS } from './scripts';

/** Any Han, Hiragana or Katakana character (Han: CJK Unified Ideographs, Extension A, Compatibility, 々). */
const CJK_CHAR = new RegExp(`[${SCRIPT_LETTERS.cjk}]`);

/** Whether `text` has a Han or Kana character (then use {@link cjkWordPattern}). */
export const hasCjk = (text: string): boolean => CJK_CHAR.test(text);

const HAN = '\\p{Script=Han}';
/** The long-vowel mark and the combining voicing marks that NFKD splits off kana (ガ → カ + ゙). */
const VOICING = '\\u30fc\\u3099\\u309a';
const KANA = `\\p{Script=Hiragana}\\p{Script=Katakana}${VOICING}`;

/**
 * A global pattern for the words of a text with Han or Kana characters: one Han character; a run
 * of Hiragana; a run of Katakana; or a run of the other word characters (`letters`, a character
 * class body such as `\p{L}\p{M}`).
 */
export function cjkWordPattern(letters: string): RegExp {
  return new RegExp(`${HAN}|[\\p{Script=Hiragana}${VOICING}]+|[\\p{Script=Katakana}${VOICING}]+|[[${letters}]--[${HAN}${KANA}]]+`, 'gv');
}

/**
 * Letters-only words (no digits) of a text with Han or Kana characters: how the precheck's anchors
 * and its gate split such text (match/anchors.ts, match/anchor-gate.ts), one pattern for both.
 * Global: use it with `match`, `matchAll` or `replace`, which start from the beginning.
 */
export const CJK_LETTER_WORD = cjkWordPattern('\\p{L}\\p{M}');
