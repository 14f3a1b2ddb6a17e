/**
 * What a page reports of a pack and which replies it leaves out (`summarizeCoverage`), and the
 * pure helpers the extension builds on it: the badge count and the comparison history
 * (src/background/page-summary.ts), and the options page's import check (src/options/pack-import.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack, summarizeCoverage, type ClaimPack, type CoverageSummary } from '../../src/core';
import { badgeText, distinctClaims, historyUrl, recordVisit } from '../../src/background/page-summary';
import { checkImport, collisions, tooLarge } from '../../src/options/pack-import';
import type { PageState } from '../../src/shared/messages';
import type { HistoryRow } from '../../src/shared/settings';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PACK = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/packs/reference.json'), 'utf8')) as ClaimPack;
const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures/packs', name), 'utf8');
const HARBOUR = JSON.parse(fixture('harbour-strike-2026.json')) as ClaimPack;

describe('summarizeCoverage on the reference pack', () => {
  it('reports nothing and omits nothing when there are no matches', () => {
    expect(summarizeCoverage(PACK, [])).toEqual({ packId: PACK.id, reported: [], sentences: {}, omittedReplies: [] });
  });

  it('names the other side’s replies a page leaves out, in the pack’s order', () => {
    const s = summarizeCoverage(PACK, [{ claims: ['hope-no-timeline'] }, { claims: ['invitation'] }]);
    expect(s.reported).toEqual(['invitation', 'hope-no-timeline']);
    expect(s.omittedReplies).toEqual([
      { claim: 'invitation', reply: 'zelensky-moscow-means-no-meeting' },
      { claim: 'hope-no-timeline', reply: 'zelensky-no-will-to-end-war' },
    ]);
  });

  it('omits no reply the page also reports', () => {
    const s = summarizeCoverage(PACK, [{ claims: ['hope-no-timeline', 'talk-not-capitulation'] }, { claims: ['zelensky-no-will-to-end-war'] }]);
    // zelensky-no-will-to-end-war answers both; its own reply (hope-no-timeline) is reported too.
    expect(s.omittedReplies).toEqual([]);
  });

  it('works both ways: Ukraine’s claims without Russia’s replies', () => {
    const s = summarizeCoverage(PACK, [{ claims: ['zelensky-moscow-means-no-meeting'] }]);
    expect(s.omittedReplies).toEqual([{ claim: 'zelensky-moscow-means-no-meeting', reply: 'never-refused-meeting' }]);
  });

  it('counts the sentences of each claim, a sentence with two claims counting for both', () => {
    const s = summarizeCoverage(PACK, [{ claims: ['invitation', 'talk-not-capitulation'] }, { claims: ['invitation'] }]);
    expect(s.sentences).toEqual({ invitation: 2, 'talk-not-capitulation': 1 });
    expect(s.reported).toEqual(['invitation', 'talk-not-capitulation']);
  });

  it('ignores claim ids that are not in the pack', () => {
    const s = summarizeCoverage(PACK, [{ claims: ['not-a-claim'] }]);
    expect(s.reported).toEqual([]);
    expect(s.omittedReplies).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------

const summary = (packId: string, reported: string[], omittedReplies: CoverageSummary['omittedReplies'] = []): CoverageSummary => ({
  packId,
  reported,
  sentences: Object.fromEntries(reported.map((id) => [id, 1])),
  omittedReplies,
});

const state = (patch: Partial<PageState> = {}): PageState => ({
  url: 'https://news.example/story#comments',
  title: 'Putin invites Zelensky',
  outlet: 'News Example',
  enabled: true,
  hidden: false,
  sentences: [],
  summaries: [summarizeCoverage(PACK, [{ claims: ['invitation'] }, { claims: ['hope-no-timeline', 'invitation'] }])],
  ...patch,
});

describe('The badge', () => {
  it('counts distinct claims over all active packs', () => {
    const s = state({ summaries: [summary(PACK.id, ['invitation', 'hope-no-timeline']), summary(HARBOUR.id, ['rota-cuts-rest'])] });
    expect(distinctClaims(s)).toEqual(['invitation', 'hope-no-timeline', 'rota-cuts-rest']);
    expect(badgeText(s)).toBe('3');
  });

  it('is empty with no claim, when Counterpoint is off, or with no state', () => {
    expect(badgeText(state({ summaries: [summary(PACK.id, [])] }))).toBe('');
    expect(badgeText(state({ enabled: false }))).toBe('');
    expect(badgeText(null)).toBe('');
  });
});

describe('The comparison history', () => {
  const NOW = '2025-09-06T10:00:00.000Z';

  it('keeps url (without #fragment), outlet, title, date, pack, claims and omitted replies — nothing else', () => {
    const rows = recordVisit([], state(), NOW);
    expect(rows).toEqual([
      {
        url: 'https://news.example/story',
        outlet: 'News Example',
        title: 'Putin invites Zelensky',
        seen: NOW,
        packId: PACK.id,
        claims: ['invitation', 'hope-no-timeline'],
        omittedReplies: [
          { claim: 'invitation', reply: 'zelensky-moscow-means-no-meeting' },
          { claim: 'hope-no-timeline', reply: 'zelensky-no-will-to-end-war' },
        ],
      },
    ]);
  });

  it('adds nothing for a page without claims, a page where Counterpoint is off, or a non-web page', () => {
    expect(recordVisit([], state({ summaries: [summary(PACK.id, [])] }), NOW)).toEqual([]);
    expect(recordVisit([], state({ enabled: false }), NOW)).toEqual([]);
    expect(recordVisit([], state({ url: 'file:///home/me/a.html' }), NOW)).toEqual([]);
  });

  it('replaces an article’s earlier row for the same pack and puts it first', () => {
    const other: HistoryRow = { ...recordVisit([], state({ url: 'https://other.example/a' }), '2025-09-05T00:00:00.000Z')[0] };
    const first = recordVisit([other], state(), '2025-09-05T12:00:00.000Z');
    const again = recordVisit(first, state({ summaries: [summary(PACK.id, ['invitation', 'russia-security'])] }), NOW);
    expect(again.map((r) => [r.url, r.seen, r.claims])).toEqual([
      ['https://news.example/story', NOW, ['invitation', 'russia-security']],
      ['https://other.example/a', '2025-09-05T00:00:00.000Z', ['invitation', 'hope-no-timeline']],
    ]);
  });

  it('keeps one row per pack for the same article', () => {
    const rows = recordVisit([], state({ summaries: [summary(PACK.id, ['invitation']), summary(HARBOUR.id, ['rota-cuts-rest'])] }), NOW);
    expect(rows.map((r) => r.packId)).toEqual([PACK.id, HARBOUR.id]);
  });

  it('drops the oldest rows beyond its limit', () => {
    let rows: HistoryRow[] = [];
    for (let i = 0; i < 5; i++) rows = recordVisit(rows, state({ url: `https://news.example/${i}` }), NOW, 3);
    expect(rows.map((r) => r.url)).toEqual(['https://news.example/4', 'https://news.example/3', 'https://news.example/2']);
  });

  it('keys rows by the URL without its fragment', () => {
    expect(historyUrl('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
    expect(historyUrl('https://a.example/x')).toBe('https://a.example/x');
  });
});

describe('Importing a pack on the options page', () => {
  it('accepts a valid pack whose ids are new', () => {
    const r = checkImport('harbour.json', fixture('harbour-strike-2026.json'), [PACK]);
    expect(r.ok && r.value.id).toBe('harbour-strike-2026');
  });

  it('refuses a broken pack with `pack validate`’s one-line message', () => {
    const r = checkImport('broken-reply.json', fixture('broken-reply.json'), [PACK]);
    expect(r).toEqual({ ok: false, error: 'broken-reply.json: reply "no-such-claim" is not a claim of this pack at $.claims[0].replies[0]' });
    const s = checkImport('broken-syntax.json', fixture('broken-syntax.json'), [PACK]);
    expect(s.ok).toBe(false);
    expect(!s.ok && s.error).toMatch(/^broken-syntax\.json: not JSON: .* at line \d+, column \d+$/);
  });

  it('refuses a pack whose pack id or claim ids an installed pack already uses', () => {
    const colliding = parsePack(fixture('colliding-claim-id.json'));
    expect(colliding.ok).toBe(true); // valid on its own: only the extension knows what is installed
    expect(checkImport('c.json', fixture('colliding-claim-id.json'), [PACK])).toEqual({
      ok: false,
      error: `c.json: claim id "invitation" is already used by the installed pack "${PACK.id}" at $.claims[0].id`,
    });
    expect(collisions(HARBOUR, [PACK, HARBOUR]).map((e) => e.where)).toEqual(['$.id', '$.claims[0].id', '$.claims[1].id']);
  });

  it('accepts a UTF-8 byte order mark, as the CLI does', () => {
    expect(checkImport('bom.json', '\ufeff' + fixture('harbour-strike-2026.json'), [PACK]).ok).toBe(true);
  });

  it('words the size limit as the CLI does', () => {
    expect(tooLarge('big.json', 6 * 1024 * 1024)).toBe('big.json: file is 6.0 MB, over the 5 MB limit');
  });
});
