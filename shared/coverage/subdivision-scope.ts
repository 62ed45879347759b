// A country's own column holds its national laws and its provinces' laws alike. A standard that only
// a province's law covers is not covered in the whole country: the column says so (the level at most
// Partial, and which subdivisions the coverage holds in) rather than read Punjab's act as Pakistan's.
import { SUBDIVISIONS } from '../jurisdictions/subdivisions';
import type { CoverageLevel, TagCoverage } from '../model';
import { deriveLevel } from './assess';

/** Where a country column's coverage holds only in some subdivisions. */
export interface SubdivisionScope {
  /** ISO 3166-2 codes, sorted. */
  subdivisions: string[];
  /** "only in PK-PB, PK-SD (no national law)", "full only in PK-PB (national laws: partial)",
   *  "full except in PK-GB (the national laws do not extend there)". */
  note: string;
}

/**
 * The level of a country column's cell from its evidence, and where it holds when no law covers the
 * standard fully in the whole country:
 * - only subdivisions' laws → at most Partial, "only in …";
 * - a national law partly and a subdivision's fully → Partial, "full only in …";
 * - national laws fully, but each leaves out subdivisions (`notIn`) that no law of their own covers
 *   fully → Partial, "full except in …".
 * Otherwise the level is as derived. `jurisdiction` is the subdivision a law was made for, or the
 * country's code for a national law; `notIn` gives a national law's subdivisions it does not extend to.
 */
export function subdivisionScope<E extends { jurisdiction: string; coverage: TagCoverage }>(
  evidence: readonly E[],
  notIn: (e: E) => readonly string[] = () => [],
): { level: CoverageLevel; scope: SubdivisionScope | null } {
  const level = deriveLevel(evidence);
  const isNational = (e: { jurisdiction: string }) => !e.jurisdiction.includes('-');
  const national = evidence.filter(isNational);
  const codes = (list: readonly { jurisdiction: string }[]) =>
    [...new Set(list.filter((e) => !isNational(e)).map((e) => e.jurisdiction))].sort();
  if (national.length === 0 && evidence.length > 0) {
    const subdivisions = codes(evidence);
    return {
      level: 'partial',
      scope: { subdivisions, note: `only in ${subdivisions.join(', ')} (no national law)` },
    };
  }
  if (level !== 'full') return { level, scope: null };
  const full = evidence.filter((e) => e.coverage === 'full');
  const nationalFull = full.filter(isNational);
  if (nationalFull.length === 0) {
    const subdivisions = codes(full);
    return {
      level: 'partial',
      scope: { subdivisions, note: `full only in ${subdivisions.join(', ')} (national laws: partial)` },
    };
  }
  // Left out by every national law that covers it fully, and covered fully by no law of its own.
  const ownFull = new Set(codes(full));
  const [first, ...rest] = nationalFull.map((e) => new Set(notIn(e)));
  const missing = [...first]
    .filter((code) => rest.every((notIn) => notIn.has(code)) && !ownFull.has(code))
    .sort();
  if (!missing.length) return { level, scope: null };
  const country = nationalFull[0].jurisdiction;
  const subdivisions = Object.keys(SUBDIVISIONS[country] ?? {})
    .filter((code) => !missing.includes(code))
    .sort();
  return {
    level: 'partial',
    scope: {
      subdivisions,
      note: `full except in ${missing.join(', ')} (the national laws do not extend there)`,
    },
  };
}
