// The clauses an analyst cites as the grounds of a rating, looked up and cited as they read now: each
// must be a clause of a law that applies in the rated column. Later, the matrix reads them again to
// say which no longer read as cited.
import { ApiError } from '../../shared/api/errors';
import { citedAs, citedNow, type ClauseNow } from '../../shared/coverage/cited-now';
import type { CellOverride, Clause, DocumentRecord, RatingClause } from '../../shared/model';
import type { StoreReads } from '../store/store';

/** The clause with the page number printed on its first page, where its PDF has page labels. */
const withPrintedPage = (clause: Clause, labels: readonly (string | null)[] | undefined): ClauseNow => ({
  ...clause,
  printedPage: labels?.[clause.pageStart - 1] ?? null,
});

export async function ratingClauses(
  tx: StoreReads,
  column: string,
  laws: readonly DocumentRecord[],
  clauseIds: readonly string[],
): Promise<RatingClause[]> {
  const byId = new Map(laws.map((d) => [d.id, d]));
  const cited: RatingClause[] = [];
  for (const id of new Set(clauseIds)) {
    const clause = await tx.getClause(id);
    const law = clause && byId.get(clause.documentId);
    if (!clause) throw new ApiError('not_found', `no clause has the id ${id}`);
    if (!law) {
      const other = await tx.getDocument(clause.documentId);
      throw new ApiError(
        'not_found',
        `clause ${id} is in ${other ? other.title : 'another law'}, which does not apply in ${column}: a rating cites the laws of its own column`,
      );
    }
    cited.push({
      clauseId: clause.id,
      documentId: law.id,
      documentTitle: law.title,
      ...citedAs(law, withPrintedPage(clause, await tx.getPageLabels(law.id))),
    });
  }
  return cited;
}

/** Per store: the cited clauses as last read, while the texts' counter stands (no law or clause changed). */
const kept = new WeakMap<StoreReads, { version: number; clauses: Map<string, ClauseNow | null> }>();

/**
 * The ratings with what became of each clause they cite (shared/coverage/cited-now.ts): each cited
 * clause read as it is now, in the laws as they are now (`documents`).
 */
export async function withCitedNow(
  store: StoreReads,
  ratings: readonly CellOverride[],
  documents: readonly DocumentRecord[],
): Promise<CellOverride[]> {
  if (!ratings.some((r) => r.citedClauses.length)) return [...ratings];
  const version = await store.textVersion();
  let memo = version === null ? undefined : kept.get(store);
  if (version !== null && memo?.version !== version)
    kept.set(store, (memo = { version, clauses: new Map() }));
  const clauses = memo?.clauses ?? new Map<string, ClauseNow | null>();
  const wanted = [...new Set(ratings.flatMap((r) => r.citedClauses.map((c) => c.clauseId)))].filter(
    (id) => !clauses.has(id),
  );
  const labels = new Map<string, Promise<(string | null)[] | undefined>>();
  const labelsOf = (documentId: string) => {
    let l = labels.get(documentId);
    if (!l) labels.set(documentId, (l = store.getPageLabels(documentId)));
    return l;
  };
  await Promise.all(
    wanted.map(async (id) => {
      const clause = await store.getClause(id);
      clauses.set(id, clause ? withPrintedPage(clause, await labelsOf(clause.documentId)) : null);
    }),
  );
  const laws = new Map(documents.map((d) => [d.id, d]));
  return ratings.map((r) =>
    r.citedClauses.length
      ? {
          ...r,
          citedClauses: r.citedClauses.map((c) =>
            citedNow(c, laws.get(c.documentId), clauses.get(c.clauseId) ?? undefined),
          ),
        }
      : r,
  );
}
