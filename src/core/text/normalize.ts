/**
 * Word normalisation shared by the matcher's data (cue terms, aliases) and the text it reads, so
 * both sides meet in one form: lowercase, diacritics stripped (NFKD), a few letters that NFKD
 * keeps (ł, ß, ø, æ, œ, đ) folded by hand, and Greek final sigma (ς) folded to σ, so that a stem
 * ("δηλωσ*") meets the word however it ends. Cyrillic stays Cyrillic (й → и, ё → е, ї → і, like
 * the diacritics of Latin scripts); aliases list both scripts, so no transliteration is needed.
 */

const FOLD: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', ŀ: 'l', þ: 'th', ς: 'σ' };
/** Combining accents, and the variation selectors that follow emoji in posts ("❗️Пєсков: …"). */
const COMBINING = /[\u0300-\u036f\ufe00-\ufe0f]/g;
const FOLDABLE = /[łßøæœđıŀþς]/g;

/** Normalise one word (or any short string): lowercase, no diacritics. Length may change. */
export function normalizeWord(word: string): string {
  let s = word.toLowerCase();
  // Fast path: plain ASCII needs nothing more.
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  s = s.normalize('NFKD').replace(COMBINING, '');
  return s.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** Apostrophes, quotes and dashes of any script, unified to `'`, `"` and `-`. */
export function unifyPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u02b9\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}
