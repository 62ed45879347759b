// Which clause to review next. Document order reads a law as it is written; uncertainty order
// (uncertainty sampling) asks first about the clauses whose suggestions are least sure — scores
// near 0.5, where a decision tells the learner the most.

export type ReviewOrder = 'document' | 'uncertainty';

/** 1 when some suggestion of the clause scores 0.5, towards 0 as every score nears 0 or 1. */
export function clauseUncertainty(scores: readonly number[]): number {
  let most = 0;
  for (const s of scores) most = Math.max(most, 4 * s * (1 - s));
  return most;
}

/**
 * Clause ids in the order to review them: as given (document order) or most uncertain first, ties
 * kept in document order.
 */
export function orderClauses(
  clauseIds: readonly string[],
  scoresOf: (clauseId: string) => readonly number[],
  order: ReviewOrder,
): string[] {
  if (order === 'document') return [...clauseIds];
  const u = new Map(clauseIds.map((id) => [id, clauseUncertainty(scoresOf(id))]));
  return clauseIds
    .map((id, i) => ({ id, i }))
    .sort((a, b) => u.get(b.id)! - u.get(a.id)! || a.i - b.i)
    .map(({ id }) => id);
}
