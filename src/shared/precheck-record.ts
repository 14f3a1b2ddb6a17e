/**
 * The precheck anchors of the active packs, stored by the background so that the content
 * script's entry can test a page without loading any pack, the lexicon or the schema library
 * (that is most of the cost Counterpoint adds to an ordinary page).
 *
 * Single writer: the background (src/background/precheck.ts), on install, start-up and every
 * change of the settings or the user packs; it then tells the open pages
 * (`bg-cs-precheck-changed`, src/shared/messages.ts). The content script trusts a record only
 * when it was made by this version of the extension for exactly the active packs; otherwise it
 * builds the precheck from the packs itself (slower, same answer).
 */
import type { GateSources } from '../core/match/anchor-gate';
import type { Settings } from './settings';

export interface PrecheckRecord {
  /** The extension version that wrote it (the built-in pack ships with the extension). */
  version: string;
  /** The active pack ids it was computed for, in settings order. */
  activePacks: string[];
  /**
   * `anchorGateSources(anchors)` (src/core/match/anchor-gate.ts) of the anchors of all those packs
   * together (the core's `precheckFor(pack).anchors`), made here once rather than on every page.
   * The anchors themselves are not stored: every page reads the record, and only the patterns.
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
