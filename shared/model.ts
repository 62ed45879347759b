// The domain records every layer agrees on. Plain data only: they cross IPC, HTTP and JSON files.

/** A rectangle on a PDF page, in PDF points with the origin at the page's top-left corner. */
export interface Box {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text as laid out on a page (extraction output, before cleaning). */
export interface TextLine {
  text: string;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  /** Where the text came from: the PDF's own text layer or OCR of the rendered page. */
  source: 'text' | 'ocr';
  /** OCR confidence 0..100 for OCR lines; absent for text-layer lines. */
  confidence?: number;
  /** A marginal note read by OCR: printed clear of the body column ('beside'), or split off the end or
   *  start of a body row it touches ('touching': joined back where the law turns out to have no notes). */
  marginal?: 'beside' | 'touching';
}

export interface ExtractedPage {
  number: number;
  width: number;
  height: number;
  lines: TextLine[];
  source: 'text' | 'ocr';
  /** Mean OCR confidence 0..100 when source is 'ocr'. */
  ocrConfidence?: number;
  /** Share of the page (0..1) painted by images; measured only on pages with almost no text. */
  imageCover?: number;
}

export interface PageFailure {
  page: number;
  reason: string;
}

export interface ExtractedPdf {
  pageCount: number;
  pages: ExtractedPage[];
  failedPages: PageFailure[];
  /** The PDF's own Title metadata, when it has one. */
  metadataTitle?: string;
  /** The PDF's page labels (index 0 = page 1), when it declares them. */
  pageLabels?: string[];
}

export type ClauseKind =
  | 'article'
  | 'section'
  | 'clause'
  | 'regulation'
  | 'rule'
  | 'paragraph'
  | 'schedule'
  | 'preamble';

/** A clause as segmentation produces it, before it has a database identity. */
export interface SegmentedClause {
  /** Structural id that survives re-import, e.g. `part_V__sec_17`. */
  eid: string;
  number: string;
  kind: ClauseKind;
  heading: string;
  /** Enclosing Part/Chapter/Division headings, outermost first, e.g. ["Part V — Children in need of care"]. */
  path: string[];
  text: string;
  pageStart: number;
  pageEnd: number;
  boxes: Box[];
  source: 'text' | 'ocr';
  /** Mean OCR confidence 0..100 when the clause's text came from OCR, else null. */
  ocrConfidence: number | null;
}

export interface Clause extends SegmentedClause {
  id: string;
  documentId: string;
  /** Position in the document, 0-based, body clauses first then schedules. */
  ordinal: number;
}

// Fixed lists: each is written once here; its type, the API's zod enum, the CLI's help and the
// screens' choices are derived from it.
export const DOCUMENT_STATUSES = ['in_force', 'amended', 'repealed', 'unknown'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
/** How the screens name each status. */
export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  in_force: 'In force',
  amended: 'Amended',
  repealed: 'Repealed',
  unknown: 'Unknown',
};

export interface DocumentRecord {
  id: string;
  file: string;
  title: string;
  country: string;
  year: number | null;
  language: string;
  status: DocumentStatus;
  /** The ISO 3166-2 subdivision it was made for (`PK-IS`), or null for a national law. */
  jurisdiction: string | null;
  /** For a national law: the subdivisions it does not extend to (it applies in every other). */
  excludedSubdivisions: string[];
  /** When it was enacted and took effect (YYYY-MM-DD; shared/lifecycle/law-dates.ts reads them). */
  enactedOn: string | null;
  inForceFrom: string | null;
  amendedOn: string | null;
  repealedOn: string | null;
  pages: number;
  clauses: number;
  sha256: string;
  importedAt: string;
  ocrPages: number[];
  failedPages: PageFailure[];
  /** Set when the text layer looked like poor OCR on import: re-reading with OCR is advised. */
  textQualityWarning?: string | null;
  /** Sections not found in the numbering ("s. 7 not found between s. 6 and s. 8"), numbers and
   *  headings OCR could not read as printed, or that no numbered section was found at all. */
  numberingWarnings?: string[];
  /** Raised by every change to the law's row: an edit names the one it saw (`expectedVersion`). */
  version?: number;
}

/** What a law has until the analyst says where it applies and when: national, no dates. */
export function nationalUndated(): Pick<
  DocumentRecord,
  'jurisdiction' | 'excludedSubdivisions' | 'enactedOn' | 'inForceFrom' | 'amendedOn' | 'repealedOn'
> {
  return {
    jurisdiction: null,
    excludedSubdivisions: [],
    enactedOn: null,
    inForceFrom: null,
    amendedOn: null,
    repealedOn: null,
  };
}

/** A suggestion's review state. */
export const SUGGESTION_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
/** How the screens name each state. */
export const SUGGESTION_STATUS_LABELS: Readonly<Record<SuggestionStatus, string>> = {
  suggested: 'To review',
  accepted: 'Accepted',
  rejected: 'Rejected',
};

/** How much of a provision an accepted clause covers. */
export const TAG_COVERAGES = ['full', 'partial'] as const;
export type TagCoverage = (typeof TAG_COVERAGES)[number];

/** Why a suggestion was made: a cue that matched, with its span in the clause text (UTF-16 offsets). */
export interface MatchedTerm {
  term: string;
  kind: 'phrase' | 'keyword' | 'negative' | 'context' | 'learned';
  start: number;
  end: number;
}

export interface Suggestion {
  id: string;
  clauseId: string;
  documentId: string;
  provisionId: string;
  score: number;
  matched: MatchedTerm[];
  status: SuggestionStatus;
  coverage: TagCoverage | null;
  note: string | null;
  reviewer: string | null;
  reviewedAt: string | null;
  /** 'matcher' for computed suggestions, 'manual' for tags the analyst added. */
  origin: 'matcher' | 'manual';
  createdAt: string;
}

/** A decision one reviewer can make on a suggestion (undecided is the absence of one). */
export const REVIEWER_DECISION_STATUSES = ['accepted', 'rejected'] as const;
export type ReviewerDecisionStatus = (typeof REVIEWER_DECISION_STATUSES)[number];

/**
 * One reviewer's decision on a suggestion. Each reviewer has at most one per suggestion; the
 * suggestion's own status, coverage and note are the adjudicated (effective) decision
 * (shared/review/adjudicate.ts).
 */
export interface ReviewerDecision {
  suggestionId: string;
  reviewer: string;
  status: ReviewerDecisionStatus;
  /** For an accepted suggestion; null for a rejected one. */
  coverage: TagCoverage | null;
  note: string | null;
  /** When the reviewer decided (ISO). */
  at: string;
  /**
   * When this database learned of it (ISO): `at` for a decision made here, the time of the import
   * for one brought back from a review package. A disagreement is resolved once the lead's decision
   * is recorded after every other reviewer's.
   */
  recordedAt: string;
}

/** A reviewer's decision with the clause, law and provision it is about. */
export interface ReviewerDecisionRow extends ReviewerDecision {
  clauseId: string;
  documentId: string;
  provisionId: string;
  country: string;
}

/** A suggestion with what a reviewer needs to see beside it. */
export interface SuggestionView extends Suggestion {
  country: string;
  documentTitle: string;
  clauseNumber: string;
  clauseKind: ClauseKind;
  clauseHeading: string;
  frameworkId: string;
  provisionTitle: string;
}

/** An audit entry as written: the store adds its number, and the time of the transaction. */
export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** Review entries written together share one batch id; undo takes back a whole batch. */
  batch?: string;
}

export interface AuditEntry extends Omit<AuditInput, 'batch'> {
  id: number;
  at: string;
}

/** A matrix cell's level, in legend order; labels and colours are in shared/matrix/level-styles.ts. */
export const COVERAGE_LEVELS = [
  'full',
  'partial',
  'gap',
  'contradicts',
  'not_applicable',
  'not_reviewed',
] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** A suggestion still undecided when the analyst rated its cell: what the rating overrides. */
export interface PendingCandidate {
  suggestionId: string;
  clauseId: string;
  documentId: string;
  /** "Child Bill 1999, s. 2" */
  citation: string;
  score: number;
}

/** A clause the analyst cites as the grounds of their rating, as it read when they rated the cell. */
export interface RatingClause {
  clauseId: string;
  documentId: string;
  documentTitle: string;
  clauseNumber: string;
  /** "Child Marriage Restraint Act 1929, s. 2" */
  citation: string;
  /** The PDF page (1-based) the clause starts on, and the number printed there where the PDF has one. */
  page: number;
  printedPage: string | null;
  /** The clause's words, quoted in exports. */
  clauseText: string;
}

/**
 * What became of a clause a rating cites, where it no longer reads as cited (worked out where the
 * matrix is built, never stored: the rating keeps the clause as it read when rated).
 */
export interface CitedClauseNow {
  /**
   * `law_deleted`: its law is no longer in the library; `gone`: no longer in the law as read now (a
   * new version or reading removed it, a merge took it into the clause before); `changed`: other
   * words now; `moved`: the same words, cited otherwise (renumbered, another page, the law retitled);
   * null: it reads as cited, only its law is repealed.
   */
  change: 'law_deleted' | 'gone' | 'changed' | 'moved' | null;
  /** Its law is repealed now, so it counts towards no cell. */
  lawRepealed: boolean;
  /** The clause as it is now, where it still is in the law. */
  current: {
    citation: string;
    clauseNumber: string;
    page: number;
    printedPage: string | null;
    clauseText: string;
  } | null;
}

/** A clause a rating cites as the matrix shows it: as cited, and what became of it (`now`, if anything). */
export interface CitedClause extends RatingClause {
  now?: CitedClauseNow;
}

/** An analyst's own rating of a (country, provision) cell, replacing the level derived from tags. */
export interface CellOverride {
  country: string;
  provisionId: string;
  level: CoverageLevel;
  rationale: string;
  /** For a gap: which documents were searched. */
  reviewedDocumentIds: string[];
  /** Suggestions for this cell still undecided when it was rated, best first. */
  pendingCandidates: PendingCandidate[];
  /** The clauses the analyst cites as grounds for the rating (e.g. the one allowing marriage at 16). */
  citedClauses: RatingClause[];
  reviewer: string;
  at: string;
  /** As stored (absent on one not yet stored): a change names the one it saw (`expectedVersion`). */
  version?: number;
}

/** An accepted tag joined with what a citation needs: the input of coverage aggregation. */
export interface AcceptedTag {
  suggestionId: string;
  country: string;
  provisionId: string;
  coverage: TagCoverage;
  note: string | null;
  reviewer: string | null;
  reviewedAt: string | null;
  documentId: string;
  documentTitle: string;
  documentYear: number | null;
  /** The law's status today: a repealed law's tags stay as history but count towards no cell. */
  documentStatus: DocumentStatus;
  clauseId: string;
  clauseNumber: string;
  clauseKind: ClauseKind;
  clauseHeading: string;
  clauseText: string;
  pageStart: number;
  pageEnd: number;
  /** The page number printed on the clause's first page, where the PDF has one. */
  printedPage: string | null;
  /** The cues that made the suggestion, with their offsets in clauseText. */
  matched: MatchedTerm[];
  clauseSource: 'text' | 'ocr';
  ocrConfidence: number | null;
  /** The sections of confirmed amending acts that changed this clause: "… (Amendment) Act, 2022, s. 2". */
  amendedBy?: string[];
}

export interface Settings {
  reviewerName: string;
  /** Whose decision settles a suggestion reviewers disagree on (shared/review/adjudicate.ts). */
  leadReviewer: string;
  /** The stored lead-reviewer setting's version (0: not set): a change names it (`expectedVersion`). */
  leadReviewerVersion?: number;
}

/** How a clause of a new version of a law compares with the version before it. */
export const CLAUSE_CHANGES = ['unchanged', 'renumbered', 'changed', 'added', 'removed'] as const;
export type ClauseChangeKind = (typeof CLAUSE_CHANGES)[number];

/** A decision a clause had before a new version changed or removed it. */
export interface PreviousDecision {
  provisionId: string;
  status: SuggestionStatus;
  coverage: TagCoverage | null;
  note: string | null;
  reviewer: string | null;
}

/** One clause that a new version renumbered, changed, added or removed (unchanged ones are only counted). */
export interface ClauseChange {
  change: Exclude<ClauseChangeKind, 'unchanged'>;
  /** The clause in the current text; null once removed. */
  clauseId: string | null;
  number: string | null;
  heading: string | null;
  previousNumber: string | null;
  previousHeading: string | null;
  /** The text before the change, kept for a removed or changed clause. */
  previousText: string | null;
  /** Reviews the clause had: carried for a renumbered clause, set back to "To review" for a changed one. */
  previousDecisions: PreviousDecision[];
}

/** Why a law has a new version: a newer text imported, or the same PDF read again with OCR. */
export const VERSION_REASONS = ['import', 'new_text', 'ocr'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export interface DocumentVersion {
  documentId: string;
  /** 1 for the first text imported. */
  version: number;
  file: string;
  sha256: string;
  pages: number;
  importedAt: string;
  reason: VersionReason;
  actor: string;
  counts: Record<ClauseChangeKind, number> & { carried: number };
  changes: ClauseChange[];
}

/** An amending act's link to the act it amends: proposed by Lexgap, then confirmed or dismissed. */
export const AMENDMENT_STATUSES = ['proposed', 'confirmed', 'dismissed'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** Which section of the amending act changes which section of the amended one. */
export interface AmendedSection {
  amendingClauseId: string;
  amendingNumber: string;
  amendedNumber: string;
  /** The amended act's clause with that number, when it has one. */
  amendedClauseId: string | null;
}

export interface Amendment {
  amendingDocumentId: string;
  amendedDocumentId: string;
  status: AmendmentStatus;
  /** Why it was proposed: the words of the title or text that name the amended act. */
  evidence: string;
  sections: AmendedSection[];
  reviewer: string | null;
  at: string;
}
