/**
 * Watches the page for content that appears or changes after the first scan (infinite scroll,
 * single-page navigation, late article bodies, frameworks re-rendering the article) and reports
 * the blocks to rescan, debounced. Only the blocks that changed are reported, never the page.
 * Our own DOM writes go through {@link PageObserver.quiet} and are not reported.
 */
import { blockOf, isBlock, isInSkippedSubtree, MARK_TAG } from './page-text';
import { debounce } from './scheduler';

/** Quiet time before a batch of changes is reported, ms. Trade-off: lower = marks sooner, higher = fewer rescans while a page is still building. */
export const DEBOUNCE_MS = 150;
/** Longest a busy page (continuous mutations) waits for a report, ms. */
export const MAX_WAIT_MS = 1000;

export interface PageObserver {
  /** Run our own DOM writes; their mutations are not reported (the page's pending ones are kept). */
  quiet<T>(fn: () => T): T;
}

export interface ObserverDeps {
  root: Element;
  /** Nodes that are ours (the UI host). */
  isOurs(node: Node): boolean;
  /** Blocks that changed (connected, none inside another), and whether nodes were removed. */
  onChange(blocks: Element[], removed: boolean): void;
  /** The page removed our host element. */
  onHostRemoved(): void;
}

/** Observe `deps.root`; aborting `signal` disconnects. */
export function start(signal: AbortSignal, deps: ObserverDeps): PageObserver {
  const pending: MutationRecord[] = [];
  const report = () => {
    const records = pending.splice(0);
    const dirty = new Set<Element>();
    let removed = false;
    let hostRemoved = false;
    for (const rec of records) {
      const target = rec.target;
      if (deps.isOurs(target)) continue;
      if (rec.type === 'characterData') {
        if (!isInSkippedSubtree(target)) dirty.add(blockOf(target));
        continue;
      }
      if (isInSkippedSubtree(target)) continue;
      for (const n of rec.addedNodes) {
        if (deps.isOurs(n)) continue;
        if (n.nodeType === Node.ELEMENT_NODE && (n as Element).tagName !== MARK_TAG && isBlock(n as Element)) dirty.add(n as Element);
        else if (n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.TEXT_NODE) dirty.add(blockOf(target));
      }
      for (const n of rec.removedNodes) {
        if (deps.isOurs(n)) {
          hostRemoved = true;
          continue;
        }
        removed = true;
        if (n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && !isBlock(n as Element))) dirty.add(blockOf(target));
      }
    }
    if (hostRemoved) deps.onHostRemoved();
    const blocks = [...dirty].filter((b) => b.isConnected && !deps.isOurs(b));
    const outer = blocks.filter((b) => !blocks.some((other) => other !== b && other.contains(b)));
    if (outer.length || removed) deps.onChange(outer, removed);
  };
  const schedule = debounce(
    () => {
      try {
        report();
      } catch (err) {
        console.debug('[counterpoint] observer', err);
      }
    },
    DEBOUNCE_MS,
    MAX_WAIT_MS,
    signal,
  );
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    schedule();
  });
  observer.observe(deps.root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    quiet(fn) {
      const before = observer.takeRecords();
      if (before.length) {
        pending.push(...before);
        schedule();
      }
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
  };
}
