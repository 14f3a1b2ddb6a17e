/**
 * The reader's and the fact-checker's views, in real Chromium and real Firefox with the built
 * extension: the popup (opened as a page with `?tab=ID`), the comparison page and the options page.
 *
 * Two kinds of tests:
 * - after visiting news pages written here: what the content script and the matcher found, as the
 *   popup, the badge and the comparison page show it (these need the matcher);
 * - on storage seeded directly: the views themselves (matrix, filters, exports, deletion, import).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPackErrors, parsePack, type ClaimPack } from '../../src/core';
import { buildComparison } from '../../src/core/compare';
import { comparisonToCsv, comparisonToJsonValue } from '../../src/core/compare-export';
import type { HistoryRow } from '../../src/shared/settings';
import { ROOT } from './support/launch';
import { startServer, type TestServer } from './support/server';
import { chromiumDriver, firefoxDriver, type Driver, type TestPage } from './support/views-driver';

const PACK = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/packs/reference.json'), 'utf8')) as ClaimPack;
const PACKS_DIR = path.join(ROOT, 'test/fixtures/packs');

// ------------------------------------------------------------------------------------------------
// News pages

const page = (outlet: string, title: string, paragraphs: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${outlet}"></head>
<body><header><nav><a href="/">Home</a> · <a href="/world">World</a></nav></header>
<main><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© ${outlet}</footer></body></html>`;

/** Reports Russia's side only: invitation, hope-no-timeline, russia-security. */
const KREMLIN_PAGE = page('Daily Ledger', 'Putin invites Zelensky to Moscow', [
  'Russian President Vladimir Putin has invited Ukrainian President Volodymyr Zelensky to Moscow for talks.',
  'Kremlin spokesman Dmitry Peskov said on Friday there was hope that the war would end, but he gave no timeline for an end to the hostilities.',
  'Peskov added that Russia will do everything necessary to guarantee its own security.',
  'Markets in Europe closed slightly higher on the day.',
]);
const KREMLIN_CLAIMS = ['invitation', 'hope-no-timeline', 'russia-security'];

/** Reports Ukraine's side only: zelensky-moscow-means-no-meeting, zelensky-no-will-to-end-war. */
const KYIV_PAGE = page('Kyiv Courier', 'Zelensky answers the Moscow invitation', [
  'Volodymyr Zelensky said the invitation to Moscow showed that Russia does not want the meeting to happen at all.',
  'The Ukrainian president added that for now Russia shows no willingness to end the war.',
]);

const WEATHER_PAGE = page('Weather Today', 'Rain on Tuesday', [
  'Heavy rain is expected across the north on Tuesday, forecasters said.',
  'Temperatures will stay below the seasonal average until the weekend.',
]);

// ------------------------------------------------------------------------------------------------
// Seeded history

const SEEDED: HistoryRow[] = [
  {
    url: 'http://news.example/kyiv-courier/reply',
    outlet: 'Kyiv Courier',
    title: 'Zelensky answers the Moscow invitation',
    seen: '2025-09-06T09:30:00.000Z',
    packId: PACK.id,
    claims: ['zelensky-moscow-means-no-meeting', 'zelensky-no-will-to-end-war'],
    omittedReplies: [
      { claim: 'zelensky-moscow-means-no-meeting', reply: 'never-refused-meeting' },
      { claim: 'zelensky-no-will-to-end-war', reply: 'hope-no-timeline' },
    ],
  },
  {
    url: 'http://news.example/daily-ledger/invitation',
    outlet: 'Daily Ledger',
    title: 'Putin invites Zelensky to Moscow',
    seen: '2025-09-05T10:00:00.000Z',
    packId: PACK.id,
    claims: ['invitation', 'hope-no-timeline', 'russia-security'],
    omittedReplies: [
      { claim: 'invitation', reply: 'zelensky-moscow-means-no-meeting' },
      { claim: 'hope-no-timeline', reply: 'zelensky-no-will-to-end-war' },
    ],
  },
  {
    url: 'http://news.example/daily-ledger/both-sides',
    outlet: 'Daily Ledger',
    // Page text is data: shown as text, never markup, and never a formula in a spreadsheet.
    title: '=HYPERLINK("x") <b>Kremlin</b> "hope", Kyiv replies',
    seen: '2025-09-04T08:00:00.000Z',
    packId: PACK.id,
    claims: ['hope-no-timeline', 'zelensky-no-will-to-end-war'],
    omittedReplies: [],
  },
];

async function seedHistory(driver: Driver, rows: HistoryRow[]): Promise<void> {
  await driver.api((history) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.storage.local.set({ history });
  }, rows);
}

async function storedHistory(driver: Driver): Promise<HistoryRow[]> {
  return driver.api(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return ((await api.storage.local.get('history')).history ?? []) as HistoryRow[];
  }, null);
}

async function storedSettings(driver: Driver): Promise<any> {
  return driver.api(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.storage.local.get('settings')).settings ?? {};
  }, null);
}

/**
 * Waits until the stored history has not changed for `quietMs`: a tab closed a moment ago may
 * have sent its report before it went, and the background writes it a little later. Seeding
 * before that write lands would let it into the seeded history.
 */
async function historySettled(driver: Driver, quietMs = 1_500, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await storedHistory(driver));
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error('the stored history kept changing');
    await new Promise((r) => setTimeout(r, 250));
    const now = JSON.stringify(await storedHistory(driver));
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

async function resetStorage(driver: Driver): Promise<void> {
  await driver.api(() => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.storage.local.clear();
  }, null);
}

async function tabIdOf(driver: Driver, url: string): Promise<number> {
  const tabs = await driver.api<null, { id: number; url: string }[]>(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.tabs.query({})).map((t: any) => ({ id: t.id as number, url: t.url as string }));
  }, null);
  const tab = tabs.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab shows ${url}: ${JSON.stringify(tabs)}`);
  return tab.id;
}

async function badgeOf(driver: Driver, tabId: number): Promise<string> {
  return driver.api((id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

async function openPopup(driver: Driver, tabId: number): Promise<TestPage> {
  const popup = await driver.newPage();
  await popup.goto(driver.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await popup.waitFor('#app[aria-busy="false"]');
  return popup;
}

async function openCompare(driver: Driver): Promise<TestPage> {
  const p = await driver.newPage();
  await p.goto(driver.extensionUrl('src/compare/index.html'));
  await p.waitFor('#app[aria-busy="false"]');
  return p;
}

/** Capture what the export buttons would save: file name and text. */
async function captureDownloads(p: TestPage): Promise<void> {
  await p.evaluate(() => {
    const w = window as any;
    w.__downloads = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.text())
        .then((text) => w.__downloads.push({ name, text }));
    };
  }, null);
}

async function downloads(p: TestPage): Promise<{ name: string; text: string }[]> {
  return p.evaluate(() => (window as any).__downloads as { name: string; text: string }[], null);
}

const rowUrls = (p: TestPage) => p.evaluate(() => [...document.querySelectorAll('#matrix-wrap tbody tr')].map((tr) => (tr as HTMLElement).dataset.url!), null);

const cellStates = (p: TestPage, url: string) =>
  p.evaluate((u) => {
    const tr = [...document.querySelectorAll<HTMLElement>('#matrix-wrap tbody tr')].find((r) => r.dataset.url === u);
    return Object.fromEntries([...(tr?.querySelectorAll<HTMLElement>('td.cell') ?? [])].map((td) => [td.dataset.claim!, td.dataset.state!]));
  }, url);

const expectedRefusal = (file: string) => {
  const r = parsePack(fs.readFileSync(path.join(PACKS_DIR, file), 'utf8'));
  if (r.ok) throw new Error(`${file} is valid`);
  return `${file}: ${formatPackErrors(r.error)}`;
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

// ------------------------------------------------------------------------------------------------

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`The extension's pages in ${browserName === 'chromium' ? 'Chromium' : 'Firefox'}`, () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = browserName === 'chromium' ? await chromiumDriver() : await firefoxDriver();
    });
    afterAll(() => driver?.close());

    describe('after reading news pages', () => {
      let kremlinUrl: string;
      let kyivUrl: string;
      let weatherUrl: string;
      let news: TestPage;
      const opened: TestPage[] = [];
      beforeAll(async () => {
        await resetStorage(driver);
        kremlinUrl = server.route(`/${browserName}/daily-ledger/invitation.html`, KREMLIN_PAGE);
        kyivUrl = server.route(`/${browserName}/kyiv-courier/reply.html`, KYIV_PAGE);
        weatherUrl = server.route(`/${browserName}/weather.html`, WEATHER_PAGE);
        for (const url of [kyivUrl, weatherUrl]) {
          const p = await driver.newPage();
          opened.push(p);
          await p.goto(url);
        }
        news = await driver.newPage();
        opened.push(news);
        await news.goto(kremlinUrl);
      });
      // Open news tabs record what they report again when the storage is reset: closed here so
      // that the next tests see only the history they seed.
      afterAll(() => Promise.all(opened.map((p) => p.close())));

      it('the popup lists the claims by side and speaker and names the replies left out', async () => {
        await expect.poll(() => news.count('counterpoint-mark'), { timeout: 15_000 }).toBeGreaterThan(0);
        const popup = await openPopup(driver, await tabIdOf(driver, kremlinUrl));
        try {
          await expect.poll(() => popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('button.claim')].map((b) => b.dataset.claim), null)).toEqual(KREMLIN_CLAIMS);
          const groups = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.side')].map((s) => ({
            side: s.dataset.side,
            speakers: [...s.querySelectorAll<HTMLElement>('.speaker')].map((sp) => sp.dataset.speaker),
          })), null);
          expect(groups).toEqual([{ side: 'russia', speakers: ['putin', 'peskov'] }]);
          expect(await popup.texts('button.claim .summary')).toContain('Putin invited Zelensky to Moscow');
          const omitted = await popup.texts('.omitted li');
          expect(omitted).toHaveLength(2);
          expect(omitted[0]).toContain('Volodymyr Zelensky');
          expect(omitted[0]).toContain('Putin invited Zelensky to Moscow');
          expect(omitted[1]).toMatch(/Dmitry Peskov.*but not Volodymyr Zelensky’s reply/);
          // A click asks the page to show its mark (nothing to assert in the popup but no error).
          await popup.click('button.claim[data-claim="hope-no-timeline"]');
        } finally {
          await popup.close();
        }
      });

      it('the badge shows the number of distinct claims on the tab, and nothing where there are none', async () => {
        const kremlinTab = await tabIdOf(driver, kremlinUrl);
        await expect.poll(() => badgeOf(driver, kremlinTab), { timeout: 15_000 }).toBe('3');
        const kyivTab = await tabIdOf(driver, kyivUrl);
        await expect.poll(() => badgeOf(driver, kyivTab), { timeout: 15_000 }).toBe('2');
        expect(await badgeOf(driver, await tabIdOf(driver, weatherUrl))).toBe('');
      });

      it('the popup says in plain words when a page reports nothing', async () => {
        const popup = await openPopup(driver, await tabIdOf(driver, weatherUrl));
        try {
          await expect.poll(() => popup.texts('#status-message')).toEqual(['Nothing found: this page reports none of the story’s claims.']);
          expect(await popup.count('button.claim')).toBe(0);
        } finally {
          await popup.close();
        }
      });

      it('the comparison page has a row for each article with a claim, none for the others', async () => {
        const compare = await openCompare(driver);
        try {
          await expect.poll(() => rowUrls(compare), { timeout: 15_000 }).toHaveLength(2);
          expect((await rowUrls(compare)).sort()).toEqual([kremlinUrl, kyivUrl].sort());
          expect((await compare.texts('td.outlet')).sort()).toEqual(['Daily Ledger', 'Kyiv Courier']);
          const cells = await cellStates(compare, kremlinUrl);
          for (const id of KREMLIN_CLAIMS) expect(cells[id]).toBe('yes');
          expect(cells['zelensky-moscow-means-no-meeting']).toBe('omit');
          expect(cells['talk-not-capitulation']).toBe('no');
          // Stored: url, outlet, title, date, claims — never the page's text.
          const stored = await storedHistory(driver);
          const row = stored.find((r) => r.url === kremlinUrl)!;
          expect(Object.keys(row).sort()).toEqual(['claims', 'omittedReplies', 'outlet', 'packId', 'seen', 'title', 'url']);
          expect(row).toMatchObject({ outlet: 'Daily Ledger', title: 'Putin invites Zelensky to Moscow', claims: KREMLIN_CLAIMS });
          expect(JSON.stringify(stored)).not.toContain('Markets in Europe');
        } finally {
          await compare.close();
        }
      });

      it('the site switch removes the marks at once and brings them back', async () => {
        await expect.poll(() => news.count('counterpoint-mark'), { timeout: 15_000 }).toBeGreaterThan(0);
        const popup = await openPopup(driver, await tabIdOf(driver, kremlinUrl));
        try {
          expect(await popup.evaluate(() => (document.getElementById('site-switch') as HTMLInputElement).checked, null)).toBe(true);
          await popup.click('#site-switch');
          await expect.poll(() => storedSettings(driver).then((s) => s.deniedSites)).toEqual(['127.0.0.1']);
          await expect.poll(() => news.count('counterpoint-mark'), { timeout: 10_000 }).toBe(0);
          await expect.poll(() => popup.texts('#status-message')).toEqual(['Counterpoint is off on 127.0.0.1. Switch it on to read this page.']);
          await popup.click('#site-switch');
          await expect.poll(() => news.count('counterpoint-mark'), { timeout: 10_000 }).toBeGreaterThan(0);
        } finally {
          await popup.close();
        }
      });
    });

    describe('the comparison page, from stored history', () => {
      let compare: TestPage;
      beforeAll(async () => {
        await historySettled(driver);
        await resetStorage(driver);
        await seedHistory(driver, SEEDED);
        await historySettled(driver);
        expect((await storedHistory(driver)).map((r) => r.url)).toEqual(SEEDED.map((r) => r.url));
        compare = await openCompare(driver);
      });
      afterAll(() => compare?.close());

      it('shows one row per article, newest first, and one column per claim grouped by side', async () => {
        expect(await rowUrls(compare)).toEqual(SEEDED.map((r) => r.url));
        expect(await compare.texts('th.side-group')).toEqual(['Russia', 'Ukraine']);
        const columns = await compare.evaluate(() => [...document.querySelectorAll<HTMLElement>('th.claim-col')].map((th) => th.dataset.claim), null);
        expect(columns).toEqual(PACK.claims.map((c) => c.id)); // the pack lists Russia's claims, then Ukraine's
        const ledger = await cellStates(compare, SEEDED[1].url);
        expect(Object.entries(ledger).filter(([, s]) => s === 'yes').map(([id]) => id)).toEqual(SEEDED[1].claims);
        expect(ledger['zelensky-moscow-means-no-meeting']).toBe('omit');
        expect(ledger['zelensky-no-will-to-end-war']).toBe('omit');
        expect(await compare.texts('#status')).toEqual(['Showing 3 of 3 articles.']);
        const omits = await compare.evaluate(() => [...document.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.querySelectorAll('td.omits li').length), null);
        expect(omits).toEqual([2, 2, 0]);
      });

      it('shows page text as text, never as markup', async () => {
        const titles = await compare.texts('td.article a');
        expect(titles[2]).toBe(SEEDED[2].title);
        expect(await compare.count('td.article b')).toBe(0);
      });

      it('filters by outlet and by side, and sorts', async () => {
        await compare.select('#outlet', 'Daily Ledger');
        expect(await rowUrls(compare)).toEqual([SEEDED[1].url, SEEDED[2].url]);
        await compare.select('#side', 'ukraine');
        expect(await rowUrls(compare)).toEqual([SEEDED[2].url]);
        expect(await compare.texts('th.side-group')).toEqual(['Ukraine']);
        await compare.select('#outlet', '');
        expect(await rowUrls(compare)).toEqual([SEEDED[0].url, SEEDED[2].url]);
        await compare.select('#side', '');
        await compare.select('#sort', 'oldest');
        expect(await rowUrls(compare)).toEqual([SEEDED[2].url, SEEDED[1].url, SEEDED[0].url]);
        await compare.select('#sort', 'outlet');
        expect(await compare.texts('td.outlet')).toEqual(['Daily Ledger', 'Daily Ledger', 'Kyiv Courier']);
        await compare.select('#sort', 'claims');
        expect(await rowUrls(compare)).toEqual([SEEDED[1].url, SEEDED[0].url, SEEDED[2].url]);
        await compare.select('#sort', 'newest');
      });

      it('exports the matrix as CSV and JSON', async () => {
        await captureDownloads(compare);
        await compare.click('#export-csv');
        await compare.click('#export-json');
        await expect.poll(() => downloads(compare).then((d) => d.length)).toBe(2);
        const [csv, json] = await downloads(compare);
        expect(csv.name).toMatch(new RegExp(`^counterpoint-${PACK.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
        expect(json.name).toMatch(/\.json$/);
        const lines = csv.text.trimEnd().split('\n');
        expect(lines[0]).toBe(`input,outlet,title,seen,${PACK.claims.map((c) => c.id).join(',')},omitted_replies`);
        expect(lines[2]).toBe(
          `http://news.example/daily-ledger/invitation,Daily Ledger,Putin invites Zelensky to Moscow,${SEEDED[1].seen},1,0,1,0,0,0,0,1,0,0,0,0,0,` +
            'invitation>zelensky-moscow-means-no-meeting hope-no-timeline>zelensky-no-will-to-end-war',
        );
        expect(lines[3]).toMatch(/^http:\/\/news\.example\/daily-ledger\/both-sides,Daily Ledger,"'=HYPERLINK\(""x""\) <b>Kremlin<\/b> ""hope"", Kyiv replies",/);
        // The same files as `counterpoint compare` writes for these articles.
        const articles = SEEDED.map((r) => ({ input: r.url, outlet: r.outlet, title: r.title, url: r.url, date: r.seen, summary: { reported: r.claims } }));
        expect(csv.text).toBe(comparisonToCsv(buildComparison(PACK, articles)));
        expect(JSON.parse(json.text)).toEqual(comparisonToJsonValue(buildComparison(PACK, articles)));
        expect(JSON.parse(json.text).articles[1]).toMatchObject({ outlet: 'Daily Ledger', seen: SEEDED[1].seen, claims: { invitation: 1, 'talk-not-capitulation': 0 } });
      });

      it('deletes one row, then all after asking', async () => {
        await compare.click(`tr[data-url="${SEEDED[1].url}"] button.delete-row`);
        await expect.poll(() => rowUrls(compare)).toEqual([SEEDED[0].url, SEEDED[2].url]);
        expect((await storedHistory(driver)).map((r) => r.url)).toEqual([SEEDED[0].url, SEEDED[2].url]);
        await compare.click('#delete-all');
        expect(await compare.texts('#confirm-all-text')).toEqual(['Delete all 2 rows?']);
        await compare.click('#confirm-all-yes');
        await expect.poll(() => compare.count('#matrix-wrap tbody tr')).toBe(0);
        expect(await compare.evaluate(() => document.getElementById('empty')!.hidden, null)).toBe(false);
        expect(await storedHistory(driver)).toEqual([]);
      });
    });

    describe('the options page', () => {
      let options: TestPage;
      const installed = () => options.evaluate(() => [...document.querySelectorAll<HTMLElement>('.pack-item')].map((li) => li.dataset.pack), null);
      const storedPacks = () =>
        driver.api(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return ((await api.storage.local.get('packs')).packs ?? []) as ClaimPack[];
        }, null);
      const importFile = async (file: string) => {
        await options.evaluate(() => document.getElementById('import-result')!.replaceChildren(), null);
        await options.setFile('#import-file', path.join(PACKS_DIR, file));
        await options.waitFor('#import-result .notice');
      };
      beforeAll(async () => {
        await resetStorage(driver);
        options = await driver.newPage();
        await options.goto(driver.extensionUrl('src/options/index.html'));
        await options.waitFor('#app[aria-busy="false"]');
      });
      afterAll(() => options?.close());

      it('lists the built-in pack, active', async () => {
        expect(await installed()).toEqual([PACK.id]);
        expect(await options.evaluate((id) => (document.getElementById(`pack-${id}`) as HTMLInputElement).checked, PACK.id)).toBe(true);
      });

      it('refuses a broken pack with the one-line message `pack validate` prints', async () => {
        await importFile('broken-syntax.json');
        expect(await options.texts('#import-error .line')).toEqual([expectedRefusal('broken-syntax.json')]);
        expect(expectedRefusal('broken-syntax.json')).toMatch(/^broken-syntax\.json: not JSON: .* at line \d+, column \d+$/);
        expect(await installed()).toEqual([PACK.id]);
        expect(await storedPacks()).toEqual([]);
      });

      it('imports a good pack, and keeps it intact when a broken or colliding one is refused', async () => {
        await importFile('harbour-strike-2026.json');
        expect(await options.count('#import-ok')).toBe(1);
        expect(await installed()).toEqual([PACK.id, 'harbour-strike-2026']);
        const good = JSON.parse(fs.readFileSync(path.join(PACKS_DIR, 'harbour-strike-2026.json'), 'utf8'));
        expect(await storedPacks()).toEqual([good]);
        expect((await storedSettings(driver)).activePacks).toEqual([PACK.id, 'harbour-strike-2026']);

        await importFile('broken-reply.json');
        expect(await options.texts('#import-error .line')).toEqual([expectedRefusal('broken-reply.json')]);

        await importFile('colliding-claim-id.json');
        // Its second claim id is the harbour pack's, imported just before.
        expect(await options.texts('#import-error .line')).toEqual([
          `colliding-claim-id.json: claim id "invitation" is already used by the installed pack "${PACK.id}" at $.claims[0].id (and 1 more)`,
        ]);

        await importFile('harbour-strike-2026.json'); // the same pack again
        expect((await options.texts('#import-error .line'))[0]).toMatch(/^harbour-strike-2026\.json: pack id "harbour-strike-2026" is already installed at \$\.id/);

        expect(await installed()).toEqual([PACK.id, 'harbour-strike-2026']);
        expect(await storedPacks()).toEqual([good]);
      });

      it('chooses the active packs', async () => {
        await options.click(`#pack-${PACK.id}`);
        await expect.poll(() => storedSettings(driver).then((s) => s.activePacks)).toEqual(['harbour-strike-2026']);
        await options.click(`#pack-${PACK.id}`);
        await expect.poll(() => storedSettings(driver).then((s) => s.activePacks)).toEqual([PACK.id, 'harbour-strike-2026']);
      });

      it('keeps per-site lists, the marks’ look and the tooltip language', async () => {
        await options.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('[data-list="deniedSites"] input')!;
          input.value = 'https://www.Example.com/some/article';
        }, null);
        await options.click('[data-list="deniedSites"] button[type="submit"]');
        await options.waitFor('[data-list="deniedSites"] li[data-site="www.example.com"]');
        await options.click('input[name="mark-kind"][value="underline"]');
        await options.click('#swatches button[data-color="#7cc8ff"]');
        await options.select('#translate-to', 'fr');
        await expect.poll(() => storedSettings(driver)).toMatchObject({
          deniedSites: ['www.example.com'],
          markStyle: { kind: 'underline', color: '#7cc8ff' },
          translateTo: 'fr',
        });
      });
    });
  });
}
