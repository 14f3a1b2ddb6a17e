// `npm run build`: both unpacked extensions (dist/chrome, dist/firefox), a store zip of each
// (dist/counterpoint-<target>-<version>.zip) and the CLI (dist/cli/counterpoint.mjs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const only = process.argv[2]; // optional: chrome | firefox | cli

for (const target of ['chrome', 'firefox']) {
  if (only && only !== target) continue;
  console.log(`\n▸ building dist/${target}`);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { TARGET: target });
  const zip = `counterpoint-${target}-${version}.zip`;
  run(bin('web-ext'), ['build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist', '--filename', zip, '--overwrite-dest'], {});
}
if (!only || only === 'cli') {
  console.log('\n▸ building dist/cli');
  run(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')]);
}
