import { describe, expect, it } from 'vitest';
import { normalizeWord, segmentSentences, tokenize, words } from '../../src/core/text';

const spans = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('normalising words', () => {
  it('lowercases and strips diacritics in Latin scripts', () => {
    expect(['Zełenski', 'Präsident', 'întâlnire', 'Rozmowy', 'Sécurité', 'Straße'].map(normalizeWord)).toEqual([
      'zelenski', 'prasident', 'intalnire', 'rozmowy', 'securite', 'strasse',
    ]);
  });
  it('keeps Cyrillic as Cyrillic, folding й and ї like diacritics', () => {
    expect(normalizeWord('Український')).toBe('украінськии');
  });
  it('strips Greek accents and folds final sigma, so that a Greek stem meets every ending', () => {
    expect(['Πεσκόφ', 'ΔΉΛΩΣΕ', 'πρόεδρος', 'ΠΡΌΕΔΡΟΣ'].map(normalizeWord)).toEqual(['πεσκοφ', 'δηλωσε', 'προεδροσ', 'προεδροσ']);
  });
});

describe('tokenising', () => {
  it('splits on apostrophes and hyphens and keeps offsets into the input', () => {
    const text = "l'invitation du porte-parole";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['l', 'invitation', 'du', 'porte', 'parole']);
    for (const t of tokens) expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.norm);
  });
  it('splits Chinese and Japanese, which write no spaces: one Han character, or one run of Hiragana or Katakana, per word', () => {
    const text = 'ペスコフ報道官は述べた。Putin说,2025年ウラジーミル・プーチン';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['ペスコフ', '報', '道', '官', 'は', '述', 'べた', 'Putin', '说', '2025', '年', 'ウラジーミル', 'プーチン']);
    // A phrase of a pack is split the same way, so it meets the same words in a text.
    expect(words('佩斯科夫表示')).toEqual(['佩', '斯', '科', '夫', '表', '示']);
    const from = text.indexOf('Putin');
    expect(tokenize(text, from, from + 6).map((t) => t.norm)).toEqual(['putin', '说']);
  });
});

describe('segmenting news text into sentences', () => {
  it('keeps abbreviations, initials and mid-sentence ellipses inside the sentence', () => {
    expect(spans('M. Peskov a parlé. Dr. Smith est là… et il attend. V. Putin said so.')).toEqual([
      'M. Peskov a parlé.', 'Dr. Smith est là… et il attend.', 'V. Putin said so.',
    ]);
  });
  it('groups the sentences of one quotation', () => {
    const s = segmentSentences('« Si vous voulez. C’est pourquoi. Mais rien », a-t-il dit. Autre chose.');
    expect(s.map((x) => x.quoteGroup)).toEqual([1, 1, 1, 2]);
    expect(s[1].quoted.length).toBe(1);
  });
  it('knows Chinese and Japanese corner brackets as quotation marks', () => {
    const text = 'ペスコフ氏は「対話の招待であり、降伏ではない。交渉は難しい」と述べた。次の文。';
    const s = segmentSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['ペスコフ氏は「対話の招待であり、降伏ではない。', '交渉は難しい」と述べた。', '次の文。']);
    expect(s.map((x) => x.quoteGroup)).toEqual([1, 1, 2]);
    expect(s[0].quoted.map((q) => text.slice(q.start, q.end))).toEqual(['「対話の招待であり、降伏ではない。']);
    expect(s[1].quoted.map((q) => text.slice(q.start, q.end))).toEqual(['交渉は難しい」']);
  });
  it('closes a quotation left open at a line break, unless the next line closes it', () => {
    const goesOn = segmentSentences('“The dialogue exists,” Peskov said. “Nobody has hung up.\nBut the talks are hard.”\nNext line.');
    expect(goesOn.map((x) => x.quoteGroup)).toEqual([1, 2, 2, 3]);
    expect(goesOn[2].quoted.length).toBe(1);
    // A quotation never closed (a typo) ends at the line break.
    expect(segmentSentences('« Il a dit.\nAutre chose.').map((x) => x.quoteGroup)).toEqual([1, 2]);
    expect(segmentSentences('„Der Dialog existiert.\nAber es ist schwer.“').map((x) => x.quoteGroup)).toEqual([1, 1]);
  });
  it('handles German „…“ quotes', () => {
    const s = segmentSentences('Er sagte: „Ja. Nein.“ Gut.');
    expect(s.map((x) => x.quoteGroup)).toEqual([1, 1, 2]);
  });
  it('ends a sentence before a dialogue dash, but not before who asked a question', () => {
    const text = '— Мы всегда готовы, — ответил Песков. — Россия сделает всё необходимое. ¿Irá a Moscú? — preguntó la periodista. "Will you go?" he asked.';
    expect(segmentSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '— Мы всегда готовы, — ответил Песков.',
      '— Россия сделает всё необходимое.',
      '¿Irá a Moscú? — preguntó la periodista.',
      '"Will you go?" he asked.',
    ]);
  });
  it('breaks at line ends and trims white space', () => {
    expect(spans('Titre\n  Première phrase.  \n')).toEqual(['Titre', 'Première phrase.']);
  });
});
