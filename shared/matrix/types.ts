import type { CitedClause, CoverageLevel, MatchedTerm, PendingCandidate, TagCoverage } from '../model';
import type { RatificationStatus } from '../catalog/types';
import type { CheckEntry } from '../checks/types';
import type { Recommendation } from '../recommendations/types';
import type { AgreementFigures } from '../review/agreement';
import type { SubdivisionScope } from '../coverage/subdivision-scope';
import type { Validation } from '../review/validation';

/** One clause cited as evidence for a cell: "Child Act 2001, s. 31", page 30. */
export interface Citation {
  /** Whose law it is: the subdivision it was made for (`PK-IS`), or the country for a national law. */
  jurisdiction: string;
  /** "Islamabad Capital Territory", or the country's name for a national law. */
  jurisdictionName: string;
  suggestionId: string;
  documentId: string;
  documentTitle: string;
  clauseId: string;
  clauseNumber: string;
  /** Human citation, e.g. "Child Bill 1999, s. 31". */
  citation: string;
  /** The PDF page index (1-based) the clause starts on. */
  page: number;
  /** The page number printed there, where the PDF has one (else cite the index, labelled so). */
  printedPage: string | null;
  coverage: TagCoverage;
  note: string | null;
  reviewer: string | null;
  reviewedAt: string | null;
  clauseText: string;
  /** The cues that made the suggestion, with their offsets in clauseText: `citationQuote` quotes
   *  the sentence or subsection they fall in (computed where shown, not for every cell). */
  matched: MatchedTerm[];
  /** Mean OCR confidence (0–100) where the clause was read from a scan, else null. */
  ocrConfidence: number | null;
  /** Other reviewers who made the same decision as the one that stands (shared/review/validation.ts). */
  validatedBy?: Validation[];
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
    /** The laws searched, by title where the library knows them. */
    reviewedDocuments: { id: string; title: string }[];
    pendingCandidates: PendingCandidate[];
    /** The clauses the analyst cites as the rating's grounds, as cited, each with what became of it. */
    citedClauses: CitedClause[];
    reviewer: string;
    at: string;
    /** The rating as stored: a change names it (`expectedVersion`); 0 names no rating. */
    version?: number;
  } | null;
  /** Why a cell is n/a without an analyst rating: "not party", "not an ASEAN member". */
  notApplicableReason: string | null;
  evidence: Citation[];
  /**
   * The measurable check of a checklist item: the value found against the value required. Confirmed
   * ones always; proposals only where the matrix was built for review (never in exports).
   */
  check: CheckEntry | null;
  /** Reviewers who validated every citation of the cell (none without citations). */
  validatedBy?: Validation[];
  /**
   * In a country's own (unsplit) column: the subdivisions its coverage holds in, where no law covers
   * the standard fully in the whole country (the level is then at most Partial); absent otherwise.
   */
  onlyIn?: SubdivisionScope;
}

export interface MatrixRow {
  provisionId: string;
  frameworkId: string;
  number: string;
  title: string;
  /** False where the catalog could not check the article number or title against the instrument. */
  verified: boolean;
  unverifiedNote: string | null;
  procedural: boolean;
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
  /** The column's key, as cells and ratings name it: a country (`PK`) or a subdivision (`PK-IS`). */
  country: string;
  name: string;
  /** The country: `PK` for `PK` and for `PK-IS`. */
  parentCountry: string;
  /** The subdivision a column stands for, null for a country column. */
  subdivision: string | null;
  /** A split country's own column: its national laws only (its subdivisions have columns of their own). */
  nationalOnly: boolean;
  totals: Record<CoverageLevel, number>;
  ratifications: MatrixRatification[];
}

/** A country's standing towards one instrument, as the catalog records it. */
export interface MatrixRatification {
  frameworkId: string;
  status: RatificationStatus;
  since: string | null;
  /** False where status or date are recalled, not checked against a published source. */
  verified: boolean;
  /** Reservations and declarations that still stand (withdrawn ones are left out). */
  reservations: {
    kind: 'reservation' | 'declaration';
    articles: string[];
    summary: string;
    verified: boolean;
  }[];
}

export interface Matrix {
  generatedAt: string;
  /** Coverage as of this date (YYYY-MM-DD); null: as the laws stand today. */
  asOf: string | null;
  /** Laws of the shown countries that give no evidence: repealed, or not in force on `asOf`. */
  lawsNotCounted: { documentId: string; title: string; reason: string }[];
  /** The catalog it was built with: release and content hash (shared/catalog/catalog-fingerprint.ts). */
  catalog?: string;
  /** Whether final clauses and committee machinery are shown; hiddenProcedural counts those left out. */
  includeProcedural: boolean;
  hiddenProcedural: number;
  frameworks: { id: string; shortName: string; name: string }[];
  columns: MatrixColumn[];
  groups: MatrixRowGroup[];
  /** Recommendations attached to a cell shown (a country column and a provision row), by priority. */
  recommendations: Recommendation[];
  /** How well reviewers agree, over all, per instrument and per law (where several reviewed). */
  agreement?: AgreementFigures[];
}

export type { ExportFormat } from '../export/formats';
