// A review decision applied to a suggestion: the new state, ready to store and to audit.
import type { ReviewArgs } from '../api/contract';
import type { Suggestion } from '../model';

export function applyReview(
  suggestion: Suggestion,
  decision: Pick<ReviewArgs, 'decision' | 'coverage' | 'note'>,
  reviewer: string,
  now: string,
): Suggestion {
  const note = decision.note !== undefined ? decision.note || null : suggestion.note;
  switch (decision.decision) {
    case undefined:
      // A note alone annotates: the decision, its coverage and who made it stay as they were.
      return { ...suggestion, note };
    case 'accept':
      return {
        ...suggestion,
        status: 'accepted',
        // Accepting keeps an earlier coverage rating unless a new one is given; full is the usual case.
        coverage: decision.coverage ?? suggestion.coverage ?? 'full',
        note,
        reviewer,
        reviewedAt: now,
      };
    case 'reject':
      return { ...suggestion, status: 'rejected', coverage: null, note, reviewer, reviewedAt: now };
    case 'reset':
      return { ...suggestion, status: 'suggested', coverage: null, note, reviewer: null, reviewedAt: null };
  }
}
