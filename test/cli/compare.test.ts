/**
 * `counterpoint compare`, run as a user runs it: the outlets × claims matrix of the saved articles,
 * in every format, checked against `counterpoint scan` on the same files (they must agree).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePack, summarizeCoverage, type ClaimPack } from '../../src/core';
import { ARTICLES, cli, listArticles, parseCsv, REFERENCE_PACK, tempDir } from './support/cli';

const pack = (() => {
  const r = parsePack(fs.readFileSync(REFERENCE_PACK, 'utf8'));
  if (!r.ok) throw new Error('the reference pack is invalid');
  return r.value as ClaimPack;
})();
const claimIds = pack.claims.map((c) => c.id);
const FOLDER = 'test/fixtures/articles';
let dir: string;

interface CompareJson {
  claims: string[];
  articles: { input: string; outlet: string; title: string; claims: Record<string, 0 | 1>; omittedReplies: { claim: string; reply: string }[] }[];
}

function compareJson(args: string[], cwd?: string): { code: number | null; stderr: string; json: CompareJson } {
  const r = cli(['compare', '--format', 'json', ...args], { cwd });
  return { code: r.code, stderr: r.stderr, json: JSON.parse(r.stdout) };
}

beforeAll(() => {
  dir = tempDir('cp-compare-');
});

describe('counterpoint compare --format json', () => {
  it('has the claims in the pack\'s order and one article per input file, named as scan names it', () => {
    const r = compareJson([FOLDER]);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(r.json)).toEqual(['claims', 'articles']);
    expect(r.json.claims).toEqual(claimIds);
    expect(r.json.articles.map((a) => a.input)).toEqual(listArticles(ARTICLES, FOLDER));
    for (const a of r.json.articles) {
      expect(Object.keys(a)).toEqual(['input', 'outlet', 'title', 'claims', 'omittedReplies']);
      expect(Object.keys(a.claims)).toEqual(claimIds);
      for (const v of Object.values(a.claims)) expect([0, 1]).toContain(v);
    }
  });

  it('agrees with scan on every article: the same claims, and the replies the core says are omitted', () => {
    const scan = JSON.parse(cli(['scan', '--format', 'json', FOLDER]).stdout) as { documents: { input: string; matches: { claims: string[] }[] }[] };
    const { json } = compareJson([FOLDER]);
    expect(json.articles.map((a) => a.input)).toEqual(scan.documents.map((d) => d.input));
    json.articles.forEach((article, i) => {
      const summary = summarizeCoverage(pack, scan.documents[i].matches);
      expect(article.claims).toEqual(Object.fromEntries(claimIds.map((id) => [id, summary.reported.includes(id) ? 1 : 0])));
      expect(article.omittedReplies).toEqual(summary.omittedReplies);
    });
  });

  it('takes the outlet from og:site_name, else the canonical URL\'s host, else the file name; and the page\'s title', () => {
    const { json } = compareJson([FOLDER]);
    const byFile = Object.fromEntries(json.articles.map((a) => [path.basename(a.input), a]));
    expect(byFile['en-northern-ledger.html']).toMatchObject({ outlet: 'The Northern Ledger', title: 'Kremlin says Moscow invitation is about talks, not surrender' });
    expect(byFile['fr-le-veilleur.html']).toMatchObject({ outlet: 'leveilleur.example', title: 'Le Kremlin juge les relations avec Washington « très abîmées »' });
    expect(byFile['de-abendpost.html']).toMatchObject({ outlet: 'de-abendpost', title: 'Kreml: Putin hat ein Treffen mit Selenskyj nie abgelehnt' });
    expect(byFile['es-diario-del-sur.html']).toMatchObject({ outlet: 'Diario del Sur', title: 'Zelenski descarta viajar a Moscú: "Putin puede venir a Kiev"' });
    expect(byFile['uk-kyivskyi-ohliadach.txt']).toMatchObject({ outlet: 'uk-kyivskyi-ohliadach', title: 'Зеленський: запрошення до Москви означає, що зустрічі не буде' });
  });
});

describe('counterpoint compare --format csv', () => {
  it('has the header input,outlet,title,<claim ids…>,omitted_replies and rows agreeing with the JSON', () => {
    const r = cli(['compare', '--format', 'csv', FOLDER]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(['input', 'outlet', 'title', ...claimIds, 'omitted_replies'].join(','));
    const rows = parseCsv(r.stdout);
    const { json } = compareJson([FOLDER]);
    expect(rows).toHaveLength(json.articles.length + 1);
    json.articles.forEach((a, i) => {
      expect(rows[i + 1]).toEqual([
        a.input,
        a.outlet,
        a.title,
        ...claimIds.map((id) => String(a.claims[id])),
        a.omittedReplies.map((o) => `${o.claim}>${o.reply}`).join(' '),
      ]);
    });
  });
});

describe('counterpoint compare --format text, markdown and html', () => {
  it('text: a legend of the claims and one matrix row per article, in order', () => {
    const r = cli(['compare', FOLDER]);
    expect(r.code, r.stderr).toBe(0);
    for (const id of claimIds) expect(r.stdout).toContain(id);
    const inputs = listArticles(ARTICLES, FOLDER);
    const lines = r.stdout.split('\n');
    const matrixRows = lines.filter((l) => /^\s*\d+ \S.*\s(?:[01]\s+){13}\d+$/.test(l));
    expect(matrixRows).toHaveLength(inputs.length);
    inputs.forEach((input, i) => expect(lines).toContain(`  ${i + 1}. ${input}`));
  });

  it('markdown: a table headed by the claim ids', () => {
    const r = cli(['compare', '--format', 'markdown', FOLDER]);
    expect(r.code, r.stderr).toBe(0);
    const header = r.stdout.split('\n').find((l) => l.startsWith('| input |'))!;
    expect(header).toBe(`| input | outlet | title | ${claimIds.map((id) => `\`${id}\``).join(' | ')} | omitted replies |`);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| input'))).toHaveLength(listArticles(ARTICLES, FOLDER).length);
  });

  it('html: one self-contained page (no script, no external file) with every claim and every article', () => {
    const r = cli(['compare', '--format', 'html', FOLDER]);
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    for (const id of claimIds) expect(html).toContain(`<span>${id}</span>`);
    expect(html).toContain('The Northern Ledger');
    expect(html).toContain('Kremlin says Moscow invitation is about talks, not surrender');
  });

  it('html escapes what pages say about themselves', () => {
    fs.writeFileSync(
      path.join(dir, 'evil.html'),
      `<html><head><meta property="og:site_name" content="<script>alert(1)</script>"><meta property="og:title" content="&quot;&gt;<img src=x onerror=alert(2)>">` +
        `<link rel="canonical" href="javascript:alert(3)"></head><body><p>Nothing to see.</p></body></html>`,
    );
    const r = cli(['compare', '--format', 'html', 'evil.html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img|javascript:/i);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });
});

describe('counterpoint compare on broken inputs and usage', () => {
  it('leaves unreadable files out of the matrix, reports each in one line on stderr, and exits 1', () => {
    fs.writeFileSync(path.join(dir, 'binary.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01]));
    const good = path.resolve(FOLDER, 'pl-gazeta-poranna.txt');
    const r = compareJson(['gone.txt', good, 'binary.html'], dir);
    expect(r.code).toBe(1);
    expect(r.json.articles.map((a) => a.input)).toEqual([good]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'counterpoint: gone.txt: no such file or folder',
      'counterpoint: binary.html: not an HTML file (it contains NUL bytes)',
    ]);
    const text = cli(['compare', 'gone.txt', good], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Not read\n  gone.txt: no such file or folder');
  });

  it('uses --pack for the columns, and refuses a bad pack in one line with exit 1', () => {
    const small = JSON.parse(fs.readFileSync(REFERENCE_PACK, 'utf8'));
    small.id = 'small';
    small.claims = small.claims.filter((c: { id: string }) => ['invitation', 'zelensky-moscow-means-no-meeting'].includes(c.id));
    small.claims.forEach((c: { replies: string[] }) => (c.replies = c.replies.filter((r) => ['invitation', 'zelensky-moscow-means-no-meeting'].includes(r))));
    fs.writeFileSync(path.join(dir, 'small.json'), JSON.stringify(small));
    expect(cli(['pack', 'validate', 'small.json'], { cwd: dir }).code).toBe(0);
    const r = cli(['compare', '--format', 'csv', '--pack', 'small.json', path.resolve(FOLDER)], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('input,outlet,title,invitation,zelensky-moscow-means-no-meeting,omitted_replies');

    fs.writeFileSync(path.join(dir, 'broken.json'), '{"format": "counterpoint-pack",');
    const bad = cli(['compare', '--pack', 'broken.json', path.resolve(FOLDER)], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^counterpoint: broken\.json: not JSON: .* at line 1, column \d+\n$/);
  });

  it('has --help listing every format, exits 0; exits 2 on a wrong command line', () => {
    const help = cli(['compare', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: counterpoint compare [options] <path...>');
    for (const format of ['text', 'markdown', 'csv', 'json', 'html']) expect(help.stdout).toContain(`"${format}"`);
    expect(cli(['compare']).code).toBe(2);
    expect(cli(['compare', '--format', 'pdf', FOLDER]).code).toBe(2);
    expect(cli(['compare', '--nope', FOLDER]).code).toBe(2);
  });
});
