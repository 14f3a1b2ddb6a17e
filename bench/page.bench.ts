/**
 * The content script in real headless Chromium (dist/chrome; this bench builds nothing — run
 * `npm run build` first), each page measured beside the same page without the extension:
 *
 * - a 10,000-sentence page (bench/pages.ts, from bench/synthetic.ts `page()`: 5% matching, 5%
 *   near misses, <p> of 5 sentences): time until the marks are final (our host reports
 *   `idle`), counted from the `load` event and from navigation start; the longest task
 *   Counterpoint runs, from the Long
 *   Animation Frames API (script entries whose source is the extension) and from `longtask`
 *   entries, plus the longest scan slice the content script measured itself;
 * - an ordinary news page with no match (role words like "president" in it, never a speaker):
 *   main-thread time added (CDP `Performance.getMetrics` TaskDuration, median of several loads,
 *   with minus without the extension: the page's own variation makes it a rough figure), beside
 *   the same build with an empty content script (what any extension with a content script costs
 *   here, in the same run), and Counterpoint's own main-thread work per load, attributed from
 *   traces and the content script's self-measurement (see `ownWork`).
 *
 *   BENCH_DIST=DIR measures another build.
 *
 *   npx tsx bench/page.bench.ts          (part of `npm run bench`)
 *   BENCH_PAGES=plain npx tsx bench/page.bench.ts   (the ordinary page only: quicker, e.g. to
 *                                                    compare content-script entries)
 *   BENCH_PAGES=big npx tsx bench/page.bench.ts     (the 10,000-sentence page only)
 *   PLAIN_RUNS=96 …                                 (more loads of the ordinary page: tighter medians)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, DIST as BUILT } from '../test/e2e/support/launch';
import { startServer } from '../test/e2e/support/server';
import { bigPage, plainPage } from './pages';

/** `BENCH_DIST=DIR`: measure another build of the extension (e.g. a variant with an empty content script). */
const DIST = { chrome: process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : BUILT.chrome };

const BIG_SENTENCES = 10_000;
const BIG_RUNS = 3;
/**
 * Ordinary-page loads per browser: one in {@link TRACE_EVERY} traced (the isolated world), the
 * others not (task time and the script's self-measurement: tracing slows both). `PLAIN_RUNS=N`
 * for tighter medians: the page's own task time varies by several ms from load to load, so
 * differences of a few ms need dozens of loads.
 */
const PLAIN_RUNS = Number(process.env.PLAIN_RUNS) || 48;
const TRACE_EVERY = 6;
/** Rounds between fresh starts of the browsers (see the loop in `main`). */
const RELAUNCH_EVERY = 16;
/** How long after `load` the ordinary page is watched (the content script is done within ~50 ms). */
const PLAIN_WINDOW_MS = 1000;
/** `plain`: measure the ordinary page only. */
const ONLY_PLAIN = process.env.BENCH_PAGES === 'plain';
/** `big`: measure the 10,000-sentence page only. */
const ONLY_BIG = process.env.BENCH_PAGES === 'big';


/**
 * A copy of the build whose content script is empty (in a temporary folder): the floor that any
 * extension with a content script pays on every page (its isolated world, the script's load).
 */
function emptyContentScriptBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-empty-'));
  fs.cpSync(DIST.chrome, dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  for (const script of manifest.content_scripts.flatMap((cs) => cs.js)) fs.writeFileSync(path.join(dir, script), '/* empty */\n');
  return dir;
}

/** `dist`: the unpacked extension to load, or null for none. */
async function launch(dist: string | null): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'];
  if (dist) args.push(`--load-extension=${dist}`, `--disable-extensions-except=${dist}`);
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args });
  if (dist) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The content script's self-measurement (src/content/index.ts `cost`). */
interface Cost {
  evaluation: number;
  callbacks: number;
}

interface Bench {
  longtasks: { start: number; duration: number }[];
  loafs: { start: number; duration: number; scripts: { url: string; duration: number; invoker: string }[] }[];
  idleAt: number | null;
  scanningAt: number | null;
  /** The entry's idle event's detail (src/content/ui-host.ts `IDLE_EVENT`): what it cost, ms. */
  cost: Cost | null;
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
  /** Counterpoint's own main-thread work on the ordinary page, ms (see {@link ownWork}); null: no trace. */
  own: { world: number; evaluate: number } | null;
  /** The content script's self-measurement (its idle event's detail); null: no event. */
  cost: Cost | null;
  traced: boolean;
}

/**
 * Counterpoint's own main-thread work on one load, from the trace of the load with the extension
 * (ordinary page only). Summing every trace event a content script may cause, with minus without,
 * counted nested events twice and drowned a few milliseconds in the page's own variation; this
 * attributes instead:
 * - world: creating the isolated world our script runs in (the `LocalWindowProxy::Initialize`
 *   just before our script's evaluation; any extension with a content script pays it);
 * - evaluate: our script's compilation and first run (`EvaluateScript` with our URL), slowed
 *   down by the tracing itself;
 * and, measured on loads without a trace, what the script measures itself and shows with its idle
 * event (`counterpoint-idle`, src/content/index.ts): its first run, and its callbacks (the
 * background's answer, the watcher set-up), which Chromium's trace does not attribute to an
 * extension.
 */
function ownWork(events: TraceEvent[]): Run['own'] {
  const key = (e: TraceEvent) => `${e.pid}/${e.tid}`;
  const ours = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && /^chrome-extension:/.test(String((e.args?.data as { url?: string })?.url)));
  if (!ours) return null;
  const world = events
    .filter((e) => key(e) === key(ours) && e.name === 'LocalWindowProxy::Initialize' && e.ph === 'X' && e.ts < ours.ts)
    .sort((x, y) => y.ts - x.ts)[0];
  return { world: (world?.dur ?? 0) / 1000, evaluate: (ours.dur ?? 0) / 1000 };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { name?: string };
}

async function measure(page: Page, url: string, withExtension: boolean, waitIdle: boolean, trace = false): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
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
  if (trace) {
    const done = new Promise((resolve) => (cdp as unknown as { once(event: string, fn: () => void): void }).once('Tracing.tracingComplete', () => resolve(null)));
    await cdp.send('Tracing.end');
    await done;
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
    own: trace && withExtension ? ownWork(events) : null,
    cost: got.bench.cost,
    traced: trace,
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
  const bigUrl = server.route('/bench/big.html', bigPage(BIG_SENTENCES));
  const plainUrl = server.route('/bench/plain.html', plainPage());
  const results: Record<string, Run[]> = {};
  const emptyDist = ONLY_BIG ? null : emptyContentScriptBuild();
  const dists = { with: DIST.chrome, without: null, empty: emptyDist } as const;
  type Label = keyof typeof dists;
  let browsers: Partial<Record<Label, Awaited<ReturnType<typeof launch>>>> = {};
  const closeAll = async () => {
    for (const b of Object.values(browsers)) await b.close();
    browsers = {};
  };
  try {
    const pages = [['big', bigUrl, BIG_RUNS], ['plain', plainUrl, PLAIN_RUNS]] as const;
    for (const [name, url, runs] of pages.filter(([name]) => (!ONLY_PLAIN || name === 'plain') && (!ONLY_BIG || name === 'big'))) {
      // The empty content script is a reference for the ordinary page only.
      const labels: Label[] = name === 'plain' ? ['with', 'without', 'empty'] : ['with', 'without'];
      for (const label of labels) results[`${name}-${label}`] = [];
      // Loads alternate between the browsers, so a machine that gets busier or quieter during the
      // run moves every column alike, in an order that turns round by round (no browser always
      // goes first). The browsers are started afresh every RELAUNCH_EVERY rounds: each start
      // brings its own offset of a few ms, which one start per browser would leave in the result.
      // After each start, one warm-up load per browser (disk cache, code cache), not counted.
      for (let i = 0; i < runs; i++) {
        const fresh = i % RELAUNCH_EVERY === 0;
        if (fresh) {
          await closeAll();
          for (const label of labels) browsers[label] = await launch(dists[label]);
        }
        const order = labels.map((_, k) => labels[(i + k) % labels.length]);
        for (const counted of fresh ? [false, true] : [true]) {
          for (const label of order) {
            const page = await browsers[label]!.context.newPage();
            const r = await measure(page, `${url}?run=${i}&counted=${counted}`, label !== 'without', name === 'big' && label === 'with', counted && name === 'plain' && i % TRACE_EVERY === 1);
            await page.close();
            if (counted) results[`${name}-${label}`].push(r);
          }
        }
      }
      await closeAll();
    }
  } finally {
    await closeAll();
    if (emptyDist) fs.rmSync(emptyDist, { recursive: true, force: true });
  }
  await server.close();

  const bw = results['big-with'];
  const bo = results['big-without'];
  const pw = results['plain-with'];
  const po = results['plain-without'];
  console.log(`Headless Chromium (${CHROMIUM_PATH}), dist/chrome; medians of ${BIG_RUNS} loads (big) and ${PLAIN_RUNS} loads (ordinary; browsers started afresh every ${RELAUNCH_EVERY} rounds), after one warm-up load per start.\n`);
  if (!ONLY_PLAIN) printBig(bw, bo);
  if (!ONLY_BIG) printPlain(pw, po, results['plain-empty']);
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

/**
 * The difference of the medians of `a` and `b`, with a 90 % interval from a bootstrap over the
 * rounds (each resample draws rounds with replacement and keeps their loads together), and the
 * median of the differences within a round.
 */
function difference(a: Run[], b: Run[], value: (r: Run) => number): { estimate: number; low: number; high: number; perRound: number } {
  const [x, y] = [a.map(value), b.map(value)];
  const estimate = median(x) - median(y);
  // A fixed seed (mulberry32), so the same loads always print the same interval.
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const samples: number[] = [];
  for (let k = 0; k < 2000; k++) {
    const rounds = x.map(() => Math.floor(random() * x.length));
    samples.push(median(rounds.map((i) => x[i])) - median(rounds.map((i) => y[i])));
  }
  samples.sort((p, q) => p - q);
  return { estimate, low: samples[Math.floor(0.05 * samples.length)], high: samples[Math.ceil(0.95 * samples.length) - 1], perRound: median(x.map((v, i) => v - y[i])) };
}

function printPlain(pw: Run[], po: Run[], pe: Run[]): void {
  // Task and script time from the loads without a trace (tracing adds its own cost to both).
  const untraced = (runs: Run[]) => runs.filter((r) => !r.traced);
  const [uw, uo, ue] = [untraced(pw), untraced(po), untraced(pe)];
  const task = (r: Run) => r.taskMs;
  const script = (r: Run) => r.scriptMs;
  const diff = (a: Run[], b: Run[], value: (r: Run) => number) => {
    const d = difference(a, b, value);
    return `${ms(d.estimate)} (90 % interval ${d.low.toFixed(1)} … ${d.high.toFixed(1)}; per round ${d.perRound.toFixed(1)})`;
  };
  console.log(`\nOrdinary page, no match (${pw[0].marks} marks), ${PLAIN_WINDOW_MS} ms after load, medians of ${uw.length} loads each without a trace:`);
  console.table({
    'main-thread task time (all of the page)': { without: ms(median(uo.map(task))), 'empty content script': ms(median(ue.map(task))), Counterpoint: ms(median(uw.map(task))) },
    'script time': { without: ms(median(uo.map(script))), 'empty content script': ms(median(ue.map(script))), Counterpoint: ms(median(uw.map(script))) },
  });
  console.table({
    'Counterpoint − without (the target)': { 'task time': diff(uw, uo, task), 'script time': diff(uw, uo, script) },
    'empty content script − without (the floor)': { 'task time': diff(ue, uo, task), 'script time': diff(ue, uo, script) },
    'Counterpoint − empty content script': { 'task time': diff(uw, ue, task), 'script time': diff(uw, ue, script) },
  });
  console.log(`Longest Counterpoint script in a long animation frame: ${ms(Math.max(...pw.map((r) => r.longestCpScript)))} (0: none over 50 ms).`);
  const traced = pw.map((r) => r.own).filter((o): o is NonNullable<Run['own']> => o !== null);
  const costs = uw.map((r) => r.cost).filter((c): c is Cost => c !== null);
  if (traced.length < (pw.length - uw.length) / 2 || costs.length < uw.length / 2) {
    console.log(`\nOrdinary page: too few loads showed our script in a trace (${traced.length}) or its idle event (${costs.length}); run again for this figure.`);
    return;
  }
  const parts = {
    'isolated world created for the content script (trace)': traced.map((o) => o.world),
    'its first run (self-measured: reads the text, asks the background)': costs.map((c) => c.evaluation),
    'its callbacks (self-measured: the answer, the watchers)': costs.map((c) => c.callbacks),
  };
  const rows: Record<string, { median: string; max: string }> = {};
  for (const [name, xs] of Object.entries(parts)) rows[name] = { median: ms(median(xs)), max: ms(Math.max(...xs)) };
  rows['total: Counterpoint’s own main-thread work'] = {
    median: ms(Object.values(parts).reduce((t, xs) => t + median(xs), 0)),
    max: ms(Object.values(parts).reduce((t, xs) => t + Math.max(...xs), 0)),
  };
  const evaluate = traced.map((o) => o.evaluate);
  rows['(cross-check, not in the total: compiled and run, trace, slowed by tracing)'] = { median: ms(median(evaluate)), max: ms(Math.max(...evaluate)) };
  console.log(`\nOrdinary page, Counterpoint's own main-thread work per load (${traced.length} traced loads, ${costs.length} untraced):`);
  console.table(rows);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
