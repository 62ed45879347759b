// Human citations for clauses, in the style legal analysts write them: "Child Bill 1999, s. 31".
// The style is English whatever the law's language (reports are in English); the labels a number
// may arrive with ("Seksyen 31", "Điều 12") are every language profile's citation labels.
import { alternatives, fromAllProfiles } from '../language/registry';
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
const LEADING_LABEL = new RegExp(
  `^(?:${alternatives(
    fromAllProfiles((profile) =>
      [...Object.values(profile.citation.labels), ...profile.citation.abbreviations].map((label) =>
        label.toLowerCase(),
      ),
    ),
  )})\\s*`,
  'i',
);

export interface CitableClause {
  documentTitle: string;
  documentYear: number | null;
  clauseNumber: string;
  clauseKind: ClauseKind;
}

/** The law's short name: its title, with the year added where the title does not carry it. */
export function citeLaw(documentTitle: string, documentYear: number | null): string {
  const title = documentTitle.trim() || 'Untitled document';
  return documentYear !== null && !title.includes(String(documentYear)) ? `${title} ${documentYear}` : title;
}

/** The clause part of a citation: "s. 31", "art. 12", "Sch. 2", "Preamble" ('' when unnumbered). */
export function citeClauseNumber(clauseKind: ClauseKind, clauseNumber: string): string {
  if (clauseKind === 'preamble') return 'Preamble';
  let number = clauseNumber.trim();
  // Most numbers start with a digit: skip the label search for them (it runs once per cited clause).
  const first = number.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) number = number.replace(LEADING_LABEL, '').trim();
  return number ? `${PREFIX[clauseKind] ?? ''} ${number}`.trimStart() : '';
}

/** "Child Bill 1999, s. 31", "Law on Children 2016, art. 12", "Child Bill 1999, Sch. 2". */
export function citeClause(clause: CitableClause): string {
  const law = citeLaw(clause.documentTitle, clause.documentYear);
  const where = citeClauseNumber(clause.clauseKind, clause.clauseNumber);
  return where ? `${law}, ${where}` : law;
}

/** The citation of a clause of a law as the store holds both: "Child Bill 1999, s. 31". */
export function citeClauseOf(
  law: { title: string; year: number | null },
  clause: { number: string; kind: ClauseKind },
): string {
  return citeClause({
    documentTitle: law.title,
    documentYear: law.year,
    clauseNumber: clause.number,
    clauseKind: clause.kind,
  });
}

/** "p. 30", or "pp. 30–31" for a clause running over a page break. */
export function citePages(pageStart: number, pageEnd: number): string {
  return pageEnd > pageStart ? `pp. ${pageStart}–${pageEnd}` : `p. ${pageStart}`;
}

/** The page a reader finds the clause on: the number printed there, else the PDF's own page index, so labelled. */
export function citePrintedPage(page: number, printedPage: string | null): string {
  return printedPage ? `p. ${printedPage}` : `PDF p. ${page}`;
}

/** "OCR, confidence 81%" for a clause read from a scan, '' for a text layer. */
export function ocrMark(ocrConfidence: number | null): string {
  return ocrConfidence === null ? '' : `OCR, confidence ${Math.round(ocrConfidence)}%`;
}

/** "Child Bill 1999, s. 43 (0.71)" for each undecided suggestion a rating overrode. */
export function citeCandidates(candidates: readonly { citation: string; score: number }[]): string {
  return candidates.map((c) => `${c.citation} (${c.score.toFixed(2)})`).join('; ');
}
