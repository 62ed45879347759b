// A matcher's suggestion as tagging offers it for review: undecided, without a note.
import type { Suggestion } from '../model';

/** What a tagging computes of a suggestion; the rest is what review adds. */
export type ComputedFields = Pick<
  Suggestion,
  'id' | 'clauseId' | 'documentId' | 'provisionId' | 'score' | 'matched'
>;

export function offeredSuggestion(computed: ComputedFields, createdAt: string): Suggestion {
  return {
    ...computed,
    status: 'suggested',
    coverage: null,
    note: null,
    reviewer: null,
    reviewedAt: null,
    origin: 'matcher',
    createdAt,
  };
}
