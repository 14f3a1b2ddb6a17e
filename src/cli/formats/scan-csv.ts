/**
 * `scan --format csv`: one row per (document, sentence, claim), RFC 4180 quoting.
 * Columns: input, start, end, claim, speaker, side, score, cues, text. Documents without a match
 * (or that failed, reported on stderr) have no row.
 */
import { csvField, csvLine, type ClaimPack } from '../../core';
import type { ScannedDocument } from '../scan-documents';

export const SCAN_CSV_HEADER = ['input', 'start', 'end', 'claim', 'speaker', 'side', 'score', 'cues', 'text'] as const;

export function formatScanCsv(docs: readonly ScannedDocument[], pack: ClaimPack): string {
  const speakers = new Map(pack.speakers.map((s) => [s.id, s]));
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  const lines = [csvLine([...SCAN_CSV_HEADER])];
  for (const doc of docs) {
    for (const m of doc.matches) {
      for (const id of m.claims) {
        const speaker = speakers.get(claims.get(id)?.speaker ?? '');
        const cues = m.evidence?.cues?.find((c) => c.claim === id)?.words ?? [];
        lines.push(
          csvLine([
            csvField(doc.input, true),
            csvField(m.start),
            csvField(m.end),
            csvField(id, true),
            csvField(speaker?.name ?? claims.get(id)?.speaker ?? ''),
            csvField(speaker?.side ?? '', true),
            csvField(m.score),
            csvField(cues.join('; ')),
            csvField(m.text),
          ]),
        );
      }
    }
  }
  return lines.join('\n') + '\n';
}
