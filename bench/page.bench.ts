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
 *   main-thread time added: the CPU time of the page's main thread (its top-level tasks' thread
 *   time in a light trace of every load, `mainThreadCpu`), beside CDP `Performance.getMetrics`
 *   task time (wall clock) and script time, medians of many loads. The target's baseline is the same page in the same browser where the content script does not
 *   run (`exclude_matches` on its path): loads in one browser differ by the script alone, while
 *   two browsers differ by a few ms of their own from start to start, more than the margin to
 *   the target. Beside it: a browser without any extension (being installed must cost nothing
 *   where the script does not run), an empty content script in the same browser (what any
 *   extension with a content script costs), and Counterpoint's own main-thread work per load,
 *   attributed from traces and the content script's self-measurement (see `ownWork`).
 *
 *   BENCH_DIST=DIR measures another build.
 *
 *   npx tsx bench/page.bench.ts          (part of `npm run bench`)
 *   BENCH_PAGES=plain npx tsx bench/page.bench.ts   (the ordinary page only: quicker, e.g. to
 *                                                    compare content-script entries)
 *   BENCH_PAGES=big npx tsx bench/page.bench.ts     (the 10,000-sentence page only)
 *   PLAIN_RUNS=96 …                                 (more loads of the ordinary page: tighter medians)
 *   BENCH_VARIANTS=a=DIR,b=DIR …                    (cut-down builds beside it, same browser)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, DIST as BUILT } from '../test/e2e/support/launch';
import { startServer } from '../test/e2e/support/server';
import { bigPage, PAGE_MARK, plainPage } from './pages';

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
 * Where the ordinary page is served for each column (see `main`). In the browser with the
 * extension, the build under test skips the `skipped` and `empty` paths and the empty build runs
 * only on `empty`, so three of the four columns load in one browser, paired load by load.
 */
const PLAIN_PATHS = { with: '/bench/with/plain.html', skipped: '/bench/skip/plain.html', empty: '/bench/empty/plain.html', without: '/bench/with/plain.html' } as const;

/**
 * `BENCH_VARIANTS=name=DIR,…`: other builds measured on the ordinary page in the same browser,
 * each on its own path (e.g. a content-script entry cut down to one part, to see what that part
 * costs beside the real one, load by load).
 */
const VARIANTS = (process.env.BENCH_VARIANTS ?? '')
  .split(',')
  .filter(Boolean)
  .map((v) => {
    const [name, dir] = v.split('=');
    if (!name || !dir) throw new Error(`BENCH_VARIANTS: "${v}" is not name=DIR`);
    return { name, dir: path.resolve(dir), path: `/bench/variant-${name}/plain.html` };
  });

type Manifest = { content_scripts: { js: string[]; matches: string[]; exclude_matches?: string[] }[] };

/** A copy of `dist` (in a temporary folder) whose manifest `edit` changes. */
function copyBuild(prefix: string, edit: (manifest: Manifest, dir: string) => void, from = DIST.chrome): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(from, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  edit(manifest, dir);
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/**
 * The build under test for the ordinary page: byte for byte the same scripts, its content script
 * left out of the `skipped` and `empty` paths (`exclude_matches`, which the browser process reads
 * when it decides what to inject: the page's main thread never sees it).
 */
const skippingBuild = () =>
  copyBuild('cp-bench-with-', (manifest) => {
    // (A path pattern covers the query too.)
    for (const cs of manifest.content_scripts) cs.exclude_matches = [PLAIN_PATHS.skipped, PLAIN_PATHS.empty, ...VARIANTS.map((v) => v.path)].map((p) => `*://*${p}*`);
  });

/**
 * A copy of the build whose content script is empty and runs on the `empty` path only: the floor
 * that any extension with a content script pays on every page (its isolated world, the script's
 * load).
 */
const emptyContentScriptBuild = () =>
  copyBuild('cp-bench-empty-', (manifest, dir) => {
    for (const cs of manifest.content_scripts) {
      cs.matches = [`*://*${PLAIN_PATHS.empty}*`];
      for (const script of cs.js) fs.writeFileSync(path.join(dir, script), '/* empty */\n');
    }
  });

/** `dists`: the unpacked extensions to load (none: a browser without any). */
async function launch(dists: string[]): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'];
  const dist = dists.join(',');
  if (dist) args.push(`--load-extension=${dist}`, `--disable-extensions-except=${dist}`);
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args });
  while (context.serviceWorkers().length < dists.length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
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
  /** The page's main thread over the load: CPU time and wall time of its top-level tasks, ms (see {@link mainThreadCpu}); null: no trace. */
  cpu: { cpu: number; wall: number } | null;
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
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { name?: string };
}

/**
 * Trace categories: `tasks`, the main thread's top-level tasks only (cheap: the CPU time figure);
 * `full`, what {@link ownWork} attributes (slows the page down: those loads count for nothing else).
 */
const TRACE_CATEGORIES = { tasks: 'toplevel,blink.user_timing', full: 'toplevel,blink.user_timing,devtools.timeline,v8,disabled-by-default-devtools.timeline' } as const;

/**
 * The CPU time of the page's main thread over the trace: its top-level tasks (outermost only),
 * `tdur` (thread time: what the thread ran, not the time it waited for a core). The thread is the
 * one where the page's probe made its `performance.mark` (bench/pages.ts).
 */
function mainThreadCpu(events: TraceEvent[]): { cpu: number; wall: number } | null {
  const mark = events.find((e) => e.name === PAGE_MARK);
  if (!mark) return null;
  const tasks = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && /(^|,)toplevel(,|$)/.test(e.cat ?? '') && e.dur !== undefined)
    .sort((x, y) => x.ts - y.ts);
  let cpu = 0;
  let wall = 0;
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue; // nested in the task before
    end = t.ts + (t.dur ?? 0);
    wall += t.dur ?? 0;
    cpu += t.tdur ?? 0;
  }
  return { cpu: cpu / 1000, wall: wall / 1000 };
}

async function measure(page: Page, url: string, withExtension: boolean, waitIdle: boolean, trace: 'none' | keyof typeof TRACE_CATEGORIES = 'none'): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  if (trace !== 'none') {
    (cdp as unknown as { on(event: string, fn: (e: { value: typeof events }) => void): void }).on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES[trace], transferMode: 'ReportEvents' } as never);
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
  if (trace !== 'none') {
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
    own: trace === 'full' && withExtension ? ownWork(events) : null,
    cpu: trace === 'none' ? null : mainThreadCpu(events),
    cost: got.bench.cost,
    traced: trace === 'full',
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
  const plainPage_ = plainPage();
  const urls = {
    big: server.route('/bench/big.html', bigPage(BIG_SENTENCES)),
    ...Object.fromEntries(Object.entries(PLAIN_PATHS).map(([column, p]) => [`plain-${column}`, server.route(p, plainPage_)])),
  } as Record<string, string>;
  const results: Record<string, Run[]> = {};
  for (const v of VARIANTS) urls[`plain-variant-${v.name}`] = server.route(v.path, plainPage_);
  const variantBuild = (v: (typeof VARIANTS)[number]) =>
    copyBuild(`cp-bench-${v.name}-`, (manifest) => {
      for (const cs of manifest.content_scripts) cs.matches = [`*://*${v.path}*`];
    }, v.dir);
  const plainBuilds = ONLY_BIG ? [] : [skippingBuild(), emptyContentScriptBuild(), ...VARIANTS.map(variantBuild)];
  /**
   * Each page's columns: which browser loads it (`ext`: the extension; `none`: no extension) and
   * where. The big page: the build as it is, beside a browser without it. The ordinary page: the
   * extension's three columns in one browser (Counterpoint, the same page it skips, the empty
   * content script), so that a browser start's own offset, a few ms, moves them alike; and the
   * page in a browser without any extension, to show that being installed costs nothing where
   * the content script does not run.
   */
  const plan = [
    { name: 'big', runs: BIG_RUNS, ext: [DIST.chrome], columns: { with: 'ext', without: 'none' } },
    {
      name: 'plain',
      runs: PLAIN_RUNS,
      ext: plainBuilds,
      columns: { with: 'ext', skipped: 'ext', empty: 'ext', without: 'none', ...Object.fromEntries(VARIANTS.map((v) => [`variant-${v.name}`, 'ext'])) },
    },
  ] as { name: string; runs: number; ext: string[]; columns: Record<string, 'ext' | 'none'> }[];
  let browsers: Partial<Record<'ext' | 'none', Awaited<ReturnType<typeof launch>>>> = {};
  const closeAll = async () => {
    for (const b of Object.values(browsers)) await b.close();
    browsers = {};
  };
  try {
    for (const { name, runs, ext, columns } of plan.filter(({ name }) => (!ONLY_PLAIN || name === 'plain') && (!ONLY_BIG || name === 'big'))) {
      const labels = Object.keys(columns);
      for (const label of labels) results[`${name}-${label}`] = [];
      // Loads alternate between the columns, so a machine that gets busier or quieter during the
      // run moves every column alike, in an order that turns round by round (no column always
      // goes first). The browsers are started afresh every RELAUNCH_EVERY rounds: each start
      // brings its own offset of a few ms, which one start per browser would leave in the result.
      // After each start, one warm-up load per column (disk cache, code cache), not counted.
      for (let i = 0; i < runs; i++) {
        const fresh = i % RELAUNCH_EVERY === 0;
        if (fresh) {
          await closeAll();
          browsers = { ext: await launch([...ext]), none: await launch([]) };
        }
        const order = labels.map((_, k) => labels[(i + k) % labels.length]);
        for (const counted of fresh ? [false, true] : [true]) {
          for (const label of order) {
            const browser = columns[label];
            const page = await browsers[browser]!.context.newPage();
            const url = urls[name === 'big' ? 'big' : `plain-${label}`];
            const r = await measure(page, `${url}?run=${i}&counted=${counted}`, label === 'with', name === 'big' && label === 'with', name !== 'plain' ? 'none' : counted && i % TRACE_EVERY === 1 ? 'full' : 'tasks');
            await page.close();
            if (counted) results[`${name}-${label}`].push(r);
          }
        }
      }
      await closeAll();
    }
  } finally {
    await closeAll();
    for (const dir of plainBuilds) fs.rmSync(dir, { recursive: true, force: true });
  }
  await server.close();

  const bw = results['big-with'];
  const bo = results['big-without'];
  const pw = results['plain-with'];
  const po = results['plain-without'];
  console.log(`Headless Chromium (${CHROMIUM_PATH}), dist/chrome; medians of ${BIG_RUNS} loads (big) and ${PLAIN_RUNS} loads (ordinary; browsers started afresh every ${RELAUNCH_EVERY} rounds), after one warm-up load per start.\n`);
  if (!ONLY_PLAIN) printBig(bw, bo);
  if (!ONLY_BIG) printPlain(pw, results['plain-skipped'], results['plain-empty'], po, Object.fromEntries(VARIANTS.map((v) => [v.name, results[`plain-variant-${v.name}`]])));
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

/**
 * `pw`: Counterpoint; `ps`: the same page, skipped by its content script, in the same browser;
 * `pe`: the empty content script, in the same browser; `po`: a browser without any extension.
 */
function printPlain(pw: Run[], ps: Run[], pe: Run[], po: Run[], variants: Record<string, Run[]>): void {
  // Task and script time from the loads without a trace (tracing adds its own cost to both).
  const untraced = (runs: Run[]) => runs.filter((r) => !r.traced);
  const [uw, us, ue, uo] = [untraced(pw), untraced(ps), untraced(pe), untraced(po)];
  const task = (r: Run) => r.taskMs;
  const script = (r: Run) => r.scriptMs;
  const cpu = (r: Run) => r.cpu?.cpu ?? NaN;
  const diff = (a: Run[], b: Run[], value: (r: Run) => number) => {
    const d = difference(a, b, value);
    return `${ms(d.estimate)} (90 % interval ${d.low.toFixed(1)} … ${d.high.toFixed(1)}; per round ${d.perRound.toFixed(1)})`;
  };
  console.log(`\nOrdinary page, no match (${pw[0].marks} marks), ${PLAIN_WINDOW_MS} ms after load, medians of ${uw.length} loads each without a trace:`);
  const columns = (value: (r: Run) => number) => ({
    'no extension': ms(median(uo.map(value))),
    'skipped (same browser)': ms(median(us.map(value))),
    'empty content script': ms(median(ue.map(value))),
    Counterpoint: ms(median(uw.map(value))),
  });
  console.table({ 'main-thread CPU time (all of the page)': columns(cpu), 'main-thread task time (wall)': columns(task), 'script time': columns(script) });
  console.table({
    'Counterpoint − skipped, same browser (the target)': { 'CPU time': diff(uw, us, cpu), 'task time (wall)': diff(uw, us, task), 'script time': diff(uw, us, script) },
    'Counterpoint − no extension (separate browser)': { 'CPU time': diff(uw, uo, cpu), 'task time (wall)': diff(uw, uo, task), 'script time': diff(uw, uo, script) },
    'skipped − no extension (installed, not running)': { 'CPU time': diff(us, uo, cpu), 'task time (wall)': diff(us, uo, task), 'script time': diff(us, uo, script) },
    'empty content script − skipped (the floor)': { 'CPU time': diff(ue, us, cpu), 'task time (wall)': diff(ue, us, task), 'script time': diff(ue, us, script) },
    'Counterpoint − empty content script': { 'CPU time': diff(uw, ue, cpu), 'task time (wall)': diff(uw, ue, task), 'script time': diff(uw, ue, script) },
    ...Object.fromEntries(
      Object.entries(variants).flatMap(([name, runs]) => [
        [`variant ${name} − skipped`, { 'CPU time': diff(untraced(runs), us, cpu), 'task time (wall)': diff(untraced(runs), us, task), 'script time': diff(untraced(runs), us, script) }],
        [`Counterpoint − variant ${name}`, { 'CPU time': diff(uw, untraced(runs), cpu), 'task time (wall)': diff(uw, untraced(runs), task), 'script time': diff(uw, untraced(runs), script) }],
      ]),
    ),
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
