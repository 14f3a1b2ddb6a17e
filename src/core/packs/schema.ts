/**
 * The JSON format of a claim pack, version 1, as a zod schema. `docs/pack-format.md` describes it
 * for pack authors; keep the two in step. Cross-checks a schema cannot express (unique ids,
 * replies pointing at claims of another side) live in `validate.ts`.
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)');
const lang = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "en"');
const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be empty');
const localized = z
  .record(lang, nonEmpty)
  .refine((o) => Object.keys(o).length > 0, 'must have at least one language');

export const sideSchema = z.strictObject({ id, name: localized });

export const speakerSchema = z.strictObject({
  id,
  name: nonEmpty,
  role: localized,
  side: id,
});

export const claimSchema = z.strictObject({
  id,
  speaker: id,
  summary: localized,
  said: z.strictObject({
    text: nonEmpty,
    kind: z.enum(['quote', 'paraphrase']),
    lang,
  }),
  translations: localized,
  replies: z.array(id),
  /** Matcher data; its own schema is checked by the matcher (see src/core/match). */
  match: z.unknown().optional(),
});

export const packSchema = z.strictObject({
  format: z.literal('counterpoint-pack'),
  version: z.literal(1),
  id,
  title: localized,
  reference: z.strictObject({
    title: nonEmpty,
    source: nonEmpty,
    url: z.url().optional(),
    lang,
    date: z.iso.date(),
    text: nonEmpty,
  }),
  sides: z.array(sideSchema).min(1, 'must list at least one side'),
  speakers: z.array(speakerSchema).min(1, 'must list at least one speaker'),
  claims: z.array(claimSchema).min(1, 'must list at least one claim'),
  matching: z.unknown().optional(),
});
