// Undoing a review batch: every suggestion back to its state before the batch, recorded as 'undo'
// entries under the same batch id, so the batch is not offered for undo again.
import type { AuditEntry, Suggestion } from '../model';
import type { AuditedChange, Who } from './audited-change';

export function undoBatch(
  last: { batch: string; entries: AuditEntry[] },
  who: Who,
): AuditedChange<Suggestion[]> {
  const restored = last.entries.map((e) => e.before as Suggestion);
  return {
    value: restored,
    audit: last.entries.map((e, i) => ({
      actor: who.actor,
      action: 'undo',
      entity: 'suggestion',
      entityId: e.entityId,
      before: e.after,
      after: restored[i],
      batch: last.batch,
    })),
  };
}
