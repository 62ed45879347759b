// A suggestion's evidence (its matched terms) as the suggestions table stores it. Tagging writes tens
// of thousands of rows at once, and the evidence written as JSON objects was two thirds of each
// row's bytes: the key names, and a span of -1..-1 on every context term. It is stored as arrays
// instead, `[term, kind letter]` for a term without a span and `[term, kind letter, start, end]`
// for one with, which reads back as the same objects. Rows written before (arrays of objects), or
// evidence that does not fit the compact form exactly, are stored and read as plain JSON.
import type { MatchedTerm } from '../../shared/model';

type Kind = MatchedTerm['kind'];

const LETTERS: Record<Kind, string> = {
  phrase: 'p',
  keyword: 'k',
  negative: 'n',
  context: 'c',
  learned: 'l',
};
const KINDS = new Map(Object.entries(LETTERS).map(([kind, letter]) => [letter, kind as Kind]));

/** An offset JSON carries exactly (start and end both -1: no span). */
const offset = (n: unknown): n is number => Number.isSafeInteger(n);

/** Whether `m` is exactly the four fields the compact form gives back, in their order. */
function compactable(m: MatchedTerm): boolean {
  if (Array.isArray(m)) return false;
  const keys = Object.keys(m);
  return (
    keys.length === 4 &&
    keys[0] === 'term' &&
    keys[1] === 'kind' &&
    keys[2] === 'start' &&
    keys[3] === 'end' &&
    typeof m.term === 'string' &&
    Object.hasOwn(LETTERS, m.kind) &&
    offset(m.start) &&
    offset(m.end)
  );
}

/**
 * Each term's compact text (null: it does not fit), by the term object: the matcher shares one
 * object between the results that give the same term, so most are written once per run.
 */
const fragments = new WeakMap<MatchedTerm, string | null>();

function fragment(m: MatchedTerm): string | null {
  let text = fragments.get(m);
  if (text === undefined) {
    text = compactable(m)
      ? JSON.stringify(
          m.start === -1 && m.end === -1
            ? [m.term, LETTERS[m.kind]]
            : [m.term, LETTERS[m.kind], m.start, m.end],
        )
      : null;
    fragments.set(m, text);
  }
  return text;
}

/** The evidence as stored: compact where every term fits, else the JSON of the objects as given. */
export function storedEvidence(matched: readonly MatchedTerm[]): string {
  let out = '[';
  for (let i = 0; i < matched.length; i++) {
    const m = matched[i];
    const text = typeof m === 'object' && m !== null ? fragment(m) : null;
    if (text === null) return JSON.stringify(matched);
    out += i ? `,${text}` : text;
  }
  return `${out}]`;
}

function term(entry: unknown): unknown {
  if (!Array.isArray(entry)) return entry;
  const [text, letter, start = -1, end = -1] = entry as [string, string, number?, number?];
  return { term: text, kind: KINDS.get(letter), start, end };
}

/** The evidence a stored value holds, in either form (null or no value: none). */
export function readEvidence(value: unknown): MatchedTerm[] {
  if (typeof value !== 'string') return [];
  const parsed = JSON.parse(value) as unknown;
  return Array.isArray(parsed) ? (parsed.map(term) as MatchedTerm[]) : (parsed as MatchedTerm[]);
}
