// `recordReviewerDecisions` written once over the Store's own reads and writes, so every backend
// has the same rules (its contract is in store.ts): a backend wires it to its transaction's `tx`.
import { adjudicate, bySuggestion, sameEffective } from '../../shared/review/adjudicate';
import type { ReviewerDecision, Suggestion } from '../../shared/model';
import type { RecordedReviewerDecisions, ReviewerDecisionBatch, StoreTx } from './store';

/** Ids per read: well under any backend's bound-parameter limit. */
const CHUNK = 5000;

const same = (a: ReviewerDecision, b: ReviewerDecision) =>
  a.status === b.status && a.coverage === b.coverage && a.note === b.note && a.at === b.at;

export async function recordReviewerDecisions(
  tx: StoreTx,
  batch: ReviewerDecisionBatch,
): Promise<RecordedReviewerDecisions> {
  const seen = new Set<string>();
  for (const d of batch.decisions) {
    if (seen.has(d.suggestionId))
      throw new Error(`${batch.reviewer}'s decisions name suggestion ${d.suggestionId} twice`);
    seen.add(d.suggestionId);
  }
  const ids = [...seen];
  const suggestions = new Map<string, Suggestion>();
  const recorded: ReviewerDecision[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    for (const s of await tx.getSuggestions(chunk)) suggestions.set(s.id, s);
    recorded.push(...(await tx.listReviewerDecisions({ suggestionIds: chunk })));
  }
  const decisions = bySuggestion(recorded);

  const result: RecordedReviewerDecisions = { changed: [], unchanged: 0, missing: [], effective: [] };
  for (const given of batch.decisions) {
    const suggestion = suggestions.get(given.suggestionId);
    if (!suggestion) {
      result.missing.push(given.suggestionId);
      continue;
    }
    const after: ReviewerDecision = {
      suggestionId: given.suggestionId,
      reviewer: batch.reviewer,
      status: given.status,
      coverage: given.status === 'accepted' ? (given.coverage ?? 'full') : null,
      note: given.note ?? null,
      at: given.at,
      recordedAt: batch.recordedAt,
    };
    const all = decisions.get(suggestion.id) ?? [];
    const before = all.find((d) => d.reviewer === batch.reviewer) ?? null;
    if (before && (same(before, after) || before.at > after.at)) {
      result.unchanged++;
      continue;
    }
    await tx.setReviewerDecision(after);
    result.changed.push({ before, after });
    const now = [...all.filter((d) => d.reviewer !== batch.reviewer), after];
    const adjudicated = adjudicate(suggestion, now, batch.lead);
    if (!sameEffective(adjudicated, suggestion)) {
      await tx.saveSuggestion(adjudicated);
      result.effective.push({ before: suggestion, after: adjudicated });
    }
  }
  return result;
}
