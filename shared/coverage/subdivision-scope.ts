// A country's own column holds its national laws and its provinces' laws alike. A standard that only
// a province's law covers is not covered in the whole country: the column says so (the level at most
// Partial, and which subdivisions the coverage holds in) rather than read Punjab's act as Pakistan's.
import type { CoverageLevel, TagCoverage } from '../model';
import { deriveLevel } from './assess';

/** Where a country column's coverage holds only in some subdivisions. */
export interface SubdivisionScope {
  /** ISO 3166-2 codes, sorted. */
  subdivisions: string[];
  /** "only in PK-PB, PK-SD (no national law)", "full only in PK-PB (national laws: partial)". */
  note: string;
}

/**
 * The level of a country column's cell from its evidence, and where it holds when no national law
 * covers the standard as fully as some subdivision's law does: only subdivisions' laws → at most
 * Partial, "only in …"; a national law partly and a subdivision's fully → Partial, "full only in …".
 * Evidence from national laws alone, or a national law covering fully, leaves the level as derived.
 * `jurisdiction` is the subdivision a law was made for, or the country's code for a national law.
 */
export function subdivisionScope(evidence: readonly { jurisdiction: string; coverage: TagCoverage }[]): {
  level: CoverageLevel;
  scope: SubdivisionScope | null;
} {
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
  const nationalLevel = deriveLevel(national);
  if (level === 'full' && nationalLevel !== 'full') {
    const subdivisions = codes(evidence.filter((e) => e.coverage === 'full'));
    return {
      level: 'partial',
      scope: { subdivisions, note: `full only in ${subdivisions.join(', ')} (national laws: partial)` },
    };
  }
  return { level, scope: null };
}
