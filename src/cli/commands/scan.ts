/** `counterpoint scan [--pack FILE] [--format text|json|csv] PATH...`: the sentences that report the pack's claims. */
import { Command, Option } from 'commander';
import { EXIT } from '../exit';
import { formatScanCsv } from '../formats/scan-csv';
import { formatScanJson } from '../formats/scan-json';
import { formatScanText } from '../formats/scan-text';
import { loadPackOrReport } from '../load-pack';
import { writeOut } from '../output';
import { scanPaths } from '../scan-documents';

export const PATH_HELP = 'a .txt or .html file, a folder (searched recursively for them), or - for standard input';

export function scanCommand(): Command {
  return new Command('scan')
    .description("find the sentences of articles that report the pack's claims")
    .argument('<path...>', PATH_HELP)
    .option('--pack <file>', 'claim pack (JSON) to match against; default: the built-in reference pack')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .addHelpText(
      'after',
      `
Offsets (start, end) are JavaScript string indices into the text matched: for .txt the file's
UTF-8 text with a BOM removed and line ends kept; for .html the article text extracted from the
page (see \`counterpoint extract\`). Documents are listed in input order, a folder's files sorted.
An unreadable file is listed with an error and reported on stderr; the others are still scanned.

Exit codes: 0 ok, 1 an input or the pack could not be read, 2 wrong command line.

Examples:
  counterpoint scan article.html
  counterpoint scan --format json saved-articles/ > matches.json
  curl -s https://example.org/news | counterpoint scan --format csv -`,
    )
    .action(async (paths: string[], opts: { pack?: string; format: 'text' | 'json' | 'csv' }) => {
      const pack = await loadPackOrReport(opts.pack);
      if (!pack) return;
      const docs = await scanPaths(paths, pack);
      const text =
        opts.format === 'json' ? formatScanJson(docs) : opts.format === 'csv' ? formatScanCsv(docs, pack) : formatScanText(docs, pack);
      writeOut(text);
      process.exitCode = docs.some((d) => d.error !== undefined) ? EXIT.input : EXIT.ok;
    });
}
