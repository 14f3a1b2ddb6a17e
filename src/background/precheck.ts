/**
 * Keeps the stored precheck record (src/shared/precheck-record.ts) in step with the settings and
 * the packs: computed here once, read by every content script.
 */
import { anchorGateSource } from '../core/match/anchor-gate';
import { precheckFor } from '../core/match/precheck';
import browser from '../shared/browser';
import { loadActivePacks } from '../shared/packs';
import type { PrecheckRecord } from '../shared/precheck-record';
import { loadSettings, STORAGE_KEYS } from '../shared/settings';

/** Recompute and store the record. */
export async function writePrecheck(): Promise<void> {
  const settings = await loadSettings();
  const packs = await loadActivePacks(settings.activePacks);
  const anchors = [...new Set(packs.flatMap((p) => precheckFor(p).anchors))].sort();
  const record: PrecheckRecord = {
    version: browser.runtime.getManifest().version,
    activePacks: settings.activePacks,
    anchors,
    gate: anchorGateSource(anchors),
  };
  // Unchanged: no write, so no storage event wakes every content script for nothing.
  const stored = (await browser.storage.local.get(STORAGE_KEYS.precheck))[STORAGE_KEYS.precheck];
  if (JSON.stringify(stored) !== JSON.stringify(record)) await browser.storage.local.set({ [STORAGE_KEYS.precheck]: record });
}

/** Write the record now and whenever the settings or the user packs change. */
export function keepPrecheck(): void {
  const write = () => void writePrecheck().catch((err) => console.error('Counterpoint: precheck record', err));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes[STORAGE_KEYS.settings] || changes[STORAGE_KEYS.packs])) write();
  });
  // A service worker restarts often: writing on every start is cheap and heals a lost record.
  write();
}
