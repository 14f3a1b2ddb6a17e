/** The built extension loads in real Chromium and real Firefox, and its content script runs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox } from './support/launch';
import { startServer, type TestServer } from './support/server';

const PAGE = `<!doctype html><html lang="en"><head><title>Smoke</title></head>
<body><article><p>An ordinary page about the weather: rain is expected on Tuesday.</p></article></body></html>`;

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
      await page.goto(server.route('/smoke.html', PAGE));
      await expect.poll(() => page.locator('counterpoint-ui').count(), { timeout: 15_000 }).toBe(1);
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
      await page.goto(server.route('/smoke-ff.html', PAGE));
      await page.waitForSelector('counterpoint-ui', { timeout: 15_000 });
      expect(await page.$$eval('counterpoint-ui', (els) => els.length)).toBe(1);
    } finally {
      await session.close();
    }
  });
});
