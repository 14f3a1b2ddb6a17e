/**
 * The contracts of the core. Everything here is plain data: it crosses from the core to the
 * content script, the popup, the comparison page and the CLI unchanged, and is what
 * `counterpoint scan --format json` prints.
 */

/** A language tag as used in packs and the UI: a BCP 47 primary subtag such as `en`, `fr`, `uk`. */
export type Lang = string;

/** Text in several languages, keyed by {@link Lang}. At least one entry. */
export type LocalizedText = Record<Lang, string>;

/** Half-open span of JavaScript string indices (UTF-16 code units): `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One side of the story (a country, a party). Sides are data in the pack, never code. */
export interface Side {
  id: string;
  name: LocalizedText;
}

/** Someone whose statements the reference reports. */
export interface Speaker {
  id: string;
  /** Display name, e.g. "Dmitry Peskov". */
  name: string;
  /** What they are, e.g. `{en: "Kremlin spokesman"}`. */
  role: LocalizedText;
  /** A {@link Side} id. */
  side: string;
}

/** What the reference says a speaker said, in the reference's own language and wording. */
export interface ReferenceWording {
  /** The reference's words. For `quote` they are quoted verbatim from the reference. */
  text: string;
  /** `quote`: the reference quotes the speaker; `paraphrase`: the reference reports it in its own words. */
  kind: 'quote' | 'paraphrase';
  /** Language of `text` (the reference's language). */
  lang: Lang;
}

/** One statement (or act) of the reference, by one speaker. */
export interface Claim {
  /** Stable id; a contract with tools outside the extension. */
  id: string;
  /** A {@link Speaker} id. */
  speaker: string;
  /** One short line saying what is claimed, in several languages. */
  summary: LocalizedText;
  /** What was said, in the reference's wording. */
  said: ReferenceWording;
  /** Translations of `said.text` written by the pack's authors. */
  translations: LocalizedText;
  /** Ids of claims of another side that reply to this one in the reference (possibly empty). */
  replies: string[];
  /**
   * How to recognise the claim in any language: matcher data, opaque outside `src/core/match`.
   * Optional so that a pack can be drafted before its cues are written (such claims never match).
   */
  match?: unknown;
}

/** The reference article a pack was made from. */
export interface ReferenceArticle {
  title: string;
  /** Outlet or source name. */
  source: string;
  /** Where to read it, when it is online. */
  url?: string;
  lang: Lang;
  /** Publication date, ISO 8601 (`YYYY-MM-DD`). */
  date: string;
  /** The article's full text, so the pack is self-contained. */
  text: string;
}

/** A claim pack: a reference article split into claims. See `docs/pack-format.md`. */
export interface ClaimPack {
  format: 'counterpoint-pack';
  /** Format version; this code reads version 1. */
  version: 1;
  /** Stable pack id (kebab-case). */
  id: string;
  /** Human title of the story. */
  title: LocalizedText;
  reference: ReferenceArticle;
  sides: Side[];
  speakers: Speaker[];
  claims: Claim[];
  /** Matcher data shared by all claims of the pack (speaker aliases, …); opaque outside `src/core/match`. */
  matching?: unknown;
}

/** Why a sentence matched: what a reader can be shown. */
export interface MatchEvidence {
  /** The speaker the sentence was attributed to, and how. */
  speaker?: {
    /** A {@link Speaker} id. */
    id: string;
    /** The words in the text that named them (e.g. "Кремля", "the Kremlin spokesman", "He"). */
    alias: string;
    /** `sentence`: named in the matched sentence; `context`: named in an earlier sentence. */
    from: 'sentence' | 'context';
  };
  /** Per claim, the cue words found in the sentence, as they appear in the text. */
  cues: { claim: string; words: string[] }[];
}

/** One matched sentence. */
export interface ClaimMatch {
  /** Start of the sentence in the input string (UTF-16 index). */
  start: number;
  /** End of the sentence (exclusive). */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
  /** Claim ids, in the pack's order. Never empty. */
  claims: string[];
  /** Confidence in [0, 1]; 1 = certain. */
  score: number;
  evidence: MatchEvidence;
}

/** Result type used where failure is expected input, not a bug. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
