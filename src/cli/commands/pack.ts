/** `counterpoint pack validate FILE...`: the same validation as the options page's import. */
import { Command } from 'commander';
import { formatPackErrors, MAX_PACK_BYTES, parsePack } from '../../core';
import { EXIT } from '../exit';
import { InputError, readTextFile } from '../files';

export function packCommand(): Command {
  const pack = new Command('pack').description('work with claim packs (JSON files describing a reference story)');
  pack
    .command('validate')
    .description('check claim pack files; prints "FILE: ok (N claims)" or one line saying what is wrong and where')
    .argument('<file...>', 'pack files (JSON)')
    .action(async (files: string[]) => {
      let failed = false;
      for (const file of files) {
        try {
          const result = parsePack(await readTextFile(file, MAX_PACK_BYTES));
          if (result.ok) console.log(`${file}: ok (${result.value.claims.length} claims)`);
          else {
            failed = true;
            console.error(`${file}: ${formatPackErrors(result.error)}`);
          }
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failed = true;
          console.error(`${file}: ${err.message}`);
        }
      }
      process.exitCode = failed ? EXIT.input : EXIT.ok;
    });
  return pack;
}
