// A suggestion's evidence (its matched terms) as the suggestions table stores it. Tagging writes tens
// of thousands of rows at once, and the evidence is most of each row's bytes: what is written,
// carried to SQLite inside one JSON parameter (where every quote of JSON evidence is escaped and
// unescaped again) and checkpointed. It is stored as text, each term its kind letter, its term and,
// where it has a span, `@start,end`, the terms joined by `|`: `cchild|kchild@33,38`, which reads
// back as the same objects. Rows written before (JSON: arrays of objects, or arrays of
// `[term, kind letter, start, end]`), and evidence that does not fit the text form exactly, are
// stored and read as JSON.
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

/** An offset the text form gives back exactly (start and end both -1: no span). */
const offset = (n: unknown): n is number => Number.isSafeInteger(n);

const FIELDS = ['term', 'kind', 'start', 'end'] as const;

/**
 * The text of a term (null: it does not fit), which gives back exactly its four fields in their
 * order. Built for each row: a cache by term object (the matcher shares them between results)
 * held every term of the run in a WeakMap, which cost the collector more than the text costs.
 */
function textOf(m: MatchedTerm): string | null {
  if (Array.isArray(m)) return null;
  let n = 0;
  for (const key in m) if (key !== FIELDS[n++]) return null;
  const { term, kind, start, end } = m;
  if (n !== 4 || typeof term !== 'string' || term.includes('|') || term.includes('@')) return null;
  if (!Object.hasOwn(LETTERS, kind) || !offset(start) || !offset(end)) return null;
  return start === -1 && end === -1 ? LETTERS[kind] + term : `${LETTERS[kind]}${term}@${start},${end}`;
}

/** The evidence as stored: as text where every term fits, else the JSON of the objects as given. */
export function storedEvidence(matched: readonly MatchedTerm[]): string {
  let out = '';
  for (let i = 0; i < matched.length; i++) {
    const m = matched[i];
    const text = typeof m === 'object' && m !== null ? textOf(m) : null;
    if (text === null) return JSON.stringify(matched);
    out += i ? `|${text}` : text;
  }
  return matched.length ? out : '[]';
}

/** A term of the earlier compact JSON form, `[term, kind letter, start?, end?]`. */
function jsonTerm(entry: unknown): unknown {
  if (!Array.isArray(entry)) return entry;
  const [text, letter, start = -1, end = -1] = entry as [string, string, number?, number?];
  return { term: text, kind: KINDS.get(letter), start, end };
}

function textTerm(text: string): MatchedTerm {
  const kind = KINDS.get(text[0]) as Kind;
  const at = text.lastIndexOf('@');
  if (at < 0) return { term: text.slice(1), kind, start: -1, end: -1 };
  const comma = text.indexOf(',', at);
  return {
    term: text.slice(1, at),
    kind,
    start: Number(text.slice(at + 1, comma)),
    end: Number(text.slice(comma + 1)),
  };
}

/** The evidence a stored value holds, in any of its forms (null or no value: none). */
export function readEvidence(value: unknown): MatchedTerm[] {
  if (typeof value !== 'string' || value === '') return [];
  if (value[0] !== '[') return value.split('|').map(textTerm);
  const parsed = JSON.parse(value) as unknown;
  return Array.isArray(parsed) ? (parsed.map(jsonTerm) as MatchedTerm[]) : (parsed as MatchedTerm[]);
}
