/**
 * Splits text into word tokens with their offsets in the original string. A word is a run of
 * letters, marks and digits; apostrophes and hyphens split words ("l'invitation" → "l",
 * "invitation"; "porte-parole" → "porte", "parole"), and cue phrases are tokenised the same way.
 */
import { normalizeWord } from './normalize';

/** One word of the input. `start`/`end` are UTF-16 indices into the input; `norm` its normalised form. */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Tokenise `text.slice(from, to)`, offsets relative to `text`.
 * @param normalize maps a raw word to its normalised form; pass a cached one for big texts.
 */
export function tokenize(text: string, from = 0, to = text.length, normalize: (w: string) => string = normalizeWord): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ norm: normalize(text.slice(m.index, end)), start: m.index, end });
  }
  return out;
}

/** Normalised words of a short string (a cue, an alias). */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
