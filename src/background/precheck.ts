/**
 * Keeps the stored precheck record (src/shared/precheck-record.ts) in step with the settings and
 * the packs: computed here once, read by every content script. After a change it tells the open
 * pages (`bg-cs-precheck-changed`), so that a page that is waiting with nothing to do looks again
 * (switched on again, other packs chosen) without listening to storage itself.
 */
import { anchorGateSources } from '../core/match/anchor-gate';
import { precheckFor } from '../core/match/precheck';
import browser from '../shared/browser';
import { loadActivePacks } from '../shared/packs';
import type { BackgroundToContent } from '../shared/messages';
import type { PrecheckRecord } from '../shared/precheck-record';
import { loadSettings, STORAGE_KEYS } from '../shared/settings';

/** Recompute and store the record; true when it changed. */
export async function writePrecheck(): Promise<boolean> {
  const settings = await loadSettings();
  const packs = await loadActivePacks(settings.activePacks);
  const anchors = [...new Set(packs.flatMap((p) => precheckFor(p).anchors))].sort();
  const record: PrecheckRecord = {
    version: browser.runtime.getManifest().version,
    activePacks: settings.activePacks,
    gate: anchorGateSources(anchors),
  };
  // Unchanged: no write, so no storage event and no message to the pages (keepPrecheck) for nothing.
  const stored = (await browser.storage.local.get(STORAGE_KEYS.precheck))[STORAGE_KEYS.precheck];
  if (JSON.stringify(stored) === JSON.stringify(record)) return false;
  await browser.storage.local.set({ [STORAGE_KEYS.precheck]: record });
  return true;
}

/** Tell the content scripts of the open http(s) tabs that the settings or the record changed. */
async function tellPages(): Promise<void> {
  const message: BackgroundToContent = { type: 'bg-cs-precheck-changed' };
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined)))); // no content script there (yet)
}

/**
 * Write the record now and whenever the settings or the user packs change, then tell the pages:
 * always after a settings change (pausing or a site list changes no record but every page's
 * answer), otherwise only when the record changed.
 */
export function keepPrecheck(): void {
  const write = (settingsChanged: boolean) =>
    void writePrecheck()
      .then((changed) => (changed || settingsChanged ? tellPages() : undefined))
      .catch((err) => console.error('Counterpoint: precheck record', err));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes[STORAGE_KEYS.settings] || changes[STORAGE_KEYS.packs])) write(!!changes[STORAGE_KEYS.settings]);
  });
  // A service worker restarts often: writing on every start is cheap and heals a lost record.
  write(false);
}
