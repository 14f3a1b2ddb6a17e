/** Text utilities of the core: normalisation, tokenising, sentence segmentation. */
export { normalizeWord, unifyPunctuation } from './normalize';
export { tokenize, words, type Token } from './tokenize';
export { segmentSentences, type Sentence } from './segment';
