// Marginal notes (the headings old gazettes print beside each section) given to the clause they stand
// beside: a note starts level with its section's first line, on the left or the right, and may run
// down a few lines.
import type { SegmentedClause, TextLine } from '../model';
import { hasHeadingWord, segmentClauses, type SegmentOptions } from './segment-clauses';

const joinNote = (lines: TextLine[]) =>
  lines
    .map((line) => line.text.trim())
    .join(' ')
    // "orphan- age" → "orphanage"
    .replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,:;—–-]+$/u, '');

/** Notes beside the clauses' first lines, each clause with its own. */
function notesBeside(clauses: SegmentedClause[], notes: TextLine[]): Map<SegmentedClause, TextLine[]> {
  const beside = new Map<SegmentedClause, TextLine[]>();
  for (const note of notes) {
    let best: { clause: SegmentedClause; below: number } | null = null;
    for (const clause of clauses) {
      if (clause.kind === 'schedule' || clause.pageStart !== note.page) continue;
      const first = clause.boxes.find((box) => box.page === note.page);
      if (!first) continue;
      // How far below the clause's first line the note line sits (a skewed scan lifts one side a little).
      const below = note.y - first.y;
      if (below < -note.height * 0.8 || below > note.height * 6) continue;
      if (!best || below < best.below) best = { clause, below };
    }
    if (best) beside.set(best.clause, [...(beside.get(best.clause) ?? []), note]);
  }
  return beside;
}

const headingsAreNotes = (clauses: SegmentedClause[], beside: Map<SegmentedClause, TextLine[]>) =>
  beside.size * 2 >= clauses.filter((clause) => clause.kind !== 'schedule').length;

/**
 * Clauses with the note beside their first line as heading. Where notes stand beside most sections
 * they are the law's headings: a heading the segmentation took from a clause's first sentence goes
 * back into its text.
 */
export function attachMarginalNotes(clauses: SegmentedClause[], notes: TextLine[]): SegmentedClause[] {
  if (notes.length === 0) return clauses;
  const beside = notesBeside(clauses, notes);
  const notesAreHeadings = headingsAreNotes(clauses, beside);
  return clauses.map((clause) => {
    const own = beside.get(clause);
    const heading = own ? joinNote(own) : '';
    if (!own || !hasHeadingWord(heading)) return clause;
    if (!clause.heading) return { ...clause, heading };
    if (!notesAreHeadings) return clause;
    return { ...clause, heading, text: `${clause.heading}. ${clause.text}` };
  });
}

/** A note split off a body row goes back onto it: after its last word, or before its first. */
function joinTouching(lines: TextLine[], notes: TextLine[]): TextLine[] {
  const out = [...lines];
  for (const note of notes) {
    let best = -1;
    let gap = Number.POSITIVE_INFINITY;
    out.forEach((line, k) => {
      if (line.page !== note.page || Math.abs(line.y - note.y) > Math.max(line.height, note.height) * 0.6)
        return;
      const between = note.x >= line.x ? note.x - (line.x + line.width) : line.x - (note.x + note.width);
      if (between > -2 && between < gap) {
        gap = between;
        best = k;
      }
    });
    if (best < 0) continue;
    const line = out[best];
    const after = note.x >= line.x;
    const x = Math.min(line.x, note.x);
    out[best] = {
      ...line,
      text: after ? `${line.text} ${note.text}` : `${note.text} ${line.text}`,
      x,
      width: Math.max(line.x + line.width, note.x + note.width) - x,
    };
  }
  return out;
}

/**
 * Segments lines whose marginal notes were read apart. Where notes stand beside most sections, a line
 * above a number is text, not its heading; otherwise (a ragged right edge, a few stray notes) the
 * pieces split off body rows go back onto them and the lines are segmented as without notes.
 */
export function segmentWithNotes(
  lines: TextLine[],
  notes: TextLine[],
  options: SegmentOptions,
): SegmentedClause[] {
  if (notes.length > 0) {
    const apart = segmentClauses(lines, { ...options, notesApart: true });
    if (headingsAreNotes(apart, notesBeside(apart, notes))) return attachMarginalNotes(apart, notes);
  }
  const touching = notes.filter((note) => note.marginal === 'touching');
  const joined = touching.length ? joinTouching(lines, touching) : lines;
  return attachMarginalNotes(
    segmentClauses(joined, options),
    notes.filter((note) => note.marginal !== 'touching'),
  );
}
