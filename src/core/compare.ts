/**
 * The outlets × claims matrix: which articles report which claims of a pack, and which replies of
 * the other side they leave out. One code path for the extension's comparison page and
 * `counterpoint compare`; serialised by `compare-export.ts`.
 */
import { summarizeCoverage, type CoverageSummary, type OmittedReply } from './coverage';
import type { ClaimPack, LocalizedText } from './types';

/** One article to put in the matrix: where it came from and what it reports. */
export interface ComparisonArticle {
  /** How the article is named: the CLI's input path (as `scan` names it), or the page's URL in the extension. */
  input: string;
  /** Outlet name, e.g. "Le Monde" or "lemonde.fr". Empty when unknown. */
  outlet: string;
  /** The article's title. Empty when unknown. */
  title: string;
  /** The article's web address, when known (shown as a link by the HTML export; only http(s) is linked). */
  url?: string;
  /** When the article was seen or published, ISO 8601 (the extension's "date seen"). */
  date?: string;
  /** Its coverage, from `summarizeCoverage` against the same pack. */
  summary: Pick<CoverageSummary, 'reported'>;
}

/** A column of the matrix. */
export interface ComparisonClaim {
  id: string;
  /** The claim's speaker id and display name. */
  speaker: { id: string; name: string };
  /** The claim's side id. */
  side: string;
  summary: LocalizedText;
  /** Ids of the claims that reply to this one (possibly empty). */
  replies: string[];
}

/** A side of the story and its claims (ids, in the pack's order). */
export interface ComparisonSide {
  id: string;
  name: LocalizedText;
  claims: string[];
}

/** A row of the matrix: one article. */
export interface ComparisonRow {
  input: string;
  outlet: string;
  title: string;
  url?: string;
  date?: string;
  /** Every claim id of the pack, in the pack's order: 1 when the article reports it, 0 when not. */
  claims: Record<string, 0 | 1>;
  /** Number of claims reported per side id (every side present, possibly 0). */
  reportedBySide: Record<string, number>;
  /** Replies left out: `claim` is reported, its reply `reply` is not; in the pack's order. */
  omittedReplies: OmittedReply[];
}

/** The whole matrix. Rows keep the order of the articles given. */
export interface Comparison {
  packId: string;
  packTitle: LocalizedText;
  /** Columns, in the pack's order. */
  claims: ComparisonClaim[];
  /** Sides in the pack's order, each with its claims: the grouping of the columns by side. */
  sides: ComparisonSide[];
  rows: ComparisonRow[];
}

/**
 * Build the outlets × claims matrix of `articles` against `pack`.
 * Claim ids a summary names that are not in the pack are ignored; omitted replies are recomputed
 * from the reported claims with `summarizeCoverage`, so a row is always consistent with the pack.
 */
export function buildComparison(pack: ClaimPack, articles: readonly ComparisonArticle[]): Comparison {
  const speakers = new Map(pack.speakers.map((s) => [s.id, s]));
  const claims: ComparisonClaim[] = pack.claims.map((c) => {
    const speaker = speakers.get(c.speaker);
    return {
      id: c.id,
      speaker: { id: c.speaker, name: speaker?.name ?? c.speaker },
      side: speaker?.side ?? '',
      summary: c.summary,
      replies: [...c.replies],
    };
  });
  const sides: ComparisonSide[] = pack.sides.map((s) => ({
    id: s.id,
    name: s.name,
    claims: claims.filter((c) => c.side === s.id).map((c) => c.id),
  }));
  const known = new Set(claims.map((c) => c.id));
  const rows = articles.map((article): ComparisonRow => {
    const reported = article.summary.reported.filter((id) => known.has(id));
    const summary = summarizeCoverage(pack, [{ claims: reported }]);
    const has = new Set(summary.reported);
    const row: ComparisonRow = {
      input: article.input,
      outlet: article.outlet,
      title: article.title,
      claims: Object.fromEntries(claims.map((c) => [c.id, has.has(c.id) ? 1 : 0])) as Record<string, 0 | 1>,
      reportedBySide: Object.fromEntries(sides.map((s) => [s.id, s.claims.filter((id) => has.has(id)).length])),
      omittedReplies: summary.omittedReplies,
    };
    if (article.url !== undefined) row.url = article.url;
    if (article.date !== undefined) row.date = article.date;
    return row;
  });
  return { packId: pack.id, packTitle: pack.title, claims, sides, rows };
}

/** `text[lang]`, else English, else the first entry; `''` for an empty object. */
export function pickLocalized(text: LocalizedText, lang = 'en'): string {
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
