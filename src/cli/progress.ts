/**
 * A one-line progress bar on stderr, shown only when stderr is a terminal and there are many
 * documents; stderr messages printed meanwhile go above it. Never writes to stdout.
 */

/** Fewest documents for which a bar is shown: below this a scan is over before a bar helps. */
export const PROGRESS_MIN_DOCUMENTS = 5;

/** Least time between two redraws, in ms: redrawing per file would cost more than scanning small ones. */
const REDRAW_MS = 80;

export interface Progress {
  /** Document `done` of the total has just been read; `label` names the next one. */
  update(done: number, label?: string): void;
  /** Print one line on stderr (above the bar when it is shown). */
  log(line: string): void;
  /** Remove the bar. */
  finish(): void;
}

/** A progress bar over `total` documents on `stream` (stderr by default). */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const enabled = Boolean(stream.isTTY) && total >= PROGRESS_MIN_DOCUMENTS && !process.env.CI;
  let last = 0;
  let shown = false;
  let state = { done: 0, label: '' };
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  const draw = () => {
    const cols = Math.max(40, stream.columns || 80);
    const width = 24;
    const filled = Math.round((state.done / total) * width);
    const head = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${state.done}/${total} `;
    let label = state.label;
    const room = cols - head.length - 1;
    if (label.length > room) label = `…${label.slice(label.length - room + 1)}`;
    stream.write(`\r\x1b[K${head}${label}`);
    shown = true;
  };
  return {
    update(done, label = '') {
      state = { done, label };
      if (!enabled) return;
      const now = Date.now();
      if (now - last < REDRAW_MS && done < total) return;
      last = now;
      draw();
    },
    log(line) {
      if (!enabled) {
        stream.write(`${line}\n`);
        return;
      }
      clear();
      stream.write(`${line}\n`);
      draw();
    },
    finish() {
      if (enabled) clear();
    },
  };
}
