// Freezing a matrix into a baseline, and comparing two baselines cell by cell: each changed cell
// once, with the causes that explain it (a rating, a new law, an amendment, a new version, a repeal,
// a deleted law, a review decision). A cause is read from what the baselines record — an amending
// act is one the analyst confirmed, a new version is a version number that moved — never guessed
// from a title.
import { citedChangeText } from '../coverage/cited-now';
import type { Matrix } from '../matrix/types';
import type { DocumentRecord } from '../model';
import type {
  Baseline,
  BaselineCell,
  BaselineChange,
  BaselineComparison,
  BaselineEvidence,
  BaselineLaw,
  BaselineRating,
  ChangeCause,
} from './types';
import { CHANGE_CAUSES } from './types';

/** The matrix's cells and the library's laws as a baseline's contents. */
export function freezeMatrix(
  matrix: Matrix,
  laws: readonly (Pick<DocumentRecord, 'id' | 'title' | 'year' | 'status'> &
    Pick<BaselineLaw, 'amends' | 'version' | 'jurisdiction' | 'excludedSubdivisions'>)[],
): Pick<Baseline, 'catalog' | 'laws' | 'cells'> {
  const cells: BaselineCell[] = [];
  for (const g of matrix.groups)
    for (const r of g.rows)
      for (const c of r.cells) {
        if (c.level === 'not_reviewed' && !c.evidence.length && !c.override) continue;
        cells.push({
          country: c.country,
          provisionId: r.provisionId,
          level: c.level,
          evidence: c.evidence.map((e) => ({
            suggestionId: e.suggestionId,
            documentId: e.documentId,
            citation: e.citation,
            coverage: e.coverage,
          })),
          rating: c.override && {
            level: c.override.level,
            rationale: c.override.rationale,
            reviewer: c.override.reviewer,
            at: c.override.at,
            // Each cited clause with its mark as it stands now, so the baseline keeps what was true then.
            ...(c.override.citedClauses.length && {
              cited: c.override.citedClauses.map((x) => x.citation),
              citedChanges: c.override.citedClauses.map(citedChangeText),
            }),
          },
          ...(c.onlyIn && { onlyIn: c.onlyIn.subdivisions }),
        });
      }
  return {
    catalog: matrix.catalog ?? null,
    laws: laws.map(({ id, title, year, status, amends, version, jurisdiction, excludedSubdivisions }) => ({
      id,
      title,
      year,
      status,
      ...(amends && { amends }),
      ...(version !== undefined && { version }),
      ...(jurisdiction !== undefined && { jurisdiction }),
      ...(excludedSubdivisions && { excludedSubdivisions }),
    })),
    cells,
  };
}

const EMPTY = (country: string, provisionId: string): BaselineCell => ({
  country,
  provisionId,
  level: 'not_reviewed',
  evidence: [],
  rating: null,
});

const key = (c: { country: string; provisionId: string }) => `${c.country}\u0000${c.provisionId}`;

/** Whether both baselines record where the law applied, and it moved (another subdivision, or exclusions). */
function movedPlace(before: BaselineLaw, after: BaselineLaw): boolean {
  if (before.jurisdiction === undefined || after.jurisdiction === undefined) return false;
  const excluded = (l: BaselineLaw) => (l.excludedSubdivisions ?? []).join(',');
  return before.jurisdiction !== after.jurisdiction || excluded(before) !== excluded(after);
}

/** "in PK-IS only", "nationally", "nationally, not in PK-GB". */
function placeOf(law: BaselineLaw): string {
  if (law.jurisdiction) return `in ${law.jurisdiction} only`;
  const not = law.excludedSubdivisions?.length ? `, not in ${law.excludedSubdivisions.join(', ')}` : '';
  return `nationally${not}`;
}

/** Why one piece of evidence came or went, and the words that say so, from what the two baselines record of its law. */
function causeOf(
  e: BaselineEvidence,
  came: boolean,
  from: Map<string, BaselineLaw>,
  to: Map<string, BaselineLaw>,
): { cause: ChangeCause; words: string } {
  const before = from.get(e.documentId);
  const after = to.get(e.documentId);
  if (!after) return { cause: 'law_deleted', words: 'no longer cited: its law was deleted' };
  if (!before) {
    const amended = (after.amends ?? []).map((id) => to.get(id)?.title ?? id);
    return amended.length
      ? { cause: 'amendment', words: `cited from an act confirmed to amend ${amended.join(', ')}` }
      : { cause: 'new_law', words: 'cited from a law new since' };
  }
  if ((before.status === 'repealed') !== (after.status === 'repealed'))
    return came
      ? { cause: 'repeal', words: 'cited again: its law is back in force' }
      : { cause: 'repeal', words: 'no longer cited: its law was repealed' };
  if (movedPlace(before, after)) {
    const place = placeOf(after);
    return came
      ? { cause: 'jurisdiction', words: `cited: its law now applies ${place}` }
      : { cause: 'jurisdiction', words: `no longer cited: its law now applies ${place}` };
  }
  if (before.version !== undefined && after.version !== undefined && before.version !== after.version)
    return {
      cause: 'new_version',
      words: `${came ? 'cited' : 'no longer cited'} since version ${after.version} of its law (was ${before.version})`,
    };
  return { cause: 'review_decision', words: came ? 'accepted' : 'no longer accepted' };
}

/** The rating's cited clauses as a detail says them, each with its mark when frozen: "…, s. 2 (changed since rated)". */
const citing = (r: BaselineRating): string =>
  (r.cited ?? []).map((c, i) => (r.citedChanges?.[i] ? `${c} (${r.citedChanges[i]})` : c)).join('; ');

/** The rating as the analyst saved it: what became of its cited clauses since is no change to it. */
const asRated = (r: BaselineRating | null): string => {
  if (!r) return 'null';
  const { citedChanges: _marks, ...rated } = r;
  return JSON.stringify(rated);
};

/**
 * Where a rating is the same in both, each cited clause whose mark moved between them: "…, s. 2 (cited
 * by the rating): changed since rated", "…: reads as cited again (was: its law is repealed)". Nothing
 * where either baseline was frozen before marks were kept.
 */
function citedChangeDetails(b: BaselineRating, a: BaselineRating): string[] {
  if (!b.citedChanges || !a.citedChanges) return [];
  return (a.cited ?? []).flatMap((citation, i) => {
    const was = b.citedChanges?.[i] ?? '';
    const now = a.citedChanges?.[i] ?? '';
    if (was === now) return [];
    return [
      `${citation} (cited by the rating): ${now || 'reads as cited again'}${was ? ` (was: ${was})` : ''}`,
    ];
  });
}

function compareCell(
  b: BaselineCell,
  a: BaselineCell,
  fromLaws: Map<string, BaselineLaw>,
  toLaws: Map<string, BaselineLaw>,
): BaselineChange | null {
  const causes = new Set<ChangeCause>();
  const details: string[] = [];
  const beforeEv = new Map(b.evidence.map((e) => [e.suggestionId, e]));
  const afterEv = new Map(a.evidence.map((e) => [e.suggestionId, e]));
  if (asRated(b.rating) !== asRated(a.rating)) {
    causes.add('rating');
    details.push(
      a.rating
        ? `rated ${a.rating.level.replace('_', ' ')} by ${a.rating.reviewer}: ${a.rating.rationale}${a.rating.cited ? ` (citing ${citing(a.rating)})` : ''}`
        : `rating ${b.rating?.level.replace('_', ' ')} cleared`,
    );
  } else if (b.rating && a.rating) {
    const moved = citedChangeDetails(b.rating, a.rating);
    if (moved.length) causes.add('cited_clause');
    details.push(...moved);
  }
  for (const e of a.evidence) {
    const old = beforeEv.get(e.suggestionId);
    if (old && old.coverage === e.coverage) continue;
    if (old) {
      causes.add('review_decision');
      details.push(`${e.citation}: coverage ${old.coverage} → ${e.coverage}`);
      continue;
    }
    const { cause, words } = causeOf(e, true, fromLaws, toLaws);
    causes.add(cause);
    details.push(`${e.citation} ${words} (${e.coverage})`);
  }
  for (const e of b.evidence) {
    if (afterEv.has(e.suggestionId)) continue;
    const { cause, words } = causeOf(e, false, fromLaws, toLaws);
    causes.add(cause);
    details.push(`${e.citation} ${words}`);
  }
  if (!causes.size && b.level === a.level) return null;
  // The same evidence, read for the whole country otherwise: a law now (or no longer) applies only in
  // some subdivisions (shared/coverage/subdivision-scope.ts).
  if (!causes.size && (a.onlyIn ?? []).join() !== (b.onlyIn ?? []).join()) {
    causes.add('jurisdiction');
    details.push(
      a.onlyIn?.length
        ? `covered only in ${a.onlyIn.join(', ')}: no national law covers it as fully`
        : `covered for the whole country: a national law covers it as fully`,
    );
  }
  // A level moved with no evidence or rating behind it: a decision on a measurable check.
  if (!causes.size) {
    causes.add('review_decision');
    details.push(`check decided: ${b.level.replace('_', ' ')} → ${a.level.replace('_', ' ')}`);
  }
  return {
    country: a.country,
    provisionId: a.provisionId,
    before: b.level,
    after: a.level,
    causes: CHANGE_CAUSES.filter((c) => causes.has(c)),
    details,
  };
}

// Made on first use: a collator costs milliseconds to make, which every command would pay at start.
let collator: Intl.Collator | undefined;
const byProvision = () => (collator ??= new Intl.Collator('en', { numeric: true }));

/** Every cell that differs between `from` and `to`, once, by country then provision. */
export function compareBaselines(
  from: Pick<Baseline, 'id' | 'name' | 'createdAt' | 'laws' | 'cells'>,
  to: Pick<Baseline, 'name' | 'createdAt' | 'laws' | 'cells'> & { id: string | null },
): BaselineComparison {
  const fromLaws = new Map(from.laws.map((l) => [l.id, l]));
  const toLaws = new Map(to.laws.map((l) => [l.id, l]));
  const before = new Map(from.cells.map((c) => [key(c), c]));
  const after = new Map(to.cells.map((c) => [key(c), c]));
  const changes: BaselineChange[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const some = (before.get(k) ?? after.get(k))!;
    const change = compareCell(
      before.get(k) ?? EMPTY(some.country, some.provisionId),
      after.get(k) ?? EMPTY(some.country, some.provisionId),
      fromLaws,
      toLaws,
    );
    if (change) changes.push(change);
  }
  changes.sort(
    (x, y) => x.country.localeCompare(y.country) || byProvision().compare(x.provisionId, y.provisionId),
  );
  return {
    from: { id: from.id, name: from.name, createdAt: from.createdAt },
    to: { id: to.id, name: to.name, createdAt: to.createdAt },
    changes,
  };
}
