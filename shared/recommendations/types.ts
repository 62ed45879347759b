// Recommendations: what a study proposes to close a gap, attached to one or more matrix cells
// (country × standard, or a subdivision × standard), with the evidence it rests on. The fixed lists
// are written once here; the API's zod enums, the CLI's help and the screens' choices derive from them.

export const RECOMMENDATION_TYPES = [
  'enact',
  'amend',
  'repeal',
  'ratify',
  'withdraw_reservation',
  'implement',
  'fund',
] as const;
export type RecommendationType = (typeof RECOMMENDATION_TYPES)[number];
export const RECOMMENDATION_TYPE_LABELS: Readonly<Record<RecommendationType, string>> = {
  enact: 'Enact',
  amend: 'Amend',
  repeal: 'Repeal',
  ratify: 'Ratify',
  withdraw_reservation: 'Withdraw a reservation',
  implement: 'Implement',
  fund: 'Fund',
};

/** Most urgent first: exports and lists sort in this order. */
export const RECOMMENDATION_PRIORITIES = ['high', 'medium', 'low'] as const;
/** A target date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const TARGET_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export type RecommendationPriority = (typeof RECOMMENDATION_PRIORITIES)[number];
export const RECOMMENDATION_PRIORITY_LABELS: Readonly<Record<RecommendationPriority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const RECOMMENDATION_STATUSES = [
  'proposed',
  'agreed',
  'in_progress',
  'implemented',
  'dropped',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABELS: Readonly<Record<RecommendationStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  in_progress: 'In progress',
  implemented: 'Implemented',
  dropped: 'Dropped',
};

/** Where a recommendation came from. */
export const RECOMMENDATION_ORIGINS = ['analysis', 'consultation', 'workshop'] as const;
export type RecommendationOrigin = (typeof RECOMMENDATION_ORIGINS)[number];
export const RECOMMENDATION_ORIGIN_LABELS: Readonly<Record<RecommendationOrigin, string>> = {
  analysis: 'Analysis',
  consultation: 'Consultation',
  workshop: 'Workshop',
};

/** A matrix cell: a country (or one of its subdivisions, ISO 3166-2) against a provision. */
export interface RecommendationCell {
  country: string;
  /** ISO 3166-2 code such as `PK-PB`, or null for the country as a whole. */
  subdivision: string | null;
  provisionId: string;
}

export const EVIDENCE_KINDS = ['law', 'clause', 'suggestion'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What a recommendation rests on: a law, a clause, or a reviewed suggestion, cited as it read when added. */
export interface RecommendationEvidence {
  kind: EvidenceKind;
  /** The id as given: a document, clause or suggestion id. */
  id: string;
  documentId: string;
  clauseId: string | null;
  /** "Child Bill 1999, s. 31", or the law's title for a whole law; kept when the law is deleted. */
  citation: string;
  /** The law it cites is no longer in the library (deleted): set when read, never trusted from input. */
  lawDeleted: boolean;
}

export interface Recommendation {
  /** `r` and sixteen hex digits (ten in older databases). */
  id: string;
  /** At least one. */
  cells: RecommendationCell[];
  type: RecommendationType;
  text: string;
  /** The ministry, department or body that should act; null when not yet named. */
  responsibleBody: string | null;
  priority: RecommendationPriority;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when none is set. */
  targetDate: string | null;
  status: RecommendationStatus;
  origin: RecommendationOrigin;
  evidence: RecommendationEvidence[];
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  /** As stored (absent before it is): a change names the one it saw (`expectedVersion`). */
  version?: number;
}
