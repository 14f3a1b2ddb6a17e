/**
 * The pack a command matches against: the built-in reference pack, or `--pack FILE` validated by the
 * same core code as `counterpoint pack validate` and the options page's import.
 */
import builtIn from '../../assets/packs/reference.json';
import { formatPackErrors, MAX_PACK_BYTES, parsePack, validatePack, type ClaimPack } from '../core';
import { InputError, readTextFile } from './files';

/** Load and validate the pack; a bad one throws {@link InputError} with `FILE: what is wrong at where`. */
export async function loadPack(file: string | undefined): Promise<ClaimPack> {
  if (file === undefined) {
    const result = validatePack(builtIn);
    if (!result.ok) throw new InputError('built-in pack', `built-in pack: ${formatPackErrors(result.error)}`);
    return result.value;
  }
  const result = parsePack(await readTextFile(file, MAX_PACK_BYTES));
  if (!result.ok) throw new InputError(file, `${file}: ${formatPackErrors(result.error)}`);
  return result.value;
}
