// What a cell of the heat grid carries besides its level, the same in the app's grid and the HTML
// report: how many clauses stand behind it, and the flags with the words their tooltips say.
import { citedChangedCount, citedChangedTitle } from '../coverage/cited-now';
import { citesNoClause, NO_CLAUSE_CITED } from '../coverage/rating';
import type { MatrixCell } from './types';

export interface CellMarks {
  /** Accepted clauses and the clauses the analyst's rating cites: the number beside the level. */
  cites: number;
  /** A Contradicts resting on no clause at all: the `?`. */
  uncited: boolean;
  /** Cited clauses that no longer read as the rating cited them: the `!` (0 for none). */
  stale: number;
  /** What the flags say in a tooltip, each in brackets after the level: "no clause cited",
   * "2 cited clauses changed since rated". */
  notes: string[];
}

export function cellMarks(cell: Pick<MatrixCell, 'level' | 'evidence' | 'override' | 'check'>): CellMarks {
  const uncited = citesNoClause(cell);
  const stale = citedChangedCount(cell.override);
  return {
    cites: cell.evidence.length + (cell.override?.citedClauses.length ?? 0),
    uncited,
    stale,
    notes: [...(uncited ? [NO_CLAUSE_CITED] : []), ...(stale ? [citedChangedTitle(stale)] : [])],
  };
}
