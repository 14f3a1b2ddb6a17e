// `npm start`: builds Counterpoint, serves the demo news page (demo/index.html) from 127.0.0.1 and
// opens Chromium with the extension loaded.
// - With a display: a real window that stays until you close it.
// - Without one (a server, CI): headless; it hovers the first mark, writes a screenshot to the
//   path it prints, prints what the extension found, and exits 0.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

run([path.join(root, 'scripts/ensure-browsers.mjs'), 'chromium']);
run([path.join(root, 'scripts/build.mjs')]);

const { chromium } = await import('playwright-core');
const demo = fs.readFileSync(path.join(root, 'demo/index.html'));
const server = http.createServer((req, res) => {
  res.writeHead(req.url === '/' || req.url === '/index.html' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(req.url === '/' || req.url === '/index.html' ? demo : 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const ext = path.join(root, 'dist/chrome');
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [
    `--load-extension=${ext}`,
    `--disable-extensions-except=${ext}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const cleanup = async () => {
  await context.close().catch(() => {});
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
};

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`\nCounterpoint demo: ${url}`);

if (!headless) {
  console.log('A Chromium window is open with Counterpoint loaded: hover a highlighted sentence. Close the window to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  server.close();
  process.exit(0);
}

try {
  await page.waitForSelector('counterpoint-ui', { state: 'attached', timeout: 20_000 });
} catch {
  console.error('counterpoint: the extension did not start on the demo page');
  await cleanup();
  process.exit(1);
}
const marks = page.locator('counterpoint-mark[data-claim]');
await marks.first().waitFor({ timeout: 10_000 }).catch(() => {});
const found = await page.evaluate(() => {
  const groups = new Map();
  for (const el of document.querySelectorAll('counterpoint-mark[data-claim]')) {
    const key = el.getAttribute('data-counterpoint-group') ?? String(groups.size);
    const g = groups.get(key) ?? { claims: el.getAttribute('data-claim'), text: '' };
    g.text += el.textContent;
    groups.set(key, g);
  }
  return [...groups.values()];
});
if (found.length) {
  await marks.first().scrollIntoViewIfNeeded();
  await marks.first().hover();
  await page.getByRole('tooltip').first().waitFor({ timeout: 5_000 }).catch(() => {});
}
const shot = path.join(root, 'dist', 'demo-screenshot.png');
await page.screenshot({ path: shot });
console.log(`Screenshot: ${shot}`);
console.log(`Counterpoint marked ${found.length} sentence(s) on the demo page:`);
for (const f of found) console.log(`  [${f.claims}] ${f.text.trim().replace(/\s+/g, ' ')}`);
await cleanup();
process.exit(0);
