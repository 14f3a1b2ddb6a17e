/**
 * Synthetic data for the benches: pages of N sentences and packs of K claims, generated
 * deterministically (seeded), so every run and both contestants see the same input.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePack, type ClaimPack } from '../src/core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function referencePack(): ClaimPack {
  const r = parsePack(readFileSync(join(ROOT, 'assets/packs/reference.json'), 'utf8'));
  if (!r.ok) throw new Error('reference pack is invalid');
  return r.value;
}

/** Mulberry32: small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Sentences that report claims, in several languages (bench data, not the eval sets).
const MATCHING = [
  'Vladimir Putin invited Volodymyr Zelensky to Moscow for talks.',
  'Kremlin spokesman Dmitry Peskov said it was about dialogue, not capitulation.',
  'Peskow sagte, es gebe Hoffnung auf ein Ende des Krieges.',
  'Según Peskov, las relaciones con Estados Unidos han sufrido demasiados daños.',
  'I canali di comunicazione tra i servizi segreti restano aperti, ha detto Peskov.',
  'Разговоры президентов России и США по-прежнему непростые, отметил Песков.',
  'Putin apreciază foarte mult eforturile lui Trump, a declarat Peskov.',
  'Rosja zrobi wszystko, co konieczne, aby zapewnić sobie bezpieczeństwo, podkreślił Pieskow.',
  'O Kremlin afirmou que Putin nunca recusou um encontro com Zelensky.',
  'Путін заявив, що територіальні питання треба вирішити на референдумі.',
  'Zelensky said inviting him to Moscow was a way to make sure the meeting never happens.',
  'Le président ukrainien juge positif que la Russie ait commencé à parler d’une rencontre.',
  'Пока мы не видим никакого желания России закончить войну, сказал Зеленский.',
  'He added that time is needed to get out of the impasse.',
];
const NEAR = [
  'Zelensky said he could not travel to the capital of a terrorist state.',
  '«Putin kann nach Kiew kommen», sagte Selenskyj.',
  'Ukrainian Foreign Minister Andrii Sybiha called the proposal unacceptable.',
  'Putin obiecał zagwarantować bezpieczeństwo Zełenskiego w Moskwie.',
  'Трамп попросил Путина встретиться с Зеленским.',
  'Peskov a dit que chaque partie défend ses intérêts.',
];
const WORDS = (
  'the a of and to in on for with by from at as government minister city report weather market company people year week ' +
  'said told new old big small river road school hospital price energy football match season team police court law ' +
  'le la les des une un pour avec dans sur gouvernement ville marché semaine année der die das und mit für von im ' +
  'regierung stadt woche jahr el los las con para en ciudad gobierno semana año il di che per città governo settimana ' +
  'o os com para cidade governo semana rok miasto rząd tydzień oraz oraș guvern săptămână anul город правительство ' +
  'неделя год місто уряд тиждень рік'
).split(' ');

/** A filler sentence: ordinary news words plus a few random "names" (rare tokens, like real pages). */
function filler(r: () => number): string {
  const n = 8 + Math.floor(r() * 14);
  const w: string[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.12) w.push('X' + Math.floor(r() * 50_000).toString(36) + 'ko');
    else w.push(WORDS[Math.floor(r() * WORDS.length)]);
  }
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return w.join(' ') + '.';
}

/** A page of `n` sentences: 5% matching, 5% near misses, the rest filler; paragraphs of 5. */
export function page(n: number, seed = 1): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    const s = x < 0.05 ? MATCHING[Math.floor(r() * MATCHING.length)] : x < 0.1 ? NEAR[Math.floor(r() * NEAR.length)] : filler(r);
    out.push(s, (i + 1) % 5 === 0 ? '\n' : ' ');
  }
  return out.join('');
}

/** The sentences of a page, as generated (for the baseline, which works sentence by sentence). */
export function pageSentences(n: number, seed = 1): string[] {
  return page(n, seed).split(/(?<=[.!?»])\s+/).filter(Boolean);
}

/**
 * A pack of `claims` claims: the reference's 13, plus clones with renamed ids, their own speakers
 * (aliases shifted) and shifted story vocabulary (pack concepts and literal cue words get a
 * suffix), sharing the core lexicon, as a pack of many stories would.
 */
export function syntheticPack(claims: number): ClaimPack {
  const base = referencePack();
  const pack = structuredClone(base);
  const matching = pack.matching as { speakers: Record<string, { aliases: string[] }>; others?: Record<string, string[]>; concepts: Record<string, string[]> };
  const baseConcepts = Object.keys(matching.concepts);
  const shiftTerm = (t: string, k: number) =>
    t
      .split(/\s+/)
      .map((p) => {
        if (p === '~') return p;
        if (p.startsWith('@')) return baseConcepts.includes(p.slice(1)) ? `${p}-k${k}` : p;
        return p.endsWith('*') ? `${p.slice(0, -1)}zq${k}*` : `${p}zq${k}`;
      })
      .join(' ');
  const shiftGroup = (g: string | string[], k: number) => (typeof g === 'string' ? shiftTerm(g, k) : g.map((t) => shiftTerm(t, k)));
  for (let k = 1; pack.claims.length < claims; k++) {
    for (const name of baseConcepts) matching.concepts[`${name}-k${k}`] = (matching.concepts[name] ?? []).map((t) => shiftTerm(t, k));
    for (const s of base.speakers) {
      pack.speakers.push({ ...s, id: `${s.id}-k${k}` });
      matching.speakers[`${s.id}-k${k}`] = { aliases: (matching.speakers[s.id]?.aliases ?? []).map((t) => shiftTerm(t, k)) };
    }
    for (const c of base.claims) {
      if (pack.claims.length >= claims) break;
      const m = c.match as { all?: (string | string[])[]; any?: { all: (string | string[])[]; none?: string[] }[]; none?: string[] };
      pack.claims.push({
        ...structuredClone(c),
        id: `${c.id}-k${k}`,
        speaker: `${c.speaker}-k${k}`,
        replies: [],
        match: {
          ...(m.all ? { all: m.all.map((g) => shiftGroup(g, k)) } : {}),
          ...(m.any ? { any: m.any.map((a) => ({ all: a.all.map((g) => shiftGroup(g, k)), ...(a.none ? { none: a.none.map((t) => shiftTerm(t, k)) } : {}) })) } : {}),
          ...(m.none ? { none: m.none.map((t) => shiftTerm(t, k)) } : {}),
        },
      });
    }
  }
  return pack;
}
