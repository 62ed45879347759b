// Two CSV tables for consultants' own analysis: the wide matrix (one row per provision, one column per
// country, `verified` = no where the catalog could not check the standard) and the long evidence
// table (one row per cited clause, with the quote that matched, the page as printed and OCR marks).
import Papa from 'papaparse';
import type { Matrix } from '../matrix/types';
import { reservationTexts } from '../matrix/ratification-text';
import { evidenceRows } from './evidence-rows';
import { recommendationRows } from './recommendation-rows';
import { safeCell } from './safe-cell';

export interface MatrixCsv {
  /** Wide: framework, group, provision id, number, title, then one level code per country. */
  matrixCsv: string;
  /** Long: one row per citation (and per analyst rating without one). */
  evidenceCsv: string;
  /** The catalog stamp and each country's ratifications, reservations and declarations. */
  ratificationsCsv: string;
  /** One row per recommendation, by priority. */
  recommendationsCsv: string;
}

export const MATRIX_CSV_FIXED_COLUMNS = [
  'framework',
  'group',
  'provision_id',
  'number',
  'title',
  'verified',
] as const;

export const EVIDENCE_CSV_COLUMNS = [
  'country',
  'country_name',
  'framework',
  'provision_id',
  'provision_number',
  'provision_title',
  'provision_verified',
  'level',
  'derived_level',
  'citation',
  'law',
  'jurisdiction',
  'clause_number',
  'page',
  'printed_page',
  'page_cited',
  'ocr_confidence',
  'coverage',
  'note',
  'reviewer',
  'reviewed_at',
  'override_rationale',
  'override_reviewer',
  'reviewed_document_ids',
  'laws_searched',
  'pending_candidates',
  'quote',
  'clause_text',
  'value_found',
  'value_required',
  'check_verdict',
  'as_of',
  'validated_by',
  'only_in',
  'cited_by',
] as const;

const text = (value: string) => safeCell(value);

export function matrixToWideCsv(matrix: Matrix): string {
  const header = [...MATRIX_CSV_FIXED_COLUMNS, ...matrix.columns.map((c) => c.country)];
  const data: string[][] = [];
  for (const group of matrix.groups) {
    for (const row of group.rows) {
      data.push([
        text(row.frameworkId),
        text(group.title),
        text(row.provisionId),
        text(row.number),
        text(row.title),
        row.verified ? 'yes' : 'no',
        ...row.cells.map((cell) => cell.level),
      ]);
    }
  }
  return Papa.unparse({ fields: header.map(text), data });
}

export function matrixToEvidenceCsv(matrix: Matrix): string {
  const data = evidenceRows(matrix).map((r) => [
    text(r.country),
    text(r.countryName),
    text(r.frameworkId),
    text(r.provisionId),
    text(r.provisionNumber),
    text(r.provisionTitle),
    r.provisionVerified ? 'yes' : 'no',
    r.level,
    r.derivedLevel,
    text(r.citation),
    text(r.documentTitle),
    text(r.jurisdiction),
    text(r.clauseNumber),
    r.page === null ? '' : String(r.page),
    text(r.printedPage ?? ''),
    text(r.pageCited),
    r.ocrConfidence === null ? '' : String(Math.round(r.ocrConfidence)),
    r.coverage ?? '',
    text(r.note),
    text(r.reviewer),
    text(r.reviewedAt),
    text(r.overrideRationale),
    text(r.overrideReviewer),
    text(r.reviewedDocumentIds),
    text(r.lawsSearched),
    text(r.pendingCandidates),
    text(r.quote),
    text(r.clauseText),
    text(r.valueFound),
    text(r.valueRequired),
    r.checkVerdict,
    matrix.asOf ?? '',
    text(r.validatedBy),
    text(r.onlyIn),
    text(r.citedBy),
  ]);
  return Papa.unparse({ fields: [...EVIDENCE_CSV_COLUMNS], data });
}

export const RATIFICATIONS_CSV_COLUMNS = [
  'catalog',
  'as_of',
  'country',
  'country_name',
  'framework',
  'status',
  'since',
  'verified',
  'reservations',
] as const;

/** One row per country and instrument shown: the catalog the matrix was built with, the standing and
 *  whether it is checked, and the reservations or declarations still standing. */
export function matrixToRatificationsCsv(matrix: Matrix): string {
  const data = matrix.columns.flatMap((c) =>
    c.ratifications.map((r) => [
      text(matrix.catalog ?? ''),
      matrix.asOf ?? '',
      text(c.country),
      text(c.name),
      text(r.frameworkId),
      r.status,
      r.since ?? '',
      r.verified ? 'yes' : 'no',
      text(reservationTexts(r).join('; ')),
    ]),
  );
  return Papa.unparse({ fields: [...RATIFICATIONS_CSV_COLUMNS], data });
}

export const RECOMMENDATIONS_CSV_COLUMNS = [
  'id',
  'priority',
  'type',
  'text',
  'cells',
  'standards',
  'responsible_body',
  'target_date',
  'status',
  'origin',
  'evidence',
  'cites_deleted_law',
  'created_by',
  'updated_at',
] as const;

export function matrixToRecommendationsCsv(matrix: Matrix): string {
  const data = recommendationRows(matrix).map((r) => [
    text(r.id),
    r.priority,
    r.type,
    text(r.text),
    text(r.cells),
    text(r.standards),
    text(r.responsibleBody),
    text(r.targetDate),
    r.status,
    r.origin,
    text(r.evidence),
    r.citesDeletedLaw ? 'yes' : 'no',
    text(r.createdBy),
    text(r.updatedAt),
  ]);
  return Papa.unparse({ fields: [...RECOMMENDATIONS_CSV_COLUMNS], data });
}

export function toCsv(matrix: Matrix): MatrixCsv {
  return {
    matrixCsv: matrixToWideCsv(matrix),
    evidenceCsv: matrixToEvidenceCsv(matrix),
    ratificationsCsv: matrixToRatificationsCsv(matrix),
    recommendationsCsv: matrixToRecommendationsCsv(matrix),
  };
}
