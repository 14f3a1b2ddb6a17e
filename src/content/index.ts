/**
 * Content script entry (http(s) pages, top frame), kept small on purpose: most pages a reader
 * opens report none of the claims, and on those Counterpoint should cost next to nothing
 * (issue 5: under 5 ms of main-thread time; `BENCH_PAGES=plain npx tsx bench/page.bench.ts`).
 *
 * It reads the page's text and asks the background whether the page may report a claim
 * (`cs-bg-may-report`, src/background/precheck.ts: the settings for this site, then the active
 * packs' speakers through a regex gate that the background compiles once). Only after a yes does
 * it load the content script proper (page.ts: matcher, marks, tooltip) through lazy.ts. Until
 * then it watches for text added later (late article bodies, single-page navigation) and asks
 * about that text, asks again when the background says the settings or packs changed
 * (`bg-cs-precheck-changed`), and answers the popup with an empty page state. It carries no
 * pack, no lexicon, no schema library and no settings, and leaves the page's DOM alone: it tells
 * tests and the bench that it is done with an event (`IDLE_EVENT`), not with an element.
 *
 * What an ordinary page pays for, measured with the bench above (and, part by part, with
 * performance.now() around each step on a page served cross-origin-isolated for precise timers):
 * importing an ES module from a content script (crxjs's default loader does, for the entry
 * itself) cost ~17 ms of main-thread time per page in Chromium, so this entry is built as one
 * classic script with its few imports inlined (vite.config.ts, `standaloneFiles`) and imports
 * lazy.ts by URL only when needed; the WebExtension polyfill costs its evaluation, so the
 * extension API is used natively here (see `chrome` below); each first touch of an API namespace
 * or event builds its bindings in the page, so the entry touches `runtime` only: testing the
 * page in the page itself cost a storage read (~0.4 ms for the binding) and compiling the gate's
 * pattern, cold in every page (~0.9 ms), against ~0.7 ms for sending the text; a
 * `storage.onChanged` listener cost more than a storage read; and an element appended to the
 * page, even a hidden one, cost a wrapper, a style and layout pass and the page's own mutation
 * observers, so there is none. Keep this file's imports few and small: all of them run on every
 * page.
 */
import type { BackgroundToContent, ContentToBackground, PageState, PopupToContent } from '../shared/messages';
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
  runtime: {
    getURL(path: string): string;
    sendMessage(message: ContentToBackground, callback: (answer: unknown) => void): void;
    lastError?: unknown;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
};

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
 * What this script costs the page's main thread, for the bench (sent with the idle event):
 * `evaluation`, its first run, from its first statement to its last (reading the text and asking
 * the background happen there); `callbacks`, what it ran later (the answer, the watcher set-up).
 * Chromium's trace does not attribute callbacks to an extension, and tracing slows scripts down.
 */
const cost = { evaluation: 0, callbacks: 0 };
const evaluationStart = performance.now();
let evaluating = true;
const timed = <T>(work: () => T): T => {
  if (evaluating) return work();
  const t0 = performance.now();
  try {
    return work();
  } finally {
    cost.callbacks += performance.now() - t0;
  }
};

/** The background's answer to `cs-bg-may-report` for `text` (false when it cannot answer). */
const mayReport = (text: string) =>
  new Promise<boolean>((resolve) =>
    timed(() =>
      chrome.runtime.sendMessage({ type: 'cs-bg-may-report', text }, (answer) => {
        void chrome.runtime.lastError; // no background (extension reloaded): nothing to do here
        resolve(answer === true);
      }),
    ),
  );

/** Load page.ts when the background says `text` may report a claim on this page. */
async function check(text: () => string): Promise<void> {
  const t = timed(text);
  if (loaded || !/\S/.test(t)) return; // nothing to ask about
  if (await mayReport(t)) timed(loadPage);
}

/**
 * Elements whose text no reader sees. Pages often keep large data in them (a framework's state
 * as JSON in a `<script>` at the end of `<body>`, names included): reading and sending it cost
 * time, and a name in it would load the matcher for nothing.
 */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);
const seen = (node: Node) => !(node.nodeType === Node.ELEMENT_NODE && UNSEEN.has((node as Element).localName));

/** The text of `nodes`, leaving out those in {@link UNSEEN} (not those nested deeper: walking every node cost more). */
const textOf = (nodes: Iterable<Node>) => {
  let text = '';
  for (const node of nodes) if (seen(node)) text += (node.textContent ?? '') + '\n';
  return text;
};

const pageText = () => (document.body ? textOf(document.body.childNodes) : '');

async function start(): Promise<void> {
  await check(pageText);
  if (loaded) return;
  timed(watch);
  // For tests and the bench: the content script ran and found nothing to do (yet). A string, so
  // that the page's own world can read it in both browsers.
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  document.dispatchEvent(new CustomEvent(IDLE_EVENT, { detail: JSON.stringify({ evaluation: round(cost.evaluation), callbacks: round(cost.callbacks) }) }));
}

/** Until the page may report a claim: watch added text, answer the popup and the background. */
function watch(): void {
  // Text added later: precheck only what was added, once the page has been quiet for a moment.
  let added: Node[] = [];
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    const nodes = added;
    added = [];
    since = 0;
    void check(() => textOf(nodes));
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
  // background says the settings or the packs changed: ask about the whole page once more.
  const pageState = async (): Promise<PageState> =>
    (await loadLazy()).emptyPageState({ url: location.href, title: document.title, outlet: outletName(), hidden: false });
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
    else if (m?.type === 'bg-cs-precheck-changed') void check(pageText);
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
cost.evaluation = performance.now() - evaluationStart;
evaluating = false;
