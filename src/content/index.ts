/**
 * Content script entry (http(s) pages, top frame), kept small on purpose: most pages a reader
 * opens report none of the claims, and on those Counterpoint should cost next to nothing
 * (issue 5: under 5 ms of main-thread time; `BENCH_PAGES=plain npx tsx bench/page.bench.ts`).
 *
 * It reads the settings and the active packs' precheck anchors (one storage read; the background
 * keeps them, see src/shared/precheck-record.ts) and tests whether the page's text names any of
 * their speakers at all. Only then does it load the content script proper (page.ts: matcher,
 * marks, tooltip) through lazy.ts. Until then it watches for text added later (late article
 * bodies, single-page navigation) and for settings changes, and answers the popup with an empty
 * page state. It carries no pack, no lexicon and no schema library.
 *
 * What an ordinary page pays for, measured with the bench above: importing an ES module from a
 * content script (crxjs's default loader does, for the entry itself) cost ~17 ms of main-thread
 * time per page in Chromium, so this entry is built as one classic script with its few imports
 * inlined (vite.config.ts, `standaloneFiles`) and imports lazy.ts by URL only when needed; the
 * WebExtension polyfill costs its evaluation, so the extension API is used natively here (see
 * `api`); and the core's word-by-word anchor test is slow on cold code, so the text goes through
 * the one-regex gate of src/core/match/anchor-gate.ts alone, its pattern made ahead by the
 * background (a yes only loads the matcher, which decides). Keep this file's imports few and
 * small: all of them run on every page.
 */
import type { Browser, Runtime } from '../shared/browser';
import type { PageState, PopupToContent } from '../shared/messages';
import { anchorGate } from '../core/match/anchor-gate';
import { freshPrecheck } from '../shared/precheck-record';
import { isSiteEnabled, nativeBrowser, settingsFrom, STORAGE_KEYS, type Settings } from '../shared/settings';
import { outletName } from './page-meta';
import { HOST_TAG } from './ui-host';

/**
 * The extension API without Mozilla's polyfill (see `nativeBrowser` in src/shared/settings.ts);
 * page.ts and the extension pages use the polyfill. The one call whose native form differs,
 * answering a message asynchronously, uses `sendResponse` and `return true`, which both browsers
 * support.
 */
const api: Browser = nativeBrowser();

/** Quiet time before text added to the page is prechecked, ms. */
const WATCH_DEBOUNCE_MS = 300;

const controller = new AbortController();
const idle = new AbortController();
let loaded = false;

/**
 * lazy.ts, built as its own module under this name (vite.config.ts, `CONTENT_LAZY`). Written as a
 * literal inside `chrome.runtime.getURL(…)`, the one form of a computed import that Firefox's
 * add-on linter accepts (both browsers have `chrome`).
 */
declare const chrome: { runtime: { getURL(path: string): string } };
type Lazy = typeof import('./lazy');
let lazy: Promise<Lazy> | undefined;
const loadLazy = () => (lazy ??= import(/* @vite-ignore */ chrome.runtime.getURL('assets/content-lazy.js')) as Promise<Lazy>);

function loadPage(): void {
  if (loaded) return;
  loaded = true;
  idle.abort();
  loadLazy()
    .then((m) => m.startPage(controller.signal))
    .catch((err) => console.debug('[counterpoint] start', err));
}

/** Settings and the test of the active packs, read once and again only after they change in storage. */
let current: Promise<{ settings: Settings; test: (text: string) => boolean }> | undefined;
const read = () =>
  (current ??= (async () => {
    const got = await api.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.precheck]);
    const { settings, stored } = timed(() => {
      const settings = settingsFrom(got);
      return { settings, stored: freshPrecheck(got[STORAGE_KEYS.precheck], settings, api.runtime.getManifest().version) };
    });
    if (stored) return { settings, test: timed(() => anchorGate(stored.gate)) };
    return { settings, test: await (await loadLazy()).packsTest(settings.activePacks) };
  })());

/**
 * Milliseconds this script spent in its callbacks so far (the storage answer, the precheck, the
 * watcher set-up), shown on the idle marker for the bench: the trace shows the script's first
 * evaluation, but not callbacks, which Chromium does not attribute to an extension.
 */
let busyMs = 0;
const timed = <T>(work: () => T): T => {
  const t0 = performance.now();
  try {
    return work();
  } finally {
    busyMs += performance.now() - t0;
  }
};

/** Load page.ts when the settings allow this site and `text` may report a claim of an active pack. */
async function check(text: () => string): Promise<Settings> {
  const { settings, test } = await read();
  timed(() => {
    if (isSiteEnabled(settings, location.hostname) && test(text())) loadPage();
  });
  return settings;
}

async function start(): Promise<void> {
  const settings = await check(() => document.body?.textContent ?? '');
  if (loaded) return;
  timed(() => watch(settings));
}

/** Until the page may report a claim: watch added text and settings, answer the popup. */
function watch(initial: Settings): void {
  let settings = initial;
  const signal = idle.signal;

  // A marker for tests and the bench: the content script ran and found nothing to do.
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-counterpoint-state', 'idle');
  host.setAttribute('style', 'display: none !important');
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });

  // Text added later: precheck only what was added.
  let added: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') added.push(r.target.textContent ?? '');
      else for (const n of r.addedNodes) if (n !== host) added.push(n.textContent ?? '');
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      const text = added.join('\n');
      added = [];
      if (text.trim()) void check(() => text).then((r) => (settings = r));
    }, WATCH_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => (observer.disconnect(), clearTimeout(timer)), { once: true });

  // Switched on again, or other packs chosen: look at the whole page once more.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(changes[STORAGE_KEYS.settings] || changes[STORAGE_KEYS.precheck])) return;
    current = undefined;
    void check(() => document.body?.textContent ?? '').then((r) => (settings = r));
  };
  api.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(onStorage), { once: true });

  // The popup asks what this page reports: nothing (the packs load only for this answer).
  const pageState = async (): Promise<PageState> =>
    (await loadLazy()).emptyPageState(settings, {
      url: location.href,
      title: document.title,
      outlet: outletName(),
      enabled: isSiteEnabled(settings, location.hostname),
      hidden: false,
    });
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: PageState | boolean | null) => void): true | undefined => {
    const m = message as PopupToContent;
    if (m?.type === 'popup-cs-get-state') {
      pageState().then(sendResponse, (err) => {
        console.debug('[counterpoint] page state', err);
        sendResponse(null); // the popup then asks the background
      });
      return true;
    }
    if (m?.type === 'popup-cs-reveal-claim') {
      sendResponse(false);
      return undefined;
    }
    return undefined;
  };
  // The polyfill's types know only "always true" for the sendResponse form; `undefined` (no
  // answer from this listener) is what both browsers expect for other messages.
  const listener = onMessage as Runtime.OnMessageListener;
  api.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(listener), { once: true });
  queueMicrotask(() => host.setAttribute('data-counterpoint-busy-ms', busyMs.toFixed(2)));
}

start().catch((err) => console.debug('[counterpoint] start', err));
