// The coverage level of one (country, provision) cell: derived from accepted tags, made Contradicts
// by a confirmed check that found the law below the standard, replaced by the analyst's own rating
// where there is one.
import type { CheckEntry } from '../checks/types';
import type { CellOverride, CoverageLevel, TagCoverage } from '../model';
import type { MatrixCell } from '../matrix/types';

/** Full where any accepted tag is full, partial where only partial ones exist, else not reviewed. */
export function deriveLevel(tags: readonly { coverage: TagCoverage }[]): CoverageLevel {
  let level: CoverageLevel = 'not_reviewed';
  for (const tag of tags) {
    if (tag.coverage === 'full') return 'full';
    level = 'partial';
  }
  return level;
}

export interface Assessment {
  level: CoverageLevel;
  derivedLevel: CoverageLevel;
  /** The rating as recorded; the matrix adds the searched laws' titles. */
  override: Omit<NonNullable<MatrixCell['override']>, 'reviewedDocuments'> | null;
}

/** Whether a check decides the cell's level: only a confirmed contradiction does (a proposal never). */
export function checkContradicts(check?: Pick<CheckEntry, 'status' | 'verdict'> | null): boolean {
  return check?.status === 'confirmed' && check.verdict === 'contradicts';
}

/**
 * The level shown for a cell: the override's level when the analyst rated it, else Contradicts where
 * a confirmed check says so, else the level derived from tags (or `fromTags`, where the caller
 * derived it: a country column whose coverage holds only in subdivisions, shared/coverage/subdivision-scope.ts).
 */
export function assess(
  tags: readonly { coverage: TagCoverage }[],
  override?: CellOverride | null,
  check?: Pick<CheckEntry, 'status' | 'verdict'> | null,
  fromTags: CoverageLevel = deriveLevel(tags),
): Assessment {
  const derivedLevel = checkContradicts(check) ? 'contradicts' : fromTags;
  if (!override) return { level: derivedLevel, derivedLevel, override: null };
  return {
    level: override.level,
    derivedLevel,
    override: {
      level: override.level,
      rationale: override.rationale,
      reviewedDocumentIds: [...override.reviewedDocumentIds],
      pendingCandidates: (override.pendingCandidates ?? []).map((c) => ({ ...c })),
      citedClauses: (override.citedClauses ?? []).map((c) => ({ ...c })),
      reviewer: override.reviewer,
      at: override.at,
      ...(override.version === undefined ? {} : { version: override.version }),
    },
  };
}
