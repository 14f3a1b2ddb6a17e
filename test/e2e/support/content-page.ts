/**
 * What a reader sees, read from inside the page: functions passed to `page.evaluate` by both
 * drivers (playwright-core for Chromium, puppeteer-core for Firefox). Each is self-contained
 * (serialised into the page), so no imports inside them.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Expected {
  marks: { phrase: string; claims: string[] }[];
  unmarked: string[];
}

export const PAGES_DIR = path.resolve(import.meta.dirname, '../../fixtures/pages');

export function expectedFor(slug: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as Expected;
}

/** One mark group as the page shows it. */
export interface SeenGroup {
  group: string;
  claims: string[];
  /** The sentence's text: its marks' text joined, white space collapsed. */
  text: string;
  fragments: number;
  /** Marks of the group with `tabindex="0"` (must be 1: one Tab stop per sentence). */
  tabStops: number;
  description: string | null;
}

/** Every mark group on the page, in document order. */
export function readGroups(): SeenGroup[] {
  const byGroup = new Map<string, HTMLElement[]>();
  for (const m of document.querySelectorAll<HTMLElement>('counterpoint-mark')) {
    const g = m.getAttribute('data-counterpoint-group') ?? '?';
    if (!byGroup.has(g)) byGroup.set(g, []);
    byGroup.get(g)!.push(m);
  }
  return [...byGroup.entries()].map(([group, marks]) => ({
    group,
    claims: (marks[0].getAttribute('data-claim') ?? '').split(' ').filter(Boolean),
    text: (() => {
      const range = document.createRange();
      range.setStartBefore(marks[0]);
      range.setEndAfter(marks[marks.length - 1]);
      return range.toString().replace(/\s+/g, ' ').trim();
    })(),
    fragments: marks.length,
    tabStops: marks.filter((m) => m.getAttribute('tabindex') === '0').length,
    description: marks[0].getAttribute('aria-description'),
  }));
}

/** The host's scan state (`scanning`, `idle`, `off`), or null when the content script has not started. */
export function hostState(): string | null {
  return document.querySelector('counterpoint-ui')?.getAttribute('data-counterpoint-state') ?? null;
}

/** The snapshot fixture pages take at DOMContentLoaded, and the page now. */
export function snapshots(): { before: string; beforeText: string; now: string; nowText: string } {
  const w = window as unknown as { __cpBefore: string; __cpBeforeText: string };
  return { before: w.__cpBefore, beforeText: w.__cpBeforeText, now: document.body.innerHTML, nowText: document.body.textContent ?? '' };
}

/** Visible state and text of the tooltip and the dialog in our shadow root. */
export function uiState(): {
  tooltip: { visible: boolean; text: string };
  dialog: { visible: boolean; text: string; focusInside: boolean };
  activeIsMark: boolean;
  activeGroup: string | null;
} {
  const root = document.querySelector('counterpoint-ui')?.shadowRoot;
  const tip = root?.querySelector<HTMLElement>('[role="tooltip"]');
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  const visible = (e: HTMLElement | null | undefined) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const active = document.activeElement;
  return {
    tooltip: { visible: visible(tip), text: tip?.textContent ?? '' },
    dialog: {
      visible: visible(dialog),
      text: dialog?.textContent ?? '',
      focusInside: !!root?.activeElement && !!dialog && (dialog === root.activeElement || dialog.contains(root.activeElement)),
    },
    activeIsMark: active?.tagName === 'COUNTERPOINT-MARK',
    activeGroup: active?.getAttribute('data-counterpoint-group') ?? null,
  };
}

/** Computed styles of the tooltip that page CSS must not be able to change. */
export function tooltipStyle(): Record<string, string> {
  const tip = document.querySelector('counterpoint-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
  if (!tip) return {};
  const cs = getComputedStyle(tip);
  const names = [
    'font-family', 'font-size', 'line-height', 'color', 'background-color', 'letter-spacing', 'text-transform',
    'padding-top', 'padding-left', 'border-top-width', 'border-top-color', 'box-sizing', 'display', 'visibility', 'position',
  ];
  const out: Record<string, string> = {};
  for (const n of names) out[n] = cs.getPropertyValue(n);
  const summary = tip.querySelector('.summary');
  if (summary) out['summary font-size'] = getComputedStyle(summary).fontSize;
  return out;
}

/** Box of a mark vs its parent's text: marks must not move text (same line height, inline display). */
export function markLayout(): { display: string[]; sameRects: boolean } {
  const marks = [...document.querySelectorAll<HTMLElement>('counterpoint-mark')];
  return {
    display: [...new Set(marks.map((m) => getComputedStyle(m).display))],
    sameRects: marks.every((m) => {
      const range = document.createRange();
      range.selectNodeContents(m);
      const r = range.getBoundingClientRect();
      const b = m.getBoundingClientRect();
      return Math.abs(r.left - b.left) < 1 && Math.abs(r.width - b.width) < 1;
    }),
  };
}
