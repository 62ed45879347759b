// The default Review queue. Suggestions scored below DEFAULT_MIN_SCORE are hidden by default: on
// the dev gold (npm run eval, "below the default minimum score") they are almost never right, and
// they make up much of what tagging keeps. The analyst sees how many rows are hidden and can lower
// the minimum.
export const DEFAULT_MIN_SCORE = 0.05;

/** The learning line of the Review screen, e.g. "Learned from 142 decisions: …". */
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
}): string {
  const f = (x: number) => x.toFixed(2);
  const figure = status.heldOut?.clauses
    ? `held out on ${status.heldOut.clauses} reviewed clauses: top-3 recall ${f(status.heldOut.recall3.learned)} vs ${f(status.heldOut.recall3.plain)} without, first suggestion right ${f(status.heldOut.top1.learned)} vs ${f(status.heldOut.top1.plain)}`
    : '';
  const decisions = `${status.decisions} ${status.decisions === 1 ? 'decision' : 'decisions'}`;
  const head = status.active
    ? `Learned from ${decisions}`
    : `Plain matcher ranking (${decisions}: learning ${status.reason})`;
  return `${head}${figure ? ` — ${figure}` : ''}${status.pending ? ' · re-scoring…' : ''}`;
}
