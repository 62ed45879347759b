// A comparison as flat rows, one per changed cell: one writer for the workbook's Changes sheet and
// the CSV, so both say the same.
import { LEVEL_STYLES } from '../matrix/level-styles';
import type { BaselineComparison } from './types';
import { CHANGE_CAUSE_LABELS } from './types';

export const CHANGE_COLUMNS = [
  'country',
  'provision_id',
  'standard',
  'before',
  'after',
  'cause',
  'details',
] as const;

export function changeRows(
  comparison: BaselineComparison,
  titles: ReadonlyMap<string, string>,
): Record<(typeof CHANGE_COLUMNS)[number], string>[] {
  return comparison.changes.map((c) => ({
    country: c.country,
    provision_id: c.provisionId,
    standard: titles.get(c.provisionId) ?? '',
    before: LEVEL_STYLES[c.before].label,
    after: LEVEL_STYLES[c.after].label,
    cause: c.causes.map((x) => CHANGE_CAUSE_LABELS[x]).join('; '),
    details: c.details.join('; '),
  }));
}
