// Human citations for clauses, in the style legal analysts write them: "Child Bill 1999, s. 31".
import type { ClauseKind } from '../model';

const PREFIX: Record<ClauseKind, string> = {
  article: 'art.',
  section: 's.',
  clause: 'cl.',
  regulation: 'reg.',
  rule: 'r.',
  paragraph: 'para.',
  schedule: 'Sch.',
  preamble: 'Preamble',
};

// Segmentation keeps numbers as printed; some arrive with their own label ("Section 31", "Điều 12").
const LEADING_LABEL =
  /^(?:article|art\.?|section|sec\.?|s\.|clause|cl\.?|regulation|reg\.?|rule|r\.|paragraph|para\.?|schedule|sch\.?|điều|pasal|fasal|seksyen|jadual|perkara)\s*/i;

export interface CitableClause {
  documentTitle: string;
  documentYear: number | null;
  clauseNumber: string;
  clauseKind: ClauseKind;
}

/** "Child Bill 1999, s. 31", "Law on Children 2016, art. 12", "Child Bill 1999, Sch. 2". */
export function citeClause(clause: CitableClause): string {
  const title = clause.documentTitle.trim() || 'Untitled document';
  // Add the year only where the title does not already carry it.
  const law =
    clause.documentYear !== null && !title.includes(String(clause.documentYear))
      ? `${title} ${clause.documentYear}`
      : title;
  const number = clause.clauseNumber.trim().replace(LEADING_LABEL, '').trim();
  if (clause.clauseKind === 'preamble') return `${law}, Preamble`;
  if (!number) return law;
  return `${law}, ${PREFIX[clause.clauseKind] ?? ''} ${number}`.replace(/\s+/g, ' ');
}

/** "p. 30", or "pp. 30–31" for a clause running over a page break. */
export function citePages(pageStart: number, pageEnd: number): string {
  return pageEnd > pageStart ? `pp. ${pageStart}–${pageEnd}` : `p. ${pageStart}`;
}
