/**
 * The gate's patterns for the active packs' precheck anchors, stored by the background
 * (src/background/precheck.ts) so that a freshly started service worker can answer the pages'
 * `cs-bg-may-report` after one storage read, without loading the packs and the lexicon first
 * (tens of milliseconds, and a service worker starts often).
 *
 * Single writer and single reader: the background, on install, start-up and every change of the
 * settings or the user packs. It trusts a record only when it was made by this version of the
 * extension for exactly the active packs; otherwise it makes the patterns from the packs (slower,
 * same answer).
 */
import type { GateSources } from '../core/match/anchor-gate';
import type { Settings } from '../shared/settings';

export interface PrecheckRecord {
  /** The extension version that wrote it (the built-in pack ships with the extension). */
  version: string;
  /** The active pack ids it was computed for, in settings order. */
  activePacks: string[];
  /**
   * `anchorGateSources(anchors)` (src/core/match/anchor-gate.ts) of the anchors of all those packs
   * together (the core's `precheckFor(pack).anchors`). The anchors themselves are not stored:
   * only the patterns are needed.
   */
  gate: GateSources;
}

/** The record's gate if the record fits `settings` and `version`, else undefined. */
export function freshPrecheck(record: unknown, settings: Settings, version: string): GateSources | undefined {
  const r = record as Partial<PrecheckRecord> | undefined;
  if (!r || r.version !== version || !Array.isArray(r.activePacks)) return undefined;
  const g = r.gate as Partial<GateSources> | null | undefined;
  const source = (x: unknown) => typeof x === 'string' || x === null;
  if (!g || typeof g !== 'object' || !source(g.gate) || !source(g.pairs) || !source(g.asciiPairs)) return undefined;
  if (r.activePacks.length !== settings.activePacks.length || r.activePacks.some((id, i) => id !== settings.activePacks[i])) return undefined;
  return g as GateSources;
}
