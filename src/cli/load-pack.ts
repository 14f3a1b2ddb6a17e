/**
 * The pack a command matches against: the built-in reference pack, or `--pack FILE` validated by the
 * same core code as `counterpoint pack validate` and the options page's import.
 */
import builtIn from '../../assets/packs/reference.json';
import { formatPackErrors, MAX_PACK_BYTES, parsePack, validatePack, type ClaimPack } from '../core';
import { EXIT } from './exit';
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

/**
 * {@link loadPack} for a command's action: on a bad pack, prints the one-line error, sets exit
 * code 1 and returns undefined (the command then stops without printing anything on stdout).
 */
export async function loadPackOrReport(file: string | undefined): Promise<ClaimPack | undefined> {
  try {
    return await loadPack(file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    console.error(`counterpoint: ${err.message.startsWith(`${err.input}: `) ? err.message : `${err.input}: ${err.message}`}`);
    process.exitCode = EXIT.input;
    return undefined;
  }
}
