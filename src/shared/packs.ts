/**
 * The packs the extension can use: the built-in reference pack (bundled) and the packs the user
 * imported (stored as validated JSON in storage.local). Every pack goes through the core's
 * `validatePack` when read, so a damaged storage entry is skipped, never used.
 */
import builtIn from '../../assets/packs/reference.json';
import type { ClaimPack } from '../core';
import browser from './browser';
import { STORAGE_KEYS } from './settings';

/** The built-in pack, validated at build time by the test suite. */
export const BUILT_IN_PACK = builtIn as unknown as ClaimPack;

/** User-imported packs, keyed by pack id. */
export async function loadUserPacks(): Promise<ClaimPack[]> {
  const got = await browser.storage.local.get(STORAGE_KEYS.packs);
  const stored = (got[STORAGE_KEYS.packs] as unknown[]) ?? [];
  const packs: ClaimPack[] = [];
  if (!stored.length) return packs;
  // Loaded on demand: the content script's small entry must not carry the schema library for
  // the (usual) case of no imported packs.
  const { validatePack } = await import('../core/packs/validate');
  for (const raw of stored) {
    const result = validatePack(raw);
    if (result.ok) packs.push(result.value);
  }
  return packs;
}

/** All installed packs: the built-in one first. */
export async function loadAllPacks(): Promise<ClaimPack[]> {
  return [BUILT_IN_PACK, ...(await loadUserPacks())];
}

/** The packs in use, in installed order. */
export async function loadActivePacks(activeIds: readonly string[]): Promise<ClaimPack[]> {
  return (await loadAllPacks()).filter((p) => activeIds.includes(p.id));
}

/**
 * Add a validated pack to the user's packs. The stored list is only appended to: entries already
 * there are written back exactly as they were read, so an import never alters an installed pack.
 */
export async function addUserPack(pack: ClaimPack): Promise<void> {
  const got = await browser.storage.local.get(STORAGE_KEYS.packs);
  const stored = Array.isArray(got[STORAGE_KEYS.packs]) ? (got[STORAGE_KEYS.packs] as unknown[]) : [];
  await browser.storage.local.set({ [STORAGE_KEYS.packs]: [...stored, pack] });
}

/** Remove the user pack `id` (the built-in pack cannot be removed). */
export async function removeUserPack(id: string): Promise<void> {
  const got = await browser.storage.local.get(STORAGE_KEYS.packs);
  const stored = Array.isArray(got[STORAGE_KEYS.packs]) ? (got[STORAGE_KEYS.packs] as unknown[]) : [];
  const kept = stored.filter((p) => !(typeof p === 'object' && p !== null && (p as { id?: unknown }).id === id));
  await browser.storage.local.set({ [STORAGE_KEYS.packs]: kept });
}
