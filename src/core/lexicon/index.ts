/** The core's shared multilingual lexicon (see lexicon.ts). */
export { LEXICON, type LexiconConcept } from './lexicon';

import { LEXICON } from './lexicon';

/** All terms of a lexicon concept, every language pooled; undefined if there is no such concept. */
export function lexiconTerms(name: string): string[] | undefined {
  const concept = LEXICON[name];
  if (!concept) return undefined;
  return Object.values(concept).flatMap((terms) => terms ?? []);
}
