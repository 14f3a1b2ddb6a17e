/** `counterpoint extract PATH`: print the exact text `scan` matches for one document (what its offsets index). */
import { Command } from 'commander';
import { EXIT } from '../exit';
import { expandInputs } from '../inputs';
import { writeOut } from '../output';
import { readArticle } from '../read-article';

export function extractCommand(): Command {
  return new Command('extract')
    .description('print the text scan matches in one document: a .txt file as read, or the article text of an .html page')
    .argument('<path>', 'a .txt or .html file, or - for standard input')
    .addHelpText('after', '\nscan\'s offsets index this text: `text.slice(start, end)` is the matched sentence.')
    .action(async (p: string) => {
      const [entry, ...more] = await expandInputs([p]);
      if (more.length || (!('error' in entry) && entry.source === 'file' && entry.path !== p)) {
        console.error(`counterpoint: ${p}: is a folder, expected one file`);
        process.exitCode = EXIT.input;
        return;
      }
      if ('error' in entry) {
        console.error(`counterpoint: ${entry.input}: ${entry.error}`);
        process.exitCode = EXIT.input;
        return;
      }
      try {
        writeOut((await readArticle(entry)).text);
        process.exitCode = EXIT.ok;
      } catch (err) {
        console.error(`counterpoint: ${p}: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = EXIT.input;
      }
    });
}
