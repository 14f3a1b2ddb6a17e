/**
 * Splits text into word tokens with their offsets in the original string. A word is a run of
 * letters, marks and digits; apostrophes and hyphens split words ("l'invitation" → "l",
 * "invitation"; "porte-parole" → "porte", "parole"), and cue phrases are tokenised the same way.
 * Chinese and Japanese are split by character class (words.ts).
 */
import { normalizeWord } from './normalize';
import { cjkWordPattern, hasCjk } from './words';

/** One word of the input. `start`/`end` are UTF-16 indices into the input; `norm` its normalised form. */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CJK_WORD = cjkWordPattern('\\p{L}\\p{M}\\p{N}');

/**
 * Tokenise `text.slice(from, to)`, offsets relative to `text`.
 * @param normalize maps a raw word to its normalised form; pass a cached one for big texts.
 */
export function tokenize(text: string, from = 0, to = text.length, normalize: (w: string) => string = normalizeWord): Token[] {
  const out: Token[] = [];
  const word = hasCjk(from === 0 && to === text.length ? text : text.slice(from, to)) ? CJK_WORD : WORD;
  word.lastIndex = from;
  for (let m = word.exec(text); m !== null && m.index < to; m = word.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ norm: normalize(text.slice(m.index, end)), start: m.index, end });
  }
  return out;
}

/** Normalised words of a short string (a cue, an alias). */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
