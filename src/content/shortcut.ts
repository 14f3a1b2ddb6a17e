/**
 * The "show or hide marks" shortcut, Alt+Shift+K: a keydown listener on the page, and the
 * background's `bg-cs-toggle-marks` message (the manifest command `toggle-marks`, forwarded).
 * When the browser delivers both for one key press, the second (from the other source) within
 * {@link DEDUPE_MS} is ignored; two quick presses of the key itself are two toggles.
 */

/** A key toggle and a command toggle closer than this are one key press seen twice, ms. */
export const DEDUPE_MS = 400;

export interface Shortcut {
  /** Toggle from elsewhere (the background's message); deduplicated against the key listener. */
  trigger(): void;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

/** Listen for the shortcut; `toggle` runs once per press. Aborting `signal` stops listening. */
export function start(signal: AbortSignal, toggle: () => void, doc: Document = document): Shortcut {
  let last = -Infinity;
  let lastSource: 'key' | 'command' | undefined;
  const fire = (source: 'key' | 'command') => {
    const now = performance.now();
    if (source !== lastSource && now - last < DEDUPE_MS) return;
    last = now;
    lastSource = source;
    toggle();
  };
  doc.defaultView?.addEventListener(
    'keydown',
    (e) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.repeat) return;
      if (e.code !== 'KeyK' && e.key.toLowerCase() !== 'k') return;
      if (isEditable(e.target)) return;
      e.preventDefault();
      fire('key');
    },
    { capture: true, signal },
  );
  return { trigger: () => fire('command') };
}
