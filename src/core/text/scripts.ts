/**
 * Which writing systems a text uses, among those the lexicon has words in besides Latin: a term
 * with a Greek letter can never match a text that has none, so a pack compiled for a page leaves
 * out the terms of the scripts the page does not use (match/compile.ts). Latin is always kept:
 * pages in every script quote Latin names.
 */

/** A writing system that compiling may leave out. */
export type Script = 'cyrillic' | 'greek' | 'cjk';

/** The letters of each {@link Script}, as the body of a character class (CJK: Han, Hiragana, Katakana). */
export const SCRIPT_LETTERS: Readonly<Record<Script, string>> = {
  cyrillic: '\\u0400-\\u052f',
  greek: '\\u0370-\\u03ff\\u1f00-\\u1fff',
  cjk: '\\u3005\\u3040-\\u309f\\u30a0-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff',
};

/** Every script a compiled pack may leave out. */
export const ALL_SCRIPTS: ReadonlySet<Script> = new Set(Object.keys(SCRIPT_LETTERS) as Script[]);

const TESTS = (Object.entries(SCRIPT_LETTERS) as [Script, string][]).map(([script, letters]) => [script, new RegExp(`[${letters}]`)] as const);

/** The scripts of {@link ALL_SCRIPTS} that `text` has a letter of. */
export function scriptsOf(text: string): Set<Script> {
  return new Set(TESTS.filter(([, re]) => re.test(text)).map(([script]) => script));
}
