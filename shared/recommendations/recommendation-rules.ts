// The pure rules of recommendations: how they are written down as cell references, sorted for a
// report (priority first), filtered, and made or changed with the audit entries that record it.
import { ApiError } from '../api/errors';
import { countryOfJurisdiction } from '../jurisdictions/jurisdiction';
import type { AuditedChange, Who } from '../review/audited-change';
import {
  RECOMMENDATION_PRIORITIES,
  TARGET_DATE_PATTERN,
  type Recommendation,
  type RecommendationCell,
  type RecommendationOrigin,
  type RecommendationPriority,
  type RecommendationStatus,
  type RecommendationType,
} from './types';

/** `PK/CRC.19`, or `PK-PB/CRC.19` for a subdivision: the form the CLI takes and the exports print. */
export function formatCellRef(cell: RecommendationCell): string {
  return `${cell.subdivision ?? cell.country}/${cell.provisionId}`;
}

const CELL_REF = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?\/(\S+)$/;

/** The cell a reference names, or null when it is not of the form `PK/CRC.19` or `PK-PB/CRC.19`. */
export function parseCellRef(ref: string): RecommendationCell | null {
  const m = CELL_REF.exec(ref.trim());
  if (!m) return null;
  const country = m[1].toUpperCase();
  return {
    country,
    subdivision: m[2] ? `${country}-${m[2].toUpperCase()}` : null,
    provisionId: m[3],
  };
}

/** The cell a matrix column stands for: a country column (`PK`) or a subdivision's (`PK-IS`). */
export function cellOfColumn(column: string, provisionId: string): RecommendationCell {
  const country = countryOfJurisdiction(column);
  return { country, subdivision: column.length > 2 ? column : null, provisionId };
}

/**
 * The matrix column a recommendation's cell shows in, among `columns`: its subdivision's where the
 * country is split, else its country's (a province's recommendation belongs to the country too).
 */
export function columnOfCell(cell: RecommendationCell, columns: ReadonlySet<string>): string | null {
  if (cell.subdivision && columns.has(cell.subdivision)) return cell.subdivision;
  return columns.has(cell.country) ? cell.country : null;
}

const cellKey = (c: RecommendationCell) => `${c.country}\u0000${c.subdivision ?? ''}\u0000${c.provisionId}`;

/** The recommendation is attached to this cell (a subdivision's recommendation belongs to its country's cell too). */
export function attachedTo(r: Recommendation, country: string, provisionId: string): boolean {
  return r.cells.some((c) => c.country === country && c.provisionId === provisionId);
}

/** Each evidence entry marked by whether its law is still among `lawIds` (the library's). */
export function markDeletedLaws(
  list: readonly Recommendation[],
  lawIds: ReadonlySet<string>,
): Recommendation[] {
  return list.map((r) => ({
    ...r,
    evidence: r.evidence.map((e) => ({ ...e, lawDeleted: !lawIds.has(e.documentId) })),
  }));
}

export function citesDeletedLaw(r: Recommendation): boolean {
  return r.evidence.some((e) => e.lawDeleted);
}

const PRIORITY_RANK = new Map<string, number>(RECOMMENDATION_PRIORITIES.map((p, i) => [p, i]));

/** Report order: priority, then the nearest target date (none last), then the first cell, then age. */
export function compareRecommendations(a: Recommendation, b: Recommendation): number {
  const byDate =
    a.targetDate === b.targetDate
      ? 0
      : a.targetDate === null
        ? 1
        : b.targetDate === null
          ? -1
          : a.targetDate.localeCompare(b.targetDate);
  return (
    PRIORITY_RANK.get(a.priority)! - PRIORITY_RANK.get(b.priority)! ||
    byDate ||
    formatCellRef(a.cells[0]).localeCompare(formatCellRef(b.cells[0])) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

export function sortRecommendations(list: readonly Recommendation[]): Recommendation[] {
  return [...list].sort(compareRecommendations);
}

export interface RecommendationFilter {
  country?: string;
  subdivision?: string;
  provisionId?: string;
  /** Only those attached to a provision of this framework (`CRC`). */
  framework?: string;
  type?: RecommendationType;
  priority?: RecommendationPriority;
  status?: RecommendationStatus;
  origin?: RecommendationOrigin;
  /** Only those whose evidence cites this law. */
  documentId?: string;
  /** Only those citing a law no longer in the library. */
  citesDeletedLaw?: boolean;
}

export function filterRecommendations(
  list: readonly Recommendation[],
  f: RecommendationFilter,
): Recommendation[] {
  const cellMatches = (c: RecommendationCell) =>
    (!f.country || c.country === f.country) &&
    (!f.subdivision || c.subdivision === f.subdivision) &&
    (!f.provisionId || c.provisionId === f.provisionId) &&
    (!f.framework || c.provisionId.startsWith(`${f.framework}.`));
  return sortRecommendations(
    list.filter(
      (r) =>
        r.cells.some(cellMatches) &&
        (!f.type || r.type === f.type) &&
        (!f.priority || r.priority === f.priority) &&
        (!f.status || r.status === f.status) &&
        (!f.origin || r.origin === f.origin) &&
        (!f.documentId || r.evidence.some((e) => e.documentId === f.documentId)) &&
        (f.citesDeletedLaw === undefined || citesDeletedLaw(r) === f.citesDeletedLaw),
    ),
  );
}

/** What an analyst writes; the evidence comes resolved (the handler looks its ids up). */
export type RecommendationFields = Omit<
  Recommendation,
  'id' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt'
>;

/** Why these fields cannot be saved, or null when they can. */
export function recommendationProblem(f: RecommendationFields): string | null {
  if (!f.cells.length) return 'A recommendation needs at least one cell (country and standard).';
  for (const c of f.cells) {
    if (c.subdivision !== null && !c.subdivision.startsWith(`${c.country}-`))
      return `The subdivision ${c.subdivision} is not in ${c.country}.`;
  }
  if (!f.text.trim()) return 'A recommendation needs its text: what should be done.';
  if (f.targetDate !== null && !TARGET_DATE_PATTERN.test(f.targetDate))
    return `The target date “${f.targetDate}” is not a date: write a year, year-month or date (2027, 2027-06, 2027-06-30), or leave it empty.`;
  return null;
}

function normalized(f: RecommendationFields): RecommendationFields {
  const seen = new Set<string>();
  const cells = f.cells.filter((c) => !seen.has(cellKey(c)) && seen.add(cellKey(c)));
  const ids = new Set<string>();
  const evidence = f.evidence.filter((e) => !ids.has(e.id) && ids.add(e.id));
  const body = f.responsibleBody?.trim();
  return { ...f, cells, evidence, text: f.text.trim(), responsibleBody: body ? body : null };
}

const audit = (who: Who, action: string, id: string, before: unknown, after: unknown) => ({
  actor: who.actor,
  action,
  entity: 'recommendation',
  entityId: id,
  before,
  after,
});

export function addRecommendation(
  id: string,
  fields: RecommendationFields,
  who: Who,
): AuditedChange<Recommendation> {
  const problem = recommendationProblem(fields);
  if (problem) throw new ApiError('invalid_args', problem);
  const value: Recommendation = {
    id,
    ...normalized(fields),
    createdBy: who.actor,
    createdAt: who.at,
    updatedBy: who.actor,
    updatedAt: who.at,
  };
  return { value, audit: [audit(who, 'add', id, null, value)] };
}

export function editRecommendation(
  before: Recommendation,
  patch: Partial<RecommendationFields>,
  who: Who,
): AuditedChange<Recommendation> {
  const { id, createdBy, createdAt, updatedBy: _by, updatedAt: _at, ...current } = before;
  // A field given as undefined is a field not given: it keeps its value.
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const fields = normalized({ ...current, ...given });
  const problem = recommendationProblem(fields);
  if (problem) throw new ApiError('invalid_args', problem);
  const value: Recommendation = {
    id,
    ...fields,
    createdBy,
    createdAt,
    updatedBy: who.actor,
    updatedAt: who.at,
  };
  return { value, audit: [audit(who, 'update', id, before, value)] };
}

export function deleteRecommendation(before: Recommendation, who: Who): AuditedChange<boolean> {
  return { value: true, audit: [audit(who, 'delete', before.id, before, null)] };
}

/** A recommendation brought in from an exported file: recorded as imported, whoever wrote it. */
export function importRecommendation(
  incoming: Recommendation,
  before: Recommendation | null,
  who: Who,
): AuditedChange<Recommendation> {
  const problem = recommendationProblem(incoming);
  if (problem) throw new ApiError('invalid_args', `${incoming.id}: ${problem}`);
  return { value: incoming, audit: [audit(who, 'import', incoming.id, before, incoming)] };
}

/** The audit entries that record a law's deletion on each recommendation citing it. */
export function lawDeletedAudit(
  citing: readonly Recommendation[],
  law: { id: string; title: string },
  who: Who,
) {
  return citing.map((r) => audit(who, 'law-deleted', r.id, null, { documentId: law.id, title: law.title }));
}
