/**
 * `compare --format text`: the outlets × claims matrix for a terminal. Claim columns are numbered
 * (ids are too long to head narrow columns); a legend maps each number to the claim's id, speaker
 * and side. Then each article with its input, title and the replies it omits.
 */
import { pickLocalized, type Comparison } from '../../core';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const fit = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));

export function formatCompareText(c: Comparison, failed: readonly { input: string; error: string }[] = [], lang = 'en'): string {
  const out: string[] = [];
  out.push(oneLine(pickLocalized(c.packTitle, lang)), '');
  const sideName = new Map(c.sides.map((s) => [s.id, pickLocalized(s.name, lang)]));
  const num = (i: number) => String(i + 1);
  const colWidth = Math.max(...c.claims.map((_, i) => num(i).length), 1);
  out.push('Claims');
  const idWidth = Math.max(...c.claims.map((cl) => cl.id.length), 2);
  c.claims.forEach((cl, i) => {
    out.push(`  ${num(i).padStart(colWidth)}  ${cl.id.padEnd(idWidth)}  ${cl.speaker.name} (${sideName.get(cl.side) ?? cl.side})`);
  });
  out.push('');
  if (c.rows.length === 0) {
    out.push('No article could be read.');
  } else {
    const labels = c.rows.map((r, i) => `${String(i + 1).padStart(String(c.rows.length).length)} ${oneLine(r.outlet) || '?'}`);
    const labelWidth = Math.min(Math.max(...labels.map((l) => l.length), 'article'.length), 32);
    const cell = (s: string) => s.padStart(colWidth);
    out.push(`Articles × claims (1 = reports the claim, 0 = does not)`);
    // Side groups above the numbers, so the columns read as grouped by side.
    let groupLine = ''.padEnd(labelWidth + 2);
    for (let i = 0; i < c.claims.length; ) {
      let j = i;
      while (j < c.claims.length && c.claims[j].side === c.claims[i].side) j++;
      groupLine += fit(sideName.get(c.claims[i].side) ?? c.claims[i].side, (j - i) * (colWidth + 1));
      i = j;
    }
    out.push(groupLine.trimEnd());
    out.push(`${'article'.padEnd(labelWidth)}  ${c.claims.map((_, i) => cell(num(i))).join(' ')}  total`);
    c.rows.forEach((r, i) => {
      const total = c.claims.filter((cl) => r.claims[cl.id] === 1).length;
      out.push(`${fit(labels[i], labelWidth)}  ${c.claims.map((cl) => cell(String(r.claims[cl.id] ?? 0))).join(' ')}  ${total}`);
    });
    out.push('', 'Articles');
    c.rows.forEach((r, i) => {
      out.push(`  ${i + 1}. ${r.input}`);
      if (r.title) out.push(`     ${oneLine(r.title)}`);
      out.push(`     outlet: ${oneLine(r.outlet) || '?'}`);
      if (r.omittedReplies.length) {
        out.push(`     omits: ${r.omittedReplies.map((o) => `${o.claim}>${o.reply}`).join(' ')}`);
      }
    });
  }
  if (failed.length) {
    out.push('', 'Not read');
    for (const f of failed) out.push(`  ${f.input}: ${f.error}`);
  }
  return out.join('\n') + '\n';
}
