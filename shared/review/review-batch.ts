// A review decision on several suggestions at once: their new states, and one audit entry each,
// all under one batch id so that undo takes the whole decision back.
import type { ReviewArgs } from '../api/contract';
import type { Suggestion } from '../model';
import { applyReview } from './apply-review';
import type { AuditedChange, Who } from './audited-change';

export function reviewBatch(
  suggestions: Suggestion[],
  decision: Pick<ReviewArgs, 'decision' | 'coverage' | 'note'>,
  who: Who,
  batch: string,
): AuditedChange<Suggestion[]> {
  const updated = suggestions.map((s) => applyReview(s, decision, who.actor, who.at));
  return {
    value: updated,
    audit: updated.map((s, i) => ({
      actor: who.actor,
      action: 'review',
      entity: 'suggestion',
      entityId: s.id,
      before: suggestions[i],
      after: s,
      batch,
    })),
  };
}
