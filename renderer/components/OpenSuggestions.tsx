// A cell's suggestions nobody has decided yet, best first: each cites its clause (opened in the
// Document screen) and goes to its row in Review, where a decision fills the cell.
import type { SuggestionView } from '../../shared/model';
import { citeClause } from '../../shared/coverage/cite-clause';

export function OpenSuggestionList(props: {
  suggestions: SuggestionView[];
  testId: string;
  /** `overridden`: listed as what a Gap overrides, their scores in the warning colour. */
  overridden?: boolean;
  onOpenClause: (documentId: string, clauseId: string) => void;
  onReview: (s: SuggestionView) => void;
}) {
  return (
    <ul className={`candidates${props.overridden ? ' overridden-list' : ''}`} data-testid={props.testId}>
      {props.suggestions.map((s) => (
        <li key={s.id} data-id={s.id}>
          <a href="#" onClick={(ev) => (ev.preventDefault(), props.onOpenClause(s.documentId, s.clauseId))}>
            {citeClause({ ...s, documentYear: null })}
          </a>{' '}
          <span className="score">{s.score.toFixed(2)}</span>
          {s.clauseHeading && <span className="muted"> {s.clauseHeading}</span>}{' '}
          <button onClick={() => props.onReview(s)} title="Show it in Review to decide it">
            Review
          </button>
        </li>
      ))}
    </ul>
  );
}
