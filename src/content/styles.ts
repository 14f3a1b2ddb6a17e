/**
 * How marks look. The rules sit in a `<style>` inside our host's light DOM (outside `<body>`;
 * an unslotted child of a shadow host is never rendered, yet its rules apply to the document).
 *
 * - `all: unset` makes a mark a transparent inline wrapper whatever the page's CSS says (a
 *   `* { display: block }` or `:not(:defined) { display: none }` included), so the layout does not
 *   move; colour comes from background tint and an inset shadow or underline, none of which take
 *   space. No generated content: copied text is the page's text.
 * - Dark mode tones the tint down; forced colours use a system-colour underline; print hides
 *   marks; while the reader copies, the sheet is switched off so rich-text copies carry no tint.
 */
import type { MarkStyle } from '../shared/settings';
import { DEFAULT_SETTINGS } from '../shared/settings';

const M = 'counterpoint-mark[data-claim]';

/** The stylesheet text for `style` (colour validated: only `#rgb`/`#rrggbb` are used). */
export function markCss(style: MarkStyle): string {
  const color = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(style.color) ? style.color : DEFAULT_SETTINGS.markStyle.color;
  const highlight = style.kind !== 'underline';
  const paint = (tint: number, edge: string) =>
    highlight
      ? `background-color: color-mix(in srgb, ${color} ${tint}%, transparent) !important;
         box-shadow: inset 0 -0.14em 0 ${edge} !important;`
      : `text-decoration-line: underline !important; text-decoration-color: ${edge} !important;
         text-decoration-thickness: 0.14em !important; text-underline-offset: 0.2em !important;
         text-decoration-skip-ink: none !important;`;
  return `
${M} {
  all: unset !important;
  ${paint(55, `color-mix(in srgb, ${color} 55%, #000)`)}
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
  cursor: help !important;
}
${M}:focus-visible {
  outline: 2px solid #1a56db !important;
  outline-offset: 2px !important;
}
@media (prefers-color-scheme: dark) {
  ${M} { ${paint(38, color)} }
  ${M}:focus-visible { outline-color: #8ab4ff !important; }
}
${M}[data-counterpoint-flash] {
  outline: 3px solid #d93025 !important;
  outline-offset: 2px !important;
}
@media (prefers-reduced-motion: no-preference) {
  ${M}[data-counterpoint-flash] { animation: counterpoint-flash 0.5s ease-in-out 4 alternate !important; }
}
@keyframes counterpoint-flash { from { outline-color: #d93025; } to { outline-color: transparent; } }
@media (forced-colors: active) {
  ${M} {
    forced-color-adjust: none !important;
    background: none !important;
    box-shadow: none !important;
    text-decoration: underline 0.15em Highlight !important;
    text-underline-offset: 0.2em !important;
  }
  ${M}:focus-visible, ${M}[data-counterpoint-flash] { outline-color: Highlight !important; }
}
@media print {
  ${M} {
    background: none !important;
    box-shadow: none !important;
    text-decoration: none !important;
    outline: none !important;
    animation: none !important;
  }
}`;
}

export interface MarkStyles {
  set(style: MarkStyle): void;
}

/** Add the mark stylesheet to `host`; aborting `signal` removes it. */
export function start(signal: AbortSignal, host: HTMLElement, style: MarkStyle): MarkStyles {
  const doc = host.ownerDocument;
  const el = doc.createElement('style');
  el.textContent = markCss(style);
  host.append(el);
  // Rich-text copy serialises computed styles: switch our sheet off while the copy happens.
  const onCopy = () => {
    if (!el.sheet) return;
    el.sheet.disabled = true;
    setTimeout(() => {
      if (el.sheet) el.sheet.disabled = false;
    }, 0);
  };
  doc.addEventListener('copy', onCopy, { capture: true, signal });
  doc.addEventListener('cut', onCopy, { capture: true, signal });
  signal.addEventListener('abort', () => el.remove(), { once: true });
  return {
    set(next) {
      el.textContent = markCss(next);
    },
  };
}
