// The clause picker's search: a query finds clauses by their number as printed ("2", "s. 2",
// "section 10A") or by words of their heading and text; numbers that match come first.
import type { Clause } from '../model';
import { citeClauseNumber } from './cite-clause';

/** A clause's number without its label: "s. 10A" → "10a". */
const bareNumber = (s: string) =>
  s
    .toLowerCase()
    .replace(
      /^(?:section|sec\.?|s\.|article|art\.?|clause|cl\.|rule|r\.|regulation|reg\.|para\.?|paragraph)\s*/,
      '',
    )
    .trim();

/** The clauses the query finds, clauses whose number is the query first, then in the laws' order. */
export function findClauses<C extends Pick<Clause, 'number' | 'kind' | 'heading' | 'text'>>(
  clauses: readonly C[],
  query: string,
): C[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...clauses];
  const number = bareNumber(q);
  const words = q.split(/\s+/).filter(Boolean);
  const rank = (c: C): number => {
    const n = c.number.trim().toLowerCase();
    if (n === number || bareNumber(citeClauseNumber(c.kind, c.number)) === number) return 0;
    const body = `${c.heading} ${c.text}`.toLowerCase();
    if (words.every((w) => body.includes(w) || n === bareNumber(w))) return 1;
    return -1;
  };
  return clauses
    .map((c, i) => ({ c, i, r: rank(c) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}
