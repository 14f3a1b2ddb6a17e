/**
 * `anchorTest` (anchors.ts) answered with native code, for the background's answer to the
 * content script's entry (src/background/precheck.ts): a page that names none of the speakers
 * should cost next to nothing. (The entry used to run this gate in the page itself; compiling its
 * patterns cold in every page was most of what an ordinary page paid, hence the prefilter below.)
 *
 * `anchorTest` is the rule: a text may match when its words, normalised, start with an anchor's
 * words, one after the other. It walks the text word by word (a regex match, a slice and a
 * normalisation per word), which on a fresh page, with nothing compiled yet, cost 4-12 ms in
 * Chromium for an ordinary article. The gate asks the same question of the whole text at once:
 * every run of non-letters becomes one separator (U+0001), the result is normalised in one call
 * (`gateKey`), and one regular expression looks for an anchor's words after a separator, one
 * word after the other. It says yes wherever `anchorTest` does (below), so the entry uses it
 * alone (`anchorGate`): a yes only loads the matcher, which decides. Pages that merely say
 * "president" or "Russian" pay for neither.
 *
 * The pattern is made once per set of anchors, by the background, which stores it (the precheck
 * record, src/background/precheck-record.ts) for its next start.
 *
 * On an ordinary page most of what the gate costs is compiling its pattern (a few thousand
 * characters: ~0.9 ms cold, against ~0.02 ms to run it once compiled). So the text first meets a
 * prefilter (`anchorGateSources`): the same kind of pattern for the anchors' first two words only,
 * about half the size, and for text whose letters are all ASCII (most pages in Latin script)
 * only for the anchors written in a–z, the only ones that can match there (smaller again: ~0.4 ms
 * in all). Every anchor that matches has its first two words matching at the same place, so the
 * prefilter says yes wherever the gate does; the whole pattern is compiled only on a page that
 * passes it, which names two of an anchor's words in a row ("Russian president") and will
 * likely load the matcher anyway. A page that says "president" and "Russian" apart stops there.
 *
 * Why the gate never says no where `anchorTest` says yes: `anchorTest` compares an anchor with
 * `normalizeWord(w)` for the first letters `w` of a word (a maximal run of letters and marks).
 * `normalizeWord` works character by character (lowercase, NFKD, marks stripped, a few letters
 * folded; Greek final ς, which lowercasing Σ gives or not by what follows, is folded to σ), with
 * one exception: NFKD may reorder combining marks next to each other. `gateKey` drops every mark
 * on both sides, so each word's key starts with the key of its first letters, and
 * the separator, a control character, is left alone by normalisation and never comes out of
 * it, so word boundaries stay where they were. If `normalizeWord` ever gains a rule that looks
 * at neighbouring characters, this argument must be revisited.
 */
import { normalizeWord } from '../text/normalize';
import { CJK_LETTER_WORD, hasCjk } from '../text/words';

/** Stands for every run of non-letters in the gate's text. */
const SEPARATOR = '\x01';
const NON_LETTERS = /[^\p{L}\p{M}]+/gu;

/** `normalizeWord`, then what may differ between a word and the same word inside a longer text. */
export function gateKey(text: string): string {
  const s = normalizeWord(text);
  // normalizeWord leaves ASCII as it is, and ASCII has no marks.
  return /^[\x00-\x7f]*$/.test(s) ? s : s.replace(/\p{M}/gu, '');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A trie of the alternatives' pieces: a letter, or `WORD_END` (the rest of a word, then the next word). */
type Trie = Map<string, Trie>;
const WORD_END = ' ';
/** Marks the end of an alternative in the trie (a character no key contains). */
const END = '';

/**
 * How a pattern finds word starts. `keys`: in `gateText(text)`, where one separator stands
 * between words. `ascii`: in the lowercased text itself, valid only for text whose letters are
 * all ASCII (there, every character but a–z is a non-letter, so a run of them is exactly what
 * `gateText` turns into one separator); it spares such a text the replacement of its
 * separators unless the prefilter says yes.
 */
type Form = 'keys' | 'ascii';
const WORD_START: Record<Form, string> = { keys: `(?:^|${SEPARATOR})`, ascii: '(?:^|[^a-z])' };
const NEXT_WORD: Record<Form, string> = { keys: `[^${SEPARATOR}]*${SEPARATOR}`, ascii: '[a-z]*[^a-z]+' };

/** One regular expression for the alternatives, common prefixes written once (smaller to compile, faster to run). */
function trieSource(trie: Trie, form: Form): string {
  if (trie.has(END)) return ''; // an alternative ends here: anything after it is not needed
  const branches = [...trie].sort(([x], [y]) => (x < y ? -1 : 1)).map(([piece, rest]) =>
    (piece === WORD_END ? NEXT_WORD[form] : escapeRegExp(piece)) + trieSource(rest, form));
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

/**
 * The gate's pattern for `anchors`, as a regular expression's source to test against
 * `gateText(text)` (or, in the `ascii` form, see {@link Form}, against the lowercased text);
 * `null` when there are no anchors (anchorTest says no to every text).
 */
export function anchorGateSource(anchors: readonly string[], form: Form = 'keys'): string | null {
  const root: Trie = new Map();
  for (const anchor of anchors.filter((a) => a.trim())) {
    const pieces = anchor.split(' ').flatMap((part, i) => [...(i ? [WORD_END] : []), ...gateKey(part)]);
    let node = root;
    for (const piece of pieces) node = node.get(piece) ?? node.set(piece, new Map()).get(piece)!;
    node.set(END, new Map());
  }
  return root.size ? `${WORD_START[form]}${trieSource(root, form)}` : null;
}

/** Characters that are neither letters nor marks and are common in Latin-script text: ASCII's, Latin-1's and general punctuation. */
const LATIN_PUNCTUATION = '\\x00-\\x40\\x5b-\\x60\\x7b-\\xa9\\xab-\\xb4\\xb6-\\xb9\\xbb-\\xbf\\xd7\\xf7\\u2000-\\u206f';
/** Text whose letters are all ASCII: the cheap separator below is then exact. */
const ASCII_LETTERS_ONLY = new RegExp(`^[a-zA-Z${LATIN_PUNCTUATION}]*$`);
const ASCII_NON_LETTERS = new RegExp(`[${LATIN_PUNCTUATION}]+`, 'g');

/** `gateText` of a text whose letters are all ASCII, already lowercased (lowercasing changes no separator there). */
const asciiGateText = (lower: string) => lower.replace(ASCII_NON_LETTERS, SEPARATOR);

/**
 * `gateText` of any text, with the Unicode classes. In Chinese and Japanese, words touch: a separator
 * after each of them first (then a run of non-letters, separators included, is one separator).
 */
const keysGateText = (text: string) =>
  gateKey((hasCjk(text) ? text.replace(CJK_LETTER_WORD, `$&${SEPARATOR}`) : text).replace(NON_LETTERS, SEPARATOR));

/** The text the gate's pattern is tested against: words' keys, one separator between words. */
export function gateText(text: string): string {
  // Most pages in Latin script need no Unicode classes, whose first use costs milliseconds.
  if (ASCII_LETTERS_ONLY.test(text)) return asciiGateText(text.toLowerCase());
  return keysGateText(text);
}

/** The gate's patterns as stored (see the prefilter above); all `null` when there are no anchors. */
export interface GateSources {
  /** `anchorGateSource(anchors)`: the gate itself. */
  gate: string | null;
  /** The prefilter: `anchorGateSource` of every anchor's first two words. */
  pairs: string | null;
  /**
   * The prefilter for text whose letters are all ASCII: the first two words of the anchors
   * written in a–z, in the `ascii` form (tested against the lowercased text).
   */
  asciiPairs: string | null;
}

/** The gate's patterns for `anchors` (made by the background, stored in the precheck record). */
export function anchorGateSources(anchors: readonly string[]): GateSources {
  const pairs = (list: readonly string[]) => [...new Set(list.map((a) => a.trim().split(' ').slice(0, 2).join(' ')))];
  return {
    gate: anchorGateSource(anchors),
    pairs: anchorGateSource(pairs(anchors)),
    // An anchor's key with any other letter needs that letter in the text, and ASCII text has none.
    asciiPairs: anchorGateSource(pairs(anchors.filter((a) => a.split(' ').every((part) => /^[a-z]*$/.test(gateKey(part))))), 'ascii'),
  };
}

/**
 * The gate: says yes to every text `anchorTest` says yes to (see above), and to a few more only
 * in exotic cases (marks the two normalise differently). What the content script's entry uses:
 * running the exact word-by-word test over a whole long page as well cost more than it saved.
 * Each pattern is compiled the first time it is needed (the whole gate only after a prefilter's yes).
 */
export function anchorGate(sources: GateSources): (text: string) => boolean {
  if (sources.gate === null || sources.pairs === null) return () => false;
  const { gate: gateSource, pairs: pairsSource, asciiPairs: asciiSource } = sources;
  let gate: RegExp | undefined;
  let pairs: RegExp | undefined;
  let asciiPairs: RegExp | null | undefined;
  const whole = (key: string) => (gate ??= new RegExp(gateSource)).test(key);
  const testPiece = (piece: string): boolean => {
    if (ASCII_LETTERS_ONLY.test(piece)) {
      const lower = piece.toLowerCase();
      asciiPairs ??= asciiSource === null ? null : new RegExp(asciiSource);
      return !!asciiPairs && asciiPairs.test(lower) && whole(asciiGateText(lower));
    }
    const key = keysGateText(piece);
    return (pairs ??= new RegExp(pairsSource)).test(key) && whole(key);
  };
  return (text) => {
    // A long page is tested a piece at a time, so one that names a speaker early stops early:
    // pieces end at a space and overlap by GATE_OVERLAP characters, more than any anchor spans.
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + GATE_PIECE);
      if (end < text.length) {
        const space = text.lastIndexOf(' ', end);
        if (space > start + GATE_OVERLAP) end = space;
      }
      if (testPiece(text.slice(start, end))) return true;
      if (end >= text.length) return false;
      start = Math.max(start + 1, end - GATE_OVERLAP);
    }
    return false;
  };
}

/** Characters of text the gate tests at once, and how much two pieces overlap. */
const GATE_PIECE = 16_384;
const GATE_OVERLAP = 256;
