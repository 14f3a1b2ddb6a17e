import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPackErrors, parsePack, validatePack } from '../../src/core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const builtInText = fs.readFileSync(path.join(ROOT, 'assets/packs/reference.json'), 'utf8');
const SEED = path.resolve(ROOT, '../shared/reference/seed-article.fr.txt');

/** The ids of ../shared/reference/claims.md, in its order: a contract with tools outside the project. */
const CONTRACT_IDS = [
  'invitation', 'talk-not-capitulation', 'hope-no-timeline', 'us-relations-damage', 'intel-channels-open',
  'presidents-talks-difficult', 'putin-values-trump-efforts', 'russia-security', 'never-refused-meeting',
  'territorial-referendum', 'zelensky-moscow-means-no-meeting', 'zelensky-talk-of-meeting-positive',
  'zelensky-no-will-to-end-war',
];

function builtIn() {
  const r = parsePack(builtInText);
  if (!r.ok) throw new Error(formatPackErrors(r.error));
  return r.value;
}

describe('The built-in reference pack', () => {
  it('validates and holds the 13 claims of claims.md, with their ids, in their order', () => {
    expect(builtIn().claims.map((c) => c.id)).toEqual(CONTRACT_IDS);
  });

  it('has replies that resolve to claims of the other side, as claims.md names them', () => {
    const pack = builtIn();
    const side = (claimId: string) => {
      const c = pack.claims.find((x) => x.id === claimId)!;
      return pack.speakers.find((s) => s.id === c.speaker)!.side;
    };
    const replies = Object.fromEntries(pack.claims.map((c) => [c.id, c.replies]));
    expect(replies).toMatchObject({
      invitation: ['zelensky-moscow-means-no-meeting'],
      'talk-not-capitulation': ['zelensky-no-will-to-end-war'],
      'hope-no-timeline': ['zelensky-no-will-to-end-war'],
      'never-refused-meeting': ['zelensky-moscow-means-no-meeting'],
      'zelensky-moscow-means-no-meeting': ['never-refused-meeting'],
      'zelensky-no-will-to-end-war': ['hope-no-timeline'],
      'us-relations-damage': [],
    });
    for (const c of pack.claims) for (const r of c.replies) expect(side(r)).not.toBe(side(c.id));
  });

  it("quotes the reference's own French wording and carries an English translation for every claim", () => {
    const pack = builtIn();
    for (const c of pack.claims) {
      expect(pack.reference.text).toContain(c.said.text);
      expect(c.said.lang).toBe('fr');
      expect(c.translations.en.length).toBeGreaterThan(10);
    }
  });

  it.skipIf(!fs.existsSync(SEED))('carries the seed article text unchanged (checked when ../shared is beside the clone)', () => {
    expect(builtIn().reference.text).toBe(fs.readFileSync(SEED, 'utf8'));
  });
});

describe('Validating a pack', () => {
  const good = JSON.parse(builtInText);
  const withChange = (change: (p: any) => void) => {
    const p = structuredClone(good);
    change(p);
    return p;
  };
  const message = (value: unknown) => {
    const r = validatePack(value);
    return r.ok ? 'ok' : formatPackErrors(r.error);
  };

  it('names a duplicate claim id and where the second one is', () => {
    expect(message(withChange((p) => (p.claims[2].id = 'invitation')))).toMatch(/^duplicate claim id "invitation" .*at \$\.claims\[2\]\.id/);
  });
  it('names a roleOf that points at a missing speaker', () => {
    expect(message(withChange((p) => (p.matching.speakers.peskov.roleOf = ['putin', 'nobody'])))).toMatch(/speaker "nobody" is not in \$\.speakers at \$\.matching\.speakers\.peskov\.roleOf\[1\]/);
  });
  it('names a reply that points at a missing claim', () => {
    expect(message(withChange((p) => (p.claims[0].replies = ['nowhere'])))).toBe('reply "nowhere" is not a claim of this pack at $.claims[0].replies[0]');
  });
  it('refuses a reply from the same side', () => {
    expect(message(withChange((p) => (p.claims[0].replies = ['hope-no-timeline'])))).toMatch(/same side.* at \$\.claims\[0\]\.replies\[0\]$/);
  });
  it('names a claim without an id', () => {
    expect(message(withChange((p) => delete p.claims[4].id))).toMatch(/^missing field "id" at \$\.claims\[4\]\.id/);
  });
  it('counts the other errors when there are several', () => {
    expect(message(withChange((p) => { delete p.claims[1].id; delete p.claims[2].speaker; }))).toMatch(/\(and 1 more\)$/);
  });
  it('gives the line and column of a syntax error', () => {
    const r = parsePack('{\n  "format": "counterpoint-pack",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatPackErrors(r.error)).toMatch(/^not JSON: .* at line 3, column 16/);
  });
  it('refuses an empty file, an array, and binary garbage with plain words', () => {
    for (const [text, expected] of [
      ['', /^empty file/],
      ['  \n', /^empty file/],
      ['[1, 2]', /^expected a JSON object, got an array at \$$/],
      ['\u0000\u0001\u00ff\u0010PK', /^not JSON: the file is binary/],
    ] as const) {
      const r = parsePack(text);
      expect(r.ok ? 'ok' : formatPackErrors(r.error)).toMatch(expected);
    }
  });
});
