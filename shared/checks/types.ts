// Measurable checks: a checklist item's threshold tested against what a country's laws say.
import type { Sex } from './age-languages';
import type { AgeBound } from './read-ages';

export type CheckStatus = 'proposed' | 'confirmed' | 'rejected';
/** A value read from the law: an age in years, or whether a ban, offence or duty is there. */
export type CheckValue = number | boolean;

export const CHECK_VERDICTS = ['meets', 'contradicts', 'unclear', 'not_found'] as const;
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];

/** One clause cited for a check, with the words that state the value. */
export interface CheckEvidence {
  documentId: string;
  /** The law's title. */
  document: string;
  clauseId: string;
  /** The clause number as printed. */
  clause: string;
  /** "Child Marriage Restraint Act, 1929, s. 2" */
  citation: string;
  page: number;
  words: string;
  /** The age read there (absent for presence items). */
  value?: number;
  bound?: AgeBound;
  sex?: Sex | null;
  /** For presence items: whether the clause's tag is accepted or only suggested. */
  tag?: 'accepted' | 'suggested';
  /** True for the statement whose value governs (the lowest that applies). */
  governs: boolean;
}

/** A ratification declaration that changes the test, e.g. C138 minimum age 14 declared. */
export interface CheckDeclaration {
  frameworkId: string;
  minimumAge: number;
  source: string;
  verified: boolean;
}

/** What the analyst decided about a proposal. */
export interface CheckReview {
  country: string;
  provisionId: string;
  status: Exclude<CheckStatus, 'proposed'>;
  /** The value and verdict confirmed: the proposal's, or the analyst's correction. */
  found: CheckValue | null;
  verdict: CheckVerdict;
  /** What was proposed when the analyst decided, to show when the laws have since changed it. */
  proposedFound: CheckValue | null;
  proposedVerdict: CheckVerdict;
  /** The evidence as it stood, kept so a confirmed contradiction keeps its clause. */
  evidence: CheckEvidence[];
  note: string | null;
  reviewer: string;
  at: string;
}

export interface CheckEntry {
  country: string;
  provisionId: string;
  parameter: string;
  operator: '>=' | '<=' | '==' | 'present' | 'absent';
  /** The value found: the governing age, or presence; null when nothing was found. */
  found: CheckValue | null;
  /** Ages per sex where the law distinguishes them. */
  foundBySex: Partial<Record<Sex, number>> | null;
  required: CheckValue;
  verdict: CheckVerdict;
  /** Why a verdict is unclear: negative cues ("with the consent of"), tags not yet reviewed. */
  qualifiers: string[];
  evidence: CheckEvidence[];
  declaration: CheckDeclaration | null;
  status: CheckStatus;
  /** The decision, when there is one; `found`/`verdict` above are then the decided ones. */
  review: CheckReview | null;
  /** What the laws say now, when it differs from what was decided. */
  proposal: { found: CheckValue | null; verdict: CheckVerdict } | null;
}
