// `npm run screenshots`: the README's pictures, taken from the built extension in headless
// Chromium after visiting the demo page and a few of the test pages (no stored sample data):
// docs/images/{demo,popup,compare}.png. Run `npm run build` first.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/images');
fs.mkdirSync(out, { recursive: true });
const pages = {
  '/': path.join(root, 'demo/index.html'),
  '/en-wire/': path.join(root, 'test/fixtures/pages/en-wire/index.html'),
  '/fr-presse/': path.join(root, 'test/fixtures/pages/fr-presse/index.html'),
  '/uk-novyny/': path.join(root, 'test/fixtures/pages/uk-novyny/index.html'),
};
const server = http.createServer((req, res) => {
  const file = pages[new URL(req.url, 'http://x').pathname];
  res.writeHead(file ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(file ? fs.readFileSync(file) : 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const ext = path.join(root, 'dist/chrome');
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [`--load-extension=${ext}`, `--disable-extensions-except=${ext}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extId = new URL(worker.url()).host;
const settled = (page) => page.waitForSelector('counterpoint-ui[data-counterpoint-state="idle"]', { state: 'attached', timeout: 20_000 });

for (const p of ['/fr-presse/', '/uk-novyny/', '/en-wire/']) {
  const page = await context.newPage();
  await page.goto(origin + p);
  await settled(page);
  await page.waitForTimeout(500);
  await page.close();
}
const demo = await context.newPage();
await demo.goto(origin + '/');
await settled(demo);
const mark = demo.locator('counterpoint-mark[data-claim]').nth(1);
await mark.hover();
await demo.getByRole('tooltip').waitFor();
await demo.screenshot({ path: path.join(out, 'demo.png') });

const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url })).at(0)?.id, origin + '/');
const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 640 });
await popup.goto(`chrome-extension://${extId}/src/popup/index.html?tab=${tabId}`);
await popup.waitForTimeout(1500);
await popup.screenshot({ path: path.join(out, 'popup.png'), fullPage: true });

const compare = await context.newPage();
await compare.setViewportSize({ width: 1300, height: 900 });
await compare.goto(`chrome-extension://${extId}/src/compare/index.html`);
await compare.waitForTimeout(1500);
await compare.screenshot({ path: path.join(out, 'compare.png'), fullPage: true });

await context.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });
console.log(`screenshots in ${path.relative(root, out)}/: demo.png, popup.png, compare.png`);
