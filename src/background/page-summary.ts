/**
 * Pure helpers over a tab's {@link PageState}: what the badge counts and what the comparison
 * history keeps. No browser API here, so the unit tests run them in Node.
 */
import type { PageState } from '../shared/messages';
import type { HistoryRow } from '../shared/settings';

/** Most rows the comparison history keeps; the oldest go first (about 1 KB each, far below storage.local's quota). */
export const HISTORY_LIMIT = 2000;

/** Ids of the distinct claims the page reports, over all active packs (a claim id is unique across installed packs). */
export function distinctClaims(state: Pick<PageState, 'summaries'>): string[] {
  const ids = new Set<string>();
  for (const summary of state.summaries) for (const id of summary.reported) ids.add(id);
  return [...ids];
}

/** The badge's text for a page: the number of distinct claims, or '' when there are none. */
export function badgeText(state: Pick<PageState, 'summaries' | 'enabled'> | null | undefined): string {
  if (!state || !state.enabled) return '';
  const n = distinctClaims(state).length;
  return n > 0 ? String(n) : '';
}

/** The URL a history row is keyed by: without its #fragment. */
export function historyUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The history after the reader saw `state`: one row per (url, pack) where the page reports at
 * least one claim, replacing that page's earlier row for the pack and moving it to the front.
 * A page with no claims (or where Counterpoint is off) changes nothing.
 * @param now ISO 8601 date-time of the visit.
 */
export function recordVisit(rows: readonly HistoryRow[], state: PageState, now: string, limit = HISTORY_LIMIT): HistoryRow[] {
  if (!state.enabled || !/^https?:/i.test(state.url)) return [...rows];
  const url = historyUrl(state.url);
  const fresh: HistoryRow[] = state.summaries
    .filter((s) => s.reported.length > 0)
    .map((s) => ({
      url,
      outlet: state.outlet,
      title: state.title,
      seen: now,
      packId: s.packId,
      claims: [...s.reported],
      omittedReplies: s.omittedReplies.map((o) => ({ claim: o.claim, reply: o.reply })),
    }));
  if (fresh.length === 0) return [...rows];
  const replaced = new Set(fresh.map((r) => r.packId));
  const kept = rows.filter((r) => !(r.url === url && replaced.has(r.packId)));
  return [...fresh, ...kept].slice(0, limit);
}
