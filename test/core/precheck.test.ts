import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorTest, compilePack, compilePackSteps, matchText, parsePack, passageTestFor, precheckFor, type ClaimPack } from '../../src/core';
import { anchorGate, anchorGateSource, anchorGateSources, gateText } from '../../src/core/match/anchor-gate';
import { anchorOf } from '../../src/core/match/anchors';
import { freshPrecheck } from '../../src/background/precheck-record';
import type { Settings } from '../../src/shared/settings';

const ROOT = path.resolve(import.meta.dirname, '../..');
const r = parsePack(fs.readFileSync(path.join(ROOT, 'assets/packs/reference.json'), 'utf8'));
if (!r.ok) throw new Error('built-in pack invalid');
const pack: ClaimPack = r.value;
const precheck = precheckFor(pack);

describe('The precheck before compiling the matcher', () => {
  it('lets through every evaluation sentence the matcher matches, in every language', () => {
    const compiled = compilePack(pack);
    let matched = 0;
    for (const split of ['dev', 'test']) {
      const file = path.join(ROOT, `test/fixtures/eval/${split}.jsonl`);
      for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        const item = JSON.parse(line);
        const text = item.before ? `${item.before} ${item.sentence}` : item.sentence;
        if (!matchText(compiled, text).length) continue;
        matched++;
        expect(precheck.mayMatch(text), text).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200);
  });

  it('turns away an ordinary page that names none of the speakers', () => {
    const page = 'The council approved the budget on Tuesday. Heavy rain is expected; the club signed a striker.\n'.repeat(50);
    expect(precheck.mayMatch(page)).toBe(false);
  });

  it('lets through, as a passage, every evaluation item the matcher matches (names and speaking places)', () => {
    const compiled = compilePack(pack);
    const passage = passageTestFor(pack);
    let matched = 0;
    for (const split of ['dev', 'test', 'stress', 'context', 'loose', 'wire', 'review']) {
      for (const line of fs.readFileSync(path.join(ROOT, `test/fixtures/eval/${split}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
        const item = JSON.parse(line);
        if (!matchText(compiled, item.sentence, { context: item.before || undefined }).length) continue;
        matched++;
        expect(passage(`${item.before}\n${item.sentence}`), item.id).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(passage('Moscow says the invitation is about dialogue, not capitulation.')).toBe(true);
    expect(passage('Heavy rain is expected; the club signed a striker.')).toBe(false);
  });

  it('turns away ordinary political news: role words alone are not the pack\u2019s role phrases', () => {
    for (const text of [
      'President Macron said the state budget will grow. The bank raised rates; Russian exports fell.',
      "Le président de la République a reçu le chef de l'État sénégalais.",
      'Der Bundespräsident sprach mit dem Staatschef Frankreichs.',
      'Президент Франции заявил, что глава государства уедет.',
      'Prezes zarządu banku powiedział, że stopy wzrosną.',
    ]) {
      expect(precheck.mayMatch(text), text).toBe(false);
    }
    expect(precheck.mayMatch('The Russian president spoke on Monday.')).toBe(true);
  });

  it('lets through declined names in other scripts and role-only mentions', () => {
    for (const text of ['Пєскова запитали про це.', 'Слова Зеленського прозвучали вчора.', 'Rzecznik Kremla odmówił komentarza.', 'The Kremlin spokesman spoke.']) {
      expect(precheck.mayMatch(text), text).toBe(true);
    }
  });

  it('is built once per pack', () => {
    expect(precheckFor(pack)).toBe(precheck);
  });

  it('gives the same answers from its stored anchors alone (what the content script reads)', () => {
    const stored = anchorTest(JSON.parse(JSON.stringify(precheck.anchors)));
    for (const text of ['Пєскова запитали про це.', 'The council approved the budget.', 'Zelenskyy replied.', 'Heavy rain is expected.']) {
      expect(stored(text), text).toBe(precheck.mayMatch(text));
    }
  });

  it('gives, through the content entry’s fast gate, the same answers as the exact test', () => {
    const exact = anchorTest(precheck.anchors);
    // The record stores the gate's patterns as JSON: the entry's test is made from that.
    const sources = JSON.parse(JSON.stringify(anchorGateSources(precheck.anchors)));
    const gate = anchorGate(sources);
    const whole = new RegExp(sources.gate);
    const pairs = new RegExp(sources.pairs);
    const asciiPairs = new RegExp(sources.asciiPairs); // tested against the lowercased text
    const texts: string[] = [];
    for (const split of ['dev', 'stress', 'context']) {
      for (const line of fs.readFileSync(path.join(ROOT, `test/fixtures/eval/${split}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
        const item = JSON.parse(line);
        texts.push(item.sentence, ...item.sentence.split(/\s+/));
      }
    }
    texts.push('The council approved the budget.', 'ΣΟΦΟΣ Πεσκοβ', 'Zelenskyy', 'İstanbul', 'the Russian—President', 'RUSSIAN PRESIDENT™', '«Russian» 12 president');
    texts.push('A Russian chef told the council president that state officials would hold a press conference.');
    let yes = 0;
    for (const t of texts) {
      expect(gate(t), t).toBe(exact(t));
      if (exact(t)) yes++;
      // The prefilters say yes wherever the whole pattern does (the ASCII one on ASCII text).
      if (whole.test(gateText(t))) {
        expect(pairs.test(gateText(t)), t).toBe(true);
        if (/^[\x00-\x7f]*$/.test(t)) expect(asciiPairs.test(t.toLowerCase()), t).toBe(true);
      }
    }
    expect(yes).toBeGreaterThan(100);
    expect(yes).toBeLessThan(texts.length);
  });

  it('finds names in Chinese and Japanese, where words touch, exactly like the exact test', () => {
    const anchors = [anchorOf('佩斯科夫'), anchorOf('ペスコフ'), anchorOf('ガザ'), anchorOf('peskov')];
    const exact = anchorTest(anchors);
    const gate = anchorGate(JSON.parse(JSON.stringify(anchorGateSources(anchors))));
    const yes = ['克里姆林宫发言人佩斯科夫表示', 'クレムリンのペスコフ報道官は述べた', 'ガザ地区', '据Peskov说', 'ペスコフ'];
    const no = ['佩斯表示科夫', 'ペスコ', '克里姆林宫发言人表示'];
    for (const t of yes) expect([t, exact(t), gate(t)]).toEqual([t, true, true]);
    for (const t of no) expect([t, exact(t), gate(t)]).toEqual([t, false, false]);
    // The gate drops every mark, kana's voicing marks too (ガ is カ there): it may say yes for
    // more (Kazakhstan's カザフ for Gaza's ガザ), never no where the exact test says yes.
    expect([exact('カザフスタン'), gate('カザフスタン')]).toEqual([false, true]);
  });
  it('answers, by its pattern alone, no for a page whose role words are not next to each other', () => {
    // What keeps ordinary news pages ("president", "Russian", "officials") off the slow exact test.
    const source = anchorGateSource(precheck.anchors);
    expect(source).not.toBeNull();
    const gate = new RegExp(source!);
    expect(gate.test(gateText('A Russian chef told the council president that state officials would hold a press conference.'))).toBe(false);
    expect(gate.test(gateText('The Russian president spoke.'))).toBe(true);
    expect(gate.test(gateText('Пєсков відповів.'))).toBe(true);
  });

  it('stops such a page at its prefilter, a smaller pattern, without compiling the whole one', () => {
    const sources = anchorGateSources(precheck.anchors);
    expect(sources.pairs!.length).toBeLessThan(sources.gate!.length * 0.7);
    // The ASCII prefilter leaves out the anchors in other letters; its pattern is small too, though
    // not always shorter than `pairs` (its "next word" is written longer, and most anchors are Latin).
    expect(sources.asciiPairs!.length).toBeLessThan(sources.gate!.length * 0.7);
    expect(/[^\x00-\x7f]/.test(sources.asciiPairs!)).toBe(false);
    expect(/[^\x00-\x7f]/.test(sources.pairs!)).toBe(true);
    const asciiPairs = new RegExp(sources.asciiPairs!); // tested against the lowercased text itself
    expect(asciiPairs.test('a russian chef told the council president that state officials would hold a press conference.')).toBe(false);
    expect(asciiPairs.test('the russian—president spoke.')).toBe(true);
    expect(new RegExp(sources.pairs!).test(gateText('Le président a parlé; un chef russe aussi.'))).toBe(false);
    // ASCII text never meets the anchors in other letters, which the ASCII prefilter leaves out.
    expect(asciiPairs.test('the kremlin said so.')).toBe(true);
    expect(asciiPairs.test(gateText('Пєсков відповів.'))).toBe(false);
    expect(new RegExp(sources.pairs!).test(gateText('Пєсков відповів.'))).toBe(true);
    expect(anchorGate(anchorGateSources([]))('Peskov')).toBe(false);
  });

  it('tests a long page a piece at a time without missing a name across two pieces', () => {
    const gate = anchorGate(anchorGateSources(precheck.anchors));
    const filler = 'The council approved the budget for the new library. ';
    for (const shift of [0, 3, 10, 40, 200]) {
      const long = filler.repeat(Math.ceil(16_384 / filler.length)).slice(0, 16_384 - shift) + ' Peskov said so. ' + filler.repeat(400);
      expect(gate(long), `shift ${shift}`).toBe(true);
    }
    expect(gate(filler.repeat(2_000))).toBe(false);
  });

  it('trusts a stored record only for this version and exactly the active packs', () => {
    const DEFAULT_SETTINGS = { paused: false, deniedSites: [], allowedSites: [], activePacks: ['a', 'b'] } as unknown as Settings;
    const gate = { gate: 'pesk', pairs: 'pesk', asciiPairs: 'pesk' };
    const record = { version: '0.1.0', activePacks: [...DEFAULT_SETTINGS.activePacks], gate };
    expect(freshPrecheck(record, DEFAULT_SETTINGS, '0.1.0')).toEqual(gate);
    expect(freshPrecheck({ ...record, gate: { gate: null, pairs: null, asciiPairs: null } }, DEFAULT_SETTINGS, '0.1.0')).toEqual({ gate: null, pairs: null, asciiPairs: null });
    // A record from before the gate was stored, or before it had its prefilters, is not trusted
    // (the entry then builds the test from the packs).
    expect(freshPrecheck({ ...record, gate: undefined }, DEFAULT_SETTINGS, '0.1.0')).toBeUndefined();
    expect(freshPrecheck({ ...record, gate: 'pesk' }, DEFAULT_SETTINGS, '0.1.0')).toBeUndefined();
    expect(freshPrecheck({ ...record, gate: { gate: 'pesk' } }, DEFAULT_SETTINGS, '0.1.0')).toBeUndefined();
    expect(freshPrecheck(record, DEFAULT_SETTINGS, '0.2.0')).toBeUndefined();
    expect(freshPrecheck(record, { ...DEFAULT_SETTINGS, activePacks: [...DEFAULT_SETTINGS.activePacks, 'other'] }, '0.1.0')).toBeUndefined();
    expect(freshPrecheck(undefined, DEFAULT_SETTINGS, '0.1.0')).toBeUndefined();
    expect(freshPrecheck({ version: '0.1.0', activePacks: 'x', gate }, DEFAULT_SETTINGS, '0.1.0')).toBeUndefined();
  });
});

describe('Compiling a pack step by step', () => {
  it('takes many small steps and matches exactly like compiling in one go', () => {
    const steps = compilePackSteps(pack);
    let n = 0;
    let r = steps.next();
    while (!r.done) {
      n++;
      r = steps.next();
    }
    expect(n).toBeGreaterThan(pack.claims.length);
    const dir = path.join(ROOT, 'test/fixtures/articles');
    const text = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
    const expected = matchText(compilePack(pack), text);
    expect(expected.length).toBeGreaterThan(5);
    expect(matchText(r.value, text)).toEqual(expected);
  });
});
