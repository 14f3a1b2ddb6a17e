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
 * The content script's entry (src/content/index.ts) is built by crxjs as one classic script with
 * its imports inlined (`standaloneFiles` below), not as crxjs's default loader plus ES modules:
 * on an ordinary page, importing modules cost far more than running them (see the entry's note).
 * What the entry loads when a page may report a claim is src/content/lazy.ts, an entry of this
 * build under a fixed name the entry knows (`CONTENT_LAZY`); this plugin makes it and every chunk
 * it imports, statically or dynamically, web-accessible to the pages the content script runs on.
 */
const CONTENT_ENTRY = 'src/content/index.ts';
const CONTENT_LAZY = { name: 'content-lazy', source: 'src/content/lazy.ts', fileName: 'assets/content-lazy.js' };

function contentLazyResources(): Plugin {
  return {
    name: 'counterpoint-content-lazy-resources',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const entry = bundle[CONTENT_LAZY.fileName];
        const manifestAsset = bundle['manifest.json'];
        if (entry?.type !== 'chunk') this.error(`${CONTENT_LAZY.fileName} was not built`);
        if (manifestAsset?.type !== 'asset') this.error('manifest.json was not built');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk') return;
          files.add(fileName);
          [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
        };
        visit(entry.fileName);
        const m = JSON.parse(String(manifestAsset.source));
        const matches = (baseManifest.content_scripts as { matches: string[]; js: string[] }[]).find((cs) => cs.js.includes(CONTENT_ENTRY))?.matches;
        if (!matches) this.error(`manifest.json: no content script runs ${CONTENT_ENTRY}`);
        m.web_accessible_resources = [...(m.web_accessible_resources ?? []), { matches, resources: [...files].sort(), ...(target === 'chrome' ? { use_dynamic_url: false } : {}) }];
        manifestAsset.source = JSON.stringify(m, null, 2) + '\n';
      },
    },
  };
}

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
      input: { compare: 'src/compare/index.html', [CONTENT_LAZY.name]: CONTENT_LAZY.source },
      output: {
        entryFileNames: (chunk) => (chunk.name === CONTENT_LAZY.name ? CONTENT_LAZY.fileName : 'assets/[name]-[hash].js'),
      },
    },
  },
  define: { __TARGET__: JSON.stringify(target) },
  plugins: [zodWithoutEval(), crx({ manifest, browser: target, contentScripts: { standaloneFiles: [CONTENT_ENTRY] } }), locales(), contentLazyResources()],
});
