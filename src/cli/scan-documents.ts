/**
 * The one code path from PATHs to matches, shared by `scan` and `compare` (so they agree on every
 * article): expand PATHs, read each document, match it with the core, report unreadable ones on
 * stderr in one line each. Documents come back in input order, failed ones included.
 */
import { compilePack, matchText, type ClaimMatch, type ClaimPack } from '../core';
import { expandInputs } from './inputs';
import { createProgress } from './progress';
import { readArticle, type Article } from './read-article';

/** A document after matching: either read and matched, or failed with a one-line `error`. */
export type ScannedDocument =
  | { input: string; article: Article; matches: ClaimMatch[]; error?: undefined }
  | { input: string; article?: undefined; matches: []; error: string };

/** Options of {@link scanPaths}. */
export interface ScanOptions {
  /** Where `-` reads from (process.stdin by default). */
  stdin?: NodeJS.ReadableStream;
  /** Where errors and the progress bar go (process.stderr by default). */
  stderr?: NodeJS.WriteStream;
}

/** Read and match every document named by `paths` against `pack`. Never throws for a bad input. */
export async function scanPaths(paths: readonly string[], pack: ClaimPack, options: ScanOptions = {}): Promise<ScannedDocument[]> {
  const entries = await expandInputs(paths);
  const compiled = compilePack(pack);
  const progress = createProgress(entries.length, options.stderr);
  const out: ScannedDocument[] = [];
  let stdinUsed = false;
  for (const [i, entry] of entries.entries()) {
    progress.update(i, entry.input);
    let doc: ScannedDocument;
    if ('error' in entry) doc = { input: entry.input, matches: [], error: entry.error };
    else if (entry.source === 'stdin' && stdinUsed) doc = { input: entry.input, matches: [], error: 'standard input was already read' };
    else {
      if (entry.source === 'stdin') stdinUsed = true;
      try {
        const article = await readArticle(entry, options.stdin);
        doc = { input: entry.input, article, matches: matchDocument(compiled, article) };
      } catch (err) {
        doc = { input: entry.input, matches: [], error: err instanceof Error ? err.message : String(err) };
      }
    }
    if (doc.error !== undefined) progress.log(`counterpoint: ${doc.input}: ${doc.error}`);
    out.push(doc);
  }
  progress.update(entries.length);
  progress.finish();
  return out;
}

function matchDocument(compiled: ReturnType<typeof compilePack>, article: Article): ClaimMatch[] {
  try {
    return matchText(compiled, article.text);
  } catch (err) {
    // A matcher bug on one document must not lose the others' results.
    throw new Error(`the matcher failed on this document: ${err instanceof Error ? err.message : String(err)}`);
  }
}
