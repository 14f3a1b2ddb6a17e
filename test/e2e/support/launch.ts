/**
 * Start real browsers with the built extension loaded.
 * - Chromium: playwright-core, persistent context (Playwright loads extensions only that way).
 * - Firefox: puppeteer-core over WebDriver BiDi, then `browser.installExtension(dir)`; the
 *   extension's moz-extension:// UUID is fixed through a pref so tests can open its pages.
 * Both use Debian's browsers (/usr/bin/chromium, /usr/bin/firefox-esr): nothing is downloaded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST = { chrome: path.join(ROOT, 'dist/chrome'), firefox: path.join(ROOT, 'dist/firefox') };
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The gecko id from vite.config.ts, and the UUID we pin it to in Firefox. */
export const GECKO_ID = 'counterpoint@counterpoint.example';
export const FIREFOX_UUID = '6f1c1d2e-3c4b-4e5f-8a9b-0c1d2e3f4a5b';

function assertBuilt(dir: string) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run \`npm run build\` first`);
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://ID/<page>`, e.g. `src/popup/index.html`. */
  extensionUrl(page: string): string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/** Launch Chromium with dist/chrome. Pass `userDataDir` to reuse a profile (restart tests). */
export async function launchChromium(opts: { userDataDir?: string; headless?: boolean } = {}): Promise<ChromiumSession> {
  assertBuilt(DIST.chrome);
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cp-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    args: [
      `--load-extension=${DIST.chrome}`,
      `--disable-extensions-except=${DIST.chrome}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      if (!opts.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://UUID/<page>` */
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

/** Launch Firefox ESR headless with dist/firefox installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  assertBuilt(DIST.firefox);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Quiet, offline start-up on machines without network.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(DIST.firefox);
  return {
    browser,
    extensionUrl: (page) => `moz-extension://${FIREFOX_UUID}/${page.replace(/^\//, '')}`,
    close: () => browser.close(),
  };
}
