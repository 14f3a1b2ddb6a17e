/**
 * The precheck built from the packs themselves: the entry's fallback when the stored record
 * (src/shared/precheck-record.ts) is missing or stale, e.g. on the very first page after install.
 * Loaded on demand: it carries the built-in pack and the lexicon.
 */
import { mayMatch } from '../core/match/precheck';
import { loadActivePacks } from '../shared/packs';

export async function packsTest(activePacks: readonly string[]): Promise<(text: string) => boolean> {
  const packs = await loadActivePacks(activePacks);
  return (text) => packs.some((p) => mayMatch(p, text));
}
