// An analyst's own tag of a clause with a provision: accepted at once. When the matcher already
// suggested that pair, the suggestion itself is accepted (same id, score and matched words) rather
// than a second row made beside it.
import type { Clause, Suggestion, TagCoverage } from '../model';
import type { AuditedChange, Who } from './audited-change';

export interface ManualTagInput {
  clause: Pick<Clause, 'id' | 'documentId'>;
  provisionId: string;
  coverage: TagCoverage;
  note?: string;
  /** The clause's existing suggestion of this provision, if any. */
  existing: Suggestion | undefined;
  /** The id for a new tag; unused when there is an existing suggestion. */
  newId: string;
}

export function manualTag(input: ManualTagInput, who: Who): AuditedChange<Suggestion> {
  const { existing } = input;
  const tag: Suggestion = {
    id: existing?.id ?? input.newId,
    clauseId: input.clause.id,
    documentId: input.clause.documentId,
    provisionId: input.provisionId,
    score: existing?.score ?? 1,
    matched: existing?.matched ?? [],
    status: 'accepted',
    coverage: input.coverage,
    note: input.note ?? null,
    reviewer: who.actor,
    reviewedAt: who.at,
    origin: existing?.origin ?? 'manual',
    createdAt: existing?.createdAt ?? who.at,
  };
  return {
    value: tag,
    audit: [
      {
        actor: who.actor,
        action: 'tag',
        entity: 'suggestion',
        entityId: tag.id,
        before: existing ?? null,
        after: tag,
      },
    ],
  };
}
