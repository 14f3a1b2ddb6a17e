/**
 * `counterpoint compare [--pack FILE] [--format text|markdown|csv|json|html] PATH...`: the outlets ×
 * claims matrix of a folder of saved articles. Reads and matches exactly as `scan` does (same code
 * path), then builds the matrix with the core's `buildComparison`, as the extension's comparison page.
 */
import { Command, Option } from 'commander';
import {
  buildComparison,
  comparisonToCsv,
  comparisonToHtml,
  comparisonToJson,
  comparisonToMarkdown,
  summarizeCoverage,
  type ComparisonArticle,
} from '../../core';
import { EXIT } from '../exit';
import { formatCompareText } from '../formats/compare-text';
import { loadPackOrReport } from '../load-pack';
import { writeOut } from '../output';
import { scanPaths } from '../scan-documents';
import { PATH_HELP } from './scan';

type Format = 'text' | 'markdown' | 'csv' | 'json' | 'html';

export function compareCommand(): Command {
  return new Command('compare')
    .description('compare articles: which claims each reports and which replies of the other side it omits')
    .argument('<path...>', PATH_HELP)
    .option('--pack <file>', 'claim pack (JSON) to match against; default: the built-in reference pack')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'csv', 'json', 'html']).default('text'))
    .addHelpText(
      'after',
      `
One row per article (named as \`scan\` names it) with its outlet (og:site_name, else the canonical
URL's host, else the file name) and title; one column per claim, in the pack's order, 1 where the
article reports it, 0 where not; then the replies it omits as claim>reply pairs.
csv header: input,outlet,title,<claim ids…>,omitted_replies
json: {"claims":[ids],"articles":[{"input","outlet","title","claims":{id:0|1},"omittedReplies":[{"claim","reply"}]}]}
html: one self-contained page (no script, no external file) with the coloured matrix.
Unreadable files are reported on stderr and left out of the matrix.

Exit codes: 0 ok, 1 an input or the pack could not be read, 2 wrong command line.

Examples:
  counterpoint compare saved-articles/
  counterpoint compare --format html saved-articles/ > comparison.html
  counterpoint compare --format csv --pack my-story.json a.html b.txt`,
    )
    .action(async (paths: string[], opts: { pack?: string; format: Format }) => {
      const pack = await loadPackOrReport(opts.pack);
      if (!pack) return;
      const docs = await scanPaths(paths, pack);
      const articles: ComparisonArticle[] = [];
      const failed: { input: string; error: string }[] = [];
      for (const d of docs) {
        if (d.error !== undefined) failed.push({ input: d.input, error: d.error });
        else
          articles.push({
            input: d.input,
            outlet: d.article.outlet,
            title: d.article.title,
            ...(d.article.url ? { url: d.article.url } : {}),
            summary: summarizeCoverage(pack, d.matches),
          });
      }
      const comparison = buildComparison(pack, articles);
      const out = {
        text: () => formatCompareText(comparison, failed),
        markdown: () => comparisonToMarkdown(comparison),
        csv: () => comparisonToCsv(comparison),
        json: () => comparisonToJson(comparison),
        html: () => comparisonToHtml(comparison),
      }[opts.format]();
      writeOut(out);
      process.exitCode = failed.length ? EXIT.input : EXIT.ok;
    });
}
