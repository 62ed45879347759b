// What an analyst's own rating of a cell must carry to hold up: a Gap or Contradicts says why, and
// records which undecided suggestions it overrides.
import type { CheckEntry } from '../checks/types';
import type { MatrixCell } from '../matrix/types';
import type { CoverageLevel, PendingCandidate } from '../model';
import { citePrintedPage } from './cite-clause';
import { citedChangeText } from './cited-now';

/** Levels that assert something about the law no clause shows: they need the analyst's reasons. */
export const RATIONALE_REQUIRED: ReadonlySet<CoverageLevel> = new Set(['gap', 'contradicts']);

/** How many undecided suggestions a rating records (the best first). */
export const MAX_PENDING_RECORDED = 20;

const LEVEL_NAMES: Partial<Record<CoverageLevel, string>> = { gap: 'Gap', contradicts: 'Contradicts' };

/** Why the rating cannot be saved as given, or null when it can. */
export function ratingProblem(rating: {
  country: string;
  provisionId: string;
  level: CoverageLevel;
  rationale: string;
}): string | null {
  if (!RATIONALE_REQUIRED.has(rating.level) || rating.rationale.trim()) return null;
  return `A ${LEVEL_NAMES[rating.level]} rating of ${rating.provisionId} for ${rating.country} needs a rationale: say which laws were searched and why none meets the standard.`;
}

/** The undecided suggestions of a cell, best first, as a rating records them. */
export function pendingCandidates(
  suggestions: readonly (PendingCandidate & { status: string })[],
): PendingCandidate[] {
  return suggestions
    .filter((s) => s.status === 'suggested')
    .sort((a, b) => b.score - a.score || a.citation.localeCompare(b.citation))
    .slice(0, MAX_PENDING_RECORDED)
    .map(({ suggestionId, clauseId, documentId, citation, score }) => ({
      suggestionId,
      clauseId,
      documentId,
      citation,
      score,
    }));
}

/** What an export and the screen say of a Contradicts that no clause grounds. */
export const NO_CLAUSE_CITED = 'no clause cited';

/**
 * Whether a confirmed check cites clauses: those that state a value below the standard ground a
 * Contradicts without the rating citing them.
 */
export const checkCitesClauses = (check: Pick<CheckEntry, 'status' | 'evidence'> | null): boolean =>
  check?.status === 'confirmed' && check.evidence.length > 0;

/**
 * Whether a cell says the law contradicts the standard without citing any clause for it: no clause
 * cited by the rating, no clause of a confirmed check. An accepted clause does not count: the
 * analyst accepted it as implementing the standard, so it grounds a Contradicts only where the
 * rating cites it.
 */
export function citesNoClause(
  cell: Pick<MatrixCell, 'level' | 'override'> & {
    check: Pick<CheckEntry, 'status' | 'evidence'> | null;
  },
): boolean {
  if (cell.level !== 'contradicts') return false;
  return !cell.override?.citedClauses.length && !checkCitesClauses(cell.check);
}

/**
 * What reports say of a rating's grounds: "Clauses cited: Child Marriage Restraint Act, 1929, s. 2
 * (p. 2)" ("(p. 2, changed since rated)" where it no longer reads as cited), "No clause cited" for a
 * Contradicts that cites none, else null.
 */
export function ratingCitesText(cell: Parameters<typeof citesNoClause>[0]): string | null {
  const cited = cell.override?.citedClauses ?? [];
  if (cited.length)
    return `Clauses cited: ${cited
      .map(
        (c) =>
          `${c.citation} (${[citePrintedPage(c.page, c.printedPage), citedChangeText(c)].filter(Boolean).join(', ')})`,
      )
      .join('; ')}`;
  return citesNoClause(cell) ? 'No clause cited' : null;
}
