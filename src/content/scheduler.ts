/**
 * Chunked work on the page's main thread: run a generator's steps in slices of a few
 * milliseconds, yielding to the page between slices, so no task Counterpoint runs gets near the
 * 50 ms "long task" line and input stays responsive.
 */

/**
 * Time budget of one slice, in ms. Trade-off: smaller slices give the page more chances to run
 * (input, animation) but add a yield round-trip (~0.1–4 ms) each; 8 ms keeps slices well under the
 * 50 ms long-task line even when one step (matching one long paragraph) overshoots.
 */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** The longest slice {@link runChunked} has run on this page, ms (shown on our host element for the bench). */
export const stats = { longestSliceMs: 0 };

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** Give the main thread back to the page, resuming as soon as possible (not clamped like setTimeout). */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield.call(s);
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel!.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Drive `steps` to completion in slices of `sliceMs`. Each `next()` is one step; keep steps
 * small. Stops early (resolving `false`) when `signal` aborts. A step that throws is reported and
 * the run stops: the page's own errors must never escape into it.
 */
export async function runChunked(steps: Iterator<unknown>, signal: AbortSignal, sliceMs = SLICE_MS): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return false;
    const { done } = steps.next();
    if (done) {
      stats.longestSliceMs = Math.max(stats.longestSliceMs, performance.now() - sliceStart);
      return true;
    }
    const spent = performance.now() - sliceStart;
    if (spent >= sliceMs) {
      if (spent > stats.longestSliceMs) stats.longestSliceMs = spent;
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}

/** Call `fn` once `ms` after the last call, and at the latest `maxMs` after the first pending call. */
export function debounce(fn: () => void, ms: number, maxMs: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  const fire = () => {
    timer = undefined;
    first = 0;
    if (!signal.aborted) fn();
  };
  signal.addEventListener('abort', () => timer && clearTimeout(timer), { once: true });
  return () => {
    const now = performance.now();
    if (!first) first = now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(ms, first + maxMs - now)));
  };
}
