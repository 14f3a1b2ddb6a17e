/**
 * DOM → text: the page's visible text as "runs" (one per stretch of inline content between block
 * boundaries), each with a map back to the text nodes it came from. The matcher sees only the
 * strings; {@link ./anchoring} turns its offsets back into text-node fragments.
 *
 * - A run crosses inline markup (`<a>`, `<em>`, `<span>`, our own marks), so a sentence with a
 *   linked name stays one sentence. Block elements and `<br>` end a run, so the last sentence of a
 *   paragraph never merges with the first of the next.
 * - White space is collapsed the way CSS renders it (runs of space/tab/newline become one space,
 *   leading space dropped); non-breaking spaces are kept. Offsets map back through `map`.
 * - Skipped: scripts, styles, templates, form fields, buttons, embedded media, editable areas,
 *   hidden elements (`hidden`, `display: none`, `visibility: hidden`) and Counterpoint's own UI.
 * No site-specific selectors: the same rules on every page.
 */

/** One text node's share of a run. */
export interface TextSegment {
  node: Text;
  /** Where this node's (collapsed) text starts in the run's `text`, UTF-16 index. */
  start: number;
  /** Length of this node's collapsed text in the run. */
  length: number;
  /**
   * `map[i]` = offset in `node.data` of the run character `start + i`; `null` when the node's
   * text was taken unchanged (offset = i).
   */
  map: Uint32Array | null;
}

/** A stretch of inline text between two block boundaries. */
export interface TextRun {
  /** The text the matcher sees: white space collapsed, trimmed. */
  text: string;
  segments: TextSegment[];
  /** The nearest block-level element containing the run (used to rescan it when it changes). */
  block: Element;
}

/** Elements whose content is never page text a reader reads as prose. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'HEAD',
  'TITLE', 'META', 'LINK', 'DATALIST', 'OUTPUT', 'METER', 'PROGRESS', 'COUNTERPOINT-UI',
]);

/** Elements that start and end a block (a paragraph break for the matcher). */
const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION',
  'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'TABLE', 'THEAD', 'TBODY',
  'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'PRE', 'ADDRESS', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY',
  'HR', 'BODY', 'HTML', 'DIALOG', 'MENU', 'HGROUP', 'SEARCH', 'CENTER',
]);

/** Our mark element's tag name (upper case, as `tagName` reports it). */
export const MARK_TAG = 'COUNTERPOINT-MARK';

/** Whether `el` starts a new block for the text model. */
export function isBlock(el: Element): boolean {
  if (BLOCKS.has(el.tagName)) return true;
  // Custom elements of the page have no default display: ask CSS (rare, so the cost is fine).
  if (el.tagName.includes('-') && el.tagName !== MARK_TAG) {
    const d = getComputedStyle(el).display;
    return d !== 'inline' && d !== 'contents' && d !== 'none';
  }
  return false;
}

/** Whether the subtree of `el` holds no readable text (skipped tag, hidden, editable, our UI). */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName)) return true;
  if ((el as HTMLElement).hidden) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) {
    // `display: contents` has no box of its own, yet its children render.
    return getComputedStyle(el).display !== 'contents';
  }
  return false;
}

/** The nearest block ancestor of `node` (or `node` itself when it is a block element). */
export function blockOf(node: Node): Element {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el ?? node.ownerDocument!.documentElement;
}

/** Whether `node` is inside a subtree the text model skips (checked upwards, for mutations). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (SKIPPED.has(el.tagName) || (el as HTMLElement).isContentEditable) return true;
  }
  return false;
}

const COLLAPSIBLE = /[ \t\n\r\f]/;
const NEEDS_MAP = /[\t\n\r\f]| {2}/;

/**
 * Walk `root`'s subtree and yield its runs in document order. Yields `undefined` every
 * {@link CHECKPOINT} nodes so a scheduler can pause between steps (see ./scheduler.ts).
 */
export function* walkRuns(root: Element): Generator<TextRun | undefined> {
  // Trade-off: smaller means more frequent budget checks (finer slicing), larger means less
  // overhead per node; 200 nodes take well under 1 ms.
  const CHECKPOINT = 200;
  let text = '';
  let segments: TextSegment[] = [];
  let lastWasSpace = true;
  let block: Element = blockOf(root);
  let visited = 0;

  const close = (): TextRun | undefined => {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    const run = end > 0 && /\p{L}/u.test(text) ? { text: text.slice(0, end), segments, block } : undefined;
    text = '';
    segments = [];
    lastWasSpace = true;
    return run;
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    if (!NEEDS_MAP.test(data) && !(lastWasSpace && data.charCodeAt(0) === 32)) {
      segments.push({ node, start: text.length, length: data.length, map: null });
      text += data;
      lastWasSpace = data.charCodeAt(data.length - 1) === 32;
      return;
    }
    let out = '';
    const map: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (COLLAPSIBLE.test(ch)) {
        if (lastWasSpace) continue;
        out += ' ';
        lastWasSpace = true;
      } else {
        out += ch;
        lastWasSpace = false;
      }
      map.push(i);
    }
    if (out.length === 0) return;
    segments.push({ node, start: text.length, length: out.length, map: Uint32Array.from(map) });
    text += out;
  };

  // Iterative walk: an explicit stack of (element, next child) so the generator can pause anywhere.
  type Frame = { el: Element; child: ChildNode | null; block: Element; isBlock: boolean };
  const rootIsBlock = isBlock(root);
  const stack: Frame[] = [{ el: root, child: root.firstChild, block: rootIsBlock ? root : block, isBlock: rootIsBlock }];
  block = stack[0].block;
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.child;
    if (!node) {
      stack.pop();
      if (frame.isBlock) {
        const run = close();
        if (run) yield run;
        block = stack.length ? stack[stack.length - 1].block : block;
      }
      continue;
    }
    frame.child = node.nextSibling;
    if (++visited % CHECKPOINT === 0) yield undefined;
    if (node.nodeType === Node.TEXT_NODE) {
      addText(node as Text);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.tagName === 'BR') {
        const run = close();
        if (run) yield run;
        continue;
      }
      if (el.tagName !== MARK_TAG && isSkipped(el)) continue;
      const elIsBlock = isBlock(el);
      if (elIsBlock) {
        const run = close();
        if (run) yield run;
        block = el;
      }
      stack.push({ el, child: el.firstChild, block: elIsBlock ? el : frame.block, isBlock: elIsBlock });
    }
  }
  const run = close();
  if (run) yield run;
}

/** All runs of `root` at once (tests, small subtrees). */
export function collectRuns(root: Element): TextRun[] {
  const runs: TextRun[] = [];
  for (const r of walkRuns(root)) if (r) runs.push(r);
  return runs;
}

/**
 * The text before `el` in document order, up to `max` characters (white space collapsed): the
 * context a rescanned block needs so a speaker named in an earlier paragraph is still known.
 */
export function precedingText(el: Element, max = 600): string {
  const parts: string[] = [];
  let length = 0;
  for (let cur: Element | null = el; cur && cur !== el.ownerDocument.body && length < max; cur = cur.parentElement) {
    for (let sib = cur.previousElementSibling; sib && length < max; sib = sib.previousElementSibling) {
      if (isSkipped(sib)) continue;
      const t = (sib.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
      if (!t) continue;
      parts.unshift(t);
      length += t.length + 2;
    }
  }
  const joined = parts.join('\n\n');
  return joined.length > max ? joined.slice(joined.length - max) : joined;
}
