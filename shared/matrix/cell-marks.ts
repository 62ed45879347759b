// What a cell of the heat grid carries besides its level, the same in the app's grid and the HTML
// report: how many clauses stand behind it, and the flags with the words their tooltips say.
import { citedChangedCount, citedChangedTitle } from '../coverage/cited-now';
import { citesNoClause, NO_CLAUSE_CITED } from '../coverage/rating';
import { LEVEL_STYLES } from './level-styles';
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

const counted = (n: number, what: string) => `${n} ${what}${n > 1 ? 's' : ''}`;

/**
 * A grid cell's tooltip, the same in the app and the HTML report: "PK · CHK.MARRIAGE_AGE:
 * Contradicts (4 clauses) (rated by analyst) (2 cited clauses changed since rated)".
 */
export function cellTitle(
  provisionId: string,
  cell: Pick<
    MatrixCell,
    'country' | 'level' | 'evidence' | 'override' | 'check' | 'notApplicableReason' | 'onlyIn'
  >,
): string {
  const { cites, notes } = cellMarks(cell);
  const rated = cell.override
    ? `rated by analyst${cell.override.level === 'gap' && cell.evidence.length ? ` over ${counted(cell.evidence.length, 'accepted clause')}` : ''}`
    : '';
  return [
    `${cell.country} · ${provisionId}: ${LEVEL_STYLES[cell.level].label}`,
    ...[cell.notApplicableReason, cites ? counted(cites, 'clause') : '', rated, ...notes, cell.onlyIn?.note]
      .filter(Boolean)
      .map((part) => ` (${part})`),
  ].join('');
}
