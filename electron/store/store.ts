// The project's own storage interface: services and handlers talk to this, never to a database
// driver. A backend implements Store, is registered in open-store.ts and passes the conformance
// suite in store-conformance.ts. Ids are made by the callers (shared/ids.ts, shared/segment/
// clause-ids.ts), so every backend stores the same ones.
import type { Account } from '../../shared/accounts/account';
import type { Session } from '../../shared/accounts/session';
import type { CheckClause, CheckTag } from '../../shared/checks/propose-checks';
import type { CheckReview } from '../../shared/checks/types';
import type { Recommendation } from '../../shared/recommendations/types';
import type { Baseline } from '../../shared/baselines/types';
import type { SuggestionQuery } from '../../shared/api/contract';
import type { ComputedFields } from '../../shared/review/offered-suggestion';
import type { LearnerDecision } from '../../shared/match/learner/review-learner';
import type {
  AcceptedTag,
  Amendment,
  AuditEntry,
  AuditInput,
  CellOverride,
  Clause,
  ClauseKind,
  DocumentRecord,
  DocumentVersion,
  ReviewerDecision,
  ReviewerDecisionRow,
  SegmentedClause,
  Suggestion,
  SuggestionView,
} from '../../shared/model';

export interface NewDocument {
  record: Omit<DocumentRecord, 'clauses'> & { textQualityWarning?: string | null };
  fileName: string;
  fileBytes: Uint8Array;
  /** Stored as `<document id>:<eid>` (shared/segment/clause-ids.ts); eids are unique per document. */
  clauses: SegmentedClause[];
  /** The page number printed on each page (index 0 = page 1), null where none; absent if unknown. */
  pageLabels?: (string | null)[];
}

/** A computed suggestion with a fresh id; `replaceSuggestions` drops those already reviewed. */
export interface ComputedSuggestion {
  id: string;
  clauseId: string;
  documentId: string;
  provisionId: string;
  score: number;
  matched: Suggestion['matched'];
}

export interface ClauseForTagging {
  clause: Clause;
  documentTitle: string;
  country: string;
  language: string;
}

/** A reviewed decision the matcher learns from. */
export type ReviewDecision = LearnerDecision;

export type { AuditInput };

/** Which reviewers' decisions to list; every filter given must hold. */
export interface ReviewerDecisionQuery {
  suggestionIds?: string[];
  documentId?: string;
  country?: string;
  /** In any of these countries (none when empty). */
  countries?: string[];
  reviewer?: string;
}

/** One reviewer's decisions to record together (`recordReviewerDecisions`). */
export interface ReviewerDecisionBatch {
  /** Whose decisions these are, exactly as they are to be recorded. */
  reviewer: string;
  /** The lead reviewer of this database, whose decision settles a disagreement. */
  lead: string;
  /** When they are recorded here (ISO): the time of the import. */
  recordedAt: string;
  /** At most one per suggestion; a rejected decision's coverage is taken as null. */
  decisions: Omit<ReviewerDecision, 'reviewer' | 'recordedAt'>[];
}

/** What `recordReviewerDecisions` did. */
export interface RecordedReviewerDecisions {
  /** Decisions stored new or changed, with the one of this reviewer each replaced (null: none). */
  changed: { before: ReviewerDecision | null; after: ReviewerDecision }[];
  /** Given decisions already recorded as given, or older than the one recorded: left as they were. */
  unchanged: number;
  /** Suggestion ids not in this database: nothing was recorded for them. */
  missing: string[];
  /** Suggestions whose effective (adjudicated) state changed, before and after. */
  effective: { before: Suggestion; after: Suggestion }[];
}

/** A suggestion as it was when deleted, and what deleted it (deleted_suggestions, migration 19). */
export interface DeletedSuggestion extends ComputedFields {
  /** The clause as numbered then; null when it was already gone. */
  clauseKind: ClauseKind | null;
  clauseNumber: string | null;
  /** `tagging`: a tagging no longer ranked it; `removed`: a clause correction or new version of the law. */
  droppedBy: 'tagging' | 'removed';
}

/** Reads; inside a transaction they see its writes. */
export interface StoreReads {
  findDocumentBySha(sha256: string): Promise<DocumentRecord | undefined>;
  listDocuments(country?: string): Promise<DocumentRecord[]>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  getDocumentFile(id: string): Promise<{ name: string; data: Uint8Array } | undefined>;
  /** The page numbers printed on its pages as imported (null where none), undefined if unknown. */
  getPageLabels(documentId: string): Promise<(string | null)[] | undefined>;
  listClauses(documentId: string): Promise<Clause[]>;
  getClause(id: string): Promise<Clause | undefined>;
  clausesForTagging(documentId?: string): Promise<ClauseForTagging[]>;
  /** The clauses of these countries' laws, by law id and clause order: what check proposals read. */
  clauseTexts(countries: string[]): Promise<CheckClause[]>;
  /**
   * A number that changes whenever a law's record or clauses may have changed, in this process or
   * another on the same database (what is read from the texts alone can be kept until it does);
   * null inside a transaction, whose own writes it does not count yet.
   */
  textVersion(): Promise<number | null>;

  listSuggestions(query: SuggestionQuery): Promise<SuggestionView[]>;
  /** In the order of `ids`; unknown ids are left out. */
  getSuggestions(ids: string[]): Promise<Suggestion[]>;
  reviewDecisions(): Promise<ReviewDecision[]>;
  /**
   * Of these ids, the suggestions deleted since migration 19 and not stored again, with what they
   * were: what a reviewer who still sees one decides on.
   */
  deletedSuggestions(ids: string[]): Promise<DeletedSuggestion[]>;
  /** The clause and provision of every suggestion of these laws still offered for review (status suggested). */
  offeredSuggestions(documentIds: string[]): Promise<{ clauseId: string; provisionId: string }[]>;
  acceptedTags(countries?: string[]): Promise<AcceptedTag[]>;
  /**
   * The suggestions of one framework in these countries' laws that weigh in its checks, each with
   * its clause: every decided one, and undecided ones scoring at least `minSuggestedScore`; in the
   * order of `listSuggestions`.
   */
  frameworkTags(
    framework: string,
    countries: string[],
    minSuggestedScore: number,
  ): Promise<{ tag: CheckTag; clause: CheckClause }[]>;

  /** Newest first. */
  listAudit(entityId?: string, limit?: number): Promise<AuditEntry[]>;
  /** The newest batch of review audit entries not yet undone, for undo; of one actor when given. */
  lastReviewBatch(actor?: string): Promise<{ batch: string; entries: AuditEntry[] } | undefined>;

  /** Every reviewer's decisions, by country, law, clause order, provision and reviewer. */
  listReviewerDecisions(query?: ReviewerDecisionQuery): Promise<ReviewerDecisionRow[]>;

  listOverrides(countries?: string[]): Promise<CellOverride[]>;
  listCheckReviews(countries?: string[]): Promise<CheckReview[]>;
  /** Every recommendation as stored (evidence's `lawDeleted` as last written), oldest first. */
  listRecommendations(): Promise<Recommendation[]>;
  getRecommendation(id: string): Promise<Recommendation | undefined>;
  /** Every baseline with its contents, oldest first. */
  listBaselines(): Promise<Baseline[]>;
  getSetting(key: string): Promise<string | undefined>;
  /** The version of a setting as stored, 0 while it is not set (`setSetting`'s `expectedVersion`). */
  getSettingVersion(key: string): Promise<number>;

  /** The versions recorded for a law, oldest first (none until its first new version). */
  listVersions(documentId: string): Promise<DocumentVersion[]>;
  /** The law an earlier version of which had these bytes. */
  findVersionBySha(sha256: string): Promise<{ documentId: string; version: number } | undefined>;
  /** Links where the document amends or is amended (every link without one). */
  listAmendments(documentId?: string): Promise<Amendment[]>;
  /** Team-server accounts, by name. */
  getAccount(name: string): Promise<Account | undefined>;
  listAccounts(): Promise<Account[]>;
  /** A team-server session by the SHA-256 of its token. */
  getSession(tokenHash: string): Promise<Session | undefined>;
}

/** A newer text of a law: its file and what it took from the PDF. */
export interface NewText {
  file: string;
  sha256: string;
  pages: number;
  importedAt: string;
  fileBytes: Uint8Array;
  pageLabels?: (string | null)[];
}

export interface StoreWrites {
  insertDocument(doc: NewDocument): Promise<DocumentRecord>;
  /**
   * Edits, or what a re-reading (re-read with OCR) found: OCR pages, failed pages and warnings. With
   * `expectedVersion`, written only if the law is still at that version; false when it is not (or gone).
   */
  updateDocument(
    id: string,
    patch: Partial<
      Pick<
        DocumentRecord,
        | 'title'
        | 'year'
        | 'status'
        | 'jurisdiction'
        | 'excludedSubdivisions'
        | 'enactedOn'
        | 'inForceFrom'
        | 'amendedOn'
        | 'repealedOn'
        | 'ocrPages'
        | 'failedPages'
        | 'textQualityWarning'
        | 'numberingWarnings'
      >
    >,
    expectedVersion?: number,
  ): Promise<boolean>;
  /** With its file, clauses and suggestions. */
  deleteDocument(id: string): Promise<boolean>;
  /**
   * Keeps reviewed suggestions (decided, or with any reviewer's decision), replaces unreviewed ones
   * of these documents; suggestions of a document deleted meanwhile are dropped. Returns [added, kept].
   */
  replaceSuggestions(
    documentIds: string[],
    computed: ComputedSuggestion[],
    now: string,
  ): Promise<[number, number]>;
  /**
   * Inserts, or updates the review fields (status, coverage, note, reviewer, reviewedAt): the
   * effective decision, which callers derive from the reviewers' (shared/review/adjudicate.ts).
   */
  saveSuggestion(s: Suggestion): Promise<void>;
  /** Records one reviewer's decision on a suggestion, replacing theirs; the suggestion must exist. */
  setReviewerDecision(d: ReviewerDecision): Promise<void>;
  deleteReviewerDecision(suggestionId: string, reviewer: string): Promise<void>;
  /**
   * Records another reviewer's decisions (a returned review package) in one transaction: the
   * caller's when called on a `tx`, else one of its own; all of them or, if it throws, none.
   * - Idempotent: a decision already recorded as given changes nothing, so recording the same
   *   batch twice changes nothing the second time (`changed` and `effective` come back empty).
   * - A given decision replaces the reviewer's recorded one unless that one is newer (a later
   *   `at`): an old package brought back late never undoes a later decision.
   * - Never removes a decision, and never touches another reviewer's.
   * - Suggestions not in this database are reported in `missing` and skipped; throw from the
   *   caller's transaction to refuse the whole batch instead.
   * - Each touched suggestion's effective state is adjudicated again with `lead`, and saved.
   * - Writes no audit entries: the caller audits `changed` (shared/review/recorded-decisions.ts).
   */
  recordReviewerDecisions(batch: ReviewerDecisionBatch): Promise<RecordedReviewerDecisions>;
  appendAudit(entry: AuditInput, now: string): Promise<void>;
  /**
   * Rates a cell. With `expectedVersion` (0: no rating yet), written only if the cell's rating is
   * still at that version; false when it is not, and nothing is written.
   */
  setOverride(o: CellOverride, expectedVersion?: number): Promise<boolean>;
  /** Whether a rating was removed; with `expectedVersion`, only a rating at that version is. */
  clearOverride(country: string, provisionId: string, expectedVersion?: number): Promise<boolean>;
  /** Records (or with null, removes) the analyst's decision on a check proposal. */
  setCheckReview(country: string, provisionId: string, review: CheckReview | null): Promise<void>;
  /**
   * Sets a setting; with `expectedVersion` (0: not set yet) only if it is still at that version:
   * false, and nothing written, when it is not.
   */
  setSetting(key: string, value: string, expectedVersion?: number): Promise<boolean>;
  /** Adds an account, or replaces its role, password hash, disabled flag and update time. */
  saveAccount(a: Account): Promise<void>;
  /** Adds a session, or moves its last-seen time (nothing else of a session changes). */
  saveSession(s: Session): Promise<void>;
  deleteSession(tokenHash: string): Promise<boolean>;
  /** Ends every session of an account (disabled, or a new password); returns how many. */
  deleteAccountSessions(account: string): Promise<number>;
  /** Ends the sessions past their absolute end or last seen before `idleSince`; returns how many. */
  deleteExpiredSessions(now: string, idleSince: string): Promise<number>;
  /**
   * Inserts a recommendation or replaces every field of the one with its id; with `expectedVersion`,
   * only the one at that version (false, nothing written, when it moved on).
   */
  saveRecommendation(r: Recommendation, expectedVersion?: number): Promise<boolean>;
  deleteRecommendation(id: string): Promise<boolean>;
  /** Stores a baseline once; there is no way to change it afterwards. A name already used is refused. */
  insertBaseline(b: Baseline): Promise<void>;
  /** Clause corrections: inserts a clause (placed by `orderClauses`) or rewrites its number, heading, text and anchors. */
  saveClause(c: Clause): Promise<void>;
  /** Deletes a clause; move its suggestions first, or they go with it. */
  deleteClause(id: string): Promise<void>;
  /** Gives the document's clauses the order of `ids` (every clause of the document, each once). */
  orderClauses(documentId: string, ids: string[]): Promise<void>;
  /** Rewrites a suggestion in full, its clause and matched spans included (a correction moves it). */
  rewriteSuggestion(s: Suggestion): Promise<void>;
  deleteSuggestion(id: string): Promise<void>;
  /** Records a version of a law (its number is the caller's: one more than the last). */
  addVersion(v: DocumentVersion): Promise<void>;
  /** Makes a newer text (or reading) the law's current one: its file, hash, pages and page labels. */
  replaceDocumentText(documentId: string, text: NewText): Promise<void>;
  /** Inserts an amendment link or replaces its status, evidence, sections, reviewer and time. */
  saveAmendment(a: Amendment): Promise<void>;
}

/** What a transaction's function gets: reads that see its own writes, and the writes. */
export interface StoreTx extends StoreReads, StoreWrites {}

export interface Store extends StoreTx {
  /**
   * Runs `fn` in one transaction: all of its writes or none. Transactions run one at a time in
   * the order they were asked for; this is the one place writes are queued. A write called on the
   * store itself runs in a transaction of its own.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}
