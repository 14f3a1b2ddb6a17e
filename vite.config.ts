/**
 * One config, built once per target: `TARGET=chrome|firefox vite build` -> dist/<target>/.
 * The two builds differ only where the browsers do (see firefoxManifest below).
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';
const target = (process.env.TARGET ?? 'chrome') as Target;
if (target !== 'chrome' && target !== 'firefox') throw new Error(`TARGET must be chrome or firefox, not ${target}`);

/** Firefox's MV3 has no background service worker: it runs background scripts (an event page). */
function firefoxManifest(m: typeof baseManifest) {
  return {
    ...m,
    background: { scripts: [m.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'counterpoint@counterpoint.example',
        strict_min_version: '142.0',
        // Counterpoint sends nothing anywhere: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

/**
 * UI strings live in assets/locales/<lang>/<part>.json (one file per part of the UI, so the
 * content script's and the extension pages' strings can change independently); this plugin
 * merges each language's files into the `_locales/<lang>/messages.json` the browsers read.
 */
function locales(): Plugin {
  const dir = path.resolve(import.meta.dirname, 'assets/locales');
  return {
    name: 'counterpoint-locales',
    generateBundle() {
      for (const lang of fs.readdirSync(dir)) {
        const messages: Record<string, unknown> = {};
        for (const file of fs.readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json')).sort()) {
          const part = JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8')) as Record<string, unknown>;
          for (const key of Object.keys(part)) {
            if (key in messages) this.error(`assets/locales/${lang}/${file}: message "${key}" is defined twice`);
            messages[key] = part[key];
          }
        }
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(messages, null, 2) });
      }
    },
  };
}

/**
 * zod 4 compiles fast validators with `new Function` when the page allows eval. Extension pages
 * forbid eval (MV3 CSP), so zod falls back anyway, but AMO's linter flags the code. This strips
 * that path from the extension build only (the CLI keeps it): `allowsEval` answers false and the
 * code generator is never reached.
 */
function zodWithoutEval(): Plugin {
  const edits: Array<[RegExp, RegExp, string]> = [
    [/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/, /const F = Function;\s*new F\(""\);\s*return true;/, 'return false;'],
    [/[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/, /const F = Function;[\s\S]*?return new F\([^;]*\);/, 'throw new Error("code generation is disabled in Counterpoint\'s extension build");'],
  ];
  return {
    name: 'counterpoint-zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const edit = edits.find(([file]) => file.test(id));
      if (!edit) return null;
      const out = code.replace(edit[1], edit[2]);
      if (out === code) this.error(`zodWithoutEval: ${id} changed, update the plugin`);
      return { code: out, map: null };
    },
  };
}

/**
 * The modules the content script's entry (src/content/index.ts) shares with other parts, in one
 * chunk. Left to itself the bundler splits them by who else imports them (normaliser, anchors,
 * settings, vite's preload helper: three or four chunks), and crxjs's loader then fetches and
 * evaluates each one on every page the reader opens; on an ordinary page that was a large part of
 * the time Counterpoint added (bench/page.bench.ts, plain page). The entry's own modules stay in
 * its chunk; this chunk is the only one it imports. Keep the polyfill out of this list (and out
 * of the entry's imports): see src/shared/settings.ts.
 */
const CONTENT_ENTRY_SHARED = {
  name: 'content-entry-shared',
  test: (id: string) => /[\\/]src[\\/](core[\\/]text[\\/]normalize|core[\\/]match[\\/]anchors|shared[\\/]settings)\.ts$|^\0vite[\\/]preload-helper\.js$/.test(id),
};

const manifest = (target === 'firefox' ? firefoxManifest(baseManifest) : baseManifest) as ManifestV3Export;

export default defineConfig({
  publicDir: 'assets/extension',
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      // Pages that the manifest does not name are built as extra entries.
      input: { compare: 'src/compare/index.html' },
      output: { codeSplitting: { groups: [CONTENT_ENTRY_SHARED] } },
    },
  },
  define: { __TARGET__: JSON.stringify(target) },
  plugins: [zodWithoutEval(), crx({ manifest, browser: target }), locales()],
});
