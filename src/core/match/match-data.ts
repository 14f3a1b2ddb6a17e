/**
 * The matcher's data inside a pack, as TypeScript types. The JSON shape is checked by
 * `validate-match-data.ts`; `README.md` (this folder) explains it for pack authors.
 *
 * A *term* is a string: `word`, `stem*`, `several words`, `a ~ b` (up to {@link GAP_MAX} words
 * between), or `@concept` (a concept of the pack or of the core lexicon). A *group* is one term or a
 * list of terms, found when any of them is in the sentence.
 */

/** One term or a list of alternative terms. */
export type GroupData = string | string[];

/** One way a claim can be worded: every group of `all`, and none of the `none` terms. */
export interface AlternativeData {
  all: GroupData[];
  none?: string[];
}

/** `claims[].match`. */
export interface ClaimMatchData {
  /** Speaker ids that may voice the claim. Default: every speaker of the claim's speaker's side. */
  speakers?: string[];
  /** Groups that must all be found. */
  all?: GroupData[];
  /** If present, at least one of these alternatives must hold too. */
  any?: AlternativeData[];
  /** Veto terms: if any is found, the claim does not match the sentence. */
  none?: string[];
}

/** The pack-level `matching` field. */
export interface PackMatchingData {
  /**
   * Per speaker id: the words that name them, in every language, script and grammatical case;
   * `roles`: role nouns alone that may refer back to them ("the spokesman"); `roleOf`: speaker ids
   * they hold that role for, so that "Putin …, his spokesman said" names them.
   */
  speakers: Record<string, { aliases: string[]; roles?: string[]; roleOf?: string[] }>;
  /**
   * People and bodies who are not the pack's speakers but speak in the same stories (other
   * officials, other leaders): a sentence they voice is never taken for a pack speaker's.
   */
  others?: Record<string, string[]>;
  /**
   * Per speaker id: places that stand for the speaker only as the subject of a reporting verb
   * ("Moscow says…", "Mosca sostiene…", "Москва заявила…"); elsewhere they are just places.
   */
  metonyms?: Record<string, string[]>;
  /** Story-specific concepts (places, idioms), referenced as `@name`; they shadow lexicon concepts. */
  concepts?: Record<string, string[]>;
}

/** Most words a `~` in a term may skip. */
export const GAP_MAX = 3;
