/**
 * The two builds (run `npm run build` first; `npm test` does): one codebase, differing only where
 * the browsers do. Reads dist/ as the browsers and the stores get it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (target: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', target, 'manifest.json'), 'utf8'));
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));

describe('The Chrome build', () => {
  it('is MV3 with a background service worker and content scripts on http(s) pages only', () => {
    const m = read('chrome');
    expect(m.manifest_version).toBe(3);
    expect(typeof m.background.service_worker).toBe('string');
    expect(m.background.scripts).toBeUndefined();
    expect(m.browser_specific_settings).toBeUndefined();
    for (const cs of m.content_scripts) expect(cs.matches).toEqual(['http://*/*', 'https://*/*']);
  });
});

describe('The Firefox build', () => {
  it('is MV3 with background scripts and a gecko id', () => {
    const m = read('firefox');
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.background.scripts.length).toBeGreaterThan(0);
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: expect.stringContaining('@'), strict_min_version: '142.0' });
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('differs from the Chrome build only in background, browser_specific_settings and what Firefox lacks', () => {
    // Bundle names carry content hashes, which differ because each build is told its target;
    // `use_dynamic_url` is Chrome-only (crxjs leaves it out for Firefox).
    const strip = (m: Record<string, unknown>) => {
      const { background: _b, browser_specific_settings: _s, ...rest } = m;
      return JSON.parse(JSON.stringify(rest, (key, value) => {
        if (key === 'use_dynamic_url') return undefined;
        return typeof value === 'string' ? value.replace(/-[\w-]{8}\.js$/, '.js') : value;
      }));
    };
    expect(strip(read('firefox'))).toEqual(strip(read('chrome')));
  });

  it('passes web-ext lint with no errors and no warnings', () => {
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  }, 60_000);
});

describe('The store zips', () => {
  it.each(['chrome', 'firefox'])('exist for %s and hold the manifest, with no ../shared inside', (target) => {
    const zip = path.join(ROOT, 'dist', `counterpoint-${target}-${version}.zip`);
    expect(fs.statSync(zip).size).toBeGreaterThan(1000);
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip], { encoding: 'utf8' });
    expect(listing.split('\n')).toContain('manifest.json');
    expect(listing).not.toMatch(/shared\//);
  });
});
