// A matrix put together from matrices of one column each, built alike: a review changes the
// evidence of one country, so only that country's column is built (and validated) again. The frame
// (built without tags, ratings or checks) gives what belongs to the whole matrix: its rows and
// groups, the laws not counted, the recommendations shown.
import type { Matrix } from './types';

export function joinColumns(frame: Matrix, columns: readonly Matrix[]): Matrix {
  return {
    ...frame,
    columns: columns.map((m) => m.columns[0]),
    groups: frame.groups.map((g, gi) => ({
      ...g,
      rows: g.rows.map((r, ri) => ({ ...r, cells: columns.map((m) => m.groups[gi].rows[ri].cells[0]) })),
    })),
  };
}
