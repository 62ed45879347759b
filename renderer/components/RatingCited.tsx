// A saved rating's grounds in the cell panel: the clauses it cites (each opens in the Document
// screen), in the rating's card and among the cell's evidence, or, for a Contradicts resting on no
// clause at all, a mark saying so.
import { citePrintedPage } from '../../shared/coverage/cite-clause';
import { citesNoClause, NO_CLAUSE_CITED } from '../../shared/coverage/rating';
import type { MatrixCell } from '../../shared/matrix/types';

export function RatingCited(props: {
  cell: MatrixCell;
  onOpenClause: (documentId: string, clauseId: string) => void;
}) {
  const cited = props.cell.override?.citedClauses ?? [];
  if (citesNoClause(props.cell))
    return (
      <div className="conflict" data-testid="rating-no-clause">
        <span className="badge uncited">{NO_CLAUSE_CITED}</span> Nothing in the laws is cited for this
        Contradicts: cite the clause that goes against the standard below.
      </div>
    );
  if (!cited.length) return null;
  return (
    <div data-testid="rating-cited">
      Clauses cited:{' '}
      {cited.map((c, i) => (
        <span key={c.clauseId}>
          {i > 0 && '; '}
          <a href="#" onClick={(e) => (e.preventDefault(), props.onOpenClause(c.documentId, c.clauseId))}>
            {c.citation}
          </a>{' '}
          <span className="muted">({citePrintedPage(c.page, c.printedPage)})</span>
        </span>
      ))}
    </div>
  );
}

/** The clauses the rating cites, listed with the cell's evidence: citation, page and their words. */
export function RatingEvidence(props: {
  cell: MatrixCell;
  onOpenClause: (documentId: string, clauseId: string) => void;
}) {
  const override = props.cell.override;
  return (
    <>
      {(override?.citedClauses ?? []).map((c) => (
        <div key={c.clauseId} className="card" style={{ padding: 8 }} data-testid="rating-evidence">
          <div className="row">
            <a href="#" onClick={(e) => (e.preventDefault(), props.onOpenClause(c.documentId, c.clauseId))}>
              {c.citation}
            </a>
            <span className="muted">{citePrintedPage(c.page, c.printedPage)}</span>
            <span style={{ flex: 1 }} />
            <span className="badge">cited by the rating</span>
          </div>
          <blockquote className="quote">
            {c.clauseText.length > 400 ? `${c.clauseText.slice(0, 400)}…` : c.clauseText}
          </blockquote>
          <div className="muted" style={{ fontSize: 11 }}>
            {override?.reviewer} {override?.at.slice(0, 10)}
          </div>
        </div>
      ))}
    </>
  );
}
