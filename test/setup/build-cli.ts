/**
 * vitest globalSetup: bundles the CLI once before any test file runs, so that the CLI tests
 * (which run `bin/counterpoint.js` as a user does) never race each other rebuilding it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
}
