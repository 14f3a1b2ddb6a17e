/**
 * Counterpoint's own element on the page: `<counterpoint-ui>`, appended to `<html>` (outside the
 * article and outside `<body>`, so the page's text is untouched), with an open shadow root that
 * holds the tooltip and the dialog. Its inline `!important` styles beat any page rule (a hostile
 * `* { … !important }` or `all: revert` included), and the shadow root keeps page CSS out.
 */

/** The host's tag name; page-text.ts skips it. */
export const HOST_TAG = 'counterpoint-ui';

/**
 * Dispatched on `document` by the content script's entry (index.ts) when it has looked at the
 * page and found nothing to do yet; `detail`: a JSON string of the milliseconds it took, for the
 * bench (`{"evaluation":…,"callbacks":…}`). Tests and the bench listen for it; an ordinary page gets no host element at all (see
 * index.ts). Once the page may report a claim, the host below says what happens
 * (`data-counterpoint-state`, page.ts).
 */
export const IDLE_EVENT = 'counterpoint-idle';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Put the host back if the page removed it (frameworks that own `<html>` sometimes do). */
  ensureAttached(): void;
}

const HOST_STYLE = [
  'all: initial !important',
  'display: block !important',
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'overflow: visible !important',
  'z-index: 2147483647 !important',
  'user-select: none !important',
  '-webkit-user-select: none !important',
  'pointer-events: none !important',
].join('; ');

/** Create (or adopt) the host; aborting `signal` removes it. */
export function start(signal: AbortSignal, doc: Document = document): UiHost {
  for (const stale of doc.querySelectorAll(HOST_TAG)) stale.remove(); // an earlier, orphaned copy of the script
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('data-counterpoint-state', 'ready');
  const shadow = host.attachShadow({ mode: 'open' });
  const ensureAttached = () => {
    if (!signal.aborted && !host.isConnected) doc.documentElement.append(host);
  };
  ensureAttached();
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, shadow, ensureAttached };
}
