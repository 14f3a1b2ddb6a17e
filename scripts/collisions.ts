/**
 * `npx tsx scripts/collisions.ts [N]`: the lexicon's words that fire in sentences of another
 * language (all languages are pooled, so a word of one language must not be another word in
 * another: Romanian "vor" is German "vor", Italian "mai" is Romanian "mai"). Lists the N most
 * frequent (word, its languages and concepts, the sentence's language) with an example, over the
 * development splits (never the test split). Most lines are cognates that mean the same
 * ("referendum"); the others are worth narrowing to phrases in their language file.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { compilePack, parsePack } from '../src/core';
import { LANGUAGES } from '../src/core/lexicon';
import { matchTermAt } from '../src/core/match/term-index';
import { tokenize } from '../src/core/text/tokenize';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const p = parsePack(readFileSync(join(root, 'assets/packs/reference.json'), 'utf8'));
if (!p.ok) throw new Error();
const c = compilePack(p.value).internal!;
const langsOf = new Map<string, Set<string>>();
const conceptOf = new Map<string, Set<string>>();
for (const [lang, lex] of Object.entries(LANGUAGES)) for (const [concept, terms] of Object.entries(lex)) for (const t of (terms as string[]) ?? []) {
  (langsOf.get(t) ?? langsOf.set(t, new Set()).get(t)!).add(lang);
  (conceptOf.get(t) ?? conceptOf.set(t, new Set()).get(t)!).add(concept);
}
const items: { lang: string; text: string }[] = [];
for (const f of readdirSync(join(root, 'test/fixtures/eval')).filter((f) => f.endsWith('.jsonl') && f !== 'test.jsonl'))
  for (const l of readFileSync(join(root, 'test/fixtures/eval', f), 'utf8').split('\n')) if (l.trim()) { const i = JSON.parse(l); items.push({ lang: i.lang, text: `${i.before} ${i.sentence}` }); }
const counts = new Map<string, { n: number; ex: string }>();
const TEN = ['en','fr','de','es','it','pt','pl','ro','ru','uk'];
for (const it of items) {
  if (!TEN.includes(it.lang)) continue;
  const toks = tokenize(it.text, 0, it.text.length, c.index.normalize);
  const words = toks.map((t) => c.index.unitsOf(t.norm));
  for (let i = 0; i < toks.length; i++) for (const u of words[i].units) for (const term of c.index.termsByFirstUnit.get(u) ?? []) {
    const { source, els } = c.index.terms[term];
    const e = matchTermAt(els, 0, words, i, toks.length);
    if (e < 0) continue;
    const ls = langsOf.get(source);
    if (!ls || ls.has(it.lang) || ls.has('any')) continue;
    const key = `${source} [${[...ls].join(',')}:${[...conceptOf.get(source)!].join(',')}] in ${it.lang}`;
    const k = counts.get(key) ?? { n: 0, ex: it.text.slice(Math.max(0, toks[i].start - 30), toks[i].end + 30).replace(/\s+/g, ' ') };
    k.n++; counts.set(key, k);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, Number(process.argv[2] ?? 120))) console.log(v.n, k, '|', v.ex);
