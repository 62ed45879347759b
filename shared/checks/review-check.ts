// The analyst's decision on a check proposal — confirm it, correct its value or verdict, reject it,
// or reset it to proposed — with the audit entry that records it. The audit id is `<country>/<item>`.
import type { AuditedChange, Who } from '../review/audited-change';
import type { CheckEntry, CheckReview, CheckValue, CheckVerdict } from './types';

export const CHECK_DECISIONS = ['confirm', 'correct', 'reject', 'reset'] as const;
export type CheckDecision = (typeof CHECK_DECISIONS)[number];

export interface CheckDecisionInput {
  decision: CheckDecision;
  /** For a correction: the value the law really sets. */
  found?: CheckValue | null;
  /** For a correction: the verdict the analyst gives. */
  verdict?: CheckVerdict;
  note?: string;
}

export function reviewCheck(
  entry: CheckEntry,
  input: CheckDecisionInput,
  who: Who,
): AuditedChange<CheckReview | null> {
  const before = entry.review;
  // What the laws say now, not what an earlier decision replaced it with.
  const proposed =
    entry.proposal ?? (before ? { found: before.proposedFound, verdict: before.proposedVerdict } : entry);
  let after: CheckReview | null = null;
  if (input.decision !== 'reset') {
    const corrected = input.decision === 'correct';
    after = {
      country: entry.country,
      provisionId: entry.provisionId,
      status: input.decision === 'reject' ? 'rejected' : 'confirmed',
      found: corrected && input.found !== undefined ? input.found : proposed.found,
      verdict: corrected && input.verdict ? input.verdict : proposed.verdict,
      proposedFound: proposed.found,
      proposedVerdict: proposed.verdict,
      evidence: entry.evidence,
      note: input.note ?? before?.note ?? null,
      reviewer: who.actor,
      at: who.at,
    };
  }
  return {
    value: after,
    audit: [
      {
        actor: who.actor,
        action: `check-${input.decision}`,
        entity: 'check',
        entityId: `${entry.country}/${entry.provisionId}`,
        before,
        after,
      },
    ],
  };
}
