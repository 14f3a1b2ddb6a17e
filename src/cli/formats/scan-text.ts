/**
 * `scan --format text`: for a terminal. Per document its name, then each matched sentence (on one
 * line, whitespace squashed) with its offsets, and under it each claim: id, summary, speaker, side,
 * and why it matched. A last line counts documents.
 */
import { pickLocalized, type ClaimMatch, type ClaimPack } from '../../core';
import type { ScannedDocument } from '../scan-documents';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function describeMatch(m: ClaimMatch, pack: ClaimPack, lang: string): string[] {
  const speakers = new Map(pack.speakers.map((s) => [s.id, s]));
  const sides = new Map(pack.sides.map((s) => [s.id, s]));
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  const lines = [`  [${m.start}–${m.end}] ${oneLine(m.text)}`];
  for (const id of m.claims) {
    const claim = claims.get(id);
    const speaker = speakers.get(claim?.speaker ?? '');
    const side = sides.get(speaker?.side ?? '');
    const who = `${speaker?.name ?? claim?.speaker ?? '?'}, ${side ? pickLocalized(side.name, lang) : speaker?.side ?? '?'}`;
    lines.push(`    → ${id}: ${claim ? pickLocalized(claim.summary, lang) : ''} (${who})`);
    const why: string[] = [];
    const ev = m.evidence?.speaker;
    if (ev && ev.id === claim?.speaker) why.push(`speaker "${oneLine(ev.alias)}"${ev.from === 'context' ? ' (earlier sentence)' : ''}`);
    const cues = m.evidence?.cues?.find((c) => c.claim === id)?.words ?? [];
    if (cues.length) why.push(`cues: ${cues.map(oneLine).join(', ')}`);
    lines.push(`      ${why.length ? `${why.join('; ')}; ` : ''}score ${m.score.toFixed(2)}`);
  }
  return lines;
}

export function formatScanText(docs: readonly ScannedDocument[], pack: ClaimPack, lang = 'en'): string {
  const out: string[] = [];
  let withClaims = 0;
  let sentences = 0;
  let failed = 0;
  for (const doc of docs) {
    out.push(doc.input);
    if (doc.error !== undefined) {
      failed++;
      out.push(`  error: ${doc.error}`);
    } else if (doc.matches.length === 0) {
      out.push('  no claim found');
    } else {
      withClaims++;
      sentences += doc.matches.length;
      for (const m of doc.matches) out.push(...describeMatch(m, pack, lang));
    }
    out.push('');
  }
  const n = docs.length;
  const parts = [`${n} document${n === 1 ? '' : 's'}`, `${withClaims} with claims (${sentences} sentence${sentences === 1 ? '' : 's'})`, `${n - withClaims - failed} without`];
  if (failed) parts.push(`${failed} failed`);
  out.push(parts.join(', '));
  return out.join('\n') + '\n';
}
