/**
 * Checks the matcher's data inside a pack (`claims[].match`, `matching`) beyond the pack schema.
 * Owned by the matcher; returns no errors until the matcher defines its data.
 */
import type { ClaimPack } from '../types';
import type { PackError } from '../packs/validate';

export function validateMatchData(_pack: ClaimPack): PackError[] {
  return [];
}
