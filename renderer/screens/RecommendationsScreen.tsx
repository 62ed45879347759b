// Every recommendation of the project, by priority, filtered by country, priority, status, type,
// origin or a deleted law cited; a row opens it for editing. New ones are made from a matrix cell.
import { useState } from 'react';
import type { RecommendationQuery } from '../../shared/api/contract';
import { citeLaw } from '../../shared/coverage/cite-clause';
import { formatCellRef } from '../../shared/recommendations/recommendation-rules';
import {
  RECOMMENDATION_ORIGINS,
  RECOMMENDATION_ORIGIN_LABELS,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_PRIORITY_LABELS,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_TYPES,
  RECOMMENDATION_TYPE_LABELS,
  type Recommendation,
} from '../../shared/recommendations/types';
import { api } from '../api-client';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { EvidenceCitations } from '../components/CellRecommendations';
import { RecommendationDialog } from '../components/RecommendationDialog';
import { useAsync } from '../components/use-async';

/** The filters over the fixed lists, in the toolbar's order. */
const FILTERS: {
  key: 'priority' | 'status' | 'type' | 'origin';
  label: string;
  values: readonly string[];
  labels: Readonly<Record<string, string>>;
}[] = [
  {
    key: 'priority',
    label: 'Priority',
    values: RECOMMENDATION_PRIORITIES,
    labels: RECOMMENDATION_PRIORITY_LABELS,
  },
  { key: 'status', label: 'Status', values: RECOMMENDATION_STATUSES, labels: RECOMMENDATION_STATUS_LABELS },
  { key: 'type', label: 'Type', values: RECOMMENDATION_TYPES, labels: RECOMMENDATION_TYPE_LABELS },
  { key: 'origin', label: 'Origin', values: RECOMMENDATION_ORIGINS, labels: RECOMMENDATION_ORIGIN_LABELS },
];

export function RecommendationsScreen() {
  const [filter, setFilter] = useState<RecommendationQuery>({});
  const list = useAsync(() => api.listRecommendations(filter), [JSON.stringify(filter)]);
  const countries = useAsync(() => api.listCountries({}), []);
  const laws = useAsync(() => api.listDocuments({}), []);
  const [editing, setEditing] = useState<Recommendation>();
  const set = <K extends keyof RecommendationQuery>(key: K, value: RecommendationQuery[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));
  // The laws of the recommendation's countries can be cited from here; clauses from the matrix cell.
  const lawChoices = (r: Recommendation) =>
    (laws.data ?? [])
      .filter((d) => r.cells.some((c) => c.country === d.country))
      .map((d) => ({ id: d.id, label: citeLaw(d.title, d.year) }));

  return (
    <>
      <div className="toolbar">
        <h1>Recommendations</h1>
        <select
          aria-label="Country"
          value={filter.country ?? ''}
          onChange={(e) => set('country', e.target.value || undefined)}
        >
          <option value="">All countries</option>
          {(countries.data ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} {c.name}
            </option>
          ))}
        </select>
        {FILTERS.map(({ key, label, values, labels }) => (
          <ChoiceSelect
            key={key}
            label={label}
            values={values}
            labels={labels}
            value={filter[key]}
            any={`Any ${label.toLowerCase()}`}
            onChange={(v) => setFilter((f) => ({ ...f, [key]: v }) as RecommendationQuery)}
          />
        ))}
        <label className="row">
          <input
            type="checkbox"
            aria-label="Cites a deleted law"
            checked={filter.citesDeletedLaw === true}
            onChange={(e) => set('citesDeletedLaw', e.target.checked || undefined)}
          />
          Cites a deleted law
        </label>
        <span className="spacer" />
        <span className="muted">{list.data ? `${list.data.length} shown, by priority` : ''}</span>
      </div>
      <div className="content">
        {list.error && <div className="error">{list.error}</div>}
        {list.data?.length === 0 && (
          <p className="muted">
            No recommendation{Object.values(filter).some((v) => v !== undefined) ? ' matches' : ' yet'}. Add
            one from a cell of the Matrix, or with <code>lexgap recommendations add</code>.
          </p>
        )}
        {!!list.data?.length && (
          <table className="grid recommendations" data-testid="recommendations">
            <thead>
              <tr>
                <th>Priority</th>
                <th>Type</th>
                <th>Cells</th>
                <th>Recommendation</th>
                <th>Responsible body</th>
                <th>Target</th>
                <th>Status</th>
                <th>Origin</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => (
                <tr key={r.id} className="clickable" data-id={r.id} onClick={() => setEditing(r)}>
                  <td>
                    <span className={`badge priority-${r.priority}`}>
                      {RECOMMENDATION_PRIORITY_LABELS[r.priority]}
                    </span>
                  </td>
                  <td>{RECOMMENDATION_TYPE_LABELS[r.type]}</td>
                  <td>
                    {r.cells.map((c, i) => (
                      <div key={i} className="nowrap">
                        {formatCellRef(c)}
                      </div>
                    ))}
                  </td>
                  {/* The evidence under the text it supports, as in a cell's panel: a column of its own
                      pushed the table past a 1,100 px window's edge. */}
                  <td className="rec-text">
                    {r.text}
                    {r.evidence.length > 0 && (
                      <div className="muted small rec-evidence">
                        Rests on: <EvidenceCitations evidence={r.evidence} />
                      </div>
                    )}
                  </td>
                  <td>{r.responsibleBody}</td>
                  <td className="nowrap">{r.targetDate}</td>
                  <td>{RECOMMENDATION_STATUS_LABELS[r.status]}</td>
                  <td>{RECOMMENDATION_ORIGIN_LABELS[r.origin]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {editing && (
        <RecommendationDialog
          existing={editing}
          choices={lawChoices(editing)}
          onDone={(changed) => {
            setEditing(undefined);
            if (changed) list.reload();
          }}
        />
      )}
    </>
  );
}
