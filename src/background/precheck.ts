/**
 * Whether a page may report a claim: the content script's entry asks this (`cs-bg-may-report`,
 * with the page's text) before it loads anything, and the background answers from the active
 * packs' precheck anchors (the core's `precheckFor`), through the regex gate of
 * src/core/match/anchor-gate.ts, compiled here once rather than on every page. On an ordinary page
 * this is what keeps Counterpoint's cost near that of an empty content script (issue 5; see
 * src/content/index.ts). The text is tested and dropped: nothing keeps it.
 *
 * The gate's patterns take tens of milliseconds to make from the packs, and a service worker
 * starts often, so they are also stored (the precheck record, src/background/precheck-record.ts): a
 * fresh start answers after one storage read, and then brings the record up to date. After a
 * change of the settings or the packs, the open pages are told (`bg-cs-precheck-changed`) and a
 * page that is waiting with nothing to do asks again (switched on again, other packs chosen).
 */
import { anchorGate, anchorGateSources, type GateSources } from '../core/match/anchor-gate';
import { precheckFor } from '../core/match/precheck';
import browser from '../shared/browser';
import { loadActivePacks } from '../shared/packs';
import type { BackgroundToContent } from '../shared/messages';
import { freshPrecheck, type PrecheckRecord } from './precheck-record';
import { isSiteEnabled, loadSettings, settingsFrom, STORAGE_KEYS, type Settings } from '../shared/settings';

const version = () => browser.runtime.getManifest().version;

/** The gate's patterns for the packs `settings` makes active. */
async function gateSources(settings: Settings): Promise<GateSources> {
  const packs = await loadActivePacks(settings.activePacks);
  return anchorGateSources([...new Set(packs.flatMap((p) => precheckFor(p).anchors))].sort());
}

/** Recompute and store the record; true when it changed. */
export async function writePrecheck(): Promise<boolean> {
  const settings = await loadSettings();
  const record: PrecheckRecord = { version: version(), activePacks: settings.activePacks, gate: await gateSources(settings) };
  // Unchanged: no write, so no storage event and no message to the pages for nothing.
  const stored = (await browser.storage.local.get(STORAGE_KEYS.precheck))[STORAGE_KEYS.precheck];
  if (JSON.stringify(stored) === JSON.stringify(record)) return false;
  await browser.storage.local.set({ [STORAGE_KEYS.precheck]: record });
  return true;
}

interface PageGate {
  settings: Settings;
  test: (text: string) => boolean;
}

/** The settings and the gate now in use; made again after any change of the settings, the packs or the record. */
let current: Promise<PageGate> | undefined;
const pageGate = () =>
  (current ??= (async () => {
    const got = await browser.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.precheck]);
    const settings = settingsFrom(got);
    const sources = freshPrecheck(got[STORAGE_KEYS.precheck], settings, version()) ?? (await gateSources(settings));
    return { settings, test: anchorGate(sources) };
  })());

/**
 * The answer to `cs-bg-may-report`: whether Counterpoint runs on the page at `url` and `text`
 * may report a claim of an active pack (a yes loads the matcher there, which decides).
 */
export async function mayReport(text: string, url: string | undefined): Promise<boolean> {
  let hostname: string;
  try {
    hostname = new URL(url ?? '').hostname;
  } catch {
    return false; // not a page (no URL): nothing to mark
  }
  const { settings, test } = await pageGate();
  return isSiteEnabled(settings, hostname) && test(text);
}

/** Tell the content scripts of the open http(s) tabs that the settings or the packs changed. */
async function tellPages(): Promise<void> {
  const message: BackgroundToContent = { type: 'bg-cs-precheck-changed' };
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined)))); // no content script there (yet)
}

/**
 * Keep the record up to date now and whenever the settings or the user packs change, and tell
 * the pages: always after a settings change (pausing or a site list changes no record but every
 * page's answer), otherwise only when the record changed.
 */
export function keepPrecheck(): void {
  const write = (settingsChanged: boolean) =>
    void writePrecheck()
      .then((changed) => (changed || settingsChanged ? tellPages() : undefined))
      .catch((err) => console.error('Counterpoint: precheck record', err));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes[STORAGE_KEYS.settings] || changes[STORAGE_KEYS.packs] || changes[STORAGE_KEYS.precheck]) current = undefined;
    if (changes[STORAGE_KEYS.settings] || changes[STORAGE_KEYS.packs]) write(!!changes[STORAGE_KEYS.settings]);
  });
  // A service worker restarts often: writing on every start is cheap and heals a lost record.
  write(false);
}
