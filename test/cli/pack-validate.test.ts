/** `counterpoint pack validate`, run as a user runs it: the built CLI in a child process. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/counterpoint.js');
const GOOD = path.join(ROOT, 'assets/packs/reference.json');
let dir: string;

function validate(...files: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'pack', 'validate', ...files], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function packWith(change: (p: any) => void, name: string) {
  const p = JSON.parse(fs.readFileSync(GOOD, 'utf8'));
  change(p);
  fs.writeFileSync(path.join(dir, name), JSON.stringify(p, null, 2));
  return name;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-validate-'));
});

describe('counterpoint pack validate', () => {
  it('says ok with the number of claims for the built-in pack, and exits 0', () => {
    const r = validate(GOOD);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`${GOOD}: ok (13 claims)\n`);
  });

  const cases: Array<[string, () => string, RegExp]> = [
    ['a file that is not JSON', () => (fs.writeFileSync(path.join(dir, 'prose.json'), 'Claims of the day:\n- one\n'), 'prose.json'), /^prose\.json: not JSON: .* at line 1, column 1$/],
    ['an empty file', () => (fs.writeFileSync(path.join(dir, 'empty.json'), ''), 'empty.json'), /^empty\.json: empty file, expected a JSON object$/],
    ['a JSON array', () => (fs.writeFileSync(path.join(dir, 'array.json'), '[{"id": "x"}]'), 'array.json'), /^array\.json: expected a JSON object, got an array at \$$/],
    ['a JSON string', () => (fs.writeFileSync(path.join(dir, 'string.json'), '"pack"'), 'string.json'), /^string\.json: expected a JSON object, got a string at \$$/],
    ['binary garbage', () => (fs.writeFileSync(path.join(dir, 'garbage.json'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x10])), 'garbage.json'), /^garbage\.json: not JSON: the file is binary/],
    ['a file over the 5 MB limit', () => (fs.writeFileSync(path.join(dir, 'huge.json'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x20)), 'huge.json'), /^huge\.json: file is 5\.0 MB, over the 5 MB limit$/],
    ['a duplicate claim id', () => packWith((p) => (p.claims[3].id = 'invitation'), 'dup.json'), /^dup\.json: duplicate claim id "invitation" \(first at \$\.claims\[0\]\) at \$\.claims\[3\]\.id/],
    ['a reply to a missing claim', () => packWith((p) => (p.claims[12].replies = ['gone']), 'reply.json'), /^reply\.json: reply "gone" is not a claim of this pack at \$\.claims\[12\]\.replies\[0\]$/],
    ['a claim without an id', () => packWith((p) => delete p.claims[5].id, 'noid.json'), /^noid\.json: missing field "id" at \$\.claims\[5\]\.id$/],
    ['a missing file', () => 'not-there.json', /^not-there\.json: no such file$/],
    ['a folder', () => (fs.mkdirSync(path.join(dir, 'folder.json'), { recursive: true }), 'folder.json'), /^folder\.json: is a folder, expected a file$/],
  ];
  for (const [what, make, expected] of cases) {
    it(`refuses ${what} with one line on stderr and exit 1`, () => {
      const r = validate(make());
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
      expect(r.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/); // never a stack trace
    });
  }

  it('reports every file when some are bad, and exits 1', () => {
    fs.writeFileSync(path.join(dir, 'bad.json'), '{');
    const r = validate(GOOD, 'bad.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ok (13 claims)');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on a usage error and 0 for --help', () => {
    expect(spawnSync(process.execPath, [BIN, 'pack', 'validate'], { encoding: 'utf8' }).status).toBe(2);
    const help = spawnSync(process.execPath, [BIN, 'pack', 'validate', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: counterpoint pack validate/);
  });
});
