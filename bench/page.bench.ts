/**
 * The content script in real headless Chromium (dist/chrome; this bench builds nothing — run
 * `npm run build` first), each page measured beside the same page without the extension:
 *
 * - a 10,000-sentence page (bench/synthetic.ts `page()`, 5% matching, 5% near misses, <p> of 5
 *   sentences): time until the marks are final (our host reports `idle`), counted from the
 *   `load` event and from navigation start; the longest task Counterpoint runs, from the Long
 *   Animation Frames API (script entries whose source is the extension) and from `longtask`
 *   entries, plus the longest scan slice the content script measured itself;
 * - an ordinary page with no match: main-thread time added (CDP `Performance.getMetrics`
 *   TaskDuration, median of several loads, with minus without the extension).
 *
 *   npx tsx bench/page.bench.ts          (part of `npm run bench`)
 *   BENCH_PAGES=plain npx tsx bench/page.bench.ts   (the ordinary page only: quicker, e.g. to
 *                                                    compare content-script entries)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, DIST } from '../test/e2e/support/launch';
import { startServer } from '../test/e2e/support/server';
import { page as syntheticPage } from './synthetic';

const BIG_SENTENCES = 10_000;
const BIG_RUNS = 3;
const PLAIN_RUNS = 15;
/** How long after `load` the ordinary page is watched (the content script is done well before). */
const PLAIN_WINDOW_MS = 1500;
/** `plain`: measure the ordinary page only. */
const ONLY_PLAIN = process.env.BENCH_PAGES === 'plain';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Main-world probe: long tasks, long animation frames, and when our host says the marks are final. */
const PROBE = `<script>
window.__bench = { longtasks: [], loafs: [], idleAt: null, scanningAt: null };
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.loafs.push({ start: e.startTime, duration: e.duration,
  blocking: e.blockingDuration, styleAndLayoutStart: e.styleAndLayoutStart, renderStart: e.renderStart,
  scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker, forcedStyleAndLayout: s.forcedStyleAndLayoutDuration })) }); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
new MutationObserver(() => {
  const host = document.querySelector('counterpoint-ui');
  const state = host && host.getAttribute('data-counterpoint-state');
  if (state === 'scanning' && __bench.scanningAt === null) __bench.scanningAt = performance.now();
  if (state === 'idle') __bench.idleAt = performance.now();
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-counterpoint-state'] });
</script>`;

function bigPage(): string {
  const paragraphs = syntheticPage(BIG_SENTENCES)
    .split('\n')
    .filter((p) => p.trim())
    .map((p, i) => (i % 7 === 3 ? `<p><em>${escape(p.trim())}</em></p>` : `<p>${escape(p.trim())}</p>`));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page</title>${PROBE}</head>
<body><nav><a href="#">Home</a> <a href="#">World</a></nav><article><h1>Ten thousand sentences</h1>
${paragraphs.join('\n')}</article></body></html>`;
}

function plainPage(): string {
  const sentences = syntheticPage(400, 7)
    .split(/(?<=\.)\s+/)
    .filter((s) => /X[0-9a-z]+ko/.test(s))
    .slice(0, 150);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(`<p>${escape(sentences.slice(i, i + 5).join(' '))}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ordinary page</title>${PROBE}</head>
<body><header><nav><a href="#">News</a> <a href="#">Sport</a> <a href="#">Weather</a></nav></header>
<main><article><h1>City council approves new budget</h1>${paragraphs.join('\n')}</article>
<aside><h2>Most read</h2><ul><li><a href="#">Road works this week</a></li><li><a href="#">Football results</a></li></ul></aside></main>
<footer>© Example News</footer></body></html>`;
}

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'];
  if (withExtension) args.push(`--load-extension=${DIST.chrome}`, `--disable-extensions-except=${DIST.chrome}`);
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args });
  if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Bench {
  longtasks: { start: number; duration: number }[];
  loafs: { start: number; duration: number; scripts: { url: string; duration: number; invoker: string }[] }[];
  idleAt: number | null;
  scanningAt: number | null;
}

interface Run {
  loadEnd: number;
  idleAt: number | null;
  scanningAt: number | null;
  marks: number;
  taskMs: number;
  scriptMs: number;
  longestLongTask: number;
  longTasks: number;
  longestLoaf: number;
  /** Longest script entry of the extension inside a long animation frame (0: none over 50 ms). */
  longestCpScript: number;
  cpLoafs: number;
  longestSlice: number | null;
  /** Milliseconds per {@link TRACED} event name (plain page only). */
  traced: Record<string, number>;
}

/**
 * Trace events (renderer main thread) that a content script causes: its world's creation, its
 * scripts' compilation and evaluation, the style and layout work it triggers. Summed per name,
 * with minus without the extension, they isolate Counterpoint's own work from the rest of the
 * page's tasks (paint, compositing, the page's own scripts), which vary by several milliseconds
 * between two loads of the same page and drown a few milliseconds of ours in `TaskDuration`.
 */
const TRACED = [
  'LocalWindowProxy::Initialize', 'LocalWindowProxy::CreateContext', 'V8.DeserializeContext', 'ContextCreatedNotification',
  'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'FunctionCall', 'RunMicrotasks',
  'TimerFire', 'EventDispatch', 'UpdateLayoutTree', 'Layout',
];

async function measure(page: Page, url: string, withExtension: boolean, waitIdle: boolean, trace = false): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: { name: string; ph: string; dur?: number; tid: number }[] = [];
  if (trace) {
    (cdp as unknown as { on(event: string, fn: (e: { value: typeof events }) => void): void }).on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' } as never);
  }
  const before = await cdp.send('Performance.getMetrics');
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension && waitIdle) {
    await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.idleAt !== null, undefined, { timeout: 60_000, polling: 50 });
    await page.waitForTimeout(300); // late frames (style, layout) after the last marks
  } else {
    await page.waitForTimeout(PLAIN_WINDOW_MS);
  }
  const after = await cdp.send('Performance.getMetrics');
  const metric = (m: typeof after, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const traced: Record<string, number> = {};
  if (trace) {
    const done = new Promise((resolve) => (cdp as unknown as { once(event: string, fn: () => void): void }).once('Tracing.tracingComplete', () => resolve(null)));
    await cdp.send('Tracing.end');
    await done;
    // The renderer's main thread: the one with the most task time.
    const byThread = new Map<number, number>();
    for (const e of events) if (e.name === 'RunTask' && e.ph === 'X') byThread.set(e.tid, (byThread.get(e.tid) ?? 0) + (e.dur ?? 0));
    const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const e of events) if (e.tid === main && e.ph === 'X' && TRACED.includes(e.name)) traced[e.name] = (traced[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  const got = await page.evaluate(() => ({
    bench: (window as unknown as { __bench: Bench }).__bench,
    loadEnd: performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd : 0,
    marks: new Set([...document.querySelectorAll('counterpoint-mark')].map((m) => m.getAttribute('data-counterpoint-group'))).size,
    longestSlice: document.querySelector('counterpoint-ui')?.getAttribute('data-counterpoint-longest-slice') ?? null,
  }));
  await cdp.detach();
  const cpScripts = got.bench.loafs.flatMap((l) => l.scripts.filter((s) => /^chrome-extension:/.test(s.url ?? '')));
  return {
    loadEnd: got.loadEnd,
    idleAt: got.bench.idleAt,
    scanningAt: got.bench.scanningAt,
    marks: got.marks,
    taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
    scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
    longestLongTask: Math.max(0, ...got.bench.longtasks.map((t) => t.duration)),
    longTasks: got.bench.longtasks.length,
    longestLoaf: Math.max(0, ...got.bench.loafs.map((l) => l.duration)),
    longestCpScript: Math.max(0, ...cpScripts.map((s) => s.duration)),
    cpLoafs: got.bench.loafs.filter((l) => l.scripts.some((s) => /^chrome-extension:/.test(s.url ?? ''))).length,
    longestSlice: got.longestSlice === null ? null : Number(got.longestSlice),
    traced,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const ms = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);

async function main() {
  if (!fs.existsSync(path.join(DIST.chrome, 'manifest.json'))) throw new Error('dist/chrome is not built: run `npm run build` first');
  const server = await startServer();
  const bigUrl = server.route('/bench/big.html', bigPage());
  const plainUrl = server.route('/bench/plain.html', plainPage());
  const results: Record<string, Run[]> = {};
  // Both browsers stay open and their loads alternate (with, without, with, …), so a machine
  // that gets busier or quieter during the run moves both columns alike.
  const browsers = { with: await launch(true), without: await launch(false) };
  try {
    const pages = [['big', bigUrl, BIG_RUNS], ['plain', plainUrl, PLAIN_RUNS]] as const;
    for (const [name, url, runs] of pages.filter(([name]) => !ONLY_PLAIN || name === 'plain')) {
      for (const label of ['with', 'without'] as const) results[`${name}-${label}`] = [];
      // One warm-up load per page and browser (disk cache, code cache), not counted.
      for (let i = 0; i <= runs; i++) {
        for (const label of ['with', 'without'] as const) {
          const page = await browsers[label].context.newPage();
          const r = await measure(page, `${url}?run=${i}`, label === 'with', name === 'big', name === 'plain');
          await page.close();
          if (i > 0) results[`${name}-${label}`].push(r);
        }
      }
    }
  } finally {
    await browsers.with.close();
    await browsers.without.close();
  }
  await server.close();

  const bw = results['big-with'];
  const bo = results['big-without'];
  const pw = results['plain-with'];
  const po = results['plain-without'];
  console.log(`Headless Chromium (${CHROMIUM_PATH}), dist/chrome; medians of ${BIG_RUNS} loads (big) and ${PLAIN_RUNS} loads (ordinary), after one warm-up load each.\n`);
  if (!ONLY_PLAIN) printBig(bw, bo);
  printPlain(pw, po);
  console.log('\nTargets (issue 5): marks final < 1000 ms; no Counterpoint task > 50 ms; < 5 ms added on an ordinary page.');
}

function printBig(bw: Run[], bo: Run[]): void {
  const finalFromLoad = bw.map((r) => (r.idleAt ?? NaN) - r.loadEnd);
  const finalFromScan = bw.map((r) => (r.idleAt ?? NaN) - (r.scanningAt ?? NaN));
  console.log(`Big page: ${BIG_SENTENCES.toLocaleString('en')} sentences, ${bw[0].marks} marked sentences`);
  console.table({
    'load event end (from navigation start)': { with: ms(median(bw.map((r) => r.loadEnd))), without: ms(median(bo.map((r) => r.loadEnd))) },
    'marks final, from navigation start': { with: ms(median(bw.map((r) => r.idleAt ?? NaN))), without: '—' },
    'marks final, after the load event': { with: ms(median(finalFromLoad)), without: '—' },
    'marks final, from scan start': { with: ms(median(finalFromScan)), without: '—' },
    'main-thread task time (load → final)': { with: ms(median(bw.map((r) => r.taskMs))), without: ms(median(bo.map((r) => r.taskMs))) },
    'longest long task (any)': { with: ms(median(bw.map((r) => r.longestLongTask))), without: ms(median(bo.map((r) => r.longestLongTask))) },
    'long tasks (count)': { with: String(median(bw.map((r) => r.longTasks))), without: String(median(bo.map((r) => r.longTasks))) },
    'longest animation frame (LoAF)': { with: ms(median(bw.map((r) => r.longestLoaf))), without: ms(median(bo.map((r) => r.longestLoaf))) },
    'LoAFs with Counterpoint script': { with: String(median(bw.map((r) => r.cpLoafs))), without: '—' },
    'longest Counterpoint script in a LoAF': { with: ms(Math.max(...bw.map((r) => r.longestCpScript))), without: '—' },
    'longest scan slice (self-measured)': { with: ms(Math.max(...bw.map((r) => r.longestSlice ?? NaN))), without: '—' },
  });
}

function printPlain(pw: Run[], po: Run[]): void {
  const added = median(pw.map((r) => r.taskMs)) - median(po.map((r) => r.taskMs));
  const addedScript = median(pw.map((r) => r.scriptMs)) - median(po.map((r) => r.scriptMs));
  console.log(`\nOrdinary page, no match (${pw[0].marks} marks), ${PLAIN_WINDOW_MS} ms after load:`);
  console.table({
    'main-thread task time': { with: ms(median(pw.map((r) => r.taskMs))), without: ms(median(po.map((r) => r.taskMs))), added: ms(added) },
    'script time': { with: ms(median(pw.map((r) => r.scriptMs))), without: ms(median(po.map((r) => r.scriptMs))), added: ms(addedScript) },
    'longest Counterpoint script in a LoAF': { with: ms(Math.max(...pw.map((r) => r.longestCpScript))), without: '—', added: '' },
  });
  // Mean per event name over the loads that returned a trace (a median of small sums would hide
  // rare costs). Chromium now and then returns an empty trace; those loads are left out, and said.
  const traced = (rs: Run[]) => rs.filter((r) => Object.keys(r.traced).length);
  const [tw, to] = [traced(pw), traced(po)];
  if (tw.length < 5 || to.length < 5) {
    console.log(`\nOrdinary page trace: Chromium returned no trace events (${tw.length}/${pw.length} and ${to.length}/${po.length} loads); run again for this figure.`);
    return;
  }
  const mean = (rs: Run[], name: string) => rs.reduce((t, r) => t + (r.traced[name] ?? 0), 0) / rs.length;
  const rows: Record<string, { with: string; without: string; added: string }> = {};
  let total = 0;
  for (const name of TRACED) {
    const w = mean(tw, name);
    const o = mean(to, name);
    if (w < 0.05 && o < 0.05) continue;
    rows[name] = { with: ms(w), without: ms(o), added: ms(w - o) };
    total += w - o;
  }
  rows['sum: Counterpoint’s own main-thread work'] = { with: '', without: '', added: ms(total) };
  console.log(`\nOrdinary page, main-thread trace events a content script causes (mean of ${tw.length} and ${to.length} traced loads):`);
  console.table(rows);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
