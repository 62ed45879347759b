// Baselines: the matrix frozen under a name ("Baseline 2026") so a later cycle can show what changed
// and why. A baseline is written once and never changed: it keeps its own copy of every cell's level,
// evidence and rating, and of the laws as they stood.
import type { CoverageLevel, DocumentStatus, TagCoverage } from '../model';

export interface BaselineLaw {
  id: string;
  title: string;
  year: number | null;
  status: DocumentStatus;
  /** The laws it was confirmed to amend (ids); absent in baselines saved before links were kept. */
  amends?: string[];
  /** Its current text's version (1: the first import); absent in baselines saved before versions were kept. */
  version?: number;
  /** Where it applied: its subdivision, or null for a national law (absent in older baselines). */
  jurisdiction?: string | null;
  /** For a national law: the subdivisions it did not extend to (absent in older baselines). */
  excludedSubdivisions?: string[];
}

export interface BaselineEvidence {
  suggestionId: string;
  documentId: string;
  /** "Child Bill 1999, s. 31" */
  citation: string;
  coverage: TagCoverage;
}

export interface BaselineRating {
  level: CoverageLevel;
  rationale: string;
  reviewer: string;
  at: string;
  /** The clauses the rating cited ("Child Marriage Restraint Act, 1929, s. 2"); absent where none. */
  cited?: string[];
  /**
   * What had become of each clause of `cited`, in its order, when the baseline was frozen: the mark
   * shown beside it then ("changed since rated", "renumbered since rated: now …, s. 4A"), '' where it
   * read as cited. Absent where the rating cites none, and in baselines frozen before marks were kept.
   */
  citedChanges?: string[];
}

/** A cell as frozen; cells not reviewed, with no evidence and no rating, are left out. */
export interface BaselineCell {
  country: string;
  provisionId: string;
  level: CoverageLevel;
  evidence: BaselineEvidence[];
  rating: BaselineRating | null;
  /** A country column covered only in these subdivisions (MatrixCell.onlyIn); absent otherwise. */
  onlyIn?: string[];
}

export interface Baseline {
  /** `n` and sixteen hex digits (ten in older databases). */
  id: string;
  name: string;
  createdAt: string;
  createdBy: string;
  /** The catalog the matrix was built with. */
  catalog: string | null;
  laws: BaselineLaw[];
  cells: BaselineCell[];
}

/** A baseline without its contents, as lists show it. */
export interface BaselineSummary {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string;
  laws: number;
  cells: number;
}

/** Why a cell changed, in the order a row names them. */
export const CHANGE_CAUSES = [
  'rating',
  'new_law',
  'amendment',
  'new_version',
  'jurisdiction',
  'repeal',
  'law_deleted',
  'review_decision',
  'cited_clause',
] as const;
export type ChangeCause = (typeof CHANGE_CAUSES)[number];
export const CHANGE_CAUSE_LABELS: Readonly<Record<ChangeCause, string>> = {
  rating: 'Rating',
  new_law: 'New law',
  amendment: 'Amendment',
  new_version: 'New version',
  jurisdiction: 'Where a law applies',
  repeal: 'Repeal',
  law_deleted: 'Law deleted',
  review_decision: 'Review decision',
  cited_clause: 'Cited clause',
};

export interface BaselineChange {
  country: string;
  provisionId: string;
  before: CoverageLevel;
  after: CoverageLevel;
  causes: ChangeCause[];
  /** What happened, one line each: "Child Act 2001, s. 31 accepted (full)". */
  details: string[];
}

export interface BaselineComparison {
  from: { id: string; name: string; createdAt: string };
  /** `id` null: the matrix as it stands today. */
  to: { id: string | null; name: string; createdAt: string };
  changes: BaselineChange[];
}
