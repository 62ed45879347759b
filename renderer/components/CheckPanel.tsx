// A checklist item's measurable check in the cell drawer: the value found against the value required,
// the words of the law that state it, and the analyst's decision (confirm, correct, reject, reset).
import { useState } from 'react';
import { formatFound, formatRequired, parseFound, VERDICT_LABELS } from '../../shared/checks/format-check';
import type { CheckDecision } from '../../shared/checks/review-check';
import {
  CHECK_VERDICTS,
  type CheckEntry,
  type CheckValue,
  type CheckVerdict,
} from '../../shared/checks/types';
import { api } from '../api-client';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';

function foundInput(text: string): CheckValue | null {
  const t = text.trim().toLowerCase();
  const found = t === '' ? null : parseFound(t);
  if (found === undefined) throw new Error(`"${text}" is not an age (0 to 99), present or absent`);
  return found;
}

/** A small mark for the matrix cell: the value found, dashed while only proposed. */
export function CheckMark({ check }: { check: CheckEntry }) {
  const value =
    check.found === null ? '—' : typeof check.found === 'boolean' ? (check.found ? '✓' : '✗') : check.found;
  return (
    <span
      className={`check-mark ${check.status} v-${check.verdict}`}
      title={`${check.status === 'proposed' ? 'Proposed' : 'Confirmed'} check: found ${formatFound(check)}, required ${formatRequired(check)} — ${VERDICT_LABELS[check.verdict]}`}
    >
      {value}
    </span>
  );
}

export function CheckPanel(props: {
  check: CheckEntry;
  onDecided: () => void;
  onOpenClause: (documentId: string, clauseId: string) => void;
}) {
  const { check } = props;
  const reviewing = useMay()('reviewCheck');
  const allowed = { disabled: !reviewing.ok, title: reviewing.why };
  const [found, setFound] = useState(check.found === null ? '' : String(check.found));
  const [verdict, setVerdict] = useState<CheckVerdict>(check.verdict);
  const [error, setError] = useState('');
  const decide = async (decision: CheckDecision) => {
    try {
      setError('');
      await api.reviewCheck({
        country: check.country,
        provisionId: check.provisionId,
        decision,
        ...(decision === 'correct' ? { found: foundInput(found), verdict } : {}),
      });
      props.onDecided();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className={`check-panel ${check.status}`} data-testid="check-panel">
      <h2>
        Measurable check <span className={`badge check-${check.status}`}>{check.status}</span>
      </h2>
      <div className="keys">
        <span>Found</span>
        <b data-testid="check-found">{formatFound(check)}</b>
        <span>Required</span>
        <span>{formatRequired(check)}</span>
        <span>Verdict</span>
        <b className={`v-${check.verdict}`} data-testid="check-verdict">
          {VERDICT_LABELS[check.verdict]}
        </b>
        {check.qualifiers.length > 0 && (
          <>
            <span>Qualified by</span>
            <span>{check.qualifiers.join('; ')}</span>
          </>
        )}
        {check.proposal && (
          <>
            <span>Laws now say</span>
            <span className="muted">
              {formatFound({ found: check.proposal.found, foundBySex: null })} (
              {VERDICT_LABELS[check.proposal.verdict]})
            </span>
          </>
        )}
      </div>
      {check.evidence.map((e, i) => (
        <div key={`${e.clauseId}-${i}`} className={`card check-quote${e.governs ? ' governs' : ''}`}>
          <a href="#" onClick={(ev) => (ev.preventDefault(), props.onOpenClause(e.documentId, e.clauseId))}>
            {e.citation}
          </a>
          {e.value !== undefined && (
            <span className="muted">
              {' '}
              · states {e.value}
              {e.sex ? ` (${e.sex})` : ''}
              {e.governs ? ' · governs' : ''}
            </span>
          )}
          {e.tag && <span className="muted"> · tag {e.tag}</span>}
          <div className="muted quote">{e.words}</div>
        </div>
      ))}
      {check.review && (
        <p className="muted">
          {check.status === 'confirmed' ? 'Confirmed' : 'Rejected'} by {check.review.reviewer},{' '}
          {check.review.at.slice(0, 10)}
          {check.review.note ? ` — ${check.review.note}` : ''}
        </p>
      )}
      <div className="row check-correct">
        <label>
          Value{' '}
          <input aria-label="Value found" value={found} size={6} onChange={(e) => setFound(e.target.value)} />
        </label>
        <select
          aria-label="Verdict"
          value={verdict}
          onChange={(e) => setVerdict(e.target.value as CheckVerdict)}
        >
          {CHECK_VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
        </select>
        <button {...allowed} onClick={() => void decide('correct')}>
          Correct
        </button>
      </div>
      {error && <div className="error">{error}</div>}
      <div className="row" style={{ marginTop: 8, justifyContent: 'flex-end' }}>
        {check.status !== 'proposed' && (
          <button {...allowed} onClick={() => void decide('reset')}>
            Back to proposed
          </button>
        )}
        <button {...allowed} onClick={() => void decide('reject')}>
          Reject
        </button>
        <button {...allowed} className="primary" onClick={() => void decide('confirm')}>
          Confirm
        </button>
      </div>
    </section>
  );
}
