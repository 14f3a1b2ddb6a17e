/** The rules the team cares about, checked rather than remembered. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack, formatPackErrors } from '../src/core';

const ROOT = path.resolve(import.meta.dirname, '..');
const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('The core', () => {
  const files = walk(path.join(ROOT, 'src/core')).filter((f) => f.endsWith('.ts'));
  it('imports nothing outside src/core but its declared pure libraries', () => {
    const allowed = new Set(['fuse.js', 'zod', 'jsonc-parser']);
    for (const file of files) {
      const src = fs.readFileSync(file, 'utf8');
      for (const [, spec] of src.matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/g)) {
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          expect(target.startsWith(path.join(ROOT, 'src/core')), `${path.relative(ROOT, file)} imports ${spec}`).toBe(true);
        } else expect(allowed.has(spec), `${path.relative(ROOT, file)} imports ${spec}`).toBe(true);
      }
    }
  });
});

describe('The packs in assets/packs', () => {
  for (const file of fs.readdirSync(path.join(ROOT, 'assets/packs')).filter((f) => f.endsWith('.json'))) {
    it(`${file} is a valid pack`, () => {
      const r = parsePack(fs.readFileSync(path.join(ROOT, 'assets/packs', file), 'utf8'));
      expect(r.ok ? 'ok' : formatPackErrors(r.error)).toBe('ok');
    });
  }
});

describe('UI strings', () => {
  it('exist in every shipped language for every key English has', () => {
    const dir = path.join(ROOT, 'assets/locales');
    const keys = (lang: string) =>
      new Set(fs.readdirSync(path.join(dir, lang)).flatMap((f) => Object.keys(JSON.parse(fs.readFileSync(path.join(dir, lang, f), 'utf8')))));
    const en = keys('en');
    for (const lang of fs.readdirSync(dir)) {
      const missing = [...en].filter((k) => !keys(lang).has(k));
      expect(missing, `${lang} lacks ${missing.join(', ')}`).toEqual([]);
    }
  });
});
