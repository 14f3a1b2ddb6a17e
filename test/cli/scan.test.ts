/**
 * `counterpoint scan`, run as a user runs it: the built CLI in a child process, on the saved
 * articles of test/fixtures/articles and on broken inputs. These tests check the CLI's contract
 * (shapes, order, offsets, errors, exit codes), not what the matcher finds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePack, type ClaimPack } from '../../src/core';
import { ARTICLES, cli, listArticles, parseCsv, REFERENCE_PACK, tempDir } from './support/cli';

interface JsonMatch {
  start: number;
  end: number;
  text: string;
  claims: string[];
  score: number;
  evidence: unknown;
}
interface JsonDocument {
  input: string;
  matches: JsonMatch[];
  error?: string;
}

const pack = (() => {
  const r = parsePack(fs.readFileSync(REFERENCE_PACK, 'utf8'));
  if (!r.ok) throw new Error('the reference pack is invalid');
  return r.value as ClaimPack;
})();
const claimIds = pack.claims.map((c) => c.id);
let dir: string;

function scanJson(args: string[], options: Parameters<typeof cli>[1] = {}) {
  const r = cli(['scan', '--format', 'json', ...args], options);
  return { ...r, json: JSON.parse(r.stdout) as { documents: JsonDocument[] } };
}

/** The text the CLI says it matched (`counterpoint extract`). */
function extracted(file: string): string {
  const r = cli(['extract', file]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** Every match of `doc` is a sentence of `text` at its offsets, with known claims in the pack's order. */
function expectConsistent(doc: JsonDocument, text: string) {
  let previousEnd = 0;
  for (const m of doc.matches) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.claims.length).toBeGreaterThan(0);
    expect(m.claims).toEqual(claimIds.filter((id) => m.claims.includes(id)));
    expect(m.score).toBeGreaterThanOrEqual(0);
    expect(m.score).toBeLessThanOrEqual(1);
    expect(m.evidence).toBeTypeOf('object');
    previousEnd = m.end;
  }
}

beforeAll(() => {
  dir = tempDir('cp-scan-');
});

describe('counterpoint scan --format json', () => {
  it('prints exactly one JSON object listing every article of a folder, sorted, recursively, each even without a match', () => {
    const r = scanJson(['test/fixtures/articles']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(Object.keys(r.json)).toEqual(['documents']);
    expect(r.json.documents.map((d) => d.input)).toEqual(listArticles(ARTICLES, 'test/fixtures/articles'));
    expect(r.json.documents.map((d) => d.input)).toContain('test/fixtures/articles/more/it-la-voce-del-mattino.html');
    for (const d of r.json.documents) {
      expect(Object.keys(d)).toEqual(['input', 'matches']);
      expect(Array.isArray(d.matches)).toBe(true);
    }
  });

  it('keeps the order of the PATHs given, and names a folder\'s files with the folder exactly as typed', () => {
    const r = scanJson(['test/fixtures/articles/pl-gazeta-poranna.txt', './test/fixtures/articles/more/', 'test/fixtures/articles/de-abendpost.html']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.documents.map((d) => d.input)).toEqual([
      'test/fixtures/articles/pl-gazeta-poranna.txt',
      './test/fixtures/articles/more/it-la-voce-del-mattino.html',
      'test/fixtures/articles/de-abendpost.html',
    ]);
  });

  it('gives offsets into the .txt file\'s UTF-8 text with the BOM removed and CRLF kept', () => {
    const file = 'test/fixtures/articles/uk-kyivskyi-ohliadach.txt';
    const raw = fs.readFileSync(file, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const text = raw.slice(1);
    expect(text).toContain('\r\n');
    expect(extracted(file)).toBe(text);
    const r = scanJson([file]);
    expect(r.code, r.stderr).toBe(0);
    expectConsistent(r.json.documents[0], text);
  });

  it('gives offsets into the extracted text for .html, and into the file\'s text for every .txt', () => {
    const r = scanJson(['test/fixtures/articles']);
    for (const doc of r.json.documents) {
      const text = doc.input.endsWith('.txt') ? fs.readFileSync(doc.input, 'utf8').replace(/^\uFEFF/, '') : extracted(doc.input);
      expectConsistent(doc, text);
    }
  });

  it('reads standard input for -, as text or (when it starts like a page) as HTML', () => {
    const text = fs.readFileSync('test/fixtures/articles/ru-vechernyaya-lenta.txt', 'utf8');
    const fromStdin = scanJson(['-'], { input: text });
    const fromFile = scanJson(['test/fixtures/articles/ru-vechernyaya-lenta.txt']);
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.json.documents).toEqual([{ input: '-', matches: fromFile.json.documents[0].matches }]);

    const html = fs.readFileSync('test/fixtures/articles/en-northern-ledger.html');
    const page = scanJson(['-'], { input: html });
    const pageFile = scanJson(['test/fixtures/articles/en-northern-ledger.html']);
    expect(page.json.documents[0].matches).toEqual(pageFile.json.documents[0].matches);
    expect(cli(['extract', '-'], { input: html }).stdout).toBe(extracted('test/fixtures/articles/en-northern-ledger.html'));
  });
});

describe('counterpoint scan on the reference article', () => {
  it('finds all 13 claims of the built-in pack in the reference article\'s own text', () => {
    const file = path.join(dir, 'reference.txt');
    fs.writeFileSync(file, pack.reference.text);
    const r = scanJson([file]);
    expect(r.code, r.stderr).toBe(0);
    const doc = r.json.documents[0];
    expectConsistent(doc, pack.reference.text);
    const found = new Set(doc.matches.flatMap((m) => m.claims));
    expect(claimIds.filter((id) => found.has(id))).toEqual(claimIds);
  });
});

describe('HTML text extraction', () => {
  it('keeps the headline and paragraph breaks as blank lines, and drops navigation, scripts and footers', () => {
    const text = extracted('test/fixtures/articles/en-northern-ledger.html');
    expect(text.startsWith('Kremlin says Moscow invitation is about talks, not surrender\n\n')).toBe(true);
    expect(text).toContain('confirmed on Friday.\n\nKremlin spokesman Dmitry Peskov');
    expect(text).toContain('in his evening address.\n\nUkraine\'s foreign minister called the proposal unacceptable.\n\nEuropean capitals');
    for (const noise of ['Subscribe today', 'analytics', 'Most read', 'All rights reserved', 'font-family']) expect(text).not.toContain(noise);
  });

  it('separates paragraphs that touch in the source, so their sentences never merge', () => {
    const text = extracted('test/fixtures/articles/more/it-la-voce-del-mattino.html');
    expect(text).toContain('alcuna scadenza.\n\nPeskov ha anche ribadito');
  });

  it('decodes a page in its declared charset (windows-1252, with curly quotes)', () => {
    const text = extracted('test/fixtures/articles/de-abendpost.html');
    expect(text).toContain('Präsident Wladimir Putin');
    expect(text).toContain('„gründlich vorbereitet“');
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });
});

describe('counterpoint scan --format text and csv', () => {
  it('text: names every document in order, says when nothing was found, and ends with a count', () => {
    const r = cli(['scan', 'test/fixtures/articles']);
    expect(r.code, r.stderr).toBe(0);
    const inputs = listArticles(ARTICLES, 'test/fixtures/articles');
    const positions = inputs.map((i) => r.stdout.split('\n').indexOf(i));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const weather = r.stdout.split('\n').indexOf('test/fixtures/articles/en-weather-desk.txt');
    expect(r.stdout.split('\n')[weather + 1]).toBe('  no claim found');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${inputs.length} documents, \\d+ with claims`));
  });

  it('csv: a header, then one row per (document, sentence, claim) agreeing with the JSON', () => {
    const csv = cli(['scan', '--format', 'csv', 'test/fixtures/articles']);
    const json = scanJson(['test/fixtures/articles']).json;
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parseCsv(csv.stdout);
    expect(rows[0]).toEqual(['input', 'start', 'end', 'claim', 'speaker', 'side', 'score', 'cues', 'text']);
    const expected = json.documents.flatMap((d) => d.matches.flatMap((m) => m.claims.map((c) => [d.input, String(m.start), String(m.end), c])));
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual(expected);
    for (const row of rows.slice(1)) expect(row).toHaveLength(9);
  });
});

describe('counterpoint scan on broken inputs', () => {
  it('lists an unreadable file with an error, says so in one line on stderr, scans the others and exits 1', () => {
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me', 'latin1'));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# notes');
    fs.mkdirSync(path.join(dir, 'empty-folder'), { recursive: true });
    const good = path.resolve('test/fixtures/articles/en-weather-desk.txt');
    const r = scanJson(['missing.txt', 'binary.txt', good, 'latin1.txt', 'notes.md', 'empty-folder'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.json.documents.map((d) => d.input)).toEqual(['missing.txt', 'binary.txt', good, 'latin1.txt', 'notes.md', 'empty-folder']);
    const errors = Object.fromEntries(r.json.documents.map((d) => [d.input, d.error]));
    expect(errors).toEqual({
      'missing.txt': 'no such file or folder',
      'binary.txt': 'not a text file (NUL byte at byte 4)',
      [good]: undefined,
      'latin1.txt': 'not UTF-8 text (save it as UTF-8)',
      'notes.md': 'not a .txt or .html file',
      'empty-folder': 'folder holds no .txt or .html file',
    });
    expect(r.json.documents[2].matches).toEqual([]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'counterpoint: missing.txt: no such file or folder',
      'counterpoint: binary.txt: not a text file (NUL byte at byte 4)',
      'counterpoint: latin1.txt: not UTF-8 text (save it as UTF-8)',
      'counterpoint: notes.md: not a .txt or .html file',
      'counterpoint: empty-folder: folder holds no .txt or .html file',
    ]);
  });

  it('refuses a file over the size limit without reading it, and reports a dangling link inside a folder', () => {
    const big = path.join(dir, 'big', 'huge.txt');
    fs.mkdirSync(path.dirname(big), { recursive: true });
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 33 * 1024 * 1024);
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'big', 'link.txt'));
    const r = scanJson(['big'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.json.documents).toEqual([
      { input: 'big/huge.txt', matches: [], error: 'file is 33.0 MB, over the 32.0 MB limit' },
      { input: 'big/link.txt', matches: [], error: 'no such file or folder' },
    ]);
  });

  it('text format shows the error under the document', () => {
    const r = cli(['scan', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('missing.txt\n  error: no such file or folder\n');
    expect(r.stdout).toContain('1 document, 0 with claims (0 sentences), 0 without, 1 failed');
  });
});

describe('counterpoint scan --pack', () => {
  it('matches against a valid pack file', () => {
    const r = scanJson(['--pack', REFERENCE_PACK, 'test/fixtures/articles/pl-gazeta-poranna.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.documents).toHaveLength(1);
  });

  it('refuses a bad pack with the same one-line message as pack validate, prints nothing and exits 1', () => {
    const bad = JSON.parse(fs.readFileSync(REFERENCE_PACK, 'utf8'));
    bad.claims[3].id = 'invitation';
    fs.writeFileSync(path.join(dir, 'dup.json'), JSON.stringify(bad));
    const r = cli(['scan', '--pack', 'dup.json', path.resolve('test/fixtures/articles')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const validate = cli(['pack', 'validate', 'dup.json'], { cwd: dir });
    expect(r.stderr).toBe(`counterpoint: ${validate.stderr}`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);

    const missing = cli(['scan', '--pack', 'nope.json', 'x.txt'], { cwd: dir });
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: 'counterpoint: nope.json: no such file\n' });
  });
});

describe('counterpoint scan usage', () => {
  it('has --help, exits 0', () => {
    const r = cli(['scan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: counterpoint scan [options] <path...>');
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toContain('--pack <file>');
  });

  it('exits 2 without a PATH or with an unknown format', () => {
    expect(cli(['scan']).code).toBe(2);
    const r = cli(['scan', '--format', 'xml', 'test/fixtures/articles']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("argument 'xml' is invalid");
  });
});
