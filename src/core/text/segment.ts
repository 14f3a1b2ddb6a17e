/**
 * Sentence segmentation for news text: Intl.Segmenter (UAX #29, available in Node 20, Chromium
 * and Firefox), then fixes for what it gets wrong in news copy — abbreviations and initials
 * ("M. Peskov", "Dr.", "V. Putin", "г."), ellipses followed by lower case, stray closing
 * punctuation, dialogue dashes after a full stop, and who asked after a question mark ("… ? a
 * demandé le journaliste") — plus quotation tracking, so a quote spread over several sentences
 * ("« Si vous voulez… Moscou. C’est pourquoi… », a-t-il déclaré.") is known as one group.
 */
import type { TextSpan } from '../types';

/** A sentence of the input, trimmed of surrounding white space. */
export interface Sentence extends TextSpan {
  /** Sentences with the same `quoteGroup` belong to one quotation that spans them (or to no quotation). */
  quoteGroup: number;
  /** Ranges [start, end) of the sentence that lie inside quotation marks. */
  quoted: TextSpan[];
}

/**
 * Words that end with a period without ending a sentence (lowercased, without the period).
 * Honorifics and titles in the ten languages, plus common Russian/Ukrainian short forms.
 */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sen', 'rep', 'gov',
  'hr', 'fr', 'frau', 'herr', 'nr', 'bzw', 'vgl', 'ca', 'inkl', 'sra', 'sres', 'srta', 'dña', 'sig', 'sigg', 'dott', 'on',
  'pres', 'ks', 'płk', 'gen', 'mjr', 'pan', 'tzw', 'np', 'dz', 'ul', 'al', 'dl', 'dna', 'd-l', 'd-na', 'sf',
  'г', 'гг', 'ст', 'им', 'т', 'е', 'проф', 'ген', 'тыс', 'млн', 'млрд', 'пп', 'п', 'ул', 'с', 'вв', 'etc', 'vs', 'no', 'vol',
  'jan', 'feb', 'febr', 'aug', 'sept', 'oct', 'nov', 'dec', 'approx', 'p', 'pp', 'ee', 'uu',
]);

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The end of a sentence followed by a dialogue dash ("… non. — Pour …"). */
const DASH_TURN = /[.!?…]["»”’)\]]*\s+(?=[—–](?:\s|\p{Lu}))/gu;

const OPENERS = '«„‚“‘「『';
const CLOSERS = '»”’」』';

/**
 * Whether the first quotation mark of the line after `from` closes the quotation left open (its
 * opener `opener`, or an ASCII '"' when `ascii`), rather than opening another.
 */
function nextLineCloses(text: string, from: number, opener: string, ascii: boolean): boolean {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  for (; i < text.length && text[i] !== '\n'; i++) {
    const c = text[i];
    if (c === '"') return ascii;
    if (c === '“') return opener === '„';
    if (c === '’') {
      if (/[\s.,;:!?)]/.test(text[i + 1] ?? ' ')) return true;
      continue; // an apostrophe
    }
    if (c === '‘' || c === '‚') {
      if (/[\s(]/.test(text[i - 1] ?? ' ')) return false;
      continue;
    }
    if (CLOSERS.includes(c)) return true;
    if (OPENERS.includes(c)) return false;
  }
  return false;
}

/** Split `text` into sentences, in order. Spans index `text`; blank segments are dropped. */
export function segmentSentences(text: string): Sentence[] {
  const raw: TextSpan[] = [];
  for (const chunk of chunks(text)) {
    for (const s of SEGMENTER.segment(text.slice(chunk.start, chunk.end))) {
      // Intl.Segmenter does not end a sentence before a dialogue dash ("… ukrainien. — Pour le
      // moment, non.", "… ответил Песков. — Россия …"): split there too.
      let from = chunk.start + s.index;
      const end = from + s.segment.length;
      if (/[—–]/.test(s.segment)) {
        for (const m of s.segment.matchAll(DASH_TURN)) {
          const at = chunk.start + s.index + m.index + m[0].length;
          if (at > from && at < end) {
            raw.push({ start: from, end: at });
            from = at;
          }
        }
      }
      raw.push({ start: from, end });
    }
  }
  // Merge segments that Intl.Segmenter split after an abbreviation, an initial or an ellipsis.
  const merged: TextSpan[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldMerge(text, prev, seg)) prev.end = seg.end;
    else merged.push({ ...seg });
  }
  // Trim, and track quotation marks across sentences.
  const out: Sentence[] = [];
  let depth = 0;
  let asciiOpen = false;
  let group = 0;
  let openStart = 0;
  let lastOpener = '';
  for (const seg of merged) {
    let { start, end } = seg;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) continue;
    const startsInside = depth > 0 || asciiOpen;
    if (!startsInside) group++;
    const quoted: TextSpan[] = [];
    openStart = startsInside ? start : -1;
    for (let i = start; i < end; i++) {
      const c = text[i];
      let opens = false;
      let closes = false;
      if (c === '"') {
        if (asciiOpen) closes = true;
        else opens = true;
        asciiOpen = !asciiOpen;
      } else if (c === '“') {
        // English opens with “, German closes „…“ with it.
        if (depth > 0 && lastOpener === '„') closes = true;
        else opens = true;
      } else if (c === '‘' || c === '’' || c === '‚') {
        // Single quotes double as apostrophes; only treat them as quotes next to a space or edge.
        const before = text[i - 1] ?? ' ';
        const after = text[i + 1] ?? ' ';
        if ((c === '‘' || c === '‚') && /[\s(]/.test(before) && !/\s/.test(after)) opens = true;
        else if (c === '’' && depth > 0 && /[\s.,;:!?)]/.test(after) && !/\s/.test(before)) closes = true;
      } else if (OPENERS.includes(c)) opens = true;
      else if (CLOSERS.includes(c)) closes = true;
      if (opens && c !== '"') {
        if (depth === 0) openStart = i;
        depth++;
        lastOpener = c;
      } else if (opens) {
        if (depth === 0) openStart = i;
      } else if (closes) {
        if (c !== '"') depth = Math.max(0, depth - 1);
        if (depth === 0 && !asciiOpen && openStart >= 0) {
          quoted.push({ start: openStart, end: i + 1 });
          openStart = -1;
        }
      }
    }
    if ((depth > 0 || asciiOpen) && openStart >= 0) quoted.push({ start: openStart, end });
    out.push({ start, end, quoteGroup: group, quoted });
    // A paragraph break closes any quotation left open (a typo must not glue the article together),
    // unless the next line goes on with it: it reopens the quotation, or its first quotation mark
    // closes it ("“Nobody has hung up the phone.⏎But the talks are still hard going.”").
    if (/\n\s*\n|\n$/.test(text.slice(seg.start, seg.end)) && !/\n\s*[«„“"]/.test(text.slice(end, end + 4)) && !((depth > 0 || asciiOpen) && nextLineCloses(text, end, lastOpener, asciiOpen))) {
      depth = 0;
      asciiOpen = false;
    }
  }
  return out;
}


/** Longest piece handed to Intl.Segmenter at once (see {@link chunks}). */
const CHUNK_MAX = 2000;

/**
 * Pieces of `text` that end where a sentence surely ends: after a line break, or for long
 * paragraphs after sentence punctuation and space. V8's Intl.Segmenter takes time quadratic in the
 * length of the string it iterates (1,000 sentences: 0.14 s, 4,000: 2.4 s), so it is given short
 * pieces; a line break is a sentence break for it anyway.
 */
function* chunks(text: string): Generator<TextSpan> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    while (end - start > CHUNK_MAX) {
      // Cut after ". " (or ! ? …) followed by an upper-case letter, as late as possible within the limit.
      const window = text.slice(start + CHUNK_MAX / 2, start + CHUNK_MAX);
      let cut = -1;
      const re = /[.!?…]["»”]?\s+(?=["«„“]?\p{Lu})/gu;
      for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
      if (cut < 0) break;
      yield { start, end: start + CHUNK_MAX / 2 + cut };
      start += CHUNK_MAX / 2 + cut;
    }
    yield { start, end };
    start = end;
  }
}

function shouldMerge(text: string, prev: TextSpan, next: TextSpan): boolean {
  const prevText = text.slice(prev.start, prev.end);
  if (/\n\s*$/.test(prevText)) return false;
  const trimmed = prevText.trimEnd();
  const nextText = text.slice(next.start, next.end);
  // Only closing punctuation or quotes left over: belongs to the sentence before.
  if (/^[\s"»”’)\]]*$/.test(nextText)) return true;
  if (trimmed.endsWith('.')) {
    const m = /([\p{L}-]+)\.$/u.exec(trimmed.slice(-48));
    if (m) {
      const word = m[1];
      // An initial ("V. Putin", "J.-Y.") or an abbreviation followed by more words.
      if (/^\p{Lu}$/u.test(word) || /^\p{Lu}\.-?\p{Lu}$/u.test(word)) return true;
      if (ABBREVIATIONS.has(word.toLowerCase()) && /^\s*["«„“]?[\p{L}\d]/u.test(nextText)) {
        // "etc." and "p." end sentences too: only merge them when the next word is lower case.
        if (['etc', 'no', 'p', 'pp', 'vs', 'uu'].includes(word.toLowerCase())) return /^\s*\p{Ll}/u.test(nextText);
        return true;
      }
    }
    // Numbers with a period ("1. September" in German, "20. 9.") followed by lower case or digits.
    if (/\d\.$/.test(trimmed) && /^\s*[\p{Ll}\d]/u.test(nextText)) return true;
  }
  // An ellipsis inside a sentence: "… et puis", "... and then".
  if (/(\.\.\.|…)["»”]?$/.test(trimmed) && /^\s*\p{Ll}/u.test(nextText)) return true;
  // Who asked or exclaimed, after the mark: "« … ? » a demandé le journaliste", "¿…? — preguntó
  // la periodista", '"… ?" he asked'.
  if (/[?!？！]\s*["'»”’)\]]*$/u.test(trimmed) && /^\s*[—–]?\s*\p{Ll}/u.test(nextText)) return true;
  return false;
}
