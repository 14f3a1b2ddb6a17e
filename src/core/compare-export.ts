/**
 * Serialisers of the outlets × claims matrix ({@link Comparison}): CSV, JSON, Markdown and a
 * self-contained HTML page. Pure strings in, string out; used by `counterpoint compare` and by the
 * extension's comparison page for its exports, so both write the same files.
 */
import { pickLocalized, type Comparison } from './compare';

export * from './compare';

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * Characters that make a spreadsheet read a cell as a formula. Free text that starts with one is
 * prefixed with `'` (OWASP "CSV injection"): titles and sentences come from web pages we don't
 * control. Trade-off: such a cell shows a leading quote instead of running a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, RFC 4180: quoted when it holds a comma, a double quote, CR or LF, with `"` doubled.
 * Numbers are written as they are; strings are free text and guarded against formulas
 * (see {@link FORMULA_START}) unless `raw` is set (ids, paths and other values we produce).
 */
export function csvField(value: string | number, raw = false): string {
  if (typeof value === 'number') return String(value);
  const text = !raw && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no line end) from already-escaped fields. */
export function csvLine(fields: readonly string[]): string {
  return fields.join(',');
}

/** `claim>reply` pairs separated by spaces: the compact form of omitted replies. */
export function formatOmittedReplies(omitted: readonly { claim: string; reply: string }[]): string {
  return omitted.map((o) => `${o.claim}>${o.reply}`).join(' ');
}

/**
 * CSV: header `input,outlet,title,<claim ids…>,omitted_replies`, then one line per row; cells
 * `1`/`0`; omitted replies as `claim>reply` pairs separated by spaces. Lines end with `\n`.
 * When the rows carry dates (the extension's "date seen"), a `seen` column follows `title`; the
 * CLI's rows have none, so its header is exactly the one above.
 */
export function comparisonToCsv(c: Comparison): string {
  const dated = c.rows.some((r) => r.date);
  const header = csvLine(['input', 'outlet', 'title', ...(dated ? ['seen'] : []), ...c.claims.map((cl) => csvField(cl.id, true)), 'omitted_replies']);
  const lines = c.rows.map((r) =>
    csvLine([
      csvField(r.input, true),
      csvField(r.outlet),
      csvField(r.title),
      ...(dated ? [csvField(r.date ?? '', true)] : []),
      ...c.claims.map((cl) => String(r.claims[cl.id] ?? 0)),
      csvField(formatOmittedReplies(r.omittedReplies), true),
    ]),
  );
  return [header, ...lines].join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// JSON

/** The JSON export's shape. */
export interface ComparisonJson {
  claims: string[];
  articles: {
    input: string;
    outlet: string;
    title: string;
    /** When the article was seen (extension exports only), ISO 8601. */
    seen?: string;
    claims: Record<string, 0 | 1>;
    omittedReplies: { claim: string; reply: string }[];
  }[];
}

/** The JSON export as data: `{claims:[ids], articles:[{input,outlet,title,seen?,claims:{id:0|1},omittedReplies}]}`. */
export function comparisonToJsonValue(c: Comparison): ComparisonJson {
  return {
    claims: c.claims.map((cl) => cl.id),
    articles: c.rows.map((r) => ({
      input: r.input,
      outlet: r.outlet,
      title: r.title,
      ...(r.date ? { seen: r.date } : {}),
      claims: Object.fromEntries(c.claims.map((cl) => [cl.id, r.claims[cl.id] ?? 0])) as Record<string, 0 | 1>,
      omittedReplies: r.omittedReplies.map((o) => ({ claim: o.claim, reply: o.reply })),
    })),
  };
}

/** The JSON export as text (2-space indent, one object, trailing newline). */
export function comparisonToJson(c: Comparison): string {
  return JSON.stringify(comparisonToJsonValue(c), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Text safe inside a Markdown table cell: one line, Markdown and HTML syntax escaped. */
export function markdownCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+!|~>]/g, '\\$&')
    .replace(/</g, '&lt;');
}

/** Options of the human-readable exports. */
export interface ExportOptions {
  /** Language of claim summaries and side names (falls back to English). */
  lang?: string;
}

/**
 * Markdown: a table with columns input, outlet, title, one per claim (headed by its id, in the
 * pack's order, `1`/`0`), omitted replies; then the list of claims with speaker, side and summary.
 */
export function comparisonToMarkdown(c: Comparison, options: ExportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const sideName = new Map(c.sides.map((s) => [s.id, pickLocalized(s.name, lang)]));
  const out: string[] = [];
  out.push(`# ${markdownCell(pickLocalized(c.packTitle, lang))}`, '');
  out.push(`${c.rows.length} article${c.rows.length === 1 ? '' : 's'} × ${c.claims.length} claims (\`1\` = reports the claim).`, '');
  const head = ['input', 'outlet', 'title', ...c.claims.map((cl) => `\`${cl.id}\``), 'omitted replies'];
  out.push(`| ${head.join(' | ')} |`);
  out.push(`|${head.map((_, i) => (i >= 3 && i < head.length - 1 ? ':-:' : '---')).join('|')}|`);
  for (const r of c.rows) {
    const cells = [
      markdownCell(r.input),
      markdownCell(r.outlet),
      markdownCell(r.title),
      ...c.claims.map((cl) => String(r.claims[cl.id] ?? 0)),
      r.omittedReplies.map((o) => `\`${o.claim}>${o.reply}\``).join(' '),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('', '## Claims', '');
  for (const cl of c.claims) {
    out.push(`- \`${cl.id}\` — ${markdownCell(cl.speaker.name)} (${markdownCell(sideName.get(cl.side) ?? cl.side)}): ${markdownCell(pickLocalized(cl.summary, lang))}`);
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Text escaped for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Hues given to sides in order (first side, second, …), cycling; chosen to stay apart for colour-blind readers. */
const SIDE_HUES = [4, 212, 130, 280, 38, 170];

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fff}
body{margin:1.5rem;max-width:100rem}
h1{font-size:1.3rem;margin:0 0 .3rem}
h2{font-size:1.05rem;margin:2rem 0 .5rem}
p.lead{margin:0 0 1rem;color:#555}
table{border-collapse:collapse;font-size:.85rem}
th,td{border:1px solid #ddd;padding:.25rem .4rem;vertical-align:top}
thead th{background:#f6f6f6}
th.side{text-align:center}
th.claim{vertical-align:bottom;height:11rem;padding:.3rem .1rem}
th.claim span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:600}
td.cell{text-align:center;min-width:1.5rem;font-variant-numeric:tabular-nums}
td.no{color:#bbb;background:#fafafa}
td.title{max-width:26rem}
td.title .input{color:#777;font-size:.75rem;word-break:break-all}
td.omitted{font-size:.78rem;max-width:22rem}
td.omitted span{display:inline-block;margin:0 .2rem .2rem 0;padding:0 .3rem;border-radius:.2rem;background:#fff4d6;border:1px solid #f0d58a}
.bar{display:inline-block;height:.55rem;border-radius:.2rem;vertical-align:middle;margin-right:.3rem}
td.sidecount{white-space:nowrap;font-variant-numeric:tabular-nums}
ul.legend{padding-left:1.2rem}ul.legend li{margin:.15rem 0}
code{font-size:.85em}
.empty{color:#777;font-style:italic}
`;

function sideStyle(index: number): { hue: number; css: string } {
  const hue = SIDE_HUES[index % SIDE_HUES.length];
  return {
    hue,
    css:
      `th.s${index}{background:hsl(${hue} 60% 92%)}` +
      `td.yes.s${index}{background:hsl(${hue} 65% 42%);color:#fff;font-weight:700}` +
      `.bar.s${index}{background:hsl(${hue} 65% 42%)}`,
  };
}

function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * One self-contained HTML page (inline CSS, no script, no external resource; a CSP forbids any):
 * the coloured matrix with columns grouped by side, per-side counts, omitted replies and a legend
 * of the claims. All text from articles and packs is escaped.
 */
export function comparisonToHtml(c: Comparison, options: ExportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const e = escapeHtml;
  const sideIndex = new Map(c.sides.map((s, i) => [s.id, i]));
  // Columns grouped by side (sides in the pack's order), then any claim whose side is unknown.
  const grouped = c.sides.flatMap((s) => s.claims);
  const columns = [...grouped, ...c.claims.map((cl) => cl.id).filter((id) => !grouped.includes(id))];
  const claimById = new Map(c.claims.map((cl) => [cl.id, cl]));
  const css = STYLE + c.sides.map((_, i) => sideStyle(i).css).join('');
  const title = pickLocalized(c.packTitle, lang);
  const cls = (side: string) => (sideIndex.has(side) ? ` s${sideIndex.get(side)}` : '');

  const h: string[] = [];
  h.push('<!doctype html>', `<html lang="${e(lang)}">`, '<head>', '<meta charset="utf-8">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push(`<title>Counterpoint — ${e(title)}</title>`, `<style>${css}</style>`, '</head>', '<body>');
  h.push(`<h1>${e(title)}</h1>`);
  h.push(`<p class="lead">${c.rows.length} article${c.rows.length === 1 ? '' : 's'} × ${c.claims.length} claims. A filled cell: the article reports the claim.</p>`);
  h.push('<table class="matrix">', '<thead>', '<tr>');
  h.push('<th rowspan="2" scope="col">Outlet</th><th rowspan="2" scope="col">Title</th>');
  for (const [i, s] of c.sides.entries()) {
    if (s.claims.length) h.push(`<th colspan="${s.claims.length}" scope="colgroup" class="side s${i}">${e(pickLocalized(s.name, lang))}</th>`);
  }
  const orphans = columns.length - grouped.length;
  if (orphans) h.push(`<th colspan="${orphans}" scope="colgroup" class="side">—</th>`);
  h.push('<th rowspan="2" scope="col">Claims per side</th><th rowspan="2" scope="col">Omitted replies</th>', '</tr>', '<tr>');
  for (const id of columns) {
    const cl = claimById.get(id)!;
    h.push(`<th scope="col" class="claim${cls(cl.side)}" title="${e(`${cl.speaker.name}: ${pickLocalized(cl.summary, lang)}`)}"><span>${e(id)}</span></th>`);
  }
  h.push('</tr>', '</thead>', '<tbody>');
  if (c.rows.length === 0) {
    h.push(`<tr><td colspan="${columns.length + 4}" class="empty">No articles.</td></tr>`);
  }
  for (const r of c.rows) {
    const href = safeHref(r.url);
    const titleText = e(r.title || r.input);
    h.push('<tr>');
    h.push(`<td class="outlet">${e(r.outlet)}</td>`);
    h.push(
      `<td class="title">${href ? `<a href="${e(href)}" rel="noreferrer noopener">${titleText}</a>` : titleText}` +
        `<div class="input">${e(r.input)}${r.date ? ` · ${e(r.date)}` : ''}</div></td>`,
    );
    for (const id of columns) {
      const cl = claimById.get(id)!;
      const yes = r.claims[id] === 1;
      h.push(`<td class="cell ${yes ? 'yes' : 'no'}${cls(cl.side)}" title="${e(`${id}: ${yes ? 'reported' : 'not reported'}`)}">${yes ? 1 : 0}</td>`);
    }
    const counts = c.sides
      .map((s, i) => {
        const n = r.reportedBySide[s.id] ?? 0;
        const width = s.claims.length ? Math.round((n / s.claims.length) * 4 * 100) / 100 : 0;
        return `<div><span class="bar s${i}" style="width:${width}rem"></span>${e(pickLocalized(s.name, lang))} ${n}/${s.claims.length}</div>`;
      })
      .join('');
    h.push(`<td class="sidecount">${counts}</td>`);
    h.push(`<td class="omitted">${r.omittedReplies.map((o) => `<span title="${e(`reports ${o.claim} but not its reply ${o.reply}`)}">${e(o.claim)} › ${e(o.reply)}</span>`).join('')}</td>`);
    h.push('</tr>');
  }
  h.push('</tbody>', '</table>');
  h.push('<h2>Claims</h2>', '<ul class="legend">');
  for (const id of columns) {
    const cl = claimById.get(id)!;
    const side = c.sides.find((s) => s.id === cl.side);
    const replies = cl.replies.length ? ` Reply: ${cl.replies.map((r) => `<code>${e(r)}</code>`).join(', ')}.` : '';
    h.push(
      `<li><code>${e(id)}</code> — ${e(cl.speaker.name)} (${e(side ? pickLocalized(side.name, lang) : cl.side)}): ${e(pickLocalized(cl.summary, lang).replace(/[.!?…]+$/, ''))}.${replies}</li>`,
    );
  }
  h.push('</ul>', '</body>', '</html>');
  return h.join('\n') + '\n';
}
