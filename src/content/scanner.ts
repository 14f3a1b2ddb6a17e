/**
 * The scan: page text (./page-text.ts) → core matcher → anchoring → marks, in slices
 * (./scheduler.ts). Two phases per scan so reading the page (which asks CSS for visibility) and
 * writing marks (which changes the DOM) do not alternate and force style recalculation each step:
 * first walk and match everything in the region, then paint run by run.
 *
 * Scans run one at a time, in order. A full rescan (settings or packs changed) makes queued
 * scans of the old generation moot. Errors from the matcher or the page are caught: the scan
 * goes on with the next run.
 */
import { matchText, type ClaimMatch, type CompiledPack, type ClaimPack } from '../core';
import { spanToFragments, type TextFragment } from './anchoring';
import type { PackMatch } from './claim-card';
import type { Highlighter } from './highlighter';
import { precedingText, walkRuns, type TextRun } from './page-text';
import { runChunked } from './scheduler';

/** A compiled pack in use. */
export interface ActivePack {
  pack: ClaimPack;
  compiled: CompiledPack;
  /** False when a passage cannot report a claim of the pack (it names none of its speakers): skipped. */
  mayReport(passage: string): boolean;
}

export interface ScanDeps {
  highlighter: Highlighter;
  /** Run our own DOM writes (the observer ignores them). */
  quiet<T>(fn: () => T): T;
  packs(): readonly ActivePack[];
  isDismissed(claimId: string): boolean;
  /** The `aria-description` of a mark with these claims. */
  describe(claims: string[], matches: readonly PackMatch[]): string;
  /** Called after a scan that added or removed marks. */
  onScanned(): void;
}

export interface Scanner {
  /** Remove every mark and scan the whole page again (settings or packs changed). */
  rescanAll(): Promise<void>;
  /** Rescan these blocks only (they changed). */
  scanBlocks(blocks: readonly Element[]): Promise<void>;
  /** Resolves when every queued scan has run. */
  idle(): Promise<void>;
}

/**
 * Characters of earlier text handed to the matcher as context. Trade-off: the matcher re-reads the
 * context on every call, so this is paid once per paragraph; ~2 sentences is enough for "He said…"
 * after a paragraph that names the speaker.
 */
export const CONTEXT_CHARS = 320;
/** Runs longer than this are matched in pieces cut at sentence ends, so one matcher call stays short. */
export const MAX_PIECE_CHARS = 4000;
/** A block rescanned more often than this within {@link LOOP_WINDOW_MS} is left alone (a page fighting our marks). */
const MAX_RESCANS = 6;
const LOOP_WINDOW_MS = 10_000;

/** The last ~`max` characters of `text`, starting at a word boundary. */
export function tail(text: string, max = CONTEXT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.length - max;
  const space = text.indexOf(' ', cut);
  return space >= 0 && space < cut + 40 ? text.slice(space + 1) : text.slice(cut);
}

interface SentenceHit {
  start: number;
  end: number;
  text: string;
  matches: PackMatch[];
}

interface RunResult {
  run: TextRun;
  hits: SentenceHit[];
}

/** Cut `text` into pieces of at most ~{@link MAX_PIECE_CHARS}, at a sentence end when there is one. */
export function pieces(text: string): { offset: number; text: string }[] {
  if (text.length <= MAX_PIECE_CHARS) return [{ offset: 0, text }];
  const out: { offset: number; text: string }[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_PIECE_CHARS);
    if (to < text.length) {
      const window = text.slice(from + MAX_PIECE_CHARS / 2, to);
      const re = /[.!?…»"”]\s/g;
      let last = -1;
      for (let m = re.exec(window); m; m = re.exec(window)) last = m.index + m[0].length;
      if (last > 0) to = from + MAX_PIECE_CHARS / 2 + last;
    }
    out.push({ offset: from, text: text.slice(from, to) });
    from = to;
  }
  return out;
}

export function createScanner(signal: AbortSignal, deps: ScanDeps): Scanner {
  let generation = 0;
  let queue: Promise<void> = Promise.resolve();
  const rescans = new WeakMap<Element, { count: number; since: number }>();

  const matchRun = (run: TextRun, context: string): SentenceHit[] => {
    const byspan = new Map<string, SentenceHit>();
    let ctx = context;
    for (const piece of pieces(run.text)) {
      for (const active of deps.packs()) {
        let found: ClaimMatch[] = [];
        try {
          if (active.mayReport(`${ctx}\n${piece.text}`)) found = matchText(active.compiled, piece.text, { context: ctx });
        } catch (err) {
          console.debug('[counterpoint] matcher', err);
        }
        for (const m of found) {
          const start = m.start + piece.offset;
          const end = m.end + piece.offset;
          const key = `${start}:${end}`;
          let hit = byspan.get(key);
          if (!hit) byspan.set(key, (hit = { start, end, text: m.text, matches: [] }));
          hit.matches.push({ pack: active.pack, match: m });
        }
      }
      ctx = tail(`${ctx}\n\n${piece.text}`);
    }
    return [...byspan.values()].sort((a, b) => a.start - b.start);
  };

  function* readAndMatch(root: Element, context: string, out: RunResult[]): Generator<void> {
    let ctx = context;
    for (const run of walkRuns(root)) {
      if (!run) {
        yield;
        continue;
      }
      const hits = matchRun(run, ctx);
      if (hits.length) out.push({ run, hits });
      ctx = tail(`${ctx}\n\n${run.text}`);
      yield;
    }
  }

  const claimsOf = (hit: SentenceHit): string[] => {
    const ids: string[] = [];
    for (const { match } of hit.matches) for (const id of match.claims) if (!ids.includes(id) && !deps.isDismissed(id)) ids.push(id);
    return ids;
  };

  function* paint(results: RunResult[], gen: number, changed: { value: boolean }): Generator<void> {
    for (const { run, hits } of results) {
      if (gen !== generation) return;
      // Anchor every sentence of the run before splitting any node, then paint from the last
      // sentence back so earlier offsets stay valid.
      const planned: { hit: SentenceHit; claims: string[]; frags: TextFragment[] }[] = [];
      for (const hit of hits) {
        const claims = claimsOf(hit);
        if (!claims.length) continue;
        const frags = spanToFragments(run, hit);
        if (frags && frags.length) planned.push({ hit, claims, frags });
      }
      if (planned.length) {
        deps.quiet(() => {
          for (let i = planned.length - 1; i >= 0; i--) {
            const { hit, claims, frags } = planned[i];
            try {
              const g = deps.highlighter.add(frags, claims, deps.describe(claims, hit.matches), hit.text, hit.matches);
              if (g) changed.value = true;
            } catch (err) {
              console.debug('[counterpoint] paint', err);
            }
          }
        });
      }
      yield;
    }
  }

  const scan = async (roots: readonly { root: Element; context: string }[], gen: number) => {
    const results: RunResult[] = [];
    const changed = { value: false };
    function* all() {
      for (const { root, context } of roots) if (root.isConnected) yield* readAndMatch(root, context, results);
      yield* paint(results, gen, changed);
    }
    await runChunked(all(), signal);
    return changed.value;
  };

  const enqueue = (job: () => Promise<void>): Promise<void> => {
    queue = queue.then(job).catch((err) => console.debug('[counterpoint] scan', err));
    return queue;
  };

  return {
    rescanAll() {
      const gen = ++generation;
      return enqueue(async () => {
        if (gen !== generation || signal.aborted) return;
        const hadMarks = deps.highlighter.groups().length > 0;
        deps.quiet(() => deps.highlighter.removeAll());
        const body = document.body ?? document.documentElement;
        const changed = await scan([{ root: body, context: '' }], gen);
        if (changed || hadMarks) deps.onScanned();
      });
    },
    scanBlocks(blocks) {
      const gen = generation;
      return enqueue(async () => {
        if (gen !== generation || signal.aborted) return;
        const now = performance.now();
        const roots: { root: Element; context: string }[] = [];
        let removed = false;
        const before = deps.highlighter.groups().length;
        for (const block of blocks) {
          if (!block.isConnected) continue;
          const r = rescans.get(block);
          if (r && now - r.since < LOOP_WINDOW_MS) {
            if (++r.count > MAX_RESCANS) continue;
          } else rescans.set(block, { count: 1, since: now });
          deps.quiet(() => deps.highlighter.removeWithin(block));
          roots.push({ root: block, context: precedingText(block, CONTEXT_CHARS) });
        }
        // Groups whose marks the page removed.
        deps.quiet(() => deps.highlighter.removeWithin(document.createDocumentFragment()));
        if (deps.highlighter.groups().length !== before) removed = true;
        const changed = await scan(roots, gen);
        if (changed || removed) deps.onScanned();
      });
    },
    idle: () => queue,
  };
}
