/**
 * One config, built once per target: `TARGET=chrome|firefox vite build` -> dist/<target>/.
 * The two builds differ only where the browsers do (see firefoxManifest below).
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
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

const manifest = (target === 'firefox' ? firefoxManifest(baseManifest) : baseManifest) as ManifestV3Export;

export default defineConfig({
  publicDir: 'assets/extension',
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Pages that the manifest does not name are built as extra entries.
    rollupOptions: { input: { compare: 'src/compare/index.html' } },
  },
  define: { __TARGET__: JSON.stringify(target) },
  plugins: [crx({ manifest, browser: target })],
});
