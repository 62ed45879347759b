import type { CoverageLevel, TagCoverage } from '../model';
import type { RatificationStatus } from '../catalog/types';

/** One clause cited as evidence for a cell: "Child Act 2001, s. 31", page 30. */
export interface Citation {
  suggestionId: string;
  documentId: string;
  documentTitle: string;
  clauseId: string;
  clauseNumber: string;
  /** Human citation, e.g. "Child Bill 1999, s. 31". */
  citation: string;
  page: number;
  coverage: TagCoverage;
  note: string | null;
  reviewer: string | null;
  reviewedAt: string | null;
  clauseText: string;
}

export interface MatrixCell {
  country: string;
  provisionId: string;
  /** The level shown: the override's if there is one, else the derived one. */
  level: CoverageLevel;
  /** The level derived from accepted tags alone. */
  derivedLevel: CoverageLevel;
  override: {
    level: CoverageLevel;
    rationale: string;
    reviewedDocumentIds: string[];
    reviewer: string;
    at: string;
  } | null;
  evidence: Citation[];
}

export interface MatrixRow {
  provisionId: string;
  frameworkId: string;
  number: string;
  title: string;
  /** Cells in the order of the matrix columns. */
  cells: MatrixCell[];
}

export interface MatrixRowGroup {
  frameworkId: string;
  groupId: string;
  title: string;
  rows: MatrixRow[];
}

export interface MatrixColumn {
  country: string;
  name: string;
  totals: Record<CoverageLevel, number>;
  ratifications: { frameworkId: string; status: RatificationStatus; since: string | null }[];
}

export interface Matrix {
  generatedAt: string;
  frameworks: { id: string; shortName: string; name: string }[];
  columns: MatrixColumn[];
  groups: MatrixRowGroup[];
}

export type { ExportFormat } from '../export/formats';
