// What every export says about the date its coverage is for, and the laws that gave no evidence.
import { MONTH_NAMES } from '../lifecycle/month-names';
import type { Matrix } from '../matrix/types';

/** "1 January 2019" for 2019-01-01. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "Coverage on 1 January 2019", or "Coverage as the laws stand today (repealed laws left out)". */
export function coverageDate(matrix: Pick<Matrix, 'asOf'>): string {
  return matrix.asOf
    ? `Coverage on ${formatDay(matrix.asOf)}: laws not yet in force then, or repealed by then, give no evidence`
    : 'Coverage as the laws stand today: repealed laws give no evidence';
}

/** "Not counted: Child Marriage Restraint Act, 1929 (repealed); …", or '' when every law counts. */
export function lawsNotCountedText(matrix: Pick<Matrix, 'lawsNotCounted'>): string {
  const laws = matrix.lawsNotCounted ?? [];
  return laws.length ? `Not counted: ${laws.map((l) => `${l.title} (${l.reason})`).join('; ')}` : '';
}
