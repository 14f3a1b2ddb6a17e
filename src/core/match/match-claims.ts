/**
 * The matcher's public API: compile a pack once, then match any text against it.
 * PLACEHOLDER until the matcher lands: compiles, but finds nothing.
 */
import type { ClaimMatch, ClaimPack } from '../types';

/** A pack prepared for matching: indexes built once, reused for every text. */
export interface CompiledPack {
  readonly pack: ClaimPack;
}

/** Options for {@link matchText}. */
export interface MatchOptions {
  /**
   * Text that comes before `text` on the page (e.g. the previous paragraphs), used only to find
   * a speaker named in an earlier sentence. Never matched itself; offsets stay relative to `text`.
   */
  context?: string;
}

/** Build the pack's indexes. Costly-ish; call once per pack and reuse the result. */
export function compilePack(pack: ClaimPack): CompiledPack {
  return { pack };
}

/**
 * Find the sentences of `text` that report a claim of the pack.
 * @returns one match per matched sentence, in text order; offsets are UTF-16 indices into `text`.
 */
export function matchText(_compiled: CompiledPack, _text: string, _options: MatchOptions = {}): ClaimMatch[] {
  return [];
}
