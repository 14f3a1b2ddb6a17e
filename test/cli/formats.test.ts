/**
 * The scan output formats on matches made up for the test (the CLI tests run the real matcher;
 * these pin down how a match is written, whatever the matcher finds).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack, type ClaimMatch, type ClaimPack } from '../../src/core';
import { formatScanCsv } from '../../src/cli/formats/scan-csv';
import { formatScanJson } from '../../src/cli/formats/scan-json';
import { formatScanText } from '../../src/cli/formats/scan-text';
import type { ScannedDocument } from '../../src/cli/scan-documents';
import { parseCsv } from './support/cli';

const pack = (() => {
  const r = parsePack(fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/packs/reference.json'), 'utf8'));
  if (!r.ok) throw new Error('the reference pack is invalid');
  return r.value as ClaimPack;
})();

const text = 'Intro line.\r\nPeskov said: "It is dialogue, not capitulation, and there is hope."\r\nHe added, sadly,\nthat "=time is needed".';
const s1 = text.indexOf('Peskov');
const e1 = text.indexOf('\r\nHe');
const s2 = text.indexOf('He added');
const m1: ClaimMatch = {
  start: s1,
  end: e1,
  text: text.slice(s1, e1),
  claims: ['talk-not-capitulation', 'hope-no-timeline'],
  score: 0.875,
  evidence: {
    speaker: { id: 'peskov', alias: 'Peskov', from: 'sentence' },
    cues: [
      { claim: 'talk-not-capitulation', words: ['dialogue', 'capitulation'] },
      { claim: 'hope-no-timeline', words: ['hope'] },
    ],
  },
};
const m2: ClaimMatch = {
  start: s2,
  end: text.length,
  text: text.slice(s2),
  claims: ['us-relations-damage'],
  score: 0.5,
  evidence: { speaker: { id: 'peskov', alias: 'He', from: 'context' }, cues: [{ claim: 'us-relations-damage', words: ['time is needed'] }] },
};
const article = { input: 'x', text, kind: 'txt' as const, outlet: 'x', title: 'Intro line.' };
const docs: ScannedDocument[] = [
  { input: 'dir/a, "quoted".txt', article: { ...article, input: 'dir/a, "quoted".txt' }, matches: [m1, m2] },
  { input: 'dir/b.txt', article: { ...article, input: 'dir/b.txt', text: '' }, matches: [] },
  { input: 'gone.html', matches: [], error: 'no such file or folder' },
];

describe('scan --format json', () => {
  it('writes each document with its matches as the core gives them, and failed ones with their error', () => {
    const value = JSON.parse(formatScanJson(docs));
    expect(value).toEqual({
      documents: [
        { input: 'dir/a, "quoted".txt', matches: [m1, m2] },
        { input: 'dir/b.txt', matches: [] },
        { input: 'gone.html', matches: [], error: 'no such file or folder' },
      ],
    });
    for (const m of value.documents[0].matches) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe('scan --format csv', () => {
  it('writes one row per (document, sentence, claim), quoting what needs it', () => {
    const csv = formatScanCsv(docs, pack);
    const rows = parseCsv(csv);
    expect(rows).toEqual([
      ['input', 'start', 'end', 'claim', 'speaker', 'side', 'score', 'cues', 'text'],
      ['dir/a, "quoted".txt', String(s1), String(e1), 'talk-not-capitulation', 'Dmitry Peskov', 'russia', '0.875', 'dialogue; capitulation', m1.text],
      ['dir/a, "quoted".txt', String(s1), String(e1), 'hope-no-timeline', 'Dmitry Peskov', 'russia', '0.875', 'hope', m1.text],
      ['dir/a, "quoted".txt', String(s2), String(text.length), 'us-relations-damage', 'Dmitry Peskov', 'russia', '0.5', 'time is needed', m2.text],
    ]);
    expect(csv.split('\n')[1].startsWith('"dir/a, ""quoted"".txt",')).toBe(true);
  });
});

describe('scan --format text', () => {
  const out = formatScanText(docs, pack);

  it('shows each sentence on one line with its offsets, then each claim with its summary, speaker and side', () => {
    expect(out).toContain(`  [${s1}–${e1}] Peskov said: "It is dialogue, not capitulation, and there is hope."\n`);
    expect(out).toContain('    → talk-not-capitulation: ');
    expect(out).toContain(`    → hope-no-timeline: ${pack.claims.find((c) => c.id === 'hope-no-timeline')!.summary.en} (Dmitry Peskov, Russia)\n`);
    expect(out).toContain('      speaker "Peskov"; cues: dialogue, capitulation; score 0.88\n');
    expect(out).toContain(`  [${s2}–${text.length}] He added, sadly, that "=time is needed".\n`);
    expect(out).toContain('      speaker "He" (earlier sentence); cues: time is needed; score 0.50\n');
  });

  it('says when a document has no match or failed, and counts', () => {
    expect(out).toContain('dir/b.txt\n  no claim found\n');
    expect(out).toContain('gone.html\n  error: no such file or folder\n');
    expect(out.trimEnd().split('\n').at(-1)).toBe('3 documents, 1 with claims (2 sentences), 1 without, 1 failed');
  });
});
