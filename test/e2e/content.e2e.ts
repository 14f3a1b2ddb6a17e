/**
 * What a reader sees in the page, in real Chromium (playwright-core) and real Firefox
 * (puppeteer-core): marks on the right sentences of the fixture pages and none on near misses,
 * the tooltip on hover and focus, the pinned dialog and Escape, the shortcut, the page's text
 * unchanged and the DOM restored, a hostile stylesheet, content added later and re-rendered.
 * One browser launch per describe, many pages per launch.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGroups, snapshots } from './support/content-page';
import { checkMarks, defineContentScenarios, waitIdle } from './support/content-suite';
import { playwrightDriver, puppeteerDriver, type Driver } from './support/driver';
import { launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './support/launch';
import { startServer, type TestServer } from './support/server';

/** The extension API inside the service worker (evaluated there, not here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());
const url = (p: string) => server.origin + p;

describe('In Chromium, a reader of a news page', () => {
  let session: ChromiumSession;
  let page: PwPage;
  let driver: Driver;
  beforeAll(async () => {
    session = await launchChromium();
    page = await session.context.newPage();
    driver = playwrightDriver(page);
  });
  afterAll(() => session?.close());

  defineContentScenarios({ driver: () => driver, url });

  const setStorage = (items: Record<string, unknown>) =>
    session.serviceWorker.evaluate((i) => chrome.storage.local.set(i), items);
  const tabMessage = (message: unknown) =>
    session.serviceWorker.evaluate(async (m) => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      return chrome.tabs.sendMessage(tab.id!, m);
    }, message);

  it('sees the marks go at once when Counterpoint is paused or the site denied, and come back', async () => {
    await driver.goto(url('/en-wire/index.html'));
    await waitIdle(driver);
    const settings = await session.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
    await setStorage({ settings: { ...settings, paused: true } });
    await expect.poll(async () => (await driver.evaluate(readGroups)).length, { timeout: 5000 }).toBe(0);
    const snap = await driver.evaluate(snapshots);
    expect(snap.now).toBe(snap.before);
    await setStorage({ settings: { ...settings, paused: false, deniedSites: ['127.0.0.1'] } });
    await page.waitForTimeout(200);
    expect((await driver.evaluate(readGroups)).length).toBe(0);
    await setStorage({ settings: { ...settings, paused: false, deniedSites: [] } });
    await waitIdle(driver);
    checkMarks(await driver.evaluate(readGroups), 'en-wire');
  });

  it('scans a page opened while paused as soon as Counterpoint is switched on again', async () => {
    const settings = await session.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
    await setStorage({ settings: { ...settings, paused: true } });
    await page.addInitScript(() => {
      document.addEventListener('counterpoint-idle', () => ((window as unknown as { __cpIdle: boolean }).__cpIdle = true));
    });
    await driver.goto(url('/en-wire/index.html'));
    await expect.poll(() => driver.evaluate(() => (window as unknown as { __cpIdle?: boolean }).__cpIdle ?? false), { timeout: 15_000 }).toBe(true);
    expect(await driver.evaluate(() => document.querySelectorAll('counterpoint-ui').length)).toBe(0); // an idle page gets no element
    expect((await driver.evaluate(readGroups)).length).toBe(0);
    await setStorage({ settings: { ...settings, paused: false } });
    await waitIdle(driver);
    checkMarks(await driver.evaluate(readGroups), 'en-wire');
  });

  it("answers the popup: the page's state, and revealing a claim", async () => {
    const state = (await tabMessage({ type: 'popup-cs-get-state' })) as {
      outlet: string;
      enabled: boolean;
      sentences: { claims: string[] }[];
      summaries: { reported: string[] }[];
    };
    expect(state.outlet).toBe('The Daily Wire Desk');
    expect(state.enabled).toBe(true);
    expect(state.sentences.map((s) => s.claims)).toContainEqual(['russia-security']);
    expect(state.summaries[0].reported).toContain('invitation');
    expect(await tabMessage({ type: 'popup-cs-reveal-claim', claim: 'russia-security' })).toBe(true);
    expect(await driver.evaluate(() => document.querySelectorAll('counterpoint-mark[data-counterpoint-flash]').length)).toBeGreaterThan(0);
    expect(await tabMessage({ type: 'popup-cs-reveal-claim', claim: 'no-such-claim' })).toBe(false);
  });

  it('dismisses a wrong mark, and the page remembers it after a reload', async () => {
    await driver.focus('#p-security counterpoint-mark[tabindex="0"]');
    await driver.press(['Enter']);
    await page.locator('counterpoint-ui [role="dialog"] button.dismiss[data-claim="russia-security"]').click();
    await expect.poll(async () => (await driver.evaluate(readGroups)).some((g) => g.claims.includes('russia-security'))).toBe(false);
    await driver.goto(url('/en-wire/index.html'));
    await waitIdle(driver);
    const groups = await driver.evaluate(readGroups);
    expect(groups.some((g) => g.claims.includes('russia-security'))).toBe(false);
    expect(groups.some((g) => g.claims.includes('invitation'))).toBe(true);
    await setStorage({ dismissed: {} });
  });
});

describe('In Firefox, a reader of a news page', () => {
  let session: FirefoxSession;
  let driver: Driver;
  beforeAll(async () => {
    session = await launchFirefox();
    const page: PpPage = await session.browser.newPage();
    driver = puppeteerDriver(page);
  });
  afterAll(() => session?.close());

  defineContentScenarios({ driver: () => driver, url });
});
