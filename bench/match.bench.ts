/**
 * Matcher speed and memory against the naive baseline (one fuse.js index over the reference's
 * sentences and the claims' summaries and translations; each page sentence searched as the
 * pattern). Pages of 1k, 10k, 100k sentences; packs of 13, 130, 1300 claims. Each measurement runs
 * in its own child process so its peak memory (maxRSS) is its own.
 *
 *   npx tsx bench/match.bench.ts            all measurements, printed as tables
 *   npx tsx bench/match.bench.ts --child …  one measurement (used by the parent), prints JSON
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { compilePack, matchText } from '../src/core';
import { page, pageSentences, referencePack, syntheticPack } from './synthetic';

const SIZES = [1_000, 10_000, 100_000];
const CLAIMS = [13, 130, 1_300];
/** Baseline sentences actually searched per size; the rest is extrapolated (it is linear). */
const BASELINE_SAMPLE = 600;

interface Result {
  kind: 'matcher' | 'baseline';
  sentences: number;
  claims: number;
  compileMs: number;
  matchMs: number;
  sampled: number;
  matches: number;
  maxRssMb: number;
}

function child(kind: string, sentences: number, claims: number): Result {
  if (kind === 'matcher') {
    const pack = syntheticPack(claims);
    const text = page(sentences);
    const t0 = performance.now();
    const compiled = compilePack(pack);
    const t1 = performance.now();
    // Warm-up on another page (JIT), so that the 1k figure is not mostly compilation of the matcher's code.
    matchText(compiled, page(300, 99));
    const t1w = performance.now();
    const matches = matchText(compiled, text);
    const t2 = performance.now();
    return { kind, sentences, claims, compileMs: t1 - t0, matchMs: t2 - t1w, sampled: sentences, matches: matches.length, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  }
  const pack = referencePack();
  const docs = [
    ...pack.reference.text.split(/(?<=[.!?»])\s+/).filter(Boolean),
    ...pack.claims.flatMap((c) => [...Object.values(c.summary), ...Object.values(c.translations)]),
  ];
  const all = pageSentences(sentences);
  const sample = all.length <= BASELINE_SAMPLE ? all : all.filter((_, i) => i % Math.ceil(all.length / BASELINE_SAMPLE) === 0);
  const t0 = performance.now();
  // Fuse's defaults (threshold 0.6, location 0, distance 100): the naive approach as described in the issue.
  const fuse = new Fuse(docs, { includeScore: true });
  const t1 = performance.now();
  let matches = 0;
  for (const s of sample) if (fuse.search(s, { limit: 1 }).length) matches++;
  const t2 = performance.now();
  const matchMs = ((t2 - t1) * all.length) / sample.length;
  return { kind: 'baseline', sentences: all.length, claims: pack.claims.length, compileMs: t1 - t0, matchMs, sampled: sample.length, matches, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function run(kind: string, sentences: number, claims: number): Result {
  const out = execFileSync('npx', ['tsx', fileURLToPath(import.meta.url), '--child', kind, String(sentences), String(claims)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Result;
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  console.log(JSON.stringify(child(args[1], Number(args[2]), Number(args[3]))));
} else {
  const fmt = (n: number, d = 0) => n.toFixed(d).padStart(9);
  const us = (r: Result) => (r.matchMs * 1000) / r.sentences;
  console.log('Claim matcher bench (synthetic pages: 5% matching sentences, 5% near misses, 90% filler; 10 languages)');
  console.log('Baseline: one fuse.js index over the reference sentences + claim summaries/translations, each page sentence as pattern;');
  console.log(`for pages over ${BASELINE_SAMPLE} sentences it searches an even sample of ${BASELINE_SAMPLE} and extrapolates linearly (marked *).\n`);

  const base = new Map<number, Result>();
  for (const n of SIZES) base.set(n, run('baseline', n, 13));
  const mat = new Map<string, Result>();
  for (const k of CLAIMS) for (const n of SIZES) mat.set(`${n}/${k}`, run('matcher', n, k));

  console.log('Page size sweep, reference pack (13 claims):');
  console.log('  sentences | matcher ms | µs/sentence | matches | maxRSS MB || baseline ms | µs/sentence | maxRSS MB || ratio matcher/baseline');
  for (const n of SIZES) {
    const m = mat.get(`${n}/13`)!;
    const b = base.get(n)!;
    const star = b.sampled < b.sentences ? '*' : ' ';
    console.log(
      `  ${String(n).padStart(9)} | ${fmt(m.matchMs)}  | ${fmt(us(m), 1)}   | ${String(m.matches).padStart(7)} | ${fmt(m.maxRssMb)} || ${fmt(b.matchMs)}${star} | ${fmt(us(b), 1)}   | ${fmt(b.maxRssMb)} || ${(m.matchMs / b.matchMs).toFixed(4)}`,
    );
  }
  console.log('\nClaims sweep (time to match the page; compile is once per pack):');
  console.log('  claims | sentences | compile ms | match ms | µs/sentence | maxRSS MB');
  for (const k of CLAIMS)
    for (const n of SIZES) {
      const m = mat.get(`${n}/${k}`)!;
      console.log(`  ${String(k).padStart(6)} | ${String(n).padStart(9)} | ${fmt(m.compileMs)}  | ${fmt(m.matchMs)} | ${fmt(us(m), 1)}   | ${fmt(m.maxRssMb)}`);
    }
  const m10 = mat.get('10000/13')!;
  const b10 = base.get(10_000)!;
  console.log(`\n10,000 sentences: matcher ${m10.matchMs.toFixed(0)} ms vs baseline ${b10.matchMs.toFixed(0)} ms${b10.sampled < b10.sentences ? ' (extrapolated)' : ''}: ratio ${(m10.matchMs / b10.matchMs).toFixed(4)} (target ≤ 0.02)`);
  const per = SIZES.map((n) => us(mat.get(`${n}/13`)!));
  console.log(`time per sentence 1k→10k→100k: ${per.map((x) => x.toFixed(1)).join(' → ')} µs`);
  const byClaims = CLAIMS.map((k) => mat.get(`10000/${k}`)!.matchMs);
  console.log(`10k sentences with 13 → 130 → 1300 claims: ${byClaims.map((x) => x.toFixed(0)).join(' → ')} ms (claims ×100, time ×${(byClaims[2] / byClaims[0]).toFixed(2)})`);
}
