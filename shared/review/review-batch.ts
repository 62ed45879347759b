// A review decision on several suggestions at once, by one reviewer: that reviewer's new decision
// on each, each suggestion's new effective state (shared/review/adjudicate.ts), and one audit
// entry each, all under one batch id so that undo takes the whole decision back.
import type { ReviewArgs } from '../api/contract';
import type { ReviewerDecision, Suggestion } from '../model';
import { adjudicate } from './adjudicate';
import type { AuditedChange, Who } from './audited-change';

/** A suggestion with every reviewer's decision on it. */
export interface ReviewItem {
  suggestion: Suggestion;
  decisions: ReviewerDecision[];
}

/** What a review or an undo writes for one suggestion: one reviewer's decision (null: none) and the effective state. */
export interface ReviewWrite {
  suggestion: Suggestion;
  reviewer: string;
  decision: ReviewerDecision | null;
}

/** How review and undo audit entries hold a suggestion: its effective state and the actor's own decision. */
export type AuditedSuggestion = Suggestion & { reviewerDecision?: ReviewerDecision | null };

type Decision = Pick<ReviewArgs, 'decision' | 'coverage' | 'note'>;

/**
 * The reviewer's decision after `decision`: undefined when they have none (reset, or a note alone on
 * nothing). `others` are the other reviewers' decisions on the suggestion.
 */
export function decide(
  previous: ReviewerDecision | undefined,
  suggestion: Suggestion,
  decision: Decision,
  who: Who,
  others: readonly ReviewerDecision[] = [],
): ReviewerDecision | undefined {
  // A note given replaces the reviewer's own; otherwise theirs carries over, or a note made on the
  // suggestion before anyone decided it (never another reviewer's note).
  const annotation = others.length ? null : suggestion.note;
  const note = decision.note !== undefined ? decision.note || null : previous ? previous.note : annotation;
  const base = { suggestionId: suggestion.id, reviewer: who.actor, note, at: who.at, recordedAt: who.at };
  switch (decision.decision) {
    case undefined:
      // A note alone annotates: the decision, its coverage and its time stay as they were.
      return previous && { ...previous, note };
    case 'accept':
      // Accepting keeps an earlier coverage rating unless a new one is given; full is the usual case.
      return {
        ...base,
        status: 'accepted',
        coverage: decision.coverage ?? previous?.coverage ?? suggestion.coverage ?? 'full',
      };
    case 'reject':
      return { ...base, status: 'rejected', coverage: null };
    case 'reset':
      return undefined;
  }
}

export function reviewBatch(
  items: ReviewItem[],
  decision: Decision,
  who: Who,
  lead: string,
  batch: string,
): AuditedChange<ReviewWrite[]> {
  const writes = items.map(({ suggestion, decisions }): ReviewWrite => {
    const previous = decisions.find((d) => d.reviewer === who.actor);
    const others = decisions.filter((d) => d.reviewer !== who.actor);
    const next = decide(previous, suggestion, decision, who, others);
    // A note given lands on the suggestion too, where it shows while no decision stands.
    const noted = decision.note !== undefined ? { ...suggestion, note: decision.note || null } : suggestion;
    return {
      suggestion: adjudicate(noted, next ? [...others, next] : others, lead),
      reviewer: who.actor,
      decision: next ?? null,
    };
  });
  return {
    value: writes,
    audit: writes.map((w, i) => ({
      actor: who.actor,
      action: 'review',
      entity: 'suggestion',
      entityId: w.suggestion.id,
      before: {
        ...items[i].suggestion,
        reviewerDecision: items[i].decisions.find((d) => d.reviewer === who.actor) ?? null,
      } satisfies AuditedSuggestion,
      after: { ...w.suggestion, reviewerDecision: w.decision } satisfies AuditedSuggestion,
      batch,
    })),
  };
}
