/**
 * `npx tsx scripts/explain.ts [--before TEXT] [--pack FILE] SENTENCE`: what the matcher makes of one
 * sentence, for whoever tunes it: the matches (claims, speaker, cue words), then each word with the
 * terms that start there and the concepts (pack `concepts`, then the core lexicon) those terms
 * come from. A development tool: it reads the compiled pack's internals, which nothing else may.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePack, matchText, parsePack, formatPackErrors } from '../src/core';
import { LEXICON } from '../src/core/lexicon';
import { matchTermAt } from '../src/core/match/term-index';
import { tokenize } from '../src/core/text/tokenize';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const take = (flag: string) => {
  const k = args.indexOf(flag);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const before = take('--before') ?? '';
const packPath = take('--pack') ?? join(root, 'assets/packs/reference.json');
const sentence = args.join(' ');
if (!sentence) {
  console.error('usage: npx tsx scripts/explain.ts [--before TEXT] [--pack FILE] SENTENCE');
  process.exit(2);
}
const parsed = parsePack(readFileSync(packPath, 'utf8'));
if (!parsed.ok) {
  console.error(`explain: ${packPath}: ${formatPackErrors(parsed.error)}`);
  process.exit(2);
}
const compiled = compilePack(parsed.value);
const matches = matchText(compiled, sentence, { context: before || undefined });
console.log(matches.length ? JSON.stringify(matches.map((m) => ({ claims: m.claims, score: m.score, evidence: m.evidence })), null, 1) : 'no match');

// Which concepts hold a term as written (one level: a concept's own terms).
const conceptsOf = new Map<string, Set<string>>();
const note = (term: string, concept: string) => {
  let set = conceptsOf.get(term);
  if (!set) conceptsOf.set(term, (set = new Set()));
  set.add(concept);
};
for (const [name, terms] of Object.entries((parsed.value.matching as { concepts?: Record<string, string[]> } | undefined)?.concepts ?? {})) for (const t of terms as string[]) note(t, `@${name} (pack)`);
for (const [name, langs] of Object.entries(LEXICON)) for (const terms of Object.values(langs)) for (const t of terms ?? []) note(t, `@${name}`);

const c = compiled.internal!;
const tokens = tokenize(sentence, 0, sentence.length, c.index.normalize);
const words = tokens.map((t) => c.index.unitsOf(t.norm));
for (let i = 0; i < tokens.length; i++) {
  const found: string[] = [];
  for (const u of words[i].units) {
    for (const term of c.index.termsByFirstUnit.get(u) ?? []) {
      const { source, els } = c.index.terms[term];
      if (matchTermAt(els, 0, words, i, tokens.length) < 0) continue;
      const from = [...(conceptsOf.get(source) ?? [])];
      found.push(`${source}${from.length ? ` ${from.join(' ')}` : ''}`);
    }
  }
  const raw = sentence.slice(tokens[i].start, tokens[i].end);
  console.log(`${raw.padEnd(18)} ${words[i].fuzzy ? '(fuzzy) ' : ''}${[...new Set(found)].join(' | ')}`);
}
