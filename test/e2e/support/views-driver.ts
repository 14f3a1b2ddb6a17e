/**
 * One small driver over both browsers for the tests of the extension's pages: Chromium through
 * playwright-core, Firefox through puppeteer-core. Only what test/e2e/views*.e2e.ts need.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './launch';

/** A function run in a page: one serialisable argument, a serialisable result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PageFn<A, R> = (arg: A) => R | Promise<R>;

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  /** Wait for `selector`, then click it like a user. */
  click(selector: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Put the file at `file` into the `<input type=file>` at `selector` (fires `change`). */
  setFile(selector: string, file: string): Promise<void>;
  waitFor(selector: string, timeout?: number): Promise<void>;
  /** textContent of every match, trimmed. */
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  /** The extension page's URL, e.g. `src/popup/index.html?tab=3`. */
  extensionUrl(page: string): string;
  /** Run `fn` where the WebExtension API is (`globalThis.browser ?? chrome`): the service worker in Chromium, an extension page in Firefox. */
  api<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

function wrapPlaywright(page: PwPage): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    setFile: (selector, file) => page.setInputFiles(selector, file),
    waitFor: async (selector, timeout = 15_000) => void (await page.waitForSelector(selector, { state: 'attached', timeout })),
    texts: (selector) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim())),
    count: (selector) => page.locator(selector).count(),
    close: () => page.close(),
  };
}

/**
 * Firefox over BiDi loads moz-extension:// pages but never reports their navigation as done, so
 * `page.goto` times out: start it, then wait for the document itself.
 */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  void page.goto(url, { timeout: 30_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function wrapPuppeteer(page: PpPage): TestPage {
  return {
    goto: async (url) => (url.startsWith('moz-extension:') ? gotoExtensionPage(page, url) : void (await page.goto(url))),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: async (selector) => {
      // A view that re-renders (the popup, when the page's state arrives) can replace the element
      // between finding it and clicking it: find it again, as Playwright's click does.
      const deadline = Date.now() + 15_000;
      for (;;) {
        await page.waitForSelector(selector, { visible: true, timeout: Math.max(1, deadline - Date.now()) });
        try {
          await page.click(selector);
          return;
        } catch (err) {
          if (!/detached/i.test(String(err)) || Date.now() > deadline) throw err;
        }
      }
    },
    select: async (selector, value) => void (await page.select(selector, value)),
    setFile: async (selector, file) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
    },
    waitFor: async (selector, timeout = 15_000) => void (await page.waitForSelector(selector, { timeout })),
    texts: (selector) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim())),
    count: (selector) => page.$$eval(selector, (els) => els.length),
    close: () => page.close(),
  };
}

export async function chromiumDriver(opts: { userDataDir?: string } = {}): Promise<Driver & { session: ChromiumSession }> {
  const session = await launchChromium(opts);
  return {
    name: 'chromium',
    session,
    newPage: async () => wrapPlaywright(await session.context.newPage()),
    extensionUrl: session.extensionUrl,
    api: async (fn, arg) => {
      // The service worker may have been stopped and restarted since launch: take the current one.
      const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
      return worker.evaluate(fn as never, arg) as never;
    },
    close: () => session.close(),
  };
}

export async function firefoxDriver(): Promise<Driver & { session: FirefoxSession }> {
  const session = await launchFirefox();
  let apiPage: PpPage | undefined;
  return {
    name: 'firefox',
    session,
    newPage: async () => wrapPuppeteer(await session.browser.newPage()),
    extensionUrl: session.extensionUrl,
    api: async (fn, arg) => {
      if (!apiPage || apiPage.isClosed()) {
        apiPage = await session.browser.newPage();
        await gotoExtensionPage(apiPage, session.extensionUrl('src/compare/index.html'));
      }
      return apiPage.evaluate(fn as never, arg) as never;
    },
    close: () => session.close(),
  };
}
