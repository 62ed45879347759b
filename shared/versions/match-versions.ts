// Matching the clauses of a newer text of a law to those of the text before it: by number first (a
// reprint or consolidation keeps its numbering), then by text for what was renumbered. Pure.
import type { ClauseChangeKind, ClauseKind } from '../model';

export interface VersionedClause {
  number: string;
  kind: ClauseKind;
  text: string;
}

export interface ClausePair<O, N> {
  change: ClauseChangeKind;
  old: O | null;
  next: N | null;
}

/** Words in lower case: what the comparison looks at (spacing, line breaks and punctuation are layout). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** Share of words the two texts have in common (Dice over word multisets), 0..1. */
export function textSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** A clause that moved keeps its reviews only if its text is this close to what it was. */
const MOVED_SIMILARITY = 0.9;

// Numbers repeat (a schedule's paragraph 1 beside section 1): the kind and the occurrence tell them apart.
function keysOf<C extends VersionedClause>(clauses: readonly C[]): string[] {
  const seen = new Map<string, number>();
  return clauses.map((c) => {
    const base = `${c.kind}\u0000${c.number.trim().toLowerCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0000${n}`;
  });
}

/**
 * Pairs every clause of `old` and `next`, in the order of `next` (removed ones after): same number with
 * the same words is unchanged, same number with other words is changed, the same words under another
 * number (or nearly: a moved clause) is renumbered, the rest is added or removed.
 */
export function matchVersions<O extends VersionedClause, N extends VersionedClause>(
  old: readonly O[],
  next: readonly N[],
): ClausePair<O, N>[] {
  const oldWords = old.map((c) => wordsOf(c.text));
  const nextWords = next.map((c) => wordsOf(c.text));
  const oldByKey = new Map(keysOf(old).map((k, i) => [k, i]));
  const pairedOld = new Set<number>();
  const pairOf = new Array<number | null>(next.length).fill(null);

  keysOf(next).forEach((key, i) => {
    const j = oldByKey.get(key);
    if (j === undefined) return;
    pairOf[i] = j;
    pairedOld.add(j);
  });
  // What the numbering did not pair: the same (or nearly the same) words under another number.
  for (const [i, n] of nextWords.entries()) {
    if (pairOf[i] !== null) continue;
    let best = -1;
    let bestScore = MOVED_SIMILARITY;
    for (const [j, o] of oldWords.entries()) {
      if (pairedOld.has(j)) continue;
      const score = sameWords(n, o) ? 1 : textSimilarity(n, o);
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = j;
        bestScore = score;
      }
    }
    if (best >= 0) {
      pairOf[i] = best;
      pairedOld.add(best);
    }
  }

  const pairs: ClausePair<O, N>[] = next.map((c, i) => {
    const j = pairOf[i];
    if (j === null) return { change: 'added', old: null, next: c };
    const same = sameWords(oldWords[j], nextWords[i]);
    const renumbered = old[j].number.trim().toLowerCase() !== c.number.trim().toLowerCase();
    return {
      change: renumbered ? (same ? 'renumbered' : 'changed') : same ? 'unchanged' : 'changed',
      old: old[j],
      next: c,
    };
  });
  old.forEach((o, j) => {
    if (!pairedOld.has(j)) pairs.push({ change: 'removed', old: o, next: null });
  });
  return pairs;
}

/**
 * How much of `next` is a text of the same law as `old`: the share of its numbered clauses whose number
 * is also in `old` with mostly the same words. A reprint or consolidation scores near 1, an amending act
 * or another law near 0.
 */
export function versionLikeness(old: readonly VersionedClause[], next: readonly VersionedClause[]): number {
  if (next.length === 0 || old.length === 0) return 0;
  const oldByKey = new Map(keysOf(old).map((k, i) => [k, old[i]]));
  let alike = 0;
  keysOf(next).forEach((key, i) => {
    const o = oldByKey.get(key);
    if (o && textSimilarity(wordsOf(o.text), wordsOf(next[i].text)) >= 0.6) alike++;
  });
  return alike / Math.max(next.length, old.length);
}

/** Whether two titles name the same law: the same words, whatever the year, punctuation or "reprint". */
export function sameTitle(a: string, b: string): boolean {
  const key = (t: string) =>
    wordsOf(t)
      .filter((w) => !/^\d{4}$/.test(w) && !['reprint', 'consolidated', 'revised', 'updated'].includes(w))
      .join(' ');
  return key(a) !== '' && key(a) === key(b);
}
