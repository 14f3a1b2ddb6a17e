/**
 * The precheck anchors of the active packs, stored by the background so that the content
 * script's entry can test a page without loading any pack, the lexicon or the schema library
 * (that is most of the cost Counterpoint adds to an ordinary page).
 *
 * Single writer: the background (src/background/precheck.ts), on install, start-up and every
 * change of the settings or the user packs. The content script trusts a record only when it was
 * made by this version of the extension for exactly the active packs; otherwise it builds the
 * precheck from the packs itself (slower, same answer).
 */
import type { Settings } from './settings';

export interface PrecheckRecord {
  /** The extension version that wrote it (the built-in pack ships with the extension). */
  version: string;
  /** The active pack ids it was computed for, in settings order. */
  activePacks: string[];
  /** Anchors of all those packs together (the core's `precheckFor(pack).anchors`). */
  anchors: string[];
  /** `anchorGateSource(anchors)` (src/core/match/anchor-gate.ts), made here once rather than on every page. */
  gate: string | null;
}

/** The record's anchors and gate if it fits `settings` and `version`, else undefined. */
export function freshPrecheck(record: unknown, settings: Settings, version: string): Pick<PrecheckRecord, 'anchors' | 'gate'> | undefined {
  const r = record as Partial<PrecheckRecord> | undefined;
  if (!r || r.version !== version || !Array.isArray(r.anchors) || !Array.isArray(r.activePacks)) return undefined;
  if (!(typeof r.gate === 'string' || r.gate === null)) return undefined;
  if (r.activePacks.length !== settings.activePacks.length || r.activePacks.some((id, i) => id !== settings.activePacks[i])) return undefined;
  return { anchors: r.anchors.filter((a): a is string => typeof a === 'string'), gate: r.gate };
}
