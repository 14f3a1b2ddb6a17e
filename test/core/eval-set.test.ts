// The labelled evaluation set's shape (issue 4): big enough, enough negatives, a held-out test
// split that is at least half of it, valid labels. `npm run eval` measures the matcher on it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core';
import { EVAL_LANGS, readSplit } from '../../scripts/eval-split';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'test/fixtures/eval');
const LANGS = EVAL_LANGS;
const parsed = parsePack(fs.readFileSync(path.join(ROOT, 'assets/packs/reference.json'), 'utf8'));
if (!parsed.ok) throw new Error('reference pack does not parse');
const ids = parsed.value.claims.map((c) => c.id);

const splits = Object.fromEntries(
  fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => [f.replace(/\.jsonl$/, ''), readSplit(path.join(DIR, f))]),
);
const all = Object.values(splits).flat();

describe('The evaluation set', () => {
  it('has at least 400 labelled sentences over the ten languages, 40 % or more of them negatives', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(all.filter((i) => i.kind !== 'match').length / all.length).toBeGreaterThanOrEqual(0.4);
    for (const lang of LANGS) expect(all.filter((i) => i.lang === lang).length, lang).toBeGreaterThan(20);
  });

  it('keeps the held-out test split at least half of all items', () => {
    expect(splits.test.length * 2).toBeGreaterThanOrEqual(all.length);
  });

  it('labels only the pack’s claim ids, in the pack’s order, with kind matching the labels', () => {
    const seen = new Set<string>();
    for (const item of all) {
      expect(seen.has(item.id), `duplicate id ${item.id}`).toBe(false);
      seen.add(item.id);
      expect(item.claims.every((c) => ids.includes(c)), item.id).toBe(true);
      expect([...item.claims].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)), item.id).toEqual(item.claims);
      expect(item.kind === 'match', item.id).toBe(item.claims.length > 0);
      expect(['match', 'near-miss', 'unrelated']).toContain(item.kind);
      expect(typeof item.sentence === 'string' && item.sentence.trim().length > 0, item.id).toBe(true);
    }
  });

  it('has every claim in the test split in every language', () => {
    for (const lang of LANGS) {
      const claims = new Set(splits.test.filter((i) => i.lang === lang).flatMap((i) => i.claims));
      expect([...claims].sort(), lang).toEqual([...ids].sort());
    }
  });
});
