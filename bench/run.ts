/**
 * `npm run bench`: runs every bench/*.bench.ts, each in its own child process (`npx tsx FILE`),
 * one after the other, and prints its output as it comes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n### ${f}\n`);
  const t0 = Date.now();
  const r = spawnSync('npx', ['tsx', join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${f} failed (exit ${r.status ?? r.signal})`);
  } else console.log(`\n(${f}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
process.exit(failed ? 1 : 0);
