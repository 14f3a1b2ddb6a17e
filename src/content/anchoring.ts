/**
 * TextSpan ↔ DOM: turn a span of a run's text (what the matcher returns) into the text-node
 * fragments it covers, and back. A thin layer between the text model (./page-text.ts) and the
 * painter (./highlighter.ts), like hypothesis' `anchoring/text-range.ts`.
 */
import type { TextSpan } from '../core';
import type { TextRun, TextSegment } from './page-text';

/** A piece of one text node: `node.data.slice(start, end)`. */
export interface TextFragment {
  node: Text;
  start: number;
  end: number;
}

function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text-node fragments covering `span` of `run.text`, in document order. White-space-only
 * fragments are left out (nothing to show). Returns `null` when the page changed since the run
 * was read (a node left the document or its text changed), so the caller can rescan.
 */
export function spanToFragments(run: TextRun, span: TextSpan): TextFragment[] | null {
  const out: TextFragment[] = [];
  if (span.end <= span.start || run.segments.length === 0) return out;
  for (let i = segmentIndexAt(run.segments, span.start); i < run.segments.length; i++) {
    const seg = run.segments[i];
    if (seg.start >= span.end) break;
    const from = Math.max(span.start, seg.start) - seg.start;
    const to = Math.min(span.end, seg.start + seg.length) - seg.start;
    if (to <= from) continue;
    if (!seg.node.isConnected) return null;
    const start = seg.map ? seg.map[from] : from;
    const end = seg.map ? seg.map[to - 1] + 1 : to;
    if (end > seg.node.data.length) return null;
    if (seg.map === null && seg.node.data.length !== seg.length) return null;
    if (/^[ \t\n\r\f]*$/.test(seg.node.data.slice(start, end))) continue;
    out.push({ node: seg.node, start, end });
  }
  return out;
}

/** A DOM Range over `span` of `run.text` (for scrolling, selection), or `null` if stale/empty. */
export function spanToRange(run: TextRun, span: TextSpan): Range | null {
  const frags = spanToFragments(run, span);
  if (!frags || frags.length === 0) return null;
  const range = frags[0].node.ownerDocument!.createRange();
  range.setStart(frags[0].node, frags[0].start);
  const last = frags[frags.length - 1];
  range.setEnd(last.node, last.end);
  return range;
}

/**
 * The span of `run.text` that a DOM position pair covers (the inverse of {@link spanToRange}),
 * or `null` when the range's ends are not text nodes of the run.
 */
export function rangeToSpan(run: TextRun, range: Range): TextSpan | null {
  const toOffset = (node: Node, offset: number): number | null => {
    const seg = run.segments.find((s) => s.node === node);
    if (!seg) return null;
    if (!seg.map) return seg.start + Math.min(offset, seg.length);
    let i = 0;
    while (i < seg.length && seg.map[i] < offset) i++;
    return seg.start + i;
  };
  const start = toOffset(range.startContainer, range.startOffset);
  const end = toOffset(range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}
