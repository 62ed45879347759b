// Validation errors in plain words, naming the field as the caller typed it (a CLI flag, a JSON key):
// `--country: "Pakistan" is not a two-letter ISO country code (e.g. PK)`.
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** How the caller names a field: e.g. `country` → `--country`, `documentId` → `DOC_ID`. */
export type FieldNamer = (path: readonly PathKey[]) => string;

/** Names fields by their JSON path, as in `files[0].path`. */
export const jsonPath: FieldNamer = (path) =>
  path.reduce<string>(
    (name, key) =>
      typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key),
    '',
  ) || 'the arguments';

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A count as people read it: "10,001 characters". */
function plural(n: number | bigint, one: string): string {
  return `${n.toLocaleString('en-US')} ${one}${Number(n) === 1 ? '' : 's'}`;
}

/** zod's own wording ("Invalid input: …", "Too small: …"), as against a schema's message. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized key)/;

/** Nothing typed: no text, only spaces, or an empty list. */
function isEmpty(value: unknown): boolean {
  return (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);
}

/**
 * An issue on a field whose schema says what it takes (a noun phrase: 'a name, e.g. "Baseline
 * 2026"'), in those words: `name is empty: give a name, e.g. "Baseline 2026"`.
 */
function withOwnMessage(issue: Issue, field: string, value: unknown): string | undefined {
  if (issue.code === 'custom' || ZOD_WORDING.test(issue.message)) return undefined;
  if (value === undefined || value === null) return `${field} is required: give ${issue.message}`;
  if (isEmpty(value)) return `${field} is empty: give ${issue.message}`;
  if (issue.code === 'too_big' && typeof value === 'string')
    return `${field} is too long (${plural(value.length, 'character')}): give ${issue.message}`;
  return `${field}: ${show(value)} is not ${issue.message}`;
}

/** One issue in plain words. Custom schema messages are noun phrases ("a two-letter ISO country code"). */
export function explainIssue(issue: Issue, input: unknown, name: FieldNamer): string {
  const field = name(issue.path);
  const value = valueAt(input, issue.path);
  const own = withOwnMessage(issue, field, value);
  if (own !== undefined) return own;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${field} is required`;
      if (value === null) return `${field} is empty: give ${EXPECTED[issue.expected] ?? issue.expected}`;
      return `${field}: ${show(value)} is not ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_format':
      return `${field}: ${show(value)} is not in the expected format`;
    case 'invalid_value':
      if (value === undefined)
        return `${field} is required: one of ${issue.values.map((v) => String(v)).join(', ')}`;
      return `${field}: ${show(value)} is not one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `${field} needs at least ${plural(issue.minimum, 'value')}`;
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `${field} must not be empty`
          : `${field} must have at least ${plural(issue.minimum, 'character')}`;
      return `${field}: ${show(value)} is below the minimum, ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `${field} takes at most ${plural(issue.maximum, 'value')}`;
      if (issue.origin === 'string')
        return `${field} must have at most ${plural(issue.maximum, 'character')}`;
      return `${field}: ${show(value)} is above the maximum, ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${name([...issue.path, key])} is not an option here`).join('; ');
    case 'custom':
      // A field's own check names what it wants ("a date written YYYY-MM-DD"): say what was given.
      if (issue.path.length && typeof value === 'string' && /^an? /.test(issue.message))
        return `${field}: ${show(value)} is not ${issue.message}`;
      return issue.path.length ? `${field}: ${issue.message}` : issue.message;
    default:
      return issue.path.length ? `${field}: ${issue.message}` : issue.message;
  }
}

/** Every issue of a failed parse, one per line. */
export function explainIssues(error: z.ZodError, input: unknown, name: FieldNamer = jsonPath): string {
  return error.issues.map((issue) => explainIssue(issue, input, name)).join('\n');
}
