// The recommendations of a matrix as flat rows, in priority order: one writer for the XLSX sheet and
// the CSV file, so both say the same.
import { formatCellRef } from '../recommendations/recommendation-rules';
import {
  RECOMMENDATION_ORIGIN_LABELS,
  RECOMMENDATION_PRIORITY_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_TYPE_LABELS,
} from '../recommendations/types';
import type { Matrix } from '../matrix/types';

export interface RecommendationRow {
  id: string;
  priority: string;
  type: string;
  text: string;
  /** `PK/CRC.19; PK-PB/CRC.19` */
  cells: string;
  /** The standards' numbers and titles: `CRC.19 Protection from violence`. */
  standards: string;
  responsibleBody: string;
  targetDate: string;
  status: string;
  origin: string;
  /** Citations, `(law deleted)` after those whose law is gone from the library. */
  evidence: string;
  citesDeletedLaw: boolean;
  createdBy: string;
  updatedAt: string;
}

export function recommendationRows(matrix: Matrix): RecommendationRow[] {
  const titles = new Map(matrix.groups.flatMap((g) => g.rows.map((r) => [r.provisionId, r.title])));
  return matrix.recommendations.map((r) => ({
    id: r.id,
    priority: RECOMMENDATION_PRIORITY_LABELS[r.priority],
    type: RECOMMENDATION_TYPE_LABELS[r.type],
    text: r.text,
    cells: r.cells.map(formatCellRef).join('; '),
    standards: [...new Set(r.cells.map((c) => c.provisionId))]
      .map((id) => `${id} ${titles.get(id) ?? ''}`.trim())
      .join('; '),
    responsibleBody: r.responsibleBody ?? '',
    targetDate: r.targetDate ?? '',
    status: RECOMMENDATION_STATUS_LABELS[r.status],
    origin: RECOMMENDATION_ORIGIN_LABELS[r.origin],
    evidence: r.evidence.map((e) => `${e.citation}${e.lawDeleted ? ' (law deleted)' : ''}`).join('; '),
    citesDeletedLaw: r.evidence.some((e) => e.lawDeleted),
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
  }));
}
