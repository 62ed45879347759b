// An analyst's own level for one matrix cell (country × provision), set or cleared, with the audit
// entry that records it. The cell's audit id is `<country>/<provision>`.
import { ApiError } from '../api/errors';
import { ratingProblem } from '../coverage/rating';
import type { CellOverride, CoverageLevel, PendingCandidate, RatingClause } from '../model';
import type { AuditedChange, Who } from './audited-change';

export interface OverrideInput {
  country: string;
  provisionId: string;
  level: CoverageLevel;
  rationale: string;
  reviewedDocumentIds?: string[];
  /** The cell's suggestions nobody has decided yet, which this rating overrides. */
  pendingCandidates?: PendingCandidate[];
  /** The clauses the analyst cites as the rating's grounds. */
  citedClauses?: RatingClause[];
}

const cellId = (country: string, provisionId: string) => `${country}/${provisionId}`;

export function overrideCell(
  input: OverrideInput,
  before: CellOverride | null,
  who: Who,
): AuditedChange<CellOverride> {
  const problem = ratingProblem(input);
  if (problem) throw new ApiError('invalid_args', problem);
  const override: CellOverride = {
    country: input.country,
    provisionId: input.provisionId,
    level: input.level,
    rationale: input.rationale.trim(),
    reviewedDocumentIds: input.reviewedDocumentIds ?? [],
    pendingCandidates: input.pendingCandidates ?? [],
    citedClauses: input.citedClauses ?? [],
    reviewer: who.actor,
    at: who.at,
  };
  return {
    value: override,
    audit: [
      {
        actor: who.actor,
        action: 'override',
        entity: 'cell',
        entityId: cellId(input.country, input.provisionId),
        before,
        after: override,
      },
    ],
  };
}

/** Clearing is audited only when there was an override to clear. */
export function clearCell(
  country: string,
  provisionId: string,
  before: CellOverride | null,
  cleared: boolean,
  who: Who,
): AuditedChange<boolean> {
  return {
    value: cleared,
    audit: cleared
      ? [
          {
            actor: who.actor,
            action: 'clear-override',
            entity: 'cell',
            entityId: cellId(country, provisionId),
            before,
            after: null,
          },
        ]
      : [],
  };
}
