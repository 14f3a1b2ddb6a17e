/**
 * Every message between the extension's parts, typed in one place and named by direction
 * (darkreader style). Send with `browser.runtime.sendMessage` / `browser.tabs.sendMessage`.
 */
import type { CoverageSummary } from '../core';

/** One marked sentence, as the popup sees it (the page's text reaches the popup only as these excerpts). */
export interface MarkedSentence {
  /** Index of the mark group on the page (its `data-counterpoint-group`). */
  group: number;
  claims: string[];
  /** The sentence's text, shortened for display. */
  excerpt: string;
}

/** What the content script knows about its page. */
export interface PageState {
  url: string;
  title: string;
  /** Outlet name from the page's metadata (og:site_name) or its hostname. */
  outlet: string;
  /** Whether Counterpoint runs on this site now. */
  enabled: boolean;
  /** Whether the reader hid the marks with the shortcut. */
  hidden: boolean;
  sentences: MarkedSentence[];
  /** One summary per active pack. */
  summaries: CoverageSummary[];
}

/** Content script → background. */
export type ContentToBackground =
  /** The page's claims changed (sent after each scan that changes them). */
  | { type: 'cs-bg-page-state'; state: PageState }
  /**
   * From the entry, before it loads anything: may this text of the sender's page report a claim
   * of an active pack, and does Counterpoint run on the page's site? Answer: `boolean`
   * (src/background/precheck.ts). The text is tested and dropped.
   */
  | { type: 'cs-bg-may-report'; text: string };

/** Popup → content script (through `tabs.sendMessage`). */
export type PopupToContent =
  | { type: 'popup-cs-get-state' }
  /** Scroll to the first mark of `claim` and flash it. */
  | { type: 'popup-cs-reveal-claim'; claim: string };

/**
 * Background → content script. `bg-cs-precheck-changed`: the settings or the packs changed
 * (src/background/precheck.ts); the content script's entry, if it is still waiting with nothing
 * to do, asks `cs-bg-may-report` again (it listens for this rather than for `storage.onChanged`,
 * whose first listener cost an ordinary page more than a storage read); page.ts ignores it.
 */
export type BackgroundToContent = { type: 'bg-cs-toggle-marks' } | { type: 'bg-cs-precheck-changed' };

/**
 * Popup → background (through `runtime.sendMessage`). The background keeps each tab's last
 * {@link PageState} in `storage.session` (key {@link tabStateKey}), so the popup can describe a
 * tab whose content script cannot answer (e.g. a page still loading).
 */
export type PopupToBackground =
  /** Answer: `PageState | null`, the last state the tab's content script sent. */
  { type: 'popup-bg-get-tab-state'; tabId: number };

/** `storage.session` key of a tab's last {@link PageState} (written by the background). */
export const tabStateKey = (tabId: number): string => `tab-state:${tabId}`;
