// The one line an import of a returned package ends with, in the CLI and the app alike.
import type { PackageImportResult } from '../api/contract';

const day = (iso: string) => iso.slice(0, 10);

export function describeImport(file: string, r: Omit<PackageImportResult, 'packageId' | 'summary'>): string {
  if (r.decisions === 0) return `${file}: no decisions were made in this package for ${r.madeFor}`;
  const who = r.reviewers
    .map((p) => {
      const when = day(p.first) === day(p.last) ? day(p.first) : `${day(p.first)} to ${day(p.last)}`;
      return `${p.name} (${p.decisions}, ${when})`;
    })
    .join(', ');
  const what =
    r.recorded === 0 && r.notRecorded === 0
      ? 'nothing new: every one is already recorded (imported before)'
      : `${r.recorded} recorded${r.unchanged ? `, ${r.unchanged} already recorded` : ''}`;
  const lost = r.notRecorded
    ? `; ${r.notRecorded} on clauses corrected away here since could not be recorded`
    : '';
  return `${file}: ${r.decisions} decision${r.decisions === 1 ? '' : 's'} by ${who}; ${what}${lost}`;
}
