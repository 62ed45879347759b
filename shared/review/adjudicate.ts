// The effective (adjudicated) decision on a suggestion, from what each reviewer decided: the lead's
// when the lead decided; else the decision every reviewer agrees on; else none, and the suggestion
// stays undecided for the matrix while its reviewers disagree.
import type { ReviewerDecision, Suggestion } from '../model';

/** The same decision: both reject, or both accept with the same coverage. */
export function sameDecision(
  a: Pick<ReviewerDecision, 'status' | 'coverage'>,
  b: Pick<ReviewerDecision, 'status' | 'coverage'>,
): boolean {
  if (a.status !== b.status) return false;
  return a.status === 'rejected' || (a.coverage ?? 'full') === (b.coverage ?? 'full');
}

/** Some reviewer decided otherwise than another (accept vs reject, full vs partial). */
export function reviewersDiffer(decisions: readonly ReviewerDecision[]): boolean {
  return decisions.some((d) => !sameDecision(d, decisions[0]));
}

const newestFirst = (a: ReviewerDecision, b: ReviewerDecision) =>
  b.at.localeCompare(a.at) || a.reviewer.localeCompare(b.reviewer);

/** The decision that stands, if any. */
export function effectiveDecision(
  decisions: readonly ReviewerDecision[],
  lead: string,
): ReviewerDecision | undefined {
  const byLead = decisions.find((d) => d.reviewer === lead);
  if (byLead) return byLead;
  if (decisions.length === 0 || reviewersDiffer(decisions)) return undefined;
  // Reviewers who agree: the newest one's note and name stand for them all.
  return [...decisions].sort(newestFirst)[0];
}

/** The suggestion with its status, coverage, note, reviewer and time set to the effective decision. */
export function adjudicate(
  suggestion: Suggestion,
  decisions: readonly ReviewerDecision[],
  lead: string,
): Suggestion {
  const d = effectiveDecision(decisions, lead);
  // Undecided: a note made on the suggestion itself stays.
  if (!d) return { ...suggestion, status: 'suggested', coverage: null, reviewer: null, reviewedAt: null };
  return {
    ...suggestion,
    status: d.status,
    coverage: d.status === 'accepted' ? (d.coverage ?? 'full') : null,
    note: d.note,
    reviewer: d.reviewer,
    reviewedAt: d.at,
  };
}

/** Whether adjudication changed anything the suggestion records of its decision. */
export function sameEffective(a: Suggestion, b: Suggestion): boolean {
  return (
    a.status === b.status &&
    a.coverage === b.coverage &&
    a.note === b.note &&
    a.reviewer === b.reviewer &&
    a.reviewedAt === b.reviewedAt
  );
}

/**
 * Where reviewers differ: 'open' until the lead decides after every other opinion was recorded
 * here, then 'resolved'; 'none' where they agree (or only one decided).
 */
export function disagreementState(
  decisions: readonly ReviewerDecision[],
  lead: string,
): 'none' | 'open' | 'resolved' {
  if (!reviewersDiffer(decisions)) return 'none';
  const byLead = decisions.find((d) => d.reviewer === lead);
  if (!byLead) return 'open';
  const seenAll = decisions.every((d) => d.reviewer === lead || d.recordedAt <= byLead.recordedAt);
  return seenAll ? 'resolved' : 'open';
}

/** Decisions grouped by suggestion id. */
export function bySuggestion<D extends ReviewerDecision>(decisions: readonly D[]): Map<string, D[]> {
  const groups = new Map<string, D[]>();
  for (const d of decisions) {
    const list = groups.get(d.suggestionId);
    if (list) list.push(d);
    else groups.set(d.suggestionId, [d]);
  }
  return groups;
}
