// The default Review queue. Suggestions scored below DEFAULT_MIN_SCORE are hidden by default: on
// the dev gold (npm run eval, "below the default minimum score") they are almost never right, and
// they make up much of what tagging keeps. The analyst sees how many rows are hidden and can lower
// the minimum.
export const DEFAULT_MIN_SCORE = 0.05;

/** The learning line of the Review screen: one short line, and what it leaves out for its details. */
export interface LearningLine {
  /** E.g. "Learned from 142 decisions · held out on 48 clauses: top-3 recall 0.95 with learning vs 0.90 without". */
  line: string;
  /** Why learning is used or not, and every held-out figure, in full sentences. */
  detail: string;
}

export function describeLearning(status: {
  decisions: number;
  active: boolean;
  reason: string;
  pending?: boolean;
  heldOut: {
    clauses: number;
    recall3: { learned: number; plain: number };
    top1: { learned: number; plain: number };
  } | null;
}): LearningLine {
  const f = (x: number) => x.toFixed(2);
  const held = status.heldOut?.clauses ? status.heldOut : null;
  const decisions = `${status.decisions} ${status.decisions === 1 ? 'decision' : 'decisions'}`;
  // The held-out figure stays on the line; without one, the reason learning is off takes its place.
  const head = status.active
    ? `Learned from ${decisions}`
    : held
      ? `Plain matcher ranking (${decisions}, learning not used)`
      : `Plain matcher ranking (${decisions}: learning ${status.reason})`;
  const figure = held
    ? ` · held out on ${held.clauses} clauses: top-3 recall ${f(held.recall3.learned)} with learning vs ${f(held.recall3.plain)} without`
    : '';
  const why = `Learning is ${status.active ? '' : 'not '}used: it ${status.reason}.`;
  const detail = held
    ? `${why} Held out on ${held.clauses} reviewed clauses: top-3 recall ${f(held.recall3.learned)} with learning vs ${f(held.recall3.plain)} without; first suggestion right ${f(held.top1.learned)} vs ${f(held.top1.plain)}.`
    : why;
  return { line: `${head}${figure}${status.pending ? ' · re-scoring…' : ''}`, detail };
}
