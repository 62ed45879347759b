// Undoing a review batch: the batch's reviewer gets back the decision they had on each suggestion
// before it, the effective state is adjudicated again with the other reviewers' decisions as they
// are now, and each is recorded as an 'undo' entry under the same batch id, so the batch is not
// offered for undo again.
import type { AuditEntry, ReviewerDecision, Suggestion } from '../model';
import { adjudicate } from './adjudicate';
import type { AuditedChange, Who } from './audited-change';
import type { AuditedSuggestion, ReviewItem, ReviewWrite } from './review-batch';

/**
 * The decisions a batch entry takes back. An entry written before decisions were kept per reviewer
 * holds only the suggestion: the decision it made (under the reviewer it recorded) goes, and the
 * one it replaced comes back.
 */
function restoredDecisions(entry: AuditEntry): { reviewer: string; decision: ReviewerDecision | null }[] {
  const before = entry.before as AuditedSuggestion;
  const after = entry.after as AuditedSuggestion;
  if (before.reviewerDecision !== undefined)
    return [{ reviewer: entry.actor, decision: before.reviewerDecision }];
  const undone =
    after.status !== 'suggested' && after.reviewer ? [{ reviewer: after.reviewer, decision: null }] : [];
  if (before.status === 'suggested') return undone;
  const reviewer = before.reviewer ?? 'unknown';
  const restored: ReviewerDecision = {
    suggestionId: before.id,
    reviewer,
    status: before.status,
    coverage: before.coverage,
    note: before.note,
    at: before.reviewedAt ?? before.createdAt,
    recordedAt: before.reviewedAt ?? before.createdAt,
  };
  return [...undone.filter((u) => u.reviewer !== reviewer), { reviewer, decision: restored }];
}

/** `current`: each suggestion of the batch still present, with every reviewer's decision on it now. */
export function undoBatch(
  last: { batch: string; entries: AuditEntry[] },
  current: Map<string, ReviewItem>,
  who: Who,
  lead: string,
): AuditedChange<ReviewWrite[]> {
  const writes: ReviewWrite[] = [];
  const audit = last.entries.flatMap((e) => {
    const item = current.get(e.entityId);
    // Merged away by a clause correction since: nothing left to restore.
    if (!item) return [];
    const before = e.before as Suggestion;
    let decisions = item.decisions;
    const restored = restoredDecisions(e);
    for (const r of restored) {
      decisions = decisions.filter((d) => d.reviewer !== r.reviewer);
      if (r.decision) decisions.push({ ...r.decision, suggestionId: item.suggestion.id });
    }
    // The note as it was before the batch, where no decision stands to give one.
    const suggestion = adjudicate({ ...item.suggestion, note: before.note }, decisions, lead);
    for (const r of restored) writes.push({ suggestion, reviewer: r.reviewer, decision: r.decision });
    return [
      {
        actor: who.actor,
        action: 'undo',
        entity: 'suggestion',
        entityId: e.entityId,
        before: e.after,
        after: {
          ...suggestion,
          reviewerDecision: restored.find((r) => r.reviewer === e.actor)?.decision ?? null,
        } satisfies AuditedSuggestion,
        batch: last.batch,
      },
    ];
  });
  return { value: writes, audit };
}
