/**
 * What the content script's entry loads only when it needs it, as one ES module with a fixed
 * name (vite.config.ts: `CONTENT_LAZY`), web-accessible to http(s) pages.
 *
 * The entry (src/content/index.ts) is a classic script with everything it imports inlined, so an
 * ordinary page pays for one script and no module loading: in Chromium, importing even an empty
 * ES module from a content script added about 17 ms of main-thread time to each page
 * (bench/page.bench.ts, ordinary page), against about 3 ms for the script itself. The entry
 * imports this module by URL (`import(runtime.getURL(…))`) the first time a page may report a
 * claim or the popup asks; from here on, imports are ordinary relative ones that the bundler
 * splits and resolves.
 */
import type { PageState } from '../shared/messages';

/** Starts the content script proper (matcher, marks, tooltip) until `signal` aborts. */
export async function startPage(signal: AbortSignal): Promise<void> {
  const { main } = await import('./page');
  await main(signal);
}

/** What the popup is told about a page that reports nothing: each active pack, no claim found. */
export async function emptyPageState(page: Omit<PageState, 'sentences' | 'summaries' | 'enabled'>): Promise<PageState> {
  const [{ loadActivePacks }, { summarizeCoverage }, { loadSettings, isSiteEnabled }] = await Promise.all([import('../shared/packs'), import('../core/coverage'), import('../shared/settings')]);
  const settings = await loadSettings();
  const packs = await loadActivePacks(settings.activePacks);
  return { ...page, enabled: isSiteEnabled(settings, location.hostname), sentences: [], summaries: packs.map((p) => summarizeCoverage(p, [])) };
}
