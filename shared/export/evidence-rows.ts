// The long evidence table shared by the CSV and XLSX exports: one row per citation, plus one row for
// each analyst rating that cites no clause (a gap, say, with the documents searched).
import type { CoverageLevel, TagCoverage } from '../model';
import type { Matrix } from '../matrix/types';

export interface EvidenceRow {
  country: string;
  countryName: string;
  frameworkId: string;
  provisionId: string;
  provisionNumber: string;
  provisionTitle: string;
  /** The level shown in the matrix for this cell. */
  level: CoverageLevel;
  derivedLevel: CoverageLevel;
  citation: string;
  documentTitle: string;
  clauseNumber: string;
  page: number | null;
  coverage: TagCoverage | null;
  note: string;
  reviewer: string;
  reviewedAt: string;
  overrideRationale: string;
  reviewedDocumentIds: string;
  clauseText: string;
}

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
          level: cell.level,
          derivedLevel: cell.derivedLevel,
          overrideRationale: cell.override?.rationale ?? '',
          reviewedDocumentIds: cell.override?.reviewedDocumentIds.join(' ') ?? '',
        };
        for (const c of cell.evidence) {
          rows.push({
            ...base,
            citation: c.citation,
            documentTitle: c.documentTitle,
            clauseNumber: c.clauseNumber,
            page: c.page,
            coverage: c.coverage,
            note: c.note ?? '',
            reviewer: c.reviewer ?? '',
            reviewedAt: c.reviewedAt ?? '',
            clauseText: c.clauseText,
          });
        }
        if (!cell.evidence.length && cell.override) {
          rows.push({
            ...base,
            citation: '',
            documentTitle: '',
            clauseNumber: '',
            page: null,
            coverage: null,
            note: '',
            reviewer: cell.override.reviewer,
            reviewedAt: cell.override.at,
            clauseText: '',
          });
        }
      }
    }
  }
  return rows;
}
