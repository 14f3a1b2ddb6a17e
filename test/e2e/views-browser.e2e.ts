/**
 * The views across browser sessions and browser settings: history surviving a restart (Chromium,
 * persistent profile), the UI following the browser's language (Chromium in Ukrainian), and the
 * plain-words notice when host permissions are withheld (Firefox, where users can revoke them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, DIST } from './support/launch';
import { startServer, type TestServer } from './support/server';
import { chromiumDriver, firefoxDriver, type Driver } from './support/views-driver';

const NEWS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Putin invites Zelensky to Moscow</title>
<meta property="og:site_name" content="Daily Ledger"></head><body><main><article><h1>Putin invites Zelensky to Moscow</h1>
<p>Russian President Vladimir Putin has invited Ukrainian President Volodymyr Zelensky to Moscow for talks.</p>
<p>Peskov added that Russia will do everything necessary to guarantee its own security.</p>
</article></main></body></html>`;

const storedHistory = (driver: Driver) =>
  driver.api(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return ((await api.storage.local.get('history')).history ?? []) as { url: string; claims: string[] }[];
  }, null);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

describe('History in Chromium', () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-restart-'));
  afterAll(() => fs.rmSync(userDataDir, { recursive: true, force: true }));

  it('survives a browser restart (persistent profile)', async () => {
    const url = server.route('/restart/daily-ledger.html', NEWS);
    let driver = await chromiumDriver({ userDataDir });
    try {
      const news = await driver.newPage();
      await news.goto(url);
      await expect.poll(() => storedHistory(driver).then((h) => h.map((r) => r.url)), { timeout: 15_000 }).toEqual([url]);
    } finally {
      await driver.close();
    }
    driver = await chromiumDriver({ userDataDir });
    try {
      const compare = await driver.newPage();
      await compare.goto(driver.extensionUrl('src/compare/index.html'));
      await compare.waitFor('#app[aria-busy="false"]');
      expect(await compare.evaluate(() => [...document.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset.url), null)).toEqual([url]);
      expect(await compare.texts('td.outlet')).toEqual(['Daily Ledger']);
      expect(await compare.evaluate(() => [...document.querySelectorAll<HTMLElement>('td.cell.yes')].map((td) => td.dataset.claim), null)).toEqual([
        'invitation',
        'russia-security',
      ]);
    } finally {
      await driver.close();
    }
  });
});

describe('The UI in Chromium set to Ukrainian', () => {
  it('follows the browser’s language on every page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-uk-'));
    // Chromium on Linux takes its UI language from the environment.
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      env: { ...process.env, LANGUAGE: 'uk', LANG: 'uk_UA.UTF-8' },
      args: [`--load-extension=${DIST.chrome}`, `--disable-extensions-except=${DIST.chrome}`, '--no-sandbox', '--disable-gpu', '--lang=uk', '--no-first-run'],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      const page = await context.newPage();
      const headings: Record<string, string> = {};
      for (const name of ['compare', 'options']) {
        await page.goto(`chrome-extension://${id}/src/${name}/index.html`);
        await page.waitForSelector('#app[aria-busy="false"]', { state: 'attached' });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
        headings[name] = (await page.textContent('h1'))!.trim();
      }
      expect(headings).toEqual({ compare: 'Порівняння видань', options: 'Налаштування Counterpoint' });
      expect(await page.textContent('[data-pack] .name')).toContain('Путін запрошує Зеленського до Москви');
    } finally {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Host permissions withheld in Firefox', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await firefoxDriver();
  });
  afterAll(() => driver?.close());

  it('the popup and the toolbar button say so in plain words and offer to ask', async () => {
    const url = server.route('/permission/news.html', NEWS);
    const news = await driver.newPage();
    await news.goto(url);
    const removed = await driver.api(() => (globalThis as any).browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] }), null);
    expect(removed).toBe(true);
    await expect.poll(() => driver.api(() => (globalThis as any).browser.action.getBadgeText({}), null)).toBe('!');
    expect(await driver.api(() => (globalThis as any).browser.action.getTitle({}), null)).toBe(
      'Counterpoint needs your permission to read pages: click to allow',
    );
    const tabs = await driver.api<null, { id: number; url: string }[]>(() => (globalThis as any).browser.tabs.query({}), null);
    const tab = tabs.find((t) => t.url === url)!;
    const popup = await driver.newPage();
    await popup.goto(driver.extensionUrl(`src/popup/index.html?tab=${tab.id}`));
    await popup.waitFor('#app[aria-busy="false"]');
    expect(await popup.evaluate(() => document.getElementById('permission')!.hidden, null)).toBe(false);
    expect(await popup.texts('#permission p')).toEqual([
      'Counterpoint is not allowed to read the pages you visit, so it cannot mark anything. Allow it to read web pages? Nothing leaves your browser.',
    ]);
    expect(await popup.texts('#grant')).toEqual(['Allow reading pages']);
  });
});
