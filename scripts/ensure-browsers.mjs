// Makes sure Debian's browsers are there: `node scripts/ensure-browsers.mjs [chromium] [firefox-esr]`
// (both by default). As root on Debian it installs the missing ones with apt-get; otherwise it
// says in one line what to install and exits 1. Tests and `npm start` never download a browser.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium', 'firefox-esr'];
const paths = { chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'firefox-esr': process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' };
const missing = wanted.filter((name) => !fs.existsSync(paths[name]));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = fs.existsSync('/etc/debian_version') && fs.existsSync('/usr/bin/apt-get');
if (!isRoot || !isDebian) {
  console.error(`counterpoint: missing ${missing.join(' and ')}: install Debian's package${missing.length > 1 ? 's' : ''} (sudo apt-get install -y ${missing.join(' ')}) or set ${missing.map((m) => (m === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH')).join('/')} to your browser`);
  process.exit(1);
}
console.log(`▸ installing ${missing.join(' ')} (apt-get)`);
execSync('apt-get update -qq', { stdio: 'inherit' });
execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
