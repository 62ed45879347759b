// The project's own storage interface: services talk to this, never to sqlite3, so the driver can be swapped.
import type { SuggestionQuery } from '../../shared/api/contract';
import type { FeedbackDecision } from '../../shared/match/feedback-model';
import type {
  AcceptedTag,
  AuditEntry,
  AuditInput,
  CellOverride,
  Clause,
  DocumentRecord,
  SegmentedClause,
  Suggestion,
  SuggestionView,
} from '../../shared/model';

export interface NewDocument {
  record: Omit<DocumentRecord, 'clauses'> & { textQualityWarning?: string | null };
  fileName: string;
  fileBytes: Uint8Array;
  clauses: SegmentedClause[];
}

/** A computed suggestion before it has an id; `replaceSuggestions` decides which ones are new. */
export interface ComputedSuggestion {
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
export type ReviewDecision = FeedbackDecision;

export type { AuditInput };

/** Writes made inside one transaction. */
export interface StoreTx {
  insertDocument(doc: NewDocument): Promise<DocumentRecord>;
  updateDocument(
    id: string,
    patch: Partial<Pick<DocumentRecord, 'title' | 'year' | 'status'>>,
  ): Promise<void>;
  deleteDocument(id: string): Promise<boolean>;
  /** Keeps reviewed suggestions, replaces unreviewed ones of these documents. Returns [added, kept]. */
  replaceSuggestions(
    documentIds: string[],
    computed: ComputedSuggestion[],
    now: string,
  ): Promise<[number, number]>;
  saveSuggestion(s: Suggestion): Promise<void>;
  appendAudit(entry: AuditInput, now: string): Promise<void>;
  setOverride(o: CellOverride): Promise<void>;
  clearOverride(country: string, provisionId: string): Promise<boolean>;
  setSetting(key: string, value: string): Promise<void>;
}

export interface Store extends StoreTx {
  /** Runs `fn` in one SQLite transaction; transactions never interleave. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;

  findDocumentBySha(sha256: string): Promise<DocumentRecord | undefined>;
  listDocuments(country?: string): Promise<DocumentRecord[]>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  getDocumentFile(id: string): Promise<{ name: string; data: Uint8Array } | undefined>;
  listClauses(documentId: string): Promise<Clause[]>;
  getClause(id: string): Promise<Clause | undefined>;
  clausesForTagging(documentId?: string): Promise<ClauseForTagging[]>;

  listSuggestions(query: SuggestionQuery): Promise<SuggestionView[]>;
  getSuggestions(ids: string[]): Promise<Suggestion[]>;
  reviewDecisions(): Promise<ReviewDecision[]>;
  acceptedTags(countries?: string[]): Promise<AcceptedTag[]>;

  listAudit(entityId?: string, limit?: number): Promise<AuditEntry[]>;
  /** The newest batch of review audit entries not yet undone, for undo. */
  lastReviewBatch(): Promise<{ batch: string; entries: AuditEntry[] } | undefined>;

  listOverrides(countries?: string[]): Promise<CellOverride[]>;
  getSetting(key: string): Promise<string | undefined>;
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}
