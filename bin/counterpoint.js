#!/usr/bin/env node
// The `counterpoint` command: runs the bundled CLI (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/counterpoint.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('counterpoint: the CLI is not built yet; run `npm run build` first');
  process.exit(2);
}
await import(cli);
