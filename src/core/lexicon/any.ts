/** Terms of no one language (symbols, names written the same everywhere): words of the shared lexicon's concepts (see concepts.ts; term syntax in index.ts). */
import type { LanguageLexicon } from './concepts';

export default {
  'not-fuzzy': ['capital*', 'kapital*', 'капитал*', 'капітал*', 'capitolo', 'capitoli', 'capitolul', 'present*', 'position*', 'pozitie*', 'pozycj*', 'condition*', 'design*', 'estambul', 'mediterran*', 'uniune*', 'finanz*', 'financ*', 'previsio*', 'tendria', 'disput*', 'gebeten', 'verteidig*', 'oznacza*', 'означа*', 'означає', 'деиству*', 'действу*', 'offensiv*', 'offensive', 'garanti*', 'гаранти*', 'гаранті*', 'interes*', 'interet*'],
  capitulation: ['kapitul*', 'capitul*'],
} satisfies LanguageLexicon;
