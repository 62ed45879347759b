// Clause corrections an analyst makes when segmentation got a law wrong: split a clause at a point of
// its text, merge a clause with the next, renumber, re-head. Pure: the store applies the result.
// Reviews stay with the text they were made on: a suggestion goes with the part holding its matched
// words, and keeps its status, coverage, note and reviewer.
import type { Box, Clause, MatchedTerm, ReviewerDecision, Suggestion } from '../model';
import { idPart } from '../segment/clause-ids';
import { boxesOf } from '../segment/segment-clauses';
import { escapeRegExp } from '../escape-regexp';

export interface SplitResult {
  first: Clause;
  second: Clause;
  /** Suggestions of the clause that now belong to the second part, spans re-based on its text. */
  moves: Suggestion[];
  /** Suggestions that stay on the first part, with the spans that fall in it. */
  kept: Suggestion[];
}

export interface MergeResult {
  merged: Clause;
  /** The second clause's suggestions, re-based onto the merged text. */
  moves: Suggestion[];
  /** Suggestions changed in place where both clauses had the same provision (reviews combined). */
  combined: Suggestion[];
  /** Suggestions removed because the other clause's one for the same provision stands for both. */
  dropped: Suggestion[];
}

export class CorrectionError extends Error {}

/** A matched span with a place in the text; context cues carry start = end = -1. */
const placed = (m: MatchedTerm) => m.start >= 0;

/** Where a split may fall: strictly inside the text, with words on both sides. */
export function splitPoint(text: string, at: number): { end: number; start: number } {
  if (!Number.isInteger(at) || at <= 0 || at >= text.length) {
    throw new CorrectionError(`the split point must fall inside the clause text (1..${text.length - 1})`);
  }
  const end = text.slice(0, at).trimEnd().length;
  const start = at + (text.slice(at).length - text.slice(at).trimStart().length);
  if (end === 0 || start >= text.length) {
    throw new CorrectionError('a split must leave text on both sides');
  }
  return { end, start };
}

/**
 * The printed "7. Hours of work.—" at the start of a split-off part becomes its number and heading,
 * as segmentation would have read them: their length, to leave them out of the part's text.
 */
function leadLength(text: string, number: string, heading: string): number {
  const escape = (t: string) => escapeRegExp(t).replace(/\s+/g, '\\s+');
  const num = String.raw`(?:(?:section|article|art\.?|s\.)\s*)?${escape(number)}(?![\p{L}\p{N}])\s*[.):]?`;
  const head = heading ? String.raw`${escape(heading)}\s*(?:[.:]?\s*[—–-]|[.:])?` : '';
  // "7. Hours of work.—", or a marginal heading printed first: "Interpretation 2."
  const forms = heading ? [String.raw`${num}\s*(?:${head})?`, String.raw`${head}\s*${num}`] : [num];
  let longest = 0;
  for (const form of forms) {
    const m = new RegExp(String.raw`^${form}\s*`, 'iu').exec(text);
    if (m && m[0].length > longest && m[0].length < text.length) longest = m[0].length;
  }
  return longest;
}

/** Cuts per-page boxes where the text is cut, in proportion to the text on each side. */
function splitBoxes(boxes: Box[], fraction: number): [Box[], Box[]] {
  const total = boxes.reduce((n, b) => n + b.height, 0);
  if (!boxes.length || total <= 0) return [boxes, boxes];
  let cut = total * fraction;
  const first: Box[] = [];
  const second: Box[] = [];
  for (const box of boxes) {
    if (cut >= box.height) first.push(box);
    else if (cut <= 0) second.push(box);
    else {
      first.push({ ...box, height: cut });
      second.push({ ...box, y: box.y + cut, height: box.height - cut });
    }
    cut -= box.height;
  }
  return [first.length ? first : [boxes[0]], second.length ? second : [boxes[boxes.length - 1]]];
}

function pagesOf(boxes: Box[], fallback: Clause): { pageStart: number; pageEnd: number } {
  if (!boxes.length) return { pageStart: fallback.pageStart, pageEnd: fallback.pageEnd };
  return {
    pageStart: Math.min(...boxes.map((b) => b.page)),
    pageEnd: Math.max(...boxes.map((b) => b.page)),
  };
}

/** The structural id of a clause added by a split, unique among the document's ids. */
export function splitEid(original: Clause, number: string, taken: Set<string>): string {
  const parts = original.eid.split('__');
  const prefix = original.kind === 'article' ? 'art' : 'sec';
  parts[parts.length - 1] = idPart(prefix, number);
  const base = parts.join('__');
  let eid = base;
  for (let n = 2; taken.has(eid); n++) eid = `${base}_${n}`;
  return eid;
}

/**
 * Splits `clause` at UTF-16 offset `at` of its text. The first part keeps the clause's id (and so
 * every reference to it); the second is a new clause with `number` and `heading`.
 */
export function splitClause(
  clause: Clause,
  suggestions: Suggestion[],
  at: number,
  second: { id: string; eid: string; number: string; heading: string },
): SplitResult {
  const { end, start: cut } = splitPoint(clause.text, at);
  const start = cut + leadLength(clause.text.slice(cut), second.number, second.heading);
  const [boxesA, boxesB] = splitBoxes(clause.boxes, end / clause.text.length);
  const first: Clause = {
    ...clause,
    text: clause.text.slice(0, end),
    boxes: boxesA,
    ...pagesOf(boxesA, clause),
  };
  const next: Clause = {
    ...clause,
    id: second.id,
    eid: second.eid,
    number: second.number,
    heading: second.heading,
    text: clause.text.slice(start),
    boxes: boxesB,
    ...pagesOf(boxesB, clause),
    ordinal: clause.ordinal + 1,
  };
  const moves: Suggestion[] = [];
  const kept: Suggestion[] = [];
  for (const s of suggestions) {
    // Context cues have no place in the text (start -1): they go wherever the suggestion goes.
    const inFirst = s.matched.filter((m) => placed(m) && m.end <= end).length;
    const inSecond = s.matched.filter((m) => placed(m) && m.start >= start).length;
    // With the part that holds most of its matched words; a tie or no words (a manual tag) stays first.
    if (inSecond > inFirst) {
      const matched = s.matched.flatMap((m) =>
        !placed(m) ? [m] : m.start >= start ? [{ ...m, start: m.start - start, end: m.end - start }] : [],
      );
      moves.push({ ...s, clauseId: next.id, matched });
    } else kept.push({ ...s, matched: s.matched.filter((m) => !placed(m) || m.end <= end) });
  }
  return { first, second: next, moves, kept };
}

const RANK = { accepted: 2, rejected: 1, suggested: 0 } as const;

type Decided = Pick<Suggestion, 'status' | 'coverage' | 'note'>;

/** Two decisions on the same provision for text now in one clause: the firmer one stands, notes joined. */
function combine<T extends Decided>(a: T, b: T): T {
  const [keep, other] = RANK[b.status] > RANK[a.status] ? [b, a] : [a, b];
  const coverage =
    keep.status === 'accepted' && other.status === 'accepted'
      ? keep.coverage === 'full' || other.coverage === 'full'
        ? 'full'
        : 'partial'
      : keep.coverage;
  const notes = [keep.note, other.note].filter((n): n is string => !!n);
  return { ...keep, coverage, note: notes.length ? [...new Set(notes)].join('\n') : null };
}

/**
 * Each reviewer's decisions on two suggestions of one provision whose text is now one clause, as
 * decisions on `keptId`: where a reviewer decided both, the firmer stands, as for the suggestions.
 */
export function combineReviewerDecisions(
  keptId: string,
  a: readonly ReviewerDecision[],
  b: readonly ReviewerDecision[],
): ReviewerDecision[] {
  const theirs = new Map(b.map((d) => [d.reviewer, d]));
  const combined = a.map((d) => {
    const other = theirs.get(d.reviewer);
    theirs.delete(d.reviewer);
    return other ? combine(d, other) : d;
  });
  return [...combined, ...theirs.values()].map((d) => ({ ...d, suggestionId: keptId }));
}

/** Merges `first` with the clause after it; the merged clause keeps `first`'s id, number and heading. */
export function mergeClauses(
  first: Clause,
  second: Clause,
  firstSuggestions: Suggestion[],
  secondSuggestions: Suggestion[],
): MergeResult {
  if (first.documentId !== second.documentId) throw new CorrectionError('clauses of two laws cannot merge');
  // The second clause's number and heading were read out of the printed text: put them back, on a
  // line of their own, so the merged text reads as the law does (and a later split can find them).
  const lead = second.heading ? `${second.number}. ${second.heading}\n` : `${second.number}. `;
  const text = `${first.text}\n${lead}${second.text}`;
  const shift = text.length - second.text.length;
  const boxes = boxesOf([...first.boxes, ...second.boxes]);
  const sources = [first, second];
  const ocr = sources.filter((c) => c.source === 'ocr');
  const confidences = ocr.filter((c) => c.ocrConfidence !== null);
  const weight = confidences.reduce((n, c) => n + c.text.length, 0);
  const merged: Clause = {
    ...first,
    heading: first.heading || second.heading,
    text,
    boxes,
    pageStart: Math.min(first.pageStart, second.pageStart),
    pageEnd: Math.max(first.pageEnd, second.pageEnd),
    source: ocr.length ? 'ocr' : first.source,
    ocrConfidence: confidences.length
      ? confidences.reduce((n, c) => n + (c.ocrConfidence ?? 0) * c.text.length, 0) / (weight || 1)
      : null,
  };
  const byProvision = new Map(firstSuggestions.map((s) => [s.provisionId, s]));
  const moves: Suggestion[] = [];
  const combined: Suggestion[] = [];
  const dropped: Suggestion[] = [];
  for (const s of secondSuggestions) {
    const matched = s.matched.map((m) =>
      placed(m) ? { ...m, start: m.start + shift, end: m.end + shift } : m,
    );
    const twin = byProvision.get(s.provisionId);
    if (!twin) {
      moves.push({ ...s, clauseId: merged.id, matched });
      continue;
    }
    const both = {
      ...combine(twin, { ...s, clauseId: merged.id, matched }),
      score: Math.max(twin.score, s.score),
    };
    const all = [...twin.matched, ...matched];
    const kept = { ...both, clauseId: merged.id, matched: all };
    combined.push(kept);
    dropped.push(kept.id === twin.id ? s : twin);
  }
  return { merged, moves, combined, dropped };
}
