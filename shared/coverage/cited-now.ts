// Whether the clauses a rating cites still read as the analyst cited them: a law read again (OCR, a
// newer text), a clause split, merged, renumbered or removed, a law deleted or repealed since. The
// rating keeps each clause as cited (the evidence of what was rated); the matrix adds what became
// of it, and every screen and export says it in the words below.
import type { CitedClause, CitedClauseNow, ClauseKind, DocumentRecord, RatingClause } from '../model';
import { wordsOf } from '../versions/match-versions';
import { citeClauseOf, citePrintedPage } from './cite-clause';

/** A clause as the store holds it now, with the page number printed on its first page. */
export interface ClauseNow {
  number: string;
  kind: ClauseKind;
  text: string;
  pageStart: number;
  printedPage: string | null;
}

/** How a clause of `law` is cited, as it reads now: what a rating keeps of it besides its ids. */
export function citedAs(
  law: Pick<DocumentRecord, 'title' | 'year'>,
  clause: ClauseNow,
): NonNullable<CitedClauseNow['current']> {
  return {
    clauseNumber: clause.number,
    citation: citeClauseOf(law, clause),
    page: clause.pageStart,
    printedPage: clause.printedPage,
    clauseText: clause.text,
  };
}

const sameWords = (a: string, b: string) => wordsOf(a).join(' ') === wordsOf(b).join(' ');

/**
 * The cited clause with what became of it (`now`), or as it was where it reads as cited in a law in
 * force. Words are compared as versions compare them: spacing, line breaks and punctuation are layout.
 */
export function citedNow(
  cited: RatingClause,
  law: Pick<DocumentRecord, 'title' | 'year' | 'status'> | undefined,
  clause: ClauseNow | undefined,
): CitedClause {
  const lawRepealed = law?.status === 'repealed';
  const current = law && clause ? citedAs(law, clause) : null;
  let change: CitedClauseNow['change'] = null;
  if (!law) change = 'law_deleted';
  else if (!current) change = 'gone';
  else if (!sameWords(current.clauseText, cited.clauseText)) change = 'changed';
  else if (
    current.citation !== cited.citation ||
    citePrintedPage(current.page, current.printedPage) !== citePrintedPage(cited.page, cited.printedPage)
  )
    change = 'moved';
  if (!change && !lawRepealed) return cited;
  return { ...cited, now: { change, lawRepealed, current } };
}

/** Whether the clause is no longer in the library's laws: nothing to open, nothing to cite again. */
export const citedGone = (c: Pick<CitedClause, 'now'>): boolean => !!c.now && !c.now.current;

/**
 * What every screen and export says of a cited clause that changed: "changed since rated", "no longer
 * in the law as read now", "renumbered since rated: now s. 2A", "its law is repealed"; '' where it
 * reads as cited.
 */
export function citedChangeText(c: Pick<CitedClause, 'now' | 'citation' | 'clauseNumber'>): string {
  const now = c.now;
  if (!now) return '';
  const parts: string[] = [];
  const cur = now.current;
  if (now.change === 'law_deleted') parts.push('no longer in the library: its law was deleted');
  else if (now.change === 'gone') parts.push('no longer in the law as read now');
  else if (now.change === 'changed') parts.push('changed since rated');
  else if (now.change === 'moved' && cur) {
    if (cur.clauseNumber.trim() !== c.clauseNumber.trim())
      parts.push(`renumbered since rated: now ${cur.citation}`);
    else if (cur.citation !== c.citation) parts.push(`cited as ${cur.citation} now`);
    else parts.push(`now on ${citePrintedPage(cur.page, cur.printedPage)}`);
  }
  if (now.lawRepealed) parts.push('its law is repealed');
  return parts.join('; ');
}

/** How many of the clauses a rating cites no longer read as cited: the count behind a grid cell's `!`. */
export const citedChangedCount = (
  rating: { citedClauses: readonly Pick<CitedClause, 'now'>[] } | null | undefined,
): number => rating?.citedClauses.filter((c) => c.now).length ?? 0;

/** What a grid cell's `!` says, in the app and the HTML report: "2 cited clauses changed since rated". */
export const citedChangedTitle = (count: number): string =>
  `${count} cited clause${count > 1 ? 's' : ''} changed since rated`;

/**
 * The clause as it reads now, where its words changed: "Reads now (Child Marriage Restraint Act,
 * 1929, s. 2, p. 2): …", cut at `max` characters; null otherwise.
 */
export function readsNowText(c: CitedClause, max = 600): string | null {
  const cur = c.now?.change === 'changed' ? c.now.current : null;
  if (!cur) return null;
  const words = cur.clauseText.length > max ? `${cur.clauseText.slice(0, max)}…` : cur.clauseText;
  return `Reads now (${cur.citation}, ${citePrintedPage(cur.page, cur.printedPage)}): ${words}`;
}
