/**
 * Paints marks: wraps text-node fragments in `<counterpoint-mark>` elements, and takes them out
 * again leaving the DOM exactly as it was.
 *
 * - One sentence = one group: its fragments share `data-counterpoint-group` and `data-claim`
 *   (claim ids in pack order). The first fragment is the group's single Tab stop and carries the
 *   `aria-description`; the sentence's own text and links stay as they are, inside the marks.
 * - Splitting a text node keeps the original node as the first piece (`Text.splitText`), so each
 *   split is recorded on an {@link Origin}. Removal unwraps the marks, then re-joins only the
 *   pieces we created, when they are still side by side — never `normalize()` on page nodes.
 * - Only text is moved into marks: every element's `textContent` stays the same.
 */
import { MARK_TAG } from './page-text';
import type { TextFragment } from './anchoring';

/** A text node the highlighter split, and its pieces in document order (the first is the original). */
interface Origin {
  pieces: Text[];
}

/** One marked sentence. */
export interface MarkGroup {
  /** Page-unique number, the value of `data-counterpoint-group`. */
  id: number;
  /** Claim ids in pack order. */
  claims: string[];
  /** The mark elements, in document order. */
  marks: HTMLElement[];
  /** The sentence text as the matcher saw it. */
  text: string;
  /** Extra data for the tooltip (the match, its pack). */
  data: unknown;
}

export interface Highlighter {
  /**
   * Mark one sentence. Fragments must be in document order; when several sentences share a text
   * node, add them from the last to the first (earlier offsets stay valid that way).
   */
  add(fragments: readonly TextFragment[], claims: string[], description: string, text: string, data: unknown): MarkGroup | null;
  /** Change a group's claims (after the reader dismissed one of them). */
  update(group: MarkGroup, claims: string[], description: string): void;
  /** Take out one group's marks. */
  remove(group: MarkGroup): void;
  /** Take out every group with a mark inside `root` (or whose marks left the document). */
  removeWithin(root: Node): void;
  removeAll(): void;
  /** The live groups, in the order they were added. */
  groups(): MarkGroup[];
  /** The group a mark element belongs to. */
  groupOf(el: Element): MarkGroup | undefined;
}

/** Build a highlighter for `doc`; aborting `signal` removes every mark. */
export function start(signal: AbortSignal, doc: Document = document): Highlighter {
  const origins = new WeakMap<Text, Origin>();
  const groups = new Map<number, MarkGroup>();
  const byMark = new WeakMap<Element, MarkGroup>();
  let nextId = 1;

  const originOf = (node: Text): Origin => {
    let o = origins.get(node);
    if (!o) {
      o = { pieces: [node] };
      origins.set(node, o);
    }
    return o;
  };

  const split = (node: Text, offset: number): Text => {
    const origin = originOf(node);
    const piece = node.splitText(offset);
    origin.pieces.splice(origin.pieces.indexOf(node) + 1, 0, piece);
    origins.set(piece, origin);
    return piece;
  };

  /** Re-join an origin's adjacent pieces that are no longer inside a mark. */
  const rejoin = (origin: Origin) => {
    origin.pieces = origin.pieces.filter((p) => p.parentNode);
    const kept: Text[] = [];
    for (const piece of origin.pieces) {
      const prev = kept[kept.length - 1];
      const free = piece.parentElement?.tagName !== MARK_TAG;
      const prevFree = prev && prev.parentElement?.tagName !== MARK_TAG;
      if (prev && free && prevFree && prev.nextSibling === piece) {
        prev.appendData(piece.data);
        piece.remove();
        origins.delete(piece);
      } else {
        kept.push(piece);
      }
    }
    origin.pieces = kept;
    if (kept.length <= 1) for (const p of kept) origins.delete(p);
  };

  const describe = (mark: HTMLElement, group: MarkGroup, first: boolean, description: string) => {
    mark.setAttribute('data-claim', group.claims.join(' '));
    mark.setAttribute('data-counterpoint-group', String(group.id));
    if (first) {
      mark.tabIndex = 0;
      mark.setAttribute('aria-description', description);
    }
  };

  const remove = (group: MarkGroup) => {
    if (!groups.delete(group.id)) return;
    const touched = new Set<Origin>();
    for (const mark of group.marks) {
      for (const child of mark.childNodes) {
        const o = child.nodeType === Node.TEXT_NODE ? origins.get(child as Text) : undefined;
        if (o) touched.add(o);
      }
      if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    }
    for (const o of touched) rejoin(o);
  };

  const api: Highlighter = {
    add(fragments, claims, description, text, data) {
      if (fragments.length === 0 || signal.aborted) return null;
      const group: MarkGroup = { id: nextId++, claims, marks: [], text, data };
      // Split from the last fragment back: each fragment is in its own node, so order only
      // matters for the group's mark list.
      for (const frag of fragments) {
        let node = frag.node;
        if (frag.end < node.length) split(node, frag.end);
        if (frag.start > 0) node = split(node, frag.start);
        const mark = doc.createElement('counterpoint-mark');
        node.parentNode!.insertBefore(mark, node);
        mark.appendChild(node);
        group.marks.push(mark);
        byMark.set(mark, group);
      }
      group.marks.forEach((m, i) => describe(m, group, i === 0, description));
      groups.set(group.id, group);
      return group;
    },
    update(group, claims, description) {
      group.claims = claims;
      group.marks.forEach((m, i) => describe(m, group, i === 0, description));
    },
    remove,
    removeWithin(root) {
      for (const g of [...groups.values()]) {
        if (g.marks.some((m) => !m.isConnected || root.contains(m))) remove(g);
      }
    },
    removeAll() {
      for (const g of [...groups.values()]) remove(g);
    },
    groups: () => [...groups.values()],
    groupOf: (el) => byMark.get(el),
  };
  signal.addEventListener('abort', () => api.removeAll(), { once: true });
  return api;
}
