/**
 * The content script in real headless Firefox ESR (dist/firefox, installed as a temporary add-on;
 * this bench builds nothing — run `npm run build` first), on the pages of page.bench.ts:
 *
 * - the 10,000-sentence page: time until the marks are final, from the `load` event and from the
 *   scan's start, and the longest scan slice the content script measured itself (Firefox has
 *   neither the Long Tasks nor the Long Animation Frames API);
 * - the ordinary page with no match: what the content script's entry costs the page's main
 *   thread, self-measured (its first run and its callbacks, the idle event's detail), and the
 *   `load` event beside the same page in a Firefox without the extension. Firefox has no
 *   per-page task-time metric that a test can read (Chromium's CDP `TaskDuration`), so the
 *   isolated-world cost that page.bench.ts takes from Chromium's trace is not here.
 *
 *   npx tsx bench/firefox.bench.ts      (part of `npm run bench`)
 *   FIREFOX_RUNS=N …                    (loads of the ordinary page; default 24)
 *
 * Timers: Firefox rounds `performance.now()` to 1 ms by default (privacy.reduceTimerPrecision);
 * both profiles here turn that off, so the self-measurement is to the microsecond.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { DIST, FIREFOX_PATH } from '../test/e2e/support/launch';
import { startServer } from '../test/e2e/support/server';
import { bigPage, plainPage } from './pages';

const BIG_SENTENCES = 10_000;
const BIG_RUNS = 3;
const PLAIN_RUNS = Number(process.env.FIREFOX_RUNS) || 24;
/** How long the ordinary page is watched after `load` when no idle event comes (without the extension). */
const PLAIN_WINDOW_MS = 500;

async function launch(withExtension: boolean): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'privacy.reduceTimerPrecision': false,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  if (withExtension) await browser.installExtension(DIST.firefox);
  return browser;
}

interface Probe {
  idleAt: number | null;
  scanningAt: number | null;
  cost: { evaluation: number; callbacks: number } | null;
}

interface Load {
  loadEnd: number;
  probe: Probe;
  marks: number;
  longestSlice: number | null;
}

async function load(browser: Browser, url: string, until: 'marks' | 'idle' | 'window'): Promise<Load> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (until === 'marks') await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.idleAt !== null, { timeout: 60_000, polling: 50 });
    else if (until === 'idle') await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.cost !== null, { timeout: 15_000, polling: 20 });
    else await new Promise((resolve) => setTimeout(resolve, PLAIN_WINDOW_MS));
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const b = (window as unknown as { __bench: Probe }).__bench;
      return {
        loadEnd: nav?.loadEventEnd ?? 0,
        probe: { idleAt: b.idleAt, scanningAt: b.scanningAt, cost: b.cost },
        marks: new Set([...document.querySelectorAll('counterpoint-mark')].map((m) => m.getAttribute('data-counterpoint-group'))).size,
        longestSlice: Number(document.querySelector('counterpoint-ui')?.getAttribute('data-counterpoint-longest-slice') ?? NaN),
      };
    }) as Load;
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const ms = (x: number) => (Number.isNaN(x) ? '—' : `${x.toFixed(x < 10 ? 2 : 1)} ms`);

async function main() {
  if (!fs.existsSync(path.join(DIST.firefox, 'manifest.json'))) throw new Error('dist/firefox is not built: run `npm run build` first');
  const server = await startServer();
  const bigUrl = server.route('/bench/big.html', bigPage(BIG_SENTENCES));
  const plainUrl = server.route('/bench/plain.html', plainPage());
  const withExt = await launch(true);
  const without = await launch(false);
  const big: Load[] = [];
  const plain: { with: Load[]; without: Load[] } = { with: [], without: [] };
  try {
    // One warm-up load of each page, not counted.
    for (let i = 0; i <= BIG_RUNS; i++) {
      const r = await load(withExt, `${bigUrl}?run=${i}`, 'marks');
      if (i > 0) big.push(r);
    }
    for (let i = 0; i <= PLAIN_RUNS; i++) {
      const w = await load(withExt, `${plainUrl}?run=${i}`, 'idle');
      const o = await load(without, `${plainUrl}?run=${i}`, 'window');
      if (i > 0) {
        plain.with.push(w);
        plain.without.push(o);
      }
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  const version = execFileSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`Headless ${version}, dist/firefox; medians of ${BIG_RUNS} loads (big) and ${PLAIN_RUNS} loads (ordinary), after one warm-up load each.\n`);
  console.log(`Big page: ${BIG_SENTENCES.toLocaleString('en')} sentences, ${big[0].marks} marked sentences`);
  console.table({
    'load event end (from navigation start)': { value: ms(median(big.map((r) => r.loadEnd))) },
    'marks final, after the load event': { value: ms(median(big.map((r) => (r.probe.idleAt ?? NaN) - r.loadEnd))) },
    'marks final, from scan start': { value: ms(median(big.map((r) => (r.probe.idleAt ?? NaN) - (r.probe.scanningAt ?? NaN)))) },
    'longest scan slice (self-measured)': { value: ms(Math.max(...big.map((r) => r.longestSlice ?? NaN))) },
  });
  const costs = plain.with.map((r) => r.probe.cost).filter((c): c is NonNullable<Probe['cost']> => c !== null);
  console.log(`\nOrdinary page, no match (${plain.with[0].marks} marks), ${costs.length} loads with the idle event:`);
  console.table({
    'entry: first run (reads the text, asks the background)': { median: ms(median(costs.map((c) => c.evaluation))), max: ms(Math.max(...costs.map((c) => c.evaluation))) },
    'entry: callbacks (the answer, the watchers)': { median: ms(median(costs.map((c) => c.callbacks))), max: ms(Math.max(...costs.map((c) => c.callbacks))) },
    'entry: total': { median: ms(median(costs.map((c) => c.evaluation + c.callbacks))), max: ms(Math.max(...costs.map((c) => c.evaluation + c.callbacks))) },
  });
  console.table({
    'load event end (from navigation start)': { with: ms(median(plain.with.map((r) => r.loadEnd))), without: ms(median(plain.without.map((r) => r.loadEnd))) },
  });
  console.log('\nTargets (issue 5, measured in Chromium by page.bench.ts): marks final < 1000 ms; no Counterpoint task > 50 ms; < 5 ms added on an ordinary page.');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
