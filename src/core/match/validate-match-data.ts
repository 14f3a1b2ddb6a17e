/**
 * Checks the matcher's data inside a pack (`claims[].match`, `matching`) beyond the pack schema:
 * shapes (zod), then references — speaker ids, `@concept` names — and term syntax. Errors carry
 * JSON paths such as `$.claims[3].match.all[0]`.
 */
import { z } from 'zod';
import type { ClaimPack } from '../types';
import { jsonPath, type PackError } from '../packs/validate';
import { lexiconTerms } from '../lexicon';

const term = z.string().trim().min(1, 'must not be empty');
const group = z.union([term, z.array(term).min(1, 'must list at least one term')]);

export const claimMatchSchema = z.strictObject({
  speakers: z.array(term).min(1).optional(),
  all: z.array(group).optional(),
  any: z.array(z.strictObject({ all: z.array(group).min(1, 'must list at least one group'), none: z.array(term).optional() })).min(1).optional(),
  none: z.array(term).optional(),
});

export const packMatchingSchema = z.strictObject({
  speakers: z.record(z.string(), z.strictObject({ aliases: z.array(term).min(1, 'must list at least one alias'), roles: z.array(term).optional(), roleOf: z.array(z.string()).optional() })),
  others: z.record(z.string(), z.array(term)).optional(),
  metonyms: z.record(z.string(), z.array(term)).optional(),
  concepts: z.record(z.string(), z.array(term).min(1, 'must list at least one term')).optional(),
});

/** Syntax problems of one term, or undefined. */
function termProblem(t: string, concepts: Record<string, string[]>): string | undefined {
  const parts = t.trim().split(/\s+/);
  if (parts[0] === '~' || parts[parts.length - 1] === '~') return `term "${t}" must not start or end with "~"`;
  for (const p of parts) {
    if (p.startsWith('@')) {
      const name = p.slice(1);
      if (!(name in concepts) && !lexiconTerms(name)) return `unknown concept "${p}" in term "${t}"`;
    } else if (p.endsWith('*') && p.replace(/\*$/, '').length < 3) return `stem "${p}" is too short (at least 3 letters before "*")`;
  }
  return undefined;
}

export function validateMatchData(pack: ClaimPack): PackError[] {
  const errors: PackError[] = [];
  const add = (message: string, path: PropertyKey[]) => errors.push({ message, where: jsonPath(path) });
  let concepts: Record<string, string[]> = {};
  if (pack.matching !== undefined) {
    const parsed = packMatchingSchema.safeParse(pack.matching);
    if (!parsed.success) for (const i of parsed.error.issues) add(i.message.replace(/^Invalid input: /, ''), ['matching', ...i.path]);
    else {
      concepts = parsed.data.concepts ?? {};
      const speakerIds = new Set(pack.speakers.map((s) => s.id));
      for (const [id, s] of Object.entries(parsed.data.speakers)) {
        if (!speakerIds.has(id)) add(`speaker "${id}" is not in $.speakers`, ['matching', 'speakers', id]);
        s.aliases.forEach((a, j) => {
          const p = termProblem(a, concepts);
          if (p) add(p, ['matching', 'speakers', id, 'aliases', j]);
        });
        (s.roles ?? []).forEach((a, j) => {
          const p = termProblem(a, concepts);
          if (p) add(p, ['matching', 'speakers', id, 'roles', j]);
        });
        (s.roleOf ?? []).forEach((other, j) => {
          if (!speakerIds.has(other)) add(`speaker "${other}" is not in $.speakers`, ['matching', 'speakers', id, 'roleOf', j]);
        });
      }
      for (const [name, terms] of Object.entries({ ...(parsed.data.others ?? {}) })) {
        terms.forEach((a, j) => {
          const p = termProblem(a, concepts);
          if (p) add(p, ['matching', 'others', name, j]);
        });
      }
      for (const [name, terms] of Object.entries({ ...(parsed.data.metonyms ?? {}) })) {
        if (!(name in parsed.data.speakers)) add(`speaker "${name}" is not in $.matching.speakers`, ['matching', 'metonyms', name]);
        terms.forEach((a, j) => {
          const p = termProblem(a, concepts);
          if (p) add(p, ['matching', 'metonyms', name, j]);
        });
      }
      for (const [name, terms] of Object.entries(concepts)) {
        terms.forEach((a, j) => {
          const p = termProblem(a, concepts);
          if (p) add(p, ['matching', 'concepts', name, j]);
        });
      }
    }
  }
  const speakerIds = new Set(pack.speakers.map((s) => s.id));
  pack.claims.forEach((claim, i) => {
    if (claim.match === undefined) return;
    const base: PropertyKey[] = ['claims', i, 'match'];
    const parsed = claimMatchSchema.safeParse(claim.match);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(issue.message.replace(/^Invalid input: /, ''), [...base, ...issue.path]);
      return;
    }
    const m = parsed.data;
    if (!m.all?.length && !m.any?.length) add('must have "all" or "any"', base);
    m.speakers?.forEach((s, j) => {
      if (!speakerIds.has(s)) add(`speaker "${s}" is not in $.speakers`, [...base, 'speakers', j]);
    });
    const checkGroup = (g: string | string[], path: PropertyKey[]) => {
      if (typeof g === 'string') {
        const p = termProblem(g, concepts);
        if (p) add(p, path);
      } else
        g.forEach((t, k) => {
          const p = termProblem(t, concepts);
          if (p) add(p, [...path, k]);
        });
    };
    m.all?.forEach((g, j) => checkGroup(g, [...base, 'all', j]));
    m.any?.forEach((alt, j) => {
      alt.all.forEach((g, k) => checkGroup(g, [...base, 'any', j, 'all', k]));
      alt.none?.forEach((t, k) => checkGroup(t, [...base, 'any', j, 'none', k]));
    });
    m.none?.forEach((t, j) => checkGroup(t, [...base, 'none', j]));
  });
  return errors;
}
