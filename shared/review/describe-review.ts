// Plain words for review changes: what a decision recorded, what undo undid ("the acceptance in full of
// CRC.19 on s. 31 (Child Bill): it is undecided again"), what a clause edit changed, and a suggestion's
// history from the audit log.
import type { AuditEntry, ClauseKind, ReviewerDecision, Suggestion, TagCoverage } from '../model';
import type { AuditedSuggestion } from './review-batch';

/** What one review change did, judged from the suggestion before and after it. */
export function reviewAction(before: Suggestion, after: Suggestion): string {
  if (before.status === after.status && before.coverage === after.coverage) {
    return before.note === after.note ? 'review' : 'note';
  }
  if (after.status === 'accepted') return after.coverage === 'partial' ? 'accept partial' : 'accept';
  if (after.status === 'rejected') return 'reject';
  return 'reset';
}

export function clauseLabel(kind: ClauseKind, number: string): string {
  if (kind === 'article') return `Art. ${number}`;
  if (kind === 'section') return `s. ${number}`;
  if (kind === 'schedule' || kind === 'preamble') return number ? `${kind} ${number}` : kind;
  return `${kind} ${number}`;
}

/** A suggestion's decision as one reviewer has it. */
export type DecisionState = Pick<Suggestion, 'status' | 'coverage' | 'note'>;

export interface UndoneChange {
  suggestionId: string;
  /** What was undone: accept, accept partial, reject, reset, note or review (the same decision again). */
  action: string;
  provisionId: string;
  clause: string;
  documentTitle: string;
  /** The decision before the change undone: what the undo brings back. */
  before: DecisionState;
  /** The decision as the change left it. */
  after: DecisionState;
  /** False when the suggestion was merged away with its clause since: nothing was restored. */
  restored: boolean;
  /**
   * The suggestion's own decision after the undo, settled from every reviewer's as they are then
   * (README "Several reviewers"): what Review, the matrix and exports show. Absent when nothing was
   * restored; the same as `before` where no other reviewer decided.
   */
  settled?: DecisionState;
}

/** "accepted in full", "accepted in part", "rejected" or "undecided". */
function standing(d: DecisionState): string {
  if (d.status === 'accepted') return d.coverage === 'partial' ? 'accepted in part' : 'accepted in full';
  return d.status === 'rejected' ? 'rejected' : 'undecided';
}

const quoted = (note: string) => `“${note.length > 60 ? `${note.slice(0, 59).trimEnd()}…` : note}”`;
const sameDecision = (c: UndoneChange) =>
  c.before.status === c.after.status && c.before.coverage === c.after.coverage;

/**
 * What the change undone did, as words after "Undid" ("the rejection", "the note “…”", …), and the
 * word that joins it to the standard: "of" a decision, "on" a note.
 */
function undoneWhat(c: UndoneChange): [what: string, joint: 'of' | 'on'] {
  const { before, after } = c;
  const decision =
    after.status === 'accepted'
      ? `acceptance in ${after.coverage === 'partial' ? 'part' : 'full'}`
      : after.status === 'rejected'
        ? 'rejection'
        : 'decision';
  if (sameDecision(c)) {
    if (before.note === after.note) return [`the repeated ${decision}`, 'of'];
    return [after.note ? `the note ${quoted(after.note)}` : 'the removal of the note', 'on'];
  }
  if (before.status === 'accepted' && after.status === 'accepted')
    return [`the change to ${after.coverage} coverage`, 'of'];
  return [after.status === 'suggested' ? 'the setting back to undecided' : `the ${decision}`, 'of'];
}

/**
 * What stands after the undo: "it is undecided again", "the note is back to “…”", … Where other
 * reviewers decided, the suggestion's settled decision, which may not be the one the undo gave back
 * to its reviewer: "it is accepted in full, by the other reviewers' decisions (yours is undecided again)".
 */
function undoneLeaves(c: UndoneChange, many: boolean): string {
  const [it, is, stays, yours] = many
    ? ['they', 'are', 'stay', 'yours are']
    : ['it', 'is', 'stays', 'yours is'];
  if (!c.restored)
    return `nothing to restore, ${many ? 'their clauses were' : 'its clause was'} merged since`;
  const settled = standing(c.settled ?? c.before);
  const own = standing(c.before);
  if (!sameDecision(c)) {
    if (settled === own) return `${it} ${is} ${own} again`;
    // Undecided though this reviewer's decision stands: the others' differ from it, and no lead's settles it.
    if (settled === 'undecided' && own !== 'undecided')
      return `${it} ${is} undecided, reviewers differing (${yours} ${own} again)`;
    return `${it} ${is} ${settled}, by the other reviewers’ decisions (${yours} ${own} again)`;
  }
  if (c.before.note !== c.after.note)
    return c.before.note
      ? `the note is back to ${quoted(c.before.note)}`
      : `${it} ${is} without a note again`;
  return `nothing changed, ${it} ${stays} ${settled}`;
}

/**
 * What undo took back, in plain words after "Undid": "the acceptance in full of CRC.19 on s. 31
 * (Child Bill): it is undecided again", "the change to partial coverage of …: it is accepted in full
 * again", "the note “…” on …: it is without a note again", "the repeated rejection of …: nothing
 * changed, it stays rejected". A batch names its first and counts the rest.
 */
export function describeUndone(changes: UndoneChange[]): string {
  if (changes.length === 0) return '';
  const [first] = changes;
  const [what, of] = undoneWhat(first);
  // A decision sent with a note: the note is taken back with it.
  const noteToo = !sameDecision(first) && first.before.note !== first.after.note ? ', and its note' : '';
  const named = `${what} ${of} ${first.provisionId} on ${first.clause} (${first.documentTitle})${noteToo}`;
  if (changes.length === 1) return `${named}: ${undoneLeaves(first, false)}`;
  const leaves = new Set(changes.map((c) => undoneLeaves(c, true)));
  const rest = `${named} and ${changes.length - 1} more`;
  return leaves.size === 1 ? `${rest}: ${[...leaves][0]}` : rest;
}

/**
 * What an edit of a clause's number or heading changed, in the words the Document screen shows after
 * it: "s. 31 is now s. 31A", "s. 31: heading now “Neglect”", both, or that nothing changed.
 */
export function describeClauseEdit(
  before: { kind: ClauseKind; number: string; heading: string },
  after: { number: string; heading: string },
): string {
  const label = clauseLabel(before.kind, before.number);
  const renumbered = after.number !== before.number;
  const reheaded = after.heading !== before.heading;
  const heading = after.heading ? `heading now “${after.heading}”` : 'heading removed';
  if (renumbered && reheaded) return `${label} is now ${clauseLabel(before.kind, after.number)}, ${heading}`;
  if (renumbered) return `${label} is now ${clauseLabel(before.kind, after.number)}`;
  if (reheaded) return `${label}: ${heading}`;
  return `${label} unchanged: same number and heading`;
}

/** A decided suggestion as the review queue lists it. */
export interface DecidedSuggestion {
  provisionId: string;
  clauseKind: ClauseKind;
  clauseNumber: string;
  documentTitle: string;
  coverage: TagCoverage | null;
}

/**
 * The line the review queue shows after a decision, naming what was decided so that the analyst sees
 * each key press land: "Accepted CRC.19 on s. 31 (Child Bill 1999), full coverage"; a batch names its
 * first and counts the rest.
 */
export function describeDecision(decision: 'accept' | 'reject', decided: DecidedSuggestion[]): string {
  if (decided.length === 0) return '';
  const [first] = decided;
  const what = `${first.provisionId} on ${clauseLabel(first.clauseKind, first.clauseNumber)} (${first.documentTitle})`;
  const verb = decision === 'accept' ? 'Accepted' : 'Rejected';
  const coverages = new Set(decided.map((s) => s.coverage));
  const coverage = decision === 'accept' && coverages.size === 1 ? first.coverage : null;
  if (decided.length === 1) return `${verb} ${what}${coverage ? `, ${coverage} coverage` : ''}`;
  return `${verb} ${decided.length}${coverage ? ` (${coverage} coverage)` : ''}: ${what} and ${decided.length - 1} more`;
}

/** The change of the actor's own decision, where the entry holds one (else the suggestion as recorded). */
export function asDecided(before: AuditedSuggestion, after: AuditedSuggestion): [Suggestion, Suggestion] {
  if (before.reviewerDecision === undefined) return [before, after];
  const view = (s: AuditedSuggestion): Suggestion => {
    const d = s.reviewerDecision;
    return d
      ? { ...s, status: d.status, coverage: d.coverage, note: d.note }
      : { ...s, status: 'suggested', coverage: null };
  };
  return [view(before), view(after)];
}

const DONE: Record<string, string> = {
  accept: 'accepted (full)',
  'accept partial': 'accepted (partial)',
  reject: 'rejected',
  reset: 'set back to undecided',
  note: 'wrote a note',
  review: 'decided again, unchanged',
};

/** "accepted (full)", "accepted (partial)", "rejected" or "undecided" for a status and its coverage. */
function decided(status: string, coverage: TagCoverage | null): string {
  if (status === 'accepted') return coverage === 'partial' ? DONE['accept partial'] : DONE.accept;
  return status === 'rejected' ? DONE.reject : 'undecided';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const hasStatus = (v: unknown): v is AuditedSuggestion => isRecord(v) && typeof v.status === 'string';
const noteOf = (note: unknown): string => (typeof note === 'string' && note ? ` — note: “${note}”` : '');

/**
 * What an undo of a decision left, after the reviewer's name: "undid a decision: now rejected". Where
 * other reviewers' decisions settle the suggestion otherwise than the one given back (README "Several
 * reviewers"), both: "undid their decision (now undecided); the suggestion stays accepted (full), by
 * the other reviewers’ decisions", or "…; the suggestion is now undecided, reviewers differing".
 * `settledBefore` and `settled` are the suggestion as the entry recorded it, `own` the reviewer's decision after.
 */
function undoneDecision(settledBefore: Suggestion, settled: Suggestion, own: Suggestion): string {
  const theirs = decided(own.status, own.coverage);
  const now = decided(settled.status, settled.coverage);
  if (now === theirs) return `undid a decision: now ${theirs}`;
  const is = decided(settledBefore.status, settledBefore.coverage) === now ? 'stays' : 'is now';
  // Undecided though this reviewer's decision stands: the others' differ from it, and no lead's settles it.
  const why = now === 'undecided' ? 'reviewers differing' : 'by the other reviewers’ decisions';
  return `undid their decision (now ${theirs}); the suggestion ${is} ${now}, ${why}`;
}

/**
 * One line of a suggestion's history from its audit entry: who did what, and the note they left
 * ("A. Analyst accepted (partial) — note: “boys only”"); an undo says what it undid, a note or a
 * decision, and what stands after it (for its reviewer and, where others decided, the suggestion);
 * a tag made by hand says so, and a decision brought back in a review package names its reviewer
 * and who imported it. An entry of another shape is named by its action, never a failure of the
 * screen that lists it.
 */
export function describeSuggestionEntry(
  entry: Pick<AuditEntry, 'actor' | 'action' | 'before' | 'after'>,
): string {
  if (entry.action === 'package-import') {
    const d = isRecord(entry.after)
      ? (entry.after.reviewerDecision as ReviewerDecision | undefined)
      : undefined;
    if (!d) return `${entry.actor} imported a review package`;
    return `${d.reviewer} ${decided(d.status, d.coverage)} in a review package (imported by ${entry.actor})${noteOf(d.note)}`;
  }
  if (!hasStatus(entry.after)) return `${entry.actor}: ${entry.action}`;
  if (entry.action === 'tag') {
    const { status, coverage, note } = entry.after;
    return `${entry.actor} tagged the clause by hand: ${decided(status, coverage)}${noteOf(note)}`;
  }
  if (!hasStatus(entry.before)) return `${entry.actor} ${decided(entry.after.status, entry.after.coverage)}`;
  const [before, after] = asDecided(entry.before, entry.after);
  const action = reviewAction(before, after);
  if (entry.action === 'undo') {
    if (action !== 'note') return `${entry.actor} ${undoneDecision(entry.before, entry.after, after)}`;
    const left = after.note ? `; the note is back to “${after.note}”` : '';
    return `${entry.actor} undid the note “${before.note ?? ''}”${left}`;
  }
  const did = DONE[action] ?? entry.action;
  const newNote = after.note && after.note !== before.note ? after.note : '';
  if (did === DONE.note)
    return newNote ? `${entry.actor} wrote a note: “${newNote}”` : `${entry.actor} removed the note`;
  return `${entry.actor} ${did}${noteOf(newNote)}`;
}
