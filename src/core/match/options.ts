/**
 * Every tuning constant of the matcher, in one frozen place. Each says the trade-off it makes.
 */
import type { IFuseOptions } from 'fuse.js';

export const MATCH_TUNING = Object.freeze({
  /**
   * Shortest word the fuzzy pass looks at. Shorter words have too many neighbours one edit away in
   * ten pooled languages ("peace"/"place"): raising it loses misspelt cues, lowering it costs precision.
   * 8, not 7: on the dev and stress splits most 7-letter fuzzy matches were other words ("gebeten" ~
   * "gebiet*", "disputa" ~ "dispusa", "uniunea" ~ "unikn*", "oznacza" ~ "oznak*").
   */
  fuzzyMinLength: 8,
  /** Edits allowed for a fuzzy word of fewer than `fuzzyTwoEditsLength` letters (1), else 2. */
  fuzzyTwoEditsLength: 11,
  /**
   * Shortest stem a misspelt word may be fuzzily matched against. 6: one edit in a 5-letter stem is
   * too loose ("offensive" ~ "offer*", "position" ~ "posit*").
   */
  fuzzyMinStem: 6,
  /**
   * How many sentences back the matcher looks for the speaker of a sentence that names none.
   * Longer reaches more "He added…" chains but risks crossing to another story on a page.
   */
  contextSentences: 4,
  /** Tokens between a name and a reporting verb for the name to count as the one speaking. */
  reporterWindow: 3,
  /** How many sentences back a role noun alone ("the spokesman") looks for the speaker it names. */
  roleSentences: 6,
});

/**
 * Fuse options for the fuzzy pass. Fuse only proposes candidates; every candidate is then checked
 * by an edit distance (see term-index.ts), so the threshold can be loose without costing precision.
 */
export const FUSE_OPTIONS: IFuseOptions<string> = Object.freeze({
  includeScore: true,
  threshold: 0.34,
  // Misspellings rarely touch the first letters; anchoring at 0 keeps candidates relevant.
  location: 0,
  distance: 8,
  minMatchCharLength: 3,
  shouldSort: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
});
