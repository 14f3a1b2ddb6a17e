/** `scan --format json`: exactly one JSON object, `{"documents":[{"input","matches":[…]}]}`. */
import type { ClaimMatch } from '../../core';
import type { ScannedDocument } from '../scan-documents';

/** One document of the JSON output. Failed documents carry `error` and no match. */
export interface ScanJsonDocument {
  input: string;
  matches: ClaimMatch[];
  error?: string;
}

/** The JSON output as data, documents in input order. */
export function scanJsonValue(docs: readonly ScannedDocument[]): { documents: ScanJsonDocument[] } {
  return {
    documents: docs.map((d) => {
      const out: ScanJsonDocument = {
        input: d.input,
        matches: d.matches.map((m) => ({ start: m.start, end: m.end, text: m.text, claims: m.claims, score: m.score, evidence: m.evidence })),
      };
      if (d.error !== undefined) out.error = d.error;
      return out;
    }),
  };
}

/** The JSON output as text (2-space indent, trailing newline). */
export function formatScanJson(docs: readonly ScannedDocument[]): string {
  return JSON.stringify(scanJsonValue(docs), null, 2) + '\n';
}
