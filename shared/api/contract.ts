// LexgapApi: every operation once, one plain args object each. Implemented once, in the domain
// files of electron/api/domains/ merged by electron/api/handlers.ts; carried by IPC, the loopback
// HTTP bridge and the CLI.
import type { AccountInfo, Role } from '../accounts/account';
import type { Catalog } from '../catalog/types';
import type { CheckDecision } from '../checks/review-check';
import type { CheckEntry, CheckValue, CheckVerdict } from '../checks/types';
import type { ExportFormat, Matrix } from '../matrix/types';
import type { ReportFormat } from '../report/report-formats';
import type {
  AuditEntry,
  CellOverride,
  Amendment,
  Clause,
  CoverageLevel,
  DocumentRecord,
  DocumentStatus,
  DocumentVersion,
  PageFailure,
  ReviewerDecision,
  Settings,
  Suggestion,
  SuggestionStatus,
  SuggestionView,
  TagCoverage,
} from '../model';
import type { PackageReviewer } from '../package/manifest';
import type { AgreementFigures } from '../review/agreement';
import type { UndoneChange } from '../review/describe-review';
import type { LearnerStatus } from '../match/learner/review-learner';
import type { BaselineComparison, BaselineSummary } from '../baselines/types';
import type { RecommendationFilter } from '../recommendations/recommendation-rules';
import type {
  Recommendation,
  RecommendationCell,
  RecommendationOrigin,
  RecommendationPriority,
  RecommendationStatus,
  RecommendationType,
} from '../recommendations/types';
import type { ApiErrorInfo } from './errors';

export type { UndoneChange };

/** A clause × standard on which reviewers differ (accept vs reject, or full vs partial). */
export interface Disagreement {
  suggestionId: string;
  country: string;
  documentId: string;
  documentTitle: string;
  clauseId: string;
  clauseNumber: string;
  clauseKind: Clause['kind'];
  clauseHeading: string;
  provisionId: string;
  provisionTitle: string;
  /** Each reviewer's decision with their note, by reviewer name. */
  decisions: ReviewerDecision[];
  /** Open until the lead decides after every other opinion was recorded here; then resolved. */
  state: 'open' | 'resolved';
  /** What stands now: the lead's decision, or undecided (status 'suggested'). */
  effective: Pick<Suggestion, 'status' | 'coverage' | 'reviewer' | 'reviewedAt'>;
}

export interface DisagreementList {
  /** Whose decision resolves a disagreement. */
  lead: string;
  open: number;
  resolved: number;
  /** The open ones, and the resolved ones too when asked for. */
  disagreements: Disagreement[];
}

export interface AgreementResult {
  /** Over all decisions, then per instrument and per law. */
  figures: AgreementFigures[];
}

/** A PDF to import: a path on this machine, or the bytes (base64) when the UI uploads it. */
export interface ImportFile {
  path?: string;
  name?: string;
  dataBase64?: string;
  password?: string;
}

/** How long waitForJob holds its answer while the job runs. */
export const JOB_WAIT_MS = 250;

/** auto: OCR pages without text; force: also replace a text layer; off: never. */
export const OCR_MODES = ['auto', 'force', 'off'] as const;
export type OcrMode = (typeof OCR_MODES)[number];

export interface ImportArgs {
  files: ImportFile[];
  country: string;
  /** An ISO 3166-2 subdivision of `country` the laws were made for (`PK-IS`); national when absent. */
  jurisdiction?: string;
  title?: string;
  year?: number;
  language?: string;
  /** Applies to every file that has no password of its own. */
  password?: string;
  /** auto: OCR pages without text; force: also replace a text layer; off: never. */
  ocr?: OcrMode;
  /** The file is a newer text (a reprint, a consolidation) of this document: it becomes its next version. */
  newVersionOf?: string;
  /** Import as a document of its own even when it looks like a newer text of one in the library. */
  separate?: boolean;
}

export interface ImportedDocument {
  id: string;
  file: string;
  title: string;
  country: string;
  /** The subdivision it applies in, null for a national law. */
  jurisdiction: string | null;
  pages: number;
  clauses: number;
  ocrPages: number[];
  failedPages: PageFailure[];
  /** Set when the text layer looks like bad OCR and a re-read with OCR is advised. */
  textQualityWarning?: string;
  /** Sections not found in the numbering, numbers or headings OCR did not read as printed, or no sections at all. */
  numberingWarnings?: string[];
  /** Set when an imported document was read again (with OCR) and its clauses replaced. */
  reread?: { kept: number; replaced: number; message: string };
  /** Set when the file became a new version of a law already in the library (`id` is that law's). */
  version?: { number: number; counts: DocumentVersion['counts']; message: string };
}

export interface ImportResult {
  documents: ImportedDocument[];
  failed: { file: string; code: ApiErrorInfo['code']; message: string }[];
  skipped: { file: string; existingId: string; message: string }[];
}

export interface JobProgress {
  file: string;
  /** 0..1 */
  fraction: number;
  /** `matching`: a tagging's, which has no file to read. */
  stage:
    | 'queued'
    | 'reading'
    | 'ocr'
    | 'segmenting'
    | 'matching'
    | 'saving'
    | 'done'
    | 'failed'
    | 'cancelled';
  message?: string;
}

export interface JobStatus {
  id: string;
  kind: 'import' | 'tag';
  /** An import job that reads again a law already in the library (its `progress` names its file). */
  reread?: boolean;
  /** The law a re-read or a tagging works on, by title; absent for tagging every law and for an import. */
  about?: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Who started it (on a team server, the signed-in account), and when (ISO); when it ended. */
  startedBy?: string;
  startedAt?: string;
  endedAt?: string;
  progress: JobProgress[];
  importResult?: ImportResult;
  tagResult?: TagResult;
  error?: ApiErrorInfo;
}

/** A job started, or the same work already running joined. */
export interface StartedJob {
  jobId: string;
  joined: boolean;
}

export interface LearningStatus extends LearnerStatus {
  /** A re-scoring after recent decisions is still running. */
  pending: boolean;
}

export interface TagResult {
  documents: number;
  clauses: number;
  suggestions: number;
  kept: number;
  durationMs: number;
}

export interface SuggestionQuery {
  documentId?: string;
  clauseId?: string;
  provisionId?: string;
  country?: string;
  framework?: string;
  status?: SuggestionStatus;
  minScore?: number;
  limit?: number;
  offset?: number;
}

export const REVIEW_DECISIONS = ['accept', 'reject', 'reset'] as const;
export const AMENDMENT_DECISIONS = ['confirm', 'dismiss'] as const;

export interface ReviewArgs {
  ids: string[];
  /** Without a decision the call only sets the note: status, coverage and reviewer stay as they are. */
  decision?: (typeof REVIEW_DECISIONS)[number];
  coverage?: TagCoverage;
  note?: string;
}

export interface MatrixSelection {
  frameworks?: string[];
  /** Columns: countries (`PK`) or ISO 3166-2 subdivisions (`PK-IS`); every country in the library when absent. */
  countries?: string[];
  /** Countries shown split: a column for their national laws and one per subdivision with laws. */
  split?: string[];
  /** Coverage on this date (YYYY-MM-DD): laws not yet in force then, or repealed by then, give no evidence. */
  asOf?: string;
  /** Show final clauses and committee machinery (hidden by default). */
  includeProcedural?: boolean;
}

export interface ExportArgs extends MatrixSelection {
  format: ExportFormat;
  /** Where to write; without it the bytes come back in the result. */
  path?: string;
}

export interface ExportResult {
  fileName: string;
  mime: string;
  bytes: number;
  path?: string;
  dataBase64?: string;
  /**
   * The files that go with it where no path was given (a CSV export's evidence, ratifications and
   * recommendations tables); with a path they are written beside it.
   */
  extraFiles?: { fileName: string; mime: string; dataBase64: string }[];
  /** Where a path was given: the files written beside it (a CSV export's other tables), each with its size. */
  alsoWritten?: { path: string; bytes: number }[];
}

export interface ReportArgs {
  /** One or more countries (`PK`) or subdivisions (`PK-IS`), as the matrix takes them: each a section of the report. */
  countries: string[];
  /** Instruments to report on; all when absent. */
  frameworks?: string[];
  format: ReportFormat;
  /** Where to write; without it the bytes come back in the result. */
  path?: string;
}

export interface ReviewCheckArgs {
  country: string;
  provisionId: string;
  decision: CheckDecision;
  /** For a correction: the value the law sets (an age, or true/false for a ban or duty). */
  found?: CheckValue | null;
  verdict?: CheckVerdict;
  note?: string;
}

/** A recommendation as written: evidence as ids (a law, clause or suggestion id), looked up when saved. */
export interface RecommendationInput {
  /** A cell's subdivision may be left out (the country as a whole). */
  cells: (Omit<RecommendationCell, 'subdivision'> & { subdivision?: string | null })[];
  type: RecommendationType;
  text: string;
  responsibleBody?: string | null;
  priority: RecommendationPriority;
  targetDate?: string | null;
  /** `proposed` when absent. */
  status?: RecommendationStatus;
  origin: RecommendationOrigin;
  evidence?: string[];
}

export type RecommendationQuery = RecommendationFilter;

export interface RecommendationImportResult {
  added: number;
  updated: number;
  unchanged: number;
  /** The recommendations of the file, as now stored. */
  recommendations: Recommendation[];
}

/** A baseline by its id or its name; `to` absent: the matrix as it stands today. */
export interface BaselineCompareArgs {
  from: string;
  to?: string;
}

export const BASELINE_EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;

export interface CountryInfo {
  code: string;
  name: string;
  documents: number;
}

/** A file the UI uploads (name and bytes, base64) or, from the command line, a path on this machine. */
export interface FileArg {
  path?: string;
  name?: string;
  dataBase64?: string;
}

export interface PackageExportArgs {
  country: string;
  /** Only these laws of the country; default: all of them. */
  documentIds?: string[];
  /** Only suggestions of these instruments; default: all. */
  frameworks?: string[];
  /** Who reviews it, e.g. "Ministry of Human Rights": their decisions are recorded under this name. */
  madeFor: string;
  /** Leave the lead's decisions out, so the reviewer decides without seeing them. */
  blind?: boolean;
  /** Where to write; without it the bytes come back in the result. */
  path?: string;
}

export interface PackageExportResult {
  packageId: string;
  fileName: string;
  bytes: number;
  path?: string;
  dataBase64?: string;
  madeFor: string;
  blind: boolean;
  documents: number;
  suggestions: number;
  /** The lead's decisions sent with it (0 when blind). */
  leadDecisions: number;
}

export interface PackageImportResult {
  packageId: string;
  madeFor: string;
  /** Who decided in the package, how many and when. */
  reviewers: PackageReviewer[];
  /** Decisions found in the package. */
  decisions: number;
  /** Recorded new or changed here (0 when the same package was imported before). */
  recorded: number;
  /** Already recorded as they are, or older than one recorded since. */
  unchanged: number;
  /** On clauses corrected away in this project since the package was made: not recorded. */
  notRecorded: number;
  summary: string;
}

/** Who is signed in to a team server: the name decisions are recorded under, and the role. */
export interface SignedInAccount {
  name: string;
  role: Role;
}

/**
 * Where this window's calls go: its own project on this computer, or a team server it signed in
 * to (Settings › Team server), whose corpus the whole window then works on.
 */
export type ConnectionInfo =
  | {
      kind: 'local';
      /** The project's database as opened (a file path or a server database URL). */
      project: string;
      /** The team server last connected to from here, to offer again (never the password). */
      lastServerUrl: string | null;
    }
  | { kind: 'team'; url: string; account: SignedInAccount };

/** The project this window works on: the analyst's own, or a review package opened in it. */
export interface ProjectInfo {
  projectId: string | null;
  package: {
    packageId: string;
    madeFor: string;
    blind: boolean;
    createdAt: string;
    createdBy: string;
    country: string;
    documents: number;
    suggestions: number;
    /** Decisions made in the package so far, by reviewer. */
    reviewers: PackageReviewer[];
    /** Whether this window can close it and go back to its own project (not with --db FILE.lexgap). */
    canClose: boolean;
  } | null;
}

export interface LexgapApi {
  importDocuments(args: ImportArgs): Promise<ImportResult>;
  /** The same files already being imported (by anyone): that job, `joined`, instead of a second run. */
  startImport(args: ImportArgs): Promise<StartedJob>;
  /** Reads an imported document again from its stored PDF with OCR, replacing its clauses (a job like
   *  an import). Refused (conflict) if a reviewed clause would change. */
  startReread(args: { documentId: string; password?: string }): Promise<StartedJob>;
  /** Tagging the same laws already running (started by anyone): that job, `joined`, instead of a second run. */
  startTagging(args: { documentId?: string }): Promise<StartedJob>;
  getJob(args: { jobId: string }): Promise<JobStatus>;
  /**
   * The job's status once it has ended or one of its files has moved on a stage (reading, OCR…), or
   * after a quarter of a second while it runs (JOB_WAIT_MS): a follower asks again at once, and
   * learns of each step and of the end as they come instead of at its next poll.
   */
  waitForJob(args: { jobId: string }): Promise<JobStatus>;
  /** Running jobs, then recent ended ones, newest first: every user of a team server sees the same. */
  listJobs(args: Record<string, never>): Promise<JobStatus[]>;
  cancelJob(args: { jobId: string }): Promise<JobStatus>;

  listCountries(args: Record<string, never>): Promise<CountryInfo[]>;
  listDocuments(args: { country?: string }): Promise<DocumentRecord[]>;
  getDocument(args: { documentId: string }): Promise<DocumentRecord>;
  updateDocument(args: {
    documentId: string;
    title?: string;
    year?: number | null;
    status?: DocumentStatus;
    /** An ISO 3166-2 subdivision of the law's country, or the country code or null for a national law. */
    jurisdiction?: string | null;
    /** For a national law: the subdivisions it does not extend to. */
    excludedSubdivisions?: string[];
    /** YYYY-MM-DD, or null to clear. A repeal date makes the law repealed, an amendment date amended. */
    enactedOn?: string | null;
    inForceFrom?: string | null;
    amendedOn?: string | null;
    repealedOn?: string | null;
    /** The `version` the change was made on: refused (conflict) if the row moved on since; none: always written. */
    expectedVersion?: number;
  }): Promise<DocumentRecord>;
  /** Recommendations citing the law are kept, marked as citing a deleted law; their ids come back. */
  deleteDocument(args: {
    documentId: string;
  }): Promise<{ deleted: boolean; citingRecommendations: string[] }>;
  getDocumentFile(args: { documentId: string }): Promise<{ name: string; dataBase64: string }>;
  listClauses(args: { documentId: string }): Promise<Clause[]>;
  /** The law's versions, oldest first: each newer text or OCR reading with what it changed per clause. */
  listVersions(args: { documentId: string }): Promise<DocumentVersion[]>;
  /** Amendment links (of one document, as amending or amended act): proposed, confirmed or dismissed. */
  listAmendments(args: { documentId?: string }): Promise<Amendment[]>;
  /** Confirms or dismisses a proposed link; confirming a pair never proposed links them by hand. */
  reviewAmendment(args: {
    amendingDocumentId: string;
    amendedDocumentId: string;
    decision: (typeof AMENDMENT_DECISIONS)[number];
  }): Promise<Amendment>;
  /**
   * Splits a clause at a UTF-16 offset of its text. The first part keeps the clause's id; the second
   * takes `number` and `heading` (read from its first words when not given). Suggestions and their
   * reviews go with the part holding their matched words.
   */
  splitClause(args: { clauseId: string; at: number; number?: string; heading?: string }): Promise<Clause[]>;
  /** Merges a clause with the next one of its document; the merged clause keeps both clauses' reviews. */
  mergeClauseWithNext(args: { clauseId: string }): Promise<Clause>;
  /** Renumbers or re-heads a clause; its id and reviews stay. */
  updateClause(args: { clauseId: string; number?: string; heading?: string }): Promise<Clause>;

  tagDocuments(args: { documentId?: string }): Promise<TagResult>;
  /** Whether suggestions are re-ranked by what review taught, and its held-out figure. */
  getLearningStatus(args: Record<string, never>): Promise<LearningStatus>;
  listSuggestions(args: SuggestionQuery): Promise<SuggestionView[]>;
  reviewSuggestions(args: ReviewArgs): Promise<Suggestion[]>;
  /**
   * Undoes the newest review batch; `summary` says what in plain words, e.g. "the acceptance in full of
   * CRC.19 on s. 31 (Child Bill): it is undecided again" (shared/review/describe-review.ts).
   */
  undoLastReview(
    args: Record<string, never>,
  ): Promise<{ undone: number; changes: UndoneChange[]; summary: string }>;
  addManualTag(args: {
    clauseId: string;
    provisionId: string;
    coverage: TagCoverage;
    note?: string;
  }): Promise<Suggestion>;
  listAudit(args: { entityId?: string; limit?: number }): Promise<AuditEntry[]>;

  listStandards(args: { framework?: string }): Promise<Catalog>;

  buildMatrix(args: MatrixSelection): Promise<Matrix>;
  setCellOverride(args: {
    country: string;
    provisionId: string;
    level: CoverageLevel;
    /** Required (non-blank) for a Gap or Contradicts rating. */
    rationale: string;
    /** The laws searched; for a Gap, every law of the country when absent. */
    reviewedDocumentIds?: string[];
    /** The clauses (of laws of the cell's column) that ground the rating; none when absent. */
    citedClauseIds?: string[];
    /** The rating's `version` the analyst saw (0: none): refused (conflict) if it changed since. */
    expectedVersion?: number;
  }): Promise<CellOverride>;
  clearCellOverride(args: {
    country: string;
    provisionId: string;
    /** The rating's `version` the analyst saw: refused (conflict) if it changed since. */
    expectedVersion?: number;
  }): Promise<{ cleared: boolean }>;
  exportMatrix(args: ExportArgs): Promise<ExportResult>;
  /** The country report (Word, print-ready PDF where a desktop window prints it, or printable HTML). */
  exportReport(args: ReportArgs): Promise<ExportResult>;

  /** Measurable checks per (country, checklist item with a threshold): proposed, confirmed or rejected. */
  listChecks(args: { country?: string; provisionId?: string }): Promise<CheckEntry[]>;
  reviewCheck(args: ReviewCheckArgs): Promise<CheckEntry>;

  /** Sorted by priority, then target date. */
  listRecommendations(args: RecommendationQuery): Promise<Recommendation[]>;
  addRecommendation(args: RecommendationInput): Promise<Recommendation>;
  /** Changes the fields given; `evidence`, when given, replaces the list (ids already cited keep their entry). */
  updateRecommendation(
    args: { id: string; expectedVersion?: number } & Partial<RecommendationInput>,
  ): Promise<Recommendation>;
  deleteRecommendation(args: { id: string }): Promise<{ deleted: boolean }>;
  /**
   * Restores the recommendations of a JSON export (`matrix --format json`, or `recommendations list
   * --json`): new ids are added, known ones replaced, each in the audit log; all or none.
   */
  importRecommendations(args: { path?: string; dataBase64?: string }): Promise<RecommendationImportResult>;
  /** Writes a review package (a Lexgap project file) of one country's laws for a reviewer elsewhere. */
  exportPackage(args: PackageExportArgs): Promise<PackageExportResult>;
  /** Takes a returned package's decisions in under their reviewers' names; the same package twice changes nothing. */
  importPackage(args: FileArg): Promise<PackageImportResult>;
  /** Opens a review package in this window in place of its own project (the app only). */
  openPackage(args: FileArg): Promise<ProjectInfo & { reopened: boolean }>;
  /** Back to this window's own project. */
  closePackage(args: Record<string, never>): Promise<ProjectInfo>;
  getProject(args: Record<string, never>): Promise<ProjectInfo>;
  /** The open package as a file, with the decisions made in it, to send back. */
  getPackageFile(args: Record<string, never>): Promise<{ fileName: string; dataBase64: string }>;

  /** Clause × standard pairs where reviewers differ, with each reviewer's decision and note. */
  listDisagreements(args: { country?: string; includeResolved?: boolean }): Promise<DisagreementList>;
  /** Cohen's kappa per pair of reviewers and Krippendorff's alpha, over all, per instrument and per law. */
  getAgreement(args: { country?: string }): Promise<AgreementResult>;

  /** Freezes the whole matrix (every instrument, country and procedural article) under a new name. */
  createBaseline(args: { name: string }): Promise<BaselineSummary>;
  listBaselines(args: Record<string, never>): Promise<BaselineSummary[]>;
  /** Every cell that changed between two baselines (or a baseline and today), with its causes. */
  compareBaselines(args: BaselineCompareArgs): Promise<BaselineComparison>;
  exportBaselineComparison(
    args: BaselineCompareArgs & { format: (typeof BASELINE_EXPORT_FORMATS)[number]; path?: string },
  ): Promise<ExportResult>;

  /** Where this window's calls go (the app only; answered by this computer, never a server). */
  getConnection(args: Record<string, never>): Promise<ConnectionInfo>;
  /** Signs in to a team server and sends every further call there; the password is not kept. */
  connectTeamServer(args: { url: string; name: string; password: string }): Promise<ConnectionInfo>;
  /** Signs out of the team server and goes back to this computer's project. */
  disconnectTeamServer(args: Record<string, never>): Promise<ConnectionInfo>;

  getSettings(args: Record<string, never>): Promise<Settings>;
  /** `expectedVersion`: the `leadReviewerVersion` the new lead was chosen on; refused (conflict) if it changed since. */
  updateSettings(
    args: Partial<Omit<Settings, 'leadReviewerVersion'>> & { expectedVersion?: number },
  ): Promise<Settings>;

  /** Team-server accounts, by name (never a password or its hash). On a local project: its own table. */
  listAccounts(args: Record<string, never>): Promise<AccountInfo[]>;
  /** A password of at least 12 characters; it is stored only as an scrypt hash. */
  addAccount(args: { name: string; role: Role; password: string }): Promise<AccountInfo>;
  /** A disabled account is refused at sign-in and signed out at once; its decisions stay under its name. */
  setAccountDisabled(args: { name: string; disabled: boolean }): Promise<AccountInfo>;
  /** A new password (and, when given, a new role); the account's sessions end. */
  resetAccountPassword(args: { name: string; password: string; role?: Role }): Promise<AccountInfo>;
}

export type MethodName = keyof LexgapApi;
export type ArgsOf<M extends MethodName> = Parameters<LexgapApi[M]>[0];
export type ResultOf<M extends MethodName> = Awaited<ReturnType<LexgapApi[M]>>;
