/**
 * The vocabulary of a compiled pack: every term (cue, alias, lexicon word) broken into *units*
 * (a whole word or a stem), an exact/prefix index from a text word to the units it satisfies, and
 * Fuse indexes over the units for words the exact pass misses (misspellings, unusual
 * transliterations). Built once per pack; the per-word result is cached, so a page of 100,000
 * sentences costs one lookup per distinct word.
 */
import Fuse from 'fuse.js';
import { normalizeWord } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { FUSE_OPTIONS, MATCH_TUNING } from './options';
import { GAP_MAX } from './match-data';

/** Element of a compiled term: a unit id, or {@link GAP} (up to GAP_MAX other words). */
export const GAP = -1;

export interface CompiledTerm {
  /** The term as written in the data, after concept expansion. */
  source: string;
  els: number[];
}

/** The units a text word satisfies; `fuzzy` when only the fuzzy pass found them. */
export interface WordUnits {
  units: number[];
  fuzzy: boolean;
}

const NO_UNITS: WordUnits = Object.freeze({ units: [], fuzzy: false }) as WordUnits;

export class TermIndex {
  private readonly unitIds = new Map<string, number>();
  private readonly unitWords: { word: string; prefix: boolean }[] = [];
  private readonly prefixLengths = new Set<number>();
  /** Real words (exact, or `stem*`) that are one edit from a cue but mean something else: never fuzzy. */
  private readonly notFuzzyWords = new Set<string>();
  private readonly notFuzzyStems = new Set<string>();
  readonly terms: CompiledTerm[] = [];
  private readonly termIds = new Map<string, number>();
  /** Memo of {@link addTerm}: term as written → its id; word as written → its units. */
  private readonly sourceIds = new Map<string, number>();
  private readonly partUnits = new Map<string, number[]>();
  /** Term ids by the unit of their first element. */
  readonly termsByFirstUnit = new Map<number, number[]>();
  private readonly cache = new Map<string, WordUnits>();
  /** Words of the fuzzy pass by two-letter start; each bucket's Fuse index is built on first use. */
  private fuseBuckets: Map<string, string[]> | undefined;
  private readonly fuse = new Map<string, Fuse<string>>();
  private fuseUnits: Map<string, number[]> | undefined;

  private unit(word: string, prefix: boolean): number {
    const key = (prefix ? 'p:' : 'w:') + word;
    let id = this.unitIds.get(key);
    if (id === undefined) {
      id = this.unitWords.length;
      this.unitIds.set(key, id);
      this.unitWords.push({ word, prefix });
      if (prefix) this.prefixLengths.add(word.length);
    }
    return id;
  }

  /** Add a concrete term (no `@` references left); returns its id, shared by identical terms. */
  addTerm(source: string): number {
    // Concept expansion hands the same terms and words over and over: both are memoised, which
    // keeps compiling a pack (one uninterruptible task in the page) short.
    const seen = this.sourceIds.get(source);
    if (seen !== undefined) return seen;
    const els: number[] = [];
    for (const part of source.trim().split(/\s+/)) {
      if (part === '~') {
        if (els.length && els[els.length - 1] !== GAP) els.push(GAP);
        continue;
      }
      let units = this.partUnits.get(part);
      if (!units) {
        const prefix = part.endsWith('*');
        const ws = tokenize(prefix ? part.slice(0, -1) : part).map((t) => t.norm);
        units = ws.map((w, i) => this.unit(w, prefix && i === ws.length - 1));
        this.partUnits.set(part, units);
      }
      els.push(...units);
    }
    while (els.length && els[els.length - 1] === GAP) els.pop();
    const key = els.join(',');
    const known = this.termIds.get(key);
    if (known !== undefined) {
      this.sourceIds.set(source, known);
      return known;
    }
    const id = this.terms.length;
    this.terms.push({ source, els });
    this.termIds.set(key, id);
    this.sourceIds.set(source, id);
    if (els.length) {
      const list = this.termsByFirstUnit.get(els[0]) ?? [];
      list.push(id);
      this.termsByFirstUnit.set(els[0], list);
    }
    return id;
  }

  /** Units satisfied by a normalised text word: exact word, any stem it starts with, else fuzzy. */
  unitsOf(norm: string): WordUnits {
    const cached = this.cache.get(norm);
    if (cached) return cached;
    const units: number[] = [];
    const exact = this.unitIds.get('w:' + norm);
    if (exact !== undefined) units.push(exact);
    for (const len of this.prefixLengths) {
      if (len > norm.length) continue;
      const p = this.unitIds.get('p:' + norm.slice(0, len));
      if (p !== undefined) units.push(p);
    }
    let result: WordUnits = units.length ? { units, fuzzy: false } : NO_UNITS;
    if (!units.length && norm.length >= MATCH_TUNING.fuzzyMinLength && !/\d/.test(norm) && !this.isNotFuzzy(norm)) {
      const fuzzy = this.fuzzyUnits(norm);
      if (fuzzy.length) result = { units: fuzzy, fuzzy: true };
    }
    this.cache.set(norm, result);
    return result;
  }

  /**
   * Fuse indexes, one per two-letter start (misspellings rarely touch the first letters): the
   * buckets are gathered once, each index is built when a word first needs it, so compiling a
   * pack never pays for indexes no page word asks for.
   */
  private buildFuse(): void {
    const buckets = new Map<string, string[]>();
    const ids = new Map<string, number[]>();
    this.unitWords.forEach((u, id) => {
      if (u.word.length < (u.prefix ? MATCH_TUNING.fuzzyMinStem : MATCH_TUNING.fuzzyMinLength)) return;
      const key = u.word.slice(0, 2);
      const list = buckets.get(key) ?? [];
      if (!ids.has(u.word)) list.push(u.word);
      buckets.set(key, list);
      ids.set(u.word, [...(ids.get(u.word) ?? []), id]);
    });
    this.fuseBuckets = buckets;
    this.fuseUnits = ids;
  }

  /** Declare words the fuzzy pass must leave alone ("capital" is not a misspelt "capitul*"). */
  addNotFuzzy(source: string): void {
    for (const part of source.trim().split(/\s+/)) {
      const prefix = part.endsWith('*');
      for (const t of tokenize(prefix ? part.slice(0, -1) : part)) (prefix ? this.notFuzzyStems : this.notFuzzyWords).add(t.norm);
    }
  }

  private isNotFuzzy(norm: string): boolean {
    if (this.notFuzzyWords.has(norm)) return true;
    for (const stem of this.notFuzzyStems) if (norm.startsWith(stem)) return true;
    return false;
  }

  private fuzzyUnits(norm: string): number[] {
    if (!this.fuseBuckets) this.buildFuse();
    const key = norm.slice(0, 2);
    let fuse = this.fuse.get(key);
    if (!fuse) {
      const list = this.fuseBuckets!.get(key);
      if (!list) return [];
      this.fuse.set(key, (fuse = new Fuse(list, FUSE_OPTIONS)));
    }
    const found = new Set<number>();
    const maxEdits = norm.length >= MATCH_TUNING.fuzzyTwoEditsLength ? 2 : 1;
    // The whole word against whole-word units, and its start against stems.
    for (const pattern of new Set([norm, norm.slice(0, 6), norm.slice(0, 8)])) {
      for (const r of fuse.search(pattern, { limit: 5 })) {
        for (const id of this.fuseUnits!.get(r.item) ?? []) {
          const u = this.unitWords[id];
          if (!u.prefix) {
            if (editDistance(norm, u.word, maxEdits) <= maxEdits) found.add(id);
          } else {
            const L = u.word.length;
            for (const l of [L - 1, L, L + 1]) {
              if (l <= norm.length && editDistance(norm.slice(0, l), u.word, 1) <= 1) {
                found.add(id);
                break;
              }
            }
          }
        }
      }
    }
    return [...found];
  }

  /** Unit-level normaliser with a cache, for tokenising big texts. */
  readonly normalize = (() => {
    const cache = new Map<string, string>();
    return (raw: string): string => {
      let n = cache.get(raw);
      if (n === undefined) {
        n = normalizeWord(raw);
        if (cache.size < 200_000) cache.set(raw, n);
      }
      return n;
    };
  })();
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early
 * once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/**
 * Match a term's elements against the word units of a sentence from word `i`.
 * @returns the index after the last matched word, or -1.
 */
export function matchTermAt(els: number[], k: number, words: WordUnits[], i: number, end: number): number {
  if (k === els.length) return i;
  const el = els[k];
  if (el === GAP) {
    for (let skip = 0; skip <= GAP_MAX && i + skip <= end; skip++) {
      const r = matchTermAt(els, k + 1, words, i + skip, end);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i >= end || !words[i].units.includes(el)) return -1;
  return matchTermAt(els, k + 1, words, i + 1, end);
}
