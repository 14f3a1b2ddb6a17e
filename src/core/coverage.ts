/**
 * What a page (or an article file) reports of a pack, and which replies of the other side it
 * leaves out. Shared by the popup, the comparison view and `counterpoint compare`.
 */
import type { ClaimMatch, ClaimPack } from './types';

/** A claim the article reports whose reply (a claim of another side) it does not report. */
export interface OmittedReply {
  /** The reported claim's id. */
  claim: string;
  /** The id of its reply that the article leaves out. */
  reply: string;
}

/** Coverage of one article against one pack. All id lists are in the pack's order. */
export interface CoverageSummary {
  packId: string;
  /** Ids of the claims the article reports. */
  reported: string[];
  /** Number of matched sentences per reported claim id. */
  sentences: Record<string, number>;
  /** Replies left out, in the pack's order of (claim, reply). */
  omittedReplies: OmittedReply[];
}

/** Summarise matches (from `matchText`) against the pack they came from. */
export function summarizeCoverage(pack: ClaimPack, matches: readonly Pick<ClaimMatch, 'claims'>[]): CoverageSummary {
  const sentences: Record<string, number> = {};
  for (const m of matches) for (const id of m.claims) sentences[id] = (sentences[id] ?? 0) + 1;
  const reported = pack.claims.filter((c) => sentences[c.id]).map((c) => c.id);
  const has = new Set(reported);
  const omittedReplies: OmittedReply[] = [];
  for (const claim of pack.claims) {
    if (!has.has(claim.id)) continue;
    for (const reply of claim.replies) if (!has.has(reply)) omittedReplies.push({ claim: claim.id, reply });
  }
  return { packId: pack.id, reported, sentences, omittedReplies };
}
