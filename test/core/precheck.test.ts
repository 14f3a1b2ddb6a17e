import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack, matchText, parsePack, precheckFor, type ClaimPack } from '../../src/core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const r = parsePack(fs.readFileSync(path.join(ROOT, 'assets/packs/reference.json'), 'utf8'));
if (!r.ok) throw new Error('built-in pack invalid');
const pack: ClaimPack = r.value;
const precheck = precheckFor(pack);

describe('The precheck before compiling the matcher', () => {
  it('lets through every evaluation sentence the matcher matches, in every language', () => {
    const compiled = compilePack(pack);
    let matched = 0;
    for (const split of ['dev', 'test']) {
      const file = path.join(ROOT, `test/fixtures/eval/${split}.jsonl`);
      for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        const item = JSON.parse(line);
        const text = item.before ? `${item.before} ${item.sentence}` : item.sentence;
        if (!matchText(compiled, text).length) continue;
        matched++;
        expect(precheck.mayMatch(text), text).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200);
  });

  it('turns away an ordinary page that names none of the speakers', () => {
    const page = 'The council approved the budget on Tuesday. Heavy rain is expected; the club signed a striker.\n'.repeat(50);
    expect(precheck.mayMatch(page)).toBe(false);
  });

  it('lets through declined names in other scripts and role-only mentions', () => {
    for (const text of ['Пєскова запитали про це.', 'Слова Зеленського прозвучали вчора.', 'Rzecznik Kremla odmówił komentarza.', 'The Kremlin spokesman spoke.']) {
      expect(precheck.mayMatch(text), text).toBe(true);
    }
  });

  it('is built once per pack', () => {
    expect(precheckFor(pack)).toBe(precheck);
  });
});
