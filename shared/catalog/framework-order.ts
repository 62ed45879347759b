// The order instruments appear in lists and matrices: the Convention, its protocols, ILO, ASEAN, the checklist.
import type { Framework } from './types';

export const FRAMEWORK_ORDER = [
  'CRC',
  'OPSC',
  'OPAC',
  'OPIC',
  'C138',
  'C182',
  'ACTIP',
  'AVAWC',
  'RPAVAC',
  'AOCSEA',
  'AOCSEG',
  'ACMIG',
  'ACWCTIP',
  'ACPS',
  'CHK',
] as const;

/** Rank of a framework id in the display order; unknown ids sort after the known ones. */
export function frameworkRank(id: string): number {
  const i = (FRAMEWORK_ORDER as readonly string[]).indexOf(id);
  return i === -1 ? FRAMEWORK_ORDER.length : i;
}

export function frameworkOrder<T extends Pick<Framework, 'id'>>(frameworks: readonly T[]): T[] {
  return [...frameworks].sort(
    (a, b) => frameworkRank(a.id) - frameworkRank(b.id) || a.id.localeCompare(b.id),
  );
}
