/**
 * Parse and validate a claim pack from its text: the one code path used by
 * `counterpoint pack validate`, the options page's import and the built-in pack's test.
 * Errors are data (`PackError`), never exceptions, and each says what is wrong and where.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { ClaimPack, Result } from '../types';
import { packSchema } from './schema';
import { validateMatchData } from '../match/validate-match-data';

/** Largest pack accepted, in bytes (5 MB). Callers with a file refuse bigger ones before reading. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** One problem with a pack. `where` is a JSON path (`$.claims[3].reply`) or `line L, column C`. */
export interface PackError {
  message: string;
  where: string;
}

/** `what is wrong at where`, and `(and N more)` when there are several: the one-line form users see. */
export function formatPackErrors(errors: PackError[]): string {
  const [first] = errors;
  const head = first.where ? `${first.message} at ${first.where}` : first.message;
  return errors.length > 1 ? `${head} (and ${errors.length - 1} more)` : head;
}

/** JSON path of a zod issue path: `$.claims[3].reply`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'not JSON: unexpected character',
  InvalidNumberFormat: 'not JSON: malformed number',
  PropertyNameExpected: 'not JSON: expected a property name in double quotes',
  ValueExpected: 'not JSON: expected a value',
  ColonExpected: "not JSON: expected ':'",
  CommaExpected: "not JSON: expected ','",
  CloseBraceExpected: "not JSON: expected '}'",
  CloseBracketExpected: "not JSON: expected ']'",
  EndOfFileExpected: 'not JSON: unexpected text after the end',
  InvalidCommentToken: 'not JSON: comments are not allowed',
  UnexpectedEndOfComment: 'not JSON: unterminated comment',
  UnexpectedEndOfString: 'not JSON: unterminated string',
  UnexpectedEndOfNumber: 'not JSON: unterminated number',
  InvalidUnicode: 'not JSON: invalid unicode escape',
  InvalidEscapeCharacter: 'not JSON: invalid escape character',
  InvalidCharacter: 'not JSON: invalid character in a string',
};

/** Parse JSON strictly (no comments, no trailing commas), reporting the first error's line and column. */
export function parseJsonText(text: string): Result<unknown, PackError[]> {
  if (text.trim() === '') return { ok: false, error: [{ message: 'empty file, expected a JSON object', where: '' }] };
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0) {
    // Only the first syntax error is real; the parser's later ones follow from it.
    return {
      ok: false,
      error: errors.slice(0, 1).map((e) => ({
        message: SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? `not JSON: ${printParseErrorCode(e.error)}`,
        where: lineColumn(text, e.offset),
      })),
    };
  }
  return { ok: true, value };
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function zodIssueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.path.length > 0 && issue.code !== 'unrecognized_keys' && valueAt(root, issue.path) === undefined)
    return typeof last === 'number' ? 'missing item' : `missing field "${String(last)}"`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

/** Cross-checks the schema cannot make: unique ids, references that resolve, replies from another side. */
function crossCheck(pack: ClaimPack): PackError[] {
  const errors: PackError[] = [];
  const dup = (list: { id: string }[], field: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) {
        errors.push({ message: `duplicate ${field} id "${item.id}" (first at $.${field}s[${seen.get(item.id)}])`, where: `$.${field}s[${i}].id` });
      } else seen.set(item.id, i);
    });
  };
  dup(pack.sides, 'side');
  dup(pack.speakers, 'speaker');
  dup(pack.claims, 'claim');
  const sides = new Set(pack.sides.map((s) => s.id));
  const speakers = new Map(pack.speakers.map((s) => [s.id, s]));
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  pack.speakers.forEach((s, i) => {
    if (!sides.has(s.side)) errors.push({ message: `speaker's side "${s.side}" is not in $.sides`, where: `$.speakers[${i}].side` });
  });
  pack.claims.forEach((c, i) => {
    const speaker = speakers.get(c.speaker);
    if (!speaker) {
      errors.push({ message: `claim's speaker "${c.speaker}" is not in $.speakers`, where: `$.claims[${i}].speaker` });
      return;
    }
    c.replies.forEach((r, j) => {
      const reply = claims.get(r);
      const where = `$.claims[${i}].replies[${j}]`;
      if (!reply) errors.push({ message: `reply "${r}" is not a claim of this pack`, where });
      else if (speakers.get(reply.speaker)?.side === speaker.side)
        errors.push({ message: `reply "${r}" is by the same side ("${speaker.side}"), a reply must come from another side`, where });
    });
  });
  return errors;
}

/** Validate an already-parsed value as a pack. */
export function validatePack(value: unknown): Result<ClaimPack, PackError[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: [{ message: `expected a JSON object, got ${describeType(value)}`, where: '$' }] };
  }
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.error.issues.map((issue) => ({ message: zodIssueMessage(issue, value), where: jsonPath(issue.path) })),
    };
  }
  const pack = parsed.data as ClaimPack;
  const errors = [...crossCheck(pack), ...validateMatchData(pack)];
  return errors.length ? { ok: false, error: errors } : { ok: true, value: pack };
}

/** Parse a pack from its JSON text: syntax, schema and cross-checks. */
export function parsePack(text: string): Result<ClaimPack, PackError[]> {
  if (text.length > MAX_PACK_BYTES) {
    return { ok: false, error: [{ message: `pack is larger than the ${MAX_PACK_BYTES / 1024 / 1024} MB limit`, where: '' }] };
  }
  if (text.includes('\u0000')) {
    return { ok: false, error: [{ message: 'not JSON: the file is binary (it contains NUL bytes)', where: lineColumn(text, text.indexOf('\u0000')) }] };
  }
  const json = parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return json.ok ? validatePack(json.value) : json;
}
