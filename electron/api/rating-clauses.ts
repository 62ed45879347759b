// The clauses an analyst cites as the grounds of a rating, looked up and cited as they read now: each
// must be a clause of a law that applies in the rated column.
import { ApiError } from '../../shared/api/errors';
import { citeClauseOf } from '../../shared/coverage/cite-clause';
import type { DocumentRecord, RatingClause } from '../../shared/model';
import type { StoreReads } from '../store/store';

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
    const labels = await tx.getPageLabels(law.id);
    cited.push({
      clauseId: clause.id,
      documentId: law.id,
      documentTitle: law.title,
      clauseNumber: clause.number,
      citation: citeClauseOf(law, clause),
      page: clause.pageStart,
      printedPage: labels?.[clause.pageStart - 1] ?? null,
      clauseText: clause.text,
    });
  }
  return cited;
}
