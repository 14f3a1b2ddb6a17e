/** The outlets × claims matrix (core/compare.ts) and its exports (core/compare-export.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildComparison,
  comparisonToCsv,
  comparisonToHtml,
  comparisonToJson,
  comparisonToJsonValue,
  comparisonToMarkdown,
  csvField,
  escapeHtml,
  markdownCell,
  parsePack,
  summarizeCoverage,
  type ClaimPack,
} from '../../src/core';

const pack = (() => {
  const r = parsePack(fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/packs/reference.json'), 'utf8'));
  if (!r.ok) throw new Error('the reference pack is invalid');
  return r.value as ClaimPack;
})();
const ids = pack.claims.map((c) => c.id);

const summaryOf = (...reported: string[]) => summarizeCoverage(pack, [{ claims: reported }]);

const articles = [
  { input: 'a/courier.html', outlet: 'The Courier', title: 'Putin invites Zelensky', url: 'https://courier.example/a', summary: summaryOf('invitation', 'hope-no-timeline') },
  { input: 'a/kyiv.txt', outlet: 'kyiv', title: 'Zelensky replies', summary: summaryOf('zelensky-moscow-means-no-meeting', 'zelensky-no-will-to-end-war', 'invitation') },
  { input: 'a/none.txt', outlet: 'none', title: '', summary: summaryOf() },
];

describe('buildComparison', () => {
  const c = buildComparison(pack, articles);

  it('has one column per claim in the pack\'s order, with speaker and side', () => {
    expect(c.claims.map((cl) => cl.id)).toEqual(ids);
    expect(c.claims[0]).toMatchObject({ id: 'invitation', speaker: { id: 'putin', name: 'Vladimir Putin' }, side: 'russia' });
    expect(c.sides.map((s) => [s.id, s.claims.length])).toEqual([['russia', 10], ['ukraine', 3]]);
  });

  it('has one row per article in the order given, 1 where reported and 0 where not', () => {
    expect(c.rows.map((r) => r.input)).toEqual(['a/courier.html', 'a/kyiv.txt', 'a/none.txt']);
    expect(Object.keys(c.rows[0].claims)).toEqual(ids);
    expect(ids.filter((id) => c.rows[0].claims[id] === 1)).toEqual(['invitation', 'hope-no-timeline']);
    expect(Object.values(c.rows[2].claims).every((v) => v === 0)).toBe(true);
    expect(c.rows[1].reportedBySide).toEqual({ russia: 1, ukraine: 2 });
  });

  it('names the replies each article leaves out, as the coverage summary does', () => {
    expect(c.rows[0].omittedReplies).toEqual([
      { claim: 'invitation', reply: 'zelensky-moscow-means-no-meeting' },
      { claim: 'hope-no-timeline', reply: 'zelensky-no-will-to-end-war' },
    ]);
    expect(c.rows[1].omittedReplies).toEqual([
      { claim: 'zelensky-moscow-means-no-meeting', reply: 'never-refused-meeting' },
      { claim: 'zelensky-no-will-to-end-war', reply: 'hope-no-timeline' },
    ]);
    expect(c.rows[2].omittedReplies).toEqual([]);
  });

  it('ignores claim ids that are not in the pack, and keeps url and date when given', () => {
    const d = buildComparison(pack, [{ input: 'x', outlet: 'o', title: 't', url: 'https://x.example', date: '2025-09-05', summary: { reported: ['gone', 'invitation'] } }]);
    expect(ids.filter((id) => d.rows[0].claims[id] === 1)).toEqual(['invitation']);
    expect(d.rows[0]).toMatchObject({ url: 'https://x.example', date: '2025-09-05' });
    expect('gone' in d.rows[0].claims).toBe(false);
  });
});

describe('The CSV export', () => {
  it('has the header input,outlet,title,<claim ids…>,omitted_replies and one line per article', () => {
    const lines = comparisonToCsv(buildComparison(pack, articles)).split('\n');
    expect(lines[0]).toBe(`input,outlet,title,${ids.join(',')},omitted_replies`);
    expect(lines[1]).toBe(
      `a/courier.html,The Courier,Putin invites Zelensky,1,0,1,${'0,'.repeat(10)}invitation>zelensky-moscow-means-no-meeting hope-no-timeline>zelensky-no-will-to-end-war`,
    );
    expect(lines).toHaveLength(articles.length + 2); // the last line ends with \n
    expect(lines.at(-1)).toBe('');
  });

  it('quotes commas, quotes and line breaks, and keeps spreadsheets from running formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5 degrees')).toBe("'-5 degrees");
    expect(csvField('-', true)).toBe('-');
    expect(csvField(0.5)).toBe('0.5');
    const csv = comparisonToCsv(buildComparison(pack, [{ input: 'x.html', outlet: 'Le "Monde", Paris', title: '=1+1', summary: summaryOf() }]));
    expect(csv.split('\n')[1]).toBe(`x.html,"Le ""Monde"", Paris",'=1+1,${'0,'.repeat(13)}`);
  });
});

describe('The exports of the extension\'s history', () => {
  const seen = buildComparison(pack, [{ ...articles[0], date: '2025-09-05T10:00:00.000Z' }, articles[1]]);
  it('add a seen column after the title in CSV when rows carry the date they were seen', () => {
    const [header, first, second] = comparisonToCsv(seen).split('\n');
    expect(header).toBe(`input,outlet,title,seen,${ids.join(',')},omitted_replies`);
    expect(first.split(',')[3]).toBe('2025-09-05T10:00:00.000Z');
    expect(second.split(',')[3]).toBe('');
  });
  it('add seen to the JSON articles that have it', () => {
    const json = comparisonToJsonValue(seen);
    expect(json.articles[0].seen).toBe('2025-09-05T10:00:00.000Z');
    expect('seen' in json.articles[1]).toBe(false);
  });
});

describe('The JSON export', () => {
  it('is {claims:[ids], articles:[{input,outlet,title,claims,omittedReplies}]}', () => {
    const c = buildComparison(pack, articles);
    const value = JSON.parse(comparisonToJson(c));
    expect(value).toEqual(comparisonToJsonValue(c));
    expect(Object.keys(value)).toEqual(['claims', 'articles']);
    expect(value.claims).toEqual(ids);
    expect(value.articles[1]).toEqual({
      input: 'a/kyiv.txt',
      outlet: 'kyiv',
      title: 'Zelensky replies',
      claims: Object.fromEntries(ids.map((id) => [id, ['invitation', 'zelensky-moscow-means-no-meeting', 'zelensky-no-will-to-end-war'].includes(id) ? 1 : 0])),
      omittedReplies: [
        { claim: 'zelensky-moscow-means-no-meeting', reply: 'never-refused-meeting' },
        { claim: 'zelensky-no-will-to-end-war', reply: 'hope-no-timeline' },
      ],
    });
  });
});

describe('The Markdown export', () => {
  it('is a table headed by the claim ids, with cells escaped', () => {
    const md = comparisonToMarkdown(buildComparison(pack, [{ input: 'a|b.txt', outlet: 'O*', title: 'x\ny <b>', summary: summaryOf('invitation') }]));
    const lines = md.split('\n');
    expect(lines).toContain(`| input | outlet | title | ${ids.map((id) => `\`${id}\``).join(' | ')} | omitted replies |`);
    expect(lines).toContain(`| a\\|b.txt | O\\* | x y &lt;b\\> | 1 | ${'0 | '.repeat(12)}\`invitation>zelensky-moscow-means-no-meeting\` |`);
    expect(markdownCell('[link](javascript:x)')).toBe('\\[link\\]\\(javascript:x\\)');
  });
});

describe('The HTML export', () => {
  const html = comparisonToHtml(buildComparison(pack, articles));

  it('is one self-contained page: inline CSS, no script, a CSP that forbids loading anything', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(/i);
  });

  it('groups the claim columns by side and colours reported cells by side', () => {
    expect(html).toMatch(/<th colspan="10" scope="colgroup" class="side s0">Russia<\/th>\s*<th colspan="3" scope="colgroup" class="side s1">Ukraine<\/th>/);
    const heads = [...html.matchAll(/<th scope="col" class="claim s(\d)"[^>]*><span>([^<]+)<\/span>/g)].map((m) => [m[2], m[1]]);
    expect(heads.map(([id]) => id)).toEqual(ids);
    expect(heads.filter(([, s]) => s === '1').map(([id]) => id)).toEqual(ids.slice(10));
    expect(html).toContain('<td class="cell yes s0" title="invitation: reported">1</td>');
    expect(html).toContain('<td class="cell no s1" title="zelensky-no-will-to-end-war: not reported">0</td>');
  });

  it('links only http(s) addresses and escapes every text', () => {
    expect(html).toContain('<a href="https://courier.example/a" rel="noreferrer noopener">Putin invites Zelensky</a>');
    const evil = comparisonToHtml(
      buildComparison(pack, [{ input: '<i>x</i>', outlet: '"><script>alert(1)</script>', title: "it's", url: 'javascript:alert(1)', summary: summaryOf() }]),
    );
    expect(evil).not.toMatch(/<script>|javascript:|<i>/);
    expect(evil).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(evil).toContain('it&#39;s');
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('says so when there is no article', () => {
    expect(comparisonToHtml(buildComparison(pack, []))).toContain('No articles.');
  });
});
