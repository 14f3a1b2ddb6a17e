/**
 * The shared multilingual lexicon: concepts that are not specific to one story (reporting verbs,
 * negation, roles, common political vocabulary), in twenty-two languages. Packs refer to them by
 * name ("@meeting"); a pack's own `matching.concepts` may add or shadow concepts.
 *
 * Layout: concepts.ts names the concepts and says what each means; each language has its own
 * file of words, named by its code: en, fr, de, es, it, pt, pl, ro, ru, uk, nl, sv, cs, tr, bg,
 * hbs (Serbo-Croatian: Croatian, Bosnian, Serbian in both scripts), hu, el, sk, lt, zh (Simplified
 * and Traditional) and ja, typed by that list. A file's header says what it covers and which
 * concepts it leaves out on purpose (tr.ts, hu.ts and ja.ts leave out those their word order would
 * turn upside down, e.g. `according-to`). any.ts holds terms of no one language. Chinese and
 * Japanese terms are written as in text; the tokeniser splits them (text/words.ts).
 *
 * Term syntax (same as in packs; see src/core/match/README.md):
 *   word       the whole word, compared after normalisation (lowercase, no diacritics)
 *   stem*      any word starting with `stem` (for declension and conjugation; keep stems ≥ 4 letters)
 *   a b        consecutive words; `~` between words allows up to 3 other words in between
 *   @name      another concept (expanded when a pack is compiled)
 * All languages are pooled: a sentence is matched against every language's terms, so no language
 * detection is needed, and a term must not be a common word with another meaning in another
 * language (e.g. no bare "ne": it is a pronoun in Romanian; Hungarian "nem" only in phrases).
 */
import any from './any';
import { CONCEPTS, type ConceptName, type LanguageLexicon } from './concepts';
import bg from './bg';
import cs from './cs';
import de from './de';
import el from './el';
import en from './en';
import es from './es';
import fr from './fr';
import hbs from './hbs';
import hu from './hu';
import it from './it';
import ja from './ja';
import lt from './lt';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ro from './ro';
import ru from './ru';
import sk from './sk';
import sv from './sv';
import tr from './tr';
import uk from './uk';
import zh from './zh';

export type { ConceptName, LanguageLexicon } from './concepts';

/** The languages of the lexicon, each with its words. */
export const LANGUAGES: Readonly<Record<string, LanguageLexicon>> = { en, fr, de, es, it, pt, pl, ro, ru, uk, nl, sv, cs, tr, bg, hbs, hu, el, sk, lt, zh, ja, any };

/** One concept's words by language. */
export type LexiconConcept = Partial<Record<keyof typeof LANGUAGES, string[]>>;

/** Concept → language → words (the language files, merged once). */
export const LEXICON: Record<string, LexiconConcept> = Object.fromEntries(
  (Object.keys(CONCEPTS) as ConceptName[]).map((name) => [
    name,
    Object.fromEntries(Object.entries(LANGUAGES).flatMap(([lang, words]) => (words[name] ? [[lang, words[name]]] : []))),
  ]),
);

/** All terms of a lexicon concept, every language pooled; undefined if there is no such concept. */
export function lexiconTerms(name: string): string[] | undefined {
  const concept = LEXICON[name];
  if (!concept) return undefined;
  return Object.values(concept).flatMap((terms) => terms ?? []);
}
