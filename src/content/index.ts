/**
 * Content script entry (http(s) pages, top frame), kept small on purpose: most pages a reader
 * opens report none of the claims, and on those Counterpoint should cost next to nothing
 * (issue 5: under 5 ms of main-thread time; `BENCH_PAGES=plain npx tsx bench/page.bench.ts`).
 *
 * It reads the settings and the active packs' precheck anchors (one storage read; the background
 * keeps them, see src/shared/precheck-record.ts) and tests whether the page's text names any of
 * their speakers at all. Only then does it load the content script proper (page.ts: matcher,
 * marks, tooltip) through lazy.ts. Until then it watches for text added later (late article
 * bodies, single-page navigation), re-reads the settings when the background says they changed
 * (`bg-cs-precheck-changed`), and answers the popup with an empty page state. It carries no pack, no
 * lexicon and no schema library, and leaves the page's DOM alone: it tells tests and the bench
 * that it is done with an event (`IDLE_EVENT`), not with an element.
 *
 * What an ordinary page pays for, measured with the bench above: importing an ES module from a
 * content script (crxjs's default loader does, for the entry itself) cost ~17 ms of main-thread
 * time per page in Chromium, so this entry is built as one classic script with its few imports
 * inlined (vite.config.ts, `standaloneFiles`) and imports lazy.ts by URL only when needed; the
 * WebExtension polyfill costs its evaluation, so the extension API is used natively here (see
 * `chrome` below), and only three of its members are touched, because each first touch of an
 * API namespace or event builds its bindings in the page (in Chromium a `storage.onChanged`
 * listener cost more than the storage read itself, so the background sends a message instead);
 * an element appended to the page, even a hidden one, cost a wrapper, a style and layout pass
 * and the page's own mutation observers, so there is none; and the core's word-by-word anchor
 * test is slow on cold code, so the text goes through the regex gate of
 * src/core/match/anchor-gate.ts alone (a small prefilter first, the whole pattern only after its
 * yes: compiling is what costs), its patterns made ahead by the background (a yes only loads the
 * matcher, which decides). Keep this file's imports few and small: all of them run on
 * every page.
 */
import type { BackgroundToContent, PageState, PopupToContent } from '../shared/messages';
import { anchorGate } from '../core/match/anchor-gate';
import { freshPrecheck } from '../shared/precheck-record';
import { isSiteEnabled, settingsFrom, STORAGE_KEYS, type Settings } from '../shared/settings';
import { outletName } from './page-meta';
import { IDLE_EVENT } from './ui-host';

type Answer = PageState | boolean | null;
type Listener = (message: unknown, sender: unknown, sendResponse: (answer: Answer) => void) => true | undefined;

/**
 * The extension API without Mozilla's polyfill (page.ts and the extension pages use it): the
 * `chrome` namespace, which both browsers give content scripts, in its callback forms, which both
 * support. Answering a message asynchronously uses `sendResponse` and `return true`, also
 * supported by both.
 */
declare const chrome: {
  storage: { local: { get(keys: string[], callback: (items: Record<string, unknown>) => void): void } };
  runtime: {
    getURL(path: string): string;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
};

/** The extension's version (vite.config.ts `define`), which the precheck record must have been made by. */
declare const __VERSION__: string;

/** Quiet time before text added to the page is prechecked, ms. */
const WATCH_DEBOUNCE_MS = 300;
/** Longest wait for a quiet moment: a page that never stops changing is still checked this often, ms. */
const WATCH_MAX_WAIT_MS = 3000;

let loaded = false;
/** Undoes the watchers of {@link watch} (set while they run). */
let stopWatching: (() => void) | undefined;

/**
 * lazy.ts, built as its own module under this name (vite.config.ts, `CONTENT_LAZY`). Written as a
 * literal inside `chrome.runtime.getURL(…)`, the one form of a computed import that Firefox's
 * add-on linter accepts.
 */
type Lazy = typeof import('./lazy');
let lazy: Promise<Lazy> | undefined;
const loadLazy = () => (lazy ??= import(/* @vite-ignore */ chrome.runtime.getURL('assets/content-lazy.js')) as Promise<Lazy>);

function loadPage(): void {
  if (loaded) return;
  loaded = true;
  stopWatching?.();
  loadLazy()
    .then((m) => m.startPage(new AbortController().signal))
    .catch((err) => console.debug('[counterpoint] start', err));
}

/**
 * Milliseconds this script spent in its callbacks so far (the storage answer, the precheck, the
 * watcher set-up), sent with the idle event for the bench: the trace shows the script's first
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

/** Settings and the test of the active packs, read once and again only after the background says they changed. */
let current: Promise<{ settings: Settings; test: (text: string) => boolean }> | undefined;
const read = () =>
  (current ??= (async () => {
    const got = await new Promise<Record<string, unknown>>((resolve) => chrome.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.precheck], resolve));
    const { settings, gate } = timed(() => {
      const settings = settingsFrom(got);
      return { settings, gate: freshPrecheck(got[STORAGE_KEYS.precheck], settings, __VERSION__) };
    });
    if (gate) return { settings, test: timed(() => anchorGate(gate)) };
    return { settings, test: await (await loadLazy()).packsTest(settings.activePacks) };
  })());

/** The settings last read (the popup's answer needs them). */
let settings: Settings | undefined;

/** Load page.ts when the settings allow this site and `text` may report a claim of an active pack. */
async function check(text: () => string): Promise<void> {
  const r = await read();
  settings = r.settings;
  timed(() => {
    if (!loaded && isSiteEnabled(r.settings, location.hostname) && r.test(text())) loadPage();
  });
}

const pageText = () => document.body?.textContent ?? '';

async function start(): Promise<void> {
  await check(pageText);
  if (loaded) return;
  timed(watch);
  // For tests and the bench: the content script ran and found nothing to do (yet).
  document.dispatchEvent(new CustomEvent(IDLE_EVENT, { detail: Math.round(busyMs * 100) / 100 }));
}

/** Until the page may report a claim: watch added text, answer the popup and the background. */
function watch(): void {
  // Text added later: precheck only what was added, once the page has been quiet for a moment.
  let added: Node[] = [];
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    const text = added.map((n) => n.textContent ?? '').join('\n');
    added = [];
    since = 0;
    if (text.trim()) void check(() => text);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') added.push(r.target);
      else for (const n of r.addedNodes) added.push(n);
    }
    const now = performance.now();
    since ||= now;
    clearTimeout(timer);
    timer = setTimeout(flush, now - since > WATCH_MAX_WAIT_MS ? 0 : WATCH_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  // The popup asks what this page reports: nothing (the packs load only for this answer). The
  // background says the settings or the precheck changed: look at the whole page once more.
  const pageState = async (): Promise<PageState> => {
    if (!settings) throw new Error('settings not read yet');
    return (await loadLazy()).emptyPageState(settings, {
      url: location.href,
      title: document.title,
      outlet: outletName(),
      enabled: isSiteEnabled(settings, location.hostname),
      hidden: false,
    });
  };
  const onMessage: Listener = (message, _sender, sendResponse) => {
    const m = message as PopupToContent | BackgroundToContent | undefined;
    if (m?.type === 'popup-cs-get-state') {
      pageState().then(sendResponse, (err) => {
        console.debug('[counterpoint] page state', err);
        sendResponse(null); // the popup then asks the background
      });
      return true;
    }
    if (m?.type === 'popup-cs-reveal-claim') sendResponse(false);
    else if (m?.type === 'bg-cs-precheck-changed') {
      current = undefined;
      void check(pageText);
    }
    return undefined; // no answer from this listener
  };
  chrome.runtime.onMessage.addListener(onMessage);

  stopWatching = () => {
    observer.disconnect();
    clearTimeout(timer);
    chrome.runtime.onMessage.removeListener(onMessage);
  };
}

start().catch((err) => console.debug('[counterpoint] start', err));
