/**
 * The built extension loads in real Chromium and real Firefox, and its content script runs: on
 * an ordinary page it adds nothing to the DOM and says so with its idle event
 * (src/content/ui-host.ts `IDLE_EVENT`), which a script the test adds to the page records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox } from './support/launch';
import { startServer, type TestServer } from './support/server';

const PAGE = `<!doctype html><html lang="en"><head><title>Smoke</title></head>
<body><article><p>An ordinary page about the weather: rain is expected on Tuesday.</p></article></body></html>`;

/** Runs in the page before its own scripts: records the content script's idle event. */
const RECORD_IDLE = () => {
  document.addEventListener('counterpoint-idle', (e) => {
    (window as unknown as { __cpIdle: unknown }).__cpIdle = (e as CustomEvent).detail;
  });
};
const idleDetail = () => (window as unknown as { __cpIdle?: unknown }).__cpIdle ?? null;
/** The idle event's detail: what the entry cost the page, in ms. */
const COST = expect.stringMatching(/^\{"evaluation":\d+(\.\d+)?,"callbacks":\d+(\.\d+)?\}$/);
const hostCount = () => document.querySelectorAll('counterpoint-ui').length;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

describe('The extension in Chromium', () => {
  it('runs its content script on a page served over http', async () => {
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.addInitScript(RECORD_IDLE);
      await page.goto(server.route('/smoke.html', PAGE));
      await expect.poll(() => page.evaluate(idleDetail), { timeout: 15_000 }).toEqual(COST);
      expect(await page.evaluate(hostCount)).toBe(0);
      expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    } finally {
      await session.close();
    }
  });
});

describe('The extension in Firefox', () => {
  it('runs its content script on a page served over http', async () => {
    const session = await launchFirefox();
    try {
      const page = await session.browser.newPage();
      await page.evaluateOnNewDocument(RECORD_IDLE);
      await page.goto(server.route('/smoke-ff.html', PAGE));
      await expect.poll(() => page.evaluate(idleDetail), { timeout: 15_000 }).toEqual(COST);
      expect(await page.evaluate(hostCount)).toBe(0);
    } finally {
      await session.close();
    }
  });
});
