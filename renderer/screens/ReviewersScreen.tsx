import { useState } from 'react';
import type { Disagreement } from '../../shared/api/contract';
import type { ReviewerDecision, TagCoverage } from '../../shared/model';
import type { AgreementFigures } from '../../shared/review/agreement';
import { clauseLabel } from '../../shared/review/describe-review';
import { api } from '../api-client';
import { useAsync } from '../components/use-async';
import { useNav } from '../navigation';
import { errorMessage } from '../error-message';

const decisionText = (d: Pick<ReviewerDecision, 'status' | 'coverage'>) =>
  d.status === 'rejected' ? 'Rejected' : `Accepted (${d.coverage ?? 'full'})`;
const figure = (x: number | null) => (x === null ? '—' : x.toFixed(3));

/** One disagreement: each reviewer's decision and note side by side, and the lead's three ways to resolve it. */
function DisagreementCard({
  d,
  canResolve,
  onResolve,
}: {
  d: Disagreement;
  canResolve: boolean;
  onResolve: (d: Disagreement, decision: 'accept' | 'reject', coverage?: TagCoverage) => void;
}) {
  const { navigate } = useNav();
  return (
    <div className="card disagreement" data-testid="disagreement" data-suggestion={d.suggestionId}>
      <div className="row">
        <span className="badge">{d.country}</span>
        <b>
          {d.documentTitle}, {clauseLabel(d.clauseKind, d.clauseNumber)}
        </b>
        <span className="muted">{d.clauseHeading}</span>
        <span className="badge fw">{d.provisionId}</span>
        <span>{d.provisionTitle}</span>
        <span className={`badge ${d.state === 'open' ? 'rejected' : 'accepted'}`}>{d.state}</span>
      </div>
      <table className="grid opinions">
        <thead>
          <tr>
            {d.decisions.map((r) => (
              <th key={r.reviewer}>{r.reviewer}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {d.decisions.map((r) => (
              <td key={r.reviewer}>
                <b>{decisionText(r)}</b> <span className="muted small">{r.at.slice(0, 10)}</span>
                {r.note && <div className="note">{r.note}</div>}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="row">
        <span className="muted">
          Stands:{' '}
          {d.effective.status === 'suggested'
            ? 'undecided (not counted in the matrix)'
            : `${decisionText({ status: d.effective.status, coverage: d.effective.coverage })} by ${d.effective.reviewer}`}
        </span>
        <span style={{ flex: 1 }} />
        <button
          onClick={() => navigate({ screen: 'document', documentId: d.documentId, clauseId: d.clauseId })}
        >
          Open clause
        </button>
        <button disabled={!canResolve} onClick={() => onResolve(d, 'accept', 'full')}>
          Accept (full)
        </button>
        <button disabled={!canResolve} onClick={() => onResolve(d, 'accept', 'partial')}>
          Accept (partial)
        </button>
        <button disabled={!canResolve} onClick={() => onResolve(d, 'reject')}>
          Reject
        </button>
      </div>
    </div>
  );
}

function AgreementTable({ figures }: { figures: AgreementFigures[] }) {
  return (
    <table className="grid" data-testid="agreement">
      <thead>
        <tr>
          <th>Over</th>
          <th className="num">Krippendorff&apos;s alpha</th>
          <th className="num">n units</th>
          <th>Cohen&apos;s kappa per pair (n units both decided)</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={`${f.scope}:${f.key}`}>
            <td>
              {f.scope === 'all' ? <b>{f.label}</b> : f.label}
              {f.scope !== 'all' && <span className="muted small"> {f.scope}</span>}
            </td>
            <td className="num">{figure(f.alpha.alpha)}</td>
            <td className="num">{f.alpha.units}</td>
            <td>
              {f.pairs.length
                ? f.pairs.map((p) => `${p.reviewers.join(' / ')}: ${figure(p.kappa)} (${p.n})`).join('; ')
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The figures, or, while no two reviewers have decided the same suggestion, why there are none yet. */
function Agreement({ figures }: { figures: AgreementFigures[] }) {
  const all = figures.find((f) => f.scope === 'all');
  if (all && all.alpha.units > 0) return <AgreementTable figures={figures} />;
  const names = all?.reviewers ?? [];
  const why =
    names.length === 0
      ? 'No decision yet.'
      : names.length === 1
        ? `Only ${names[0]} has decided so far.`
        : `${names.join(', ')} have decided no suggestion in common yet.`;
  return (
    <p data-testid="agreement-none">
      {why} Agreement is figured once a second reviewer (a returned review package, another analyst) has
      decided some of the same suggestions.
    </p>
  );
}

export function ReviewersScreen() {
  const { refreshStatus } = useNav();
  const countries = useAsync(() => api.listCountries({}), []);
  const [country, setCountry] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const [message, setMessage] = useState('');
  const settings = useAsync(() => api.getSettings({}), []);
  const list = useAsync(
    () => api.listDisagreements({ ...(country ? { country } : {}), includeResolved: showResolved }),
    [country, showResolved],
  );
  const agreement = useAsync(() => api.getAgreement(country ? { country } : {}), [country]);
  const you = settings.data?.reviewerName ?? '';
  const lead = list.data?.lead ?? '';
  const canResolve = you !== '' && you === lead;

  const resolve = async (d: Disagreement, decision: 'accept' | 'reject', coverage?: TagCoverage) => {
    try {
      await api.reviewSuggestions({ ids: [d.suggestionId], decision, ...(coverage ? { coverage } : {}) });
      setMessage(
        `Resolved ${d.provisionId} on ${d.documentTitle}, ${clauseLabel(d.clauseKind, d.clauseNumber)}`,
      );
      list.reload();
      agreement.reload();
      void refreshStatus();
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  return (
    <>
      <div className="toolbar">
        <h1>Reviewers</h1>
        <select aria-label="Country" value={country} onChange={(e) => setCountry(e.target.value)}>
          <option value="">All countries</option>
          {(countries.data ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <label className="row">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          Show resolved
        </label>
        <span className="muted" data-testid="disagreement-count">
          {list.data ? `${list.data.open} open · ${list.data.resolved} resolved · lead: ${lead}` : ''}
        </span>
      </div>
      <div className="content">
        {list.error && <div className="error">{list.error}</div>}
        {message && <div className="muted">{message}</div>}
        {list.data && !canResolve && list.data.disagreements.length > 0 && (
          <p className="muted">
            Only the lead reviewer&apos;s decision resolves a disagreement: you are {you || '—'}, the lead is{' '}
            {lead} (Settings).
          </p>
        )}
        <h2>Disagreements</h2>
        {list.data?.disagreements.length === 0 && (
          <p className="muted">
            {showResolved
              ? 'No disagreement: reviewers differ on no clause and standard.'
              : 'No open disagreement: no clause and standard on which reviewers differ is left to resolve.'}
          </p>
        )}
        {list.data?.disagreements.map((d) => (
          <DisagreementCard key={d.suggestionId} d={d} canResolve={canResolve} onResolve={resolve} />
        ))}
        <h2 style={{ marginTop: 16 }}>Agreement</h2>
        <p className="muted">
          Over the units reviewers decided: a suggestion nobody decided is not counted, and one that only one
          reviewer decided counts for no pair.
        </p>
        {agreement.data && <Agreement figures={agreement.data.figures} />}
      </div>
    </>
  );
}
