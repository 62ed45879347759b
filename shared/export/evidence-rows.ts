// The long evidence table shared by the CSV and XLSX exports: one row per citation (an accepted tag,
// a check's clause, a clause the analyst's rating cites), plus one row for each analyst rating that
// cites no clause (a gap, say, with the documents searched; a Contradicts says "no clause cited").
import { citeCandidates, citePrintedPage } from '../coverage/cite-clause';
import { citedChangeText, readsNowText } from '../coverage/cited-now';
import { citationQuote } from '../coverage/quote-clause';
import { citesNoClause, NO_CLAUSE_CITED } from '../coverage/rating';
import { formatFound, formatRequired } from '../checks/format-check';
import type { CheckVerdict } from '../checks/types';
import type { CoverageLevel, TagCoverage } from '../model';
import { validationText } from '../review/validation';
import type { Matrix } from '../matrix/types';

export interface EvidenceRow {
  country: string;
  countryName: string;
  frameworkId: string;
  provisionId: string;
  provisionNumber: string;
  provisionTitle: string;
  /** False where the catalog could not check the provision against the instrument's text. */
  provisionVerified: boolean;
  /** The level shown in the matrix for this cell. */
  level: CoverageLevel;
  derivedLevel: CoverageLevel;
  citation: string;
  documentTitle: string;
  /** Whose law: a subdivision (`PK-IS`) or the country for a national law; '' without a citation. */
  jurisdiction: string;
  jurisdictionName: string;
  clauseNumber: string;
  page: number | null;
  printedPage: string | null;
  /** "p. 38" where the page prints its number, else "PDF p. 40". */
  pageCited: string;
  /** Mean OCR confidence where the clause was read from a scan. */
  ocrConfidence: number | null;
  coverage: TagCoverage | null;
  note: string;
  reviewer: string;
  reviewedAt: string;
  /** Other reviewers who made the same decision: "Ministry of Human Rights, 2026-12-10". */
  validatedBy: string;
  overrideRationale: string;
  reviewedDocumentIds: string;
  /** The laws a rating says were searched, by title. */
  lawsSearched: string;
  /** The undecided suggestions a rating overrode, with their scores. */
  pendingCandidates: string;
  overrideReviewer: string;
  /** The sentence or subsection that matched, "…" where cut. */
  quote: string;
  clauseText: string;
  /** The measurable check of the cell, where one is confirmed: the value found and the value required. */
  valueFound: string;
  valueRequired: string;
  checkVerdict: CheckVerdict | '';
  /** Where a country's coverage holds only in some subdivisions: "only in PK-PB, PK-SD (no national law)". */
  onlyIn: string;
  /** What cites the clause: an accepted tag, a measurable check, the analyst's rating (with what
   *  became of the clause since: "analyst's rating (changed since rated)"); for a Contradicts that
   *  cites none, "no clause cited". */
  citedBy: string;
}

/** The `citedBy` of each kind of evidence row. */
export const CITED_BY = {
  tag: 'accepted tag',
  check: 'measurable check',
  rating: "analyst's rating",
} as const;

export function evidenceRows(matrix: Matrix): EvidenceRow[] {
  const names = new Map(matrix.columns.map((c) => [c.country, c.name]));
  const rows: EvidenceRow[] = [];
  for (const group of matrix.groups) {
    for (const row of group.rows) {
      for (const cell of row.cells) {
        const base = {
          country: cell.country,
          countryName: names.get(cell.country) ?? cell.country,
          frameworkId: row.frameworkId,
          provisionId: row.provisionId,
          provisionNumber: row.number,
          provisionTitle: row.title,
          provisionVerified: row.verified,
          level: cell.level,
          derivedLevel: cell.derivedLevel,
          overrideRationale: cell.override?.rationale ?? '',
          reviewedDocumentIds: cell.override?.reviewedDocumentIds.join(' ') ?? '',
          lawsSearched: cell.override?.reviewedDocuments.map((d) => d.title).join('; ') ?? '',
          pendingCandidates: citeCandidates(cell.override?.pendingCandidates ?? []),
          overrideReviewer: cell.override?.reviewer ?? '',
          valueFound: cell.check ? formatFound(cell.check) : '',
          valueRequired: cell.check ? formatRequired(cell.check) : '',
          checkVerdict: cell.check?.verdict ?? ('' as const),
          validatedBy: '',
          onlyIn: cell.onlyIn?.note ?? '',
        };
        for (const c of cell.evidence) {
          rows.push({
            ...base,
            citation: c.citation,
            documentTitle: c.documentTitle,
            jurisdiction: c.jurisdiction,
            jurisdictionName: c.jurisdictionName,
            clauseNumber: c.clauseNumber,
            page: c.page,
            printedPage: c.printedPage,
            pageCited: citePrintedPage(c.page, c.printedPage),
            ocrConfidence: c.ocrConfidence,
            coverage: c.coverage,
            note: c.note ?? '',
            reviewer: c.reviewer ?? '',
            reviewedAt: c.reviewedAt ?? '',
            validatedBy: validationText(c.validatedBy ?? []).replace(/^validated by /, ''),
            quote: citationQuote(c).quote,
            clauseText: c.clauseText,
            citedBy: CITED_BY.tag,
          });
        }
        // A check cites the clauses that state the value, with the words as the quote.
        const checkEvidence = cell.check?.evidence ?? [];
        for (const e of checkEvidence) {
          rows.push({
            ...base,
            citation: e.citation,
            documentTitle: e.document,
            jurisdiction: '',
            jurisdictionName: '',
            clauseNumber: e.clause,
            page: e.page,
            printedPage: null,
            pageCited: citePrintedPage(e.page, null),
            ocrConfidence: null,
            coverage: null,
            note:
              e.value !== undefined
                ? `states ${e.value}${e.sex ? ` (${e.sex})` : ''}${e.governs ? ', governs' : ''}`
                : '',
            reviewer: cell.check?.review?.reviewer ?? '',
            reviewedAt: cell.check?.review?.at ?? '',
            quote: e.words,
            clauseText: e.words,
            citedBy: CITED_BY.check,
          });
        }
        const rated = cell.override?.citedClauses ?? [];
        for (const c of rated) {
          rows.push({
            ...base,
            citation: c.citation,
            documentTitle: c.documentTitle,
            jurisdiction: '',
            jurisdictionName: '',
            clauseNumber: c.clauseNumber,
            page: c.page,
            printedPage: c.printedPage,
            pageCited: citePrintedPage(c.page, c.printedPage),
            ocrConfidence: null,
            coverage: null,
            // The clause as it reads now, where it changed since the rating cited it.
            note: readsNowText(c) ?? '',
            reviewer: cell.override?.reviewer ?? '',
            reviewedAt: cell.override?.at ?? '',
            quote: '',
            clauseText: c.clauseText,
            citedBy: c.now ? `${CITED_BY.rating} (${citedChangeText(c)})` : CITED_BY.rating,
          });
        }
        // A row that says what the cell rests on where no clause above does: a rating or check
        // with none, or a Contradicts none grounds (an accepted clause implements the standard).
        const uncited = citesNoClause(cell);
        if (
          uncited ||
          (!cell.evidence.length && !checkEvidence.length && !rated.length && (cell.override || cell.check))
        ) {
          rows.push({
            ...base,
            citation: '',
            documentTitle: '',
            jurisdiction: '',
            jurisdictionName: '',
            clauseNumber: '',
            page: null,
            printedPage: null,
            pageCited: '',
            ocrConfidence: null,
            coverage: null,
            note: '',
            reviewer: cell.override?.reviewer ?? cell.check?.review?.reviewer ?? '',
            reviewedAt: cell.override?.at ?? cell.check?.review?.at ?? '',
            quote: '',
            clauseText: '',
            citedBy: uncited ? NO_CLAUSE_CITED : '',
          });
        }
      }
    }
  }
  return rows;
}
