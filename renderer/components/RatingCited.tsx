// A saved rating's grounds in the cell panel: the clauses it cites (each opens in the Document
// screen), in the rating's card and among the cell's evidence, or, for a Contradicts resting on no
// clause at all, a mark saying so. A cited clause that no longer reads as cited is marked as the
// Document screen marks a changed clause, with its words now; one no longer in the law opens nothing
// and says so.
import { citePrintedPage } from '../../shared/coverage/cite-clause';
import { citedChangeText, citedGone } from '../../shared/coverage/cited-now';
import { citesNoClause, NO_CLAUSE_CITED } from '../../shared/coverage/rating';
import type { MatrixCell } from '../../shared/matrix/types';
import type { CitedClause } from '../../shared/model';

type OpenClause = (documentId: string, clauseId: string) => void;

/** The clause's citation as cited: a link to it where it still is, else plain words saying it is gone. */
function CitedLink({ c, onOpenClause }: { c: CitedClause; onOpenClause: OpenClause }) {
  if (citedGone(c))
    return (
      <span className="cited-gone" title={`${c.citation}: ${citedChangeText(c)}; nothing to open`}>
        {c.citation}
      </span>
    );
  return (
    <a href="#" onClick={(e) => (e.preventDefault(), onOpenClause(c.documentId, c.clauseId))}>
      {c.citation}
    </a>
  );
}

/** "changed since rated", "no longer in the law as read now", …, coloured as a version's changes are. */
export function CitedChange({ c }: { c: Pick<CitedClause, 'now' | 'citation' | 'clauseNumber'> }) {
  if (!c.now) return null;
  return (
    <span
      className={`badge ${citedGone(c) ? 'version-removed' : 'version-changed'}`}
      data-testid="cited-change"
    >
      {citedChangeText(c)}
    </span>
  );
}

export function RatingCited(props: { cell: MatrixCell; onOpenClause: OpenClause }) {
  const cited = props.cell.override?.citedClauses ?? [];
  if (citesNoClause(props.cell))
    return (
      <div className="conflict" data-testid="rating-no-clause">
        <span className="badge uncited">{NO_CLAUSE_CITED}</span>{' '}
        {props.cell.evidence.length
          ? 'The clauses accepted for this cell implement the standard; they do not ground this Contradicts'
          : 'Nothing in the laws is cited for this Contradicts'}
        : cite the clause that goes against the standard below.
      </div>
    );
  if (!cited.length) return null;
  const stale = cited.filter((c) => c.now).length;
  return (
    <>
      <div data-testid="rating-cited">
        Clauses cited:{' '}
        {cited.map((c, i) => (
          <span key={c.clauseId}>
            {i > 0 && '; '}
            <CitedLink c={c} onOpenClause={props.onOpenClause} />{' '}
            <span className="muted">({citePrintedPage(c.page, c.printedPage)})</span>
            {c.now && ' '}
            <CitedChange c={c} />
          </span>
        ))}
      </div>
      {stale > 0 && (
        <div className="conflict" data-testid="rating-stale">
          {cited.length === 1
            ? 'The clause cited no longer reads'
            : stale === cited.length
              ? `The ${stale} clauses cited no longer read`
              : `${stale} of the ${cited.length} clauses cited no longer read${stale > 1 ? '' : 's'}`}{' '}
          as when rated: check the rating against the law as it is now. Saving it again cites the clauses as
          they read now.
        </div>
      )}
    </>
  );
}

/** The clauses the rating cites, listed with the cell's evidence: citation, page and their words. */
export function RatingEvidence(props: { cell: MatrixCell; onOpenClause: OpenClause }) {
  const override = props.cell.override;
  return (
    <>
      {(override?.citedClauses ?? []).map((c) => {
        const current = c.now?.change === 'changed' ? c.now.current : null;
        return (
          <div key={c.clauseId} className="card" style={{ padding: 8 }} data-testid="rating-evidence">
            <div className="row">
              <CitedLink c={c} onOpenClause={props.onOpenClause} />
              <span className="muted">{citePrintedPage(c.page, c.printedPage)}</span>
              <span style={{ flex: 1 }} />
              <span className="badge">cited by the rating</span>
            </div>
            {c.now && (
              <div className="small">
                <CitedChange c={c} /> <span className="muted">Its words when rated:</span>
              </div>
            )}
            <blockquote className="quote">
              {c.clauseText.length > 400 ? `${c.clauseText.slice(0, 400)}…` : c.clauseText}
            </blockquote>
            {current && (
              <details className="history-note version-changed" data-testid="cited-reads-now">
                <summary>
                  Reads now ({current.citation}, {citePrintedPage(current.page, current.printedPage)})
                </summary>
                <div className="previous-text">{current.clauseText}</div>
              </details>
            )}
            <div className="muted" style={{ fontSize: 11 }}>
              {override?.reviewer} {override?.at.slice(0, 10)}
            </div>
          </div>
        );
      })}
    </>
  );
}
