/**
 * Checking a pack file the user imports: the core's `parsePack` (the same code as
 * `counterpoint pack validate`), then the checks only the extension can make — its pack id and
 * claim ids must not collide with an installed pack's. The refusal is one line, `FILE: what is
 * wrong at where`, exactly as the CLI prints it.
 */
import { formatPackErrors, MAX_PACK_BYTES, parsePack, type ClaimPack, type PackError, type Result } from '../core';

/** Ids an imported pack must not reuse: installed pack ids and their claim ids. */
export function collisions(pack: ClaimPack, installed: readonly ClaimPack[]): PackError[] {
  const errors: PackError[] = [];
  const same = installed.find((p) => p.id === pack.id);
  if (same) errors.push({ message: `pack id "${pack.id}" is already installed`, where: '$.id' });
  const owner = new Map<string, string>();
  for (const p of installed) for (const c of p.claims) owner.set(c.id, p.id);
  pack.claims.forEach((c, i) => {
    const other = owner.get(c.id);
    if (other) errors.push({ message: `claim id "${c.id}" is already used by the installed pack "${other}"`, where: `$.claims[${i}].id` });
  });
  return errors;
}

/**
 * The pack in `text` (a file named `fileName`), or the one-line message refusing it.
 */
export function checkImport(fileName: string, text: string, installed: readonly ClaimPack[]): Result<ClaimPack, string> {
  const parsed = parsePack(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return { ok: false, error: `${fileName}: ${formatPackErrors(parsed.error)}` };
  const clash = collisions(parsed.value, installed);
  if (clash.length > 0) return { ok: false, error: `${fileName}: ${formatPackErrors(clash)}` };
  return { ok: true, value: parsed.value };
}

/** The refusal for a file over {@link MAX_PACK_BYTES}, worded as the CLI words it. */
export function tooLarge(fileName: string, size: number): string {
  return `${fileName}: file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PACK_BYTES / 1024 / 1024} MB limit`;
}
