/**
 * The labelled evaluation splits (test/fixtures/eval/*.jsonl): one item per line. Read by
 * `npm run eval` (scripts/eval.ts) and checked for shape by test/core/eval-set.test.ts.
 */
import { readFileSync } from 'node:fs';

/** The ten languages the evaluation covers (issue 4). */
export const EVAL_LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'ro', 'ru', 'uk'];

export interface EvalItem {
  id: string;
  lang: string;
  /** The text before the sentence in the same article (context only, never labelled). */
  before: string;
  sentence: string;
  /** Claim ids the sentence carries, in the pack's order. */
  claims: string[];
  kind: 'match' | 'near-miss' | 'unrelated';
}

/** The items of one split file; a line that is not JSON is named in the error. */
export function readSplit(file: string): EvalItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as EvalItem;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}
