/**
 * Everything Counterpoint keeps in `storage.local`, with its defaults. The options page and the
 * popup write these; the content script and the background read them and react to
 * `storage.onChanged`. Nothing here ever holds a page's text.
 */
import type { OmittedReply } from '../core';
import type { Browser } from './browser';

/**
 * The extension API, native (Firefox's `browser`, Chrome's `chrome`; both return promises in MV3)
 * rather than through the polyfill of ./browser: the content script's entry imports this module
 * on every page, and importing the polyfill would evaluate it there for nothing. (The entry
 * itself calls `chrome.*` directly, touching no more of the API than it needs: see its header.)
 */
export function nativeBrowser(): Browser {
  const g = globalThis as unknown as { browser?: Browser; chrome: Browser };
  return g.browser?.runtime?.id !== undefined ? g.browser : g.chrome;
}

const local = (): Browser['storage']['local'] => nativeBrowser().storage.local;

/** How marks look on the page. */
export interface MarkStyle {
  /** `highlight`: background tint; `underline`: coloured underline only. */
  kind: 'highlight' | 'underline';
  /** A CSS colour (hex), used for the tint or the underline. */
  color: string;
}

export interface Settings {
  /** Global pause: no marks anywhere while true. */
  paused: boolean;
  /** Sites (hostnames) where Counterpoint is switched off. */
  deniedSites: string[];
  /** When non-empty, Counterpoint runs only on these hostnames. */
  allowedSites: string[];
  markStyle: MarkStyle;
  /** Language tooltips translate into; `auto` = the browser's UI language. */
  translateTo: string;
  /** Ids of the packs in use; the built-in pack's id is in it by default. */
  activePacks: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  deniedSites: [],
  allowedSites: [],
  markStyle: { kind: 'highlight', color: '#ffd54f' },
  translateTo: 'auto',
  activePacks: ['putin-invites-zelensky-to-moscow-2025-09'],
};

/** Storage keys. `packs` holds user-imported packs (validated JSON), `history` the comparison rows. */
export const STORAGE_KEYS = {
  settings: 'settings',
  packs: 'packs',
  history: 'history',
  dismissed: 'dismissed',
  /** The gate's patterns for the active packs, kept by the background for itself (see src/background/precheck-record.ts). */
  precheck: 'precheck',
} as const;

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await local().get(STORAGE_KEYS.settings));
}

/** The settings in the result of a `storage.local.get` that asked for them (defaults filled in). */
export function settingsFrom(got: Record<string, unknown>): Settings {
  return { ...DEFAULT_SETTINGS, ...((got[STORAGE_KEYS.settings] as Partial<Settings>) ?? {}) };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await local().set({ [STORAGE_KEYS.settings]: next });
  return next;
}

/** Whether Counterpoint should run on `hostname` under `settings`. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  if (settings.deniedSites.includes(hostname)) return false;
  return settings.allowedSites.length === 0 || settings.allowedSites.includes(hostname);
}

/**
 * One row of the comparison view: an article the reader opened with Counterpoint on where it
 * found at least one claim of a pack. One row per (url, packId); never the page's text.
 */
export interface HistoryRow {
  /** The page's URL without its #fragment. */
  url: string;
  /** Outlet name (og:site_name or hostname). */
  outlet: string;
  title: string;
  /** When the reader last saw it with these claims: ISO 8601 date-time. */
  seen: string;
  packId: string;
  /** Ids of the claims the article reports, in the pack's order. Never empty. */
  claims: string[];
  /** Replies of the other side that the article leaves out. */
  omittedReplies: OmittedReply[];
}

/** The comparison rows, newest first as stored. A damaged entry is dropped, never shown. */
export async function loadHistory(): Promise<HistoryRow[]> {
  const got = await local().get(STORAGE_KEYS.history);
  const rows = got[STORAGE_KEYS.history];
  if (!Array.isArray(rows)) return [];
  return rows.filter(
    (r): r is HistoryRow =>
      typeof r === 'object' && r !== null && typeof r.url === 'string' && typeof r.packId === 'string' && Array.isArray(r.claims),
  );
}

export async function saveHistory(rows: HistoryRow[]): Promise<void> {
  await local().set({ [STORAGE_KEYS.history]: rows });
}

/**
 * Marks the reader dismissed as wrong, in `storage.local` under {@link STORAGE_KEYS.dismissed}:
 * page key (see {@link dismissedPageKey}) → claim ids. Written by the content script.
 */
export type DismissedMarks = Record<string, string[]>;

/** The page key of {@link DismissedMarks}: the URL without its fragment (`origin + path + query`). */
export function dismissedPageKey(url: string): string {
  try {
    const u = new URL(url);
    return u.origin + u.pathname + u.search;
  } catch {
    return url.split('#')[0];
  }
}
