// The clauses a rating cites, in the panel's rating form: the chosen ones (each removable), a button
// opening the picker, and a warning where a Contradicts would cite none.
import { useState } from 'react';
import { citedGone } from '../../shared/coverage/cited-now';
import { NO_CLAUSE_CITED } from '../../shared/coverage/rating';
import type { CoverageLevel, DocumentRecord } from '../../shared/model';
import { type ChosenClause, ClausePicker } from './ClausePicker';
import { CitedChange } from './RatingCited';

export function RatingClauses(props: {
  laws: readonly DocumentRecord[];
  level: CoverageLevel;
  /** Whether a Contradicts is grounded otherwise (a confirmed check citing clauses; an accepted tag is not). */
  citedOtherwise: boolean;
  chosen: readonly ChosenClause[];
  onChange: (chosen: ChosenClause[]) => void;
  onOpenClause: (documentId: string, clauseId: string) => void;
}) {
  const [picking, setPicking] = useState(false);
  const { chosen } = props;
  return (
    <div className="keys rating-clauses" data-testid="rating-clauses">
      <span>Clauses cited</span>
      <div>
        {chosen.length > 0 ? (
          <ul className="candidates" data-testid="rating-clauses-chosen">
            {chosen.map((c) => (
              <li key={c.clauseId}>
                {citedGone(c) ? (
                  <span className="cited-gone">{c.citation}</span>
                ) : (
                  <a
                    href="#"
                    onClick={(e) => (e.preventDefault(), props.onOpenClause(c.documentId, c.clauseId))}
                  >
                    {c.citation}
                  </a>
                )}{' '}
                {c.now && (
                  <>
                    <CitedChange c={{ ...c, clauseNumber: c.clauseNumber ?? '' }} />{' '}
                    {citedGone(c) && <span className="muted small">(not cited again when saved)</span>}
                  </>
                )}{' '}
                <button
                  aria-label={`Do not cite ${c.citation}`}
                  onClick={() => props.onChange(chosen.filter((x) => x.clauseId !== c.clauseId))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">
            {props.level === 'contradicts' && !props.citedOtherwise ? (
              <span className="conflict" data-testid="rating-uncited">
                {NO_CLAUSE_CITED[0].toUpperCase() + NO_CLAUSE_CITED.slice(1)}: cite the clause that goes
                against the standard, or the rating is exported as resting on no clause.
              </span>
            ) : (
              'None: cite the clauses the rating rests on.'
            )}
          </p>
        )}
        <button onClick={() => setPicking(true)} disabled={!props.laws.length}>
          Cite clauses…
        </button>
      </div>
      {picking && (
        <ClausePicker
          laws={props.laws}
          chosen={chosen}
          onCancel={() => setPicking(false)}
          onDone={(next) => (props.onChange(next), setPicking(false))}
        />
      )}
    </div>
  );
}
