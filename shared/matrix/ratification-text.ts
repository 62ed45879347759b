// One line per instrument for a country's column header and for exports: status and year, whether the
// entry is checked, and the reservations or declarations that still stand (they change what a gap means).
import { RATIFICATION_LABELS } from './level-styles';
import type { MatrixRatification } from './types';

const UNVERIFIED = ' (unverified)';

/** "reservation art. 2, 7, 14 (unverified)" for each standing reservation or declaration. */
export function reservationTexts(r: MatrixRatification): string[] {
  return r.reservations.map((x) => `${x.kind} art. ${x.articles.join(', ')}${x.verified ? '' : UNVERIFIED}`);
}

/** "CRC: party 1995; reservation art. 2, 7 (unverified)"; "OPIC: not party (unverified)". */
export function ratificationText(r: MatrixRatification, shortName: string): string {
  const since = r.since ? ` ${r.since.slice(0, 4)}` : '';
  const status = `${shortName}: ${RATIFICATION_LABELS[r.status]}${since}${r.verified ? '' : UNVERIFIED}`;
  return [status, ...reservationTexts(r)].join('; ');
}
