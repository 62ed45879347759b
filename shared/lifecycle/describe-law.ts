// A law's place and life in a few words, the same in the Library, the command line and the exports.
import { jurisdictionName } from '../jurisdictions/jurisdiction';
import type { DocumentRecord } from '../model';

type Described = Pick<
  DocumentRecord,
  | 'country'
  | 'jurisdiction'
  | 'excludedSubdivisions'
  | 'status'
  | 'enactedOn'
  | 'inForceFrom'
  | 'amendedOn'
  | 'repealedOn'
>;

/** "PK-IS Islamabad Capital Territory", "PK national", "PK national, not in PK-GB, PK-JK". */
export function describePlace(d: Described): string {
  if (d.jurisdiction) return `${d.jurisdiction} ${jurisdictionName(d.jurisdiction)}`;
  const not = d.excludedSubdivisions.length ? `, not in ${d.excludedSubdivisions.join(', ')}` : '';
  return `${d.country} national${not}`;
}

/** "in force from 1930-04-01 (enacted 1929-10-01); repealed 2025-05-30", "status unknown". */
export function describeLife(d: Described): string {
  const parts: string[] = [];
  const from = d.inForceFrom ? ` from ${d.inForceFrom}` : '';
  const enacted = d.enactedOn ? ` (enacted ${d.enactedOn})` : '';
  if (d.status === 'unknown')
    parts.push(`status unknown${d.inForceFrom ? `, in force from ${d.inForceFrom}` : ''}${enacted}`);
  // A repealed law was in force from a date; without one, a bare "in force" would contradict its repeal.
  else if (d.status === 'repealed' && !d.inForceFrom) {
    if (d.enactedOn) parts.push(`enacted ${d.enactedOn}`);
  } else parts.push(`in force${from}${enacted}`);
  if (d.amendedOn || d.status === 'amended') parts.push(`amended${d.amendedOn ? ` ${d.amendedOn}` : ''}`);
  if (d.status === 'repealed')
    parts.push(`repealed${d.repealedOn ? ` ${d.repealedOn}` : ' (date not recorded)'}`);
  return parts.join('; ');
}
