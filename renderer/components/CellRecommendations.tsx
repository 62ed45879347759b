// The recommendations attached to one matrix cell, in the cell panel: each with what it rests on
// (a citation whose law was deleted is marked), and the buttons to add one or edit one.
import { useState } from 'react';
import { citeLaw } from '../../shared/coverage/cite-clause';
import type { MatrixCell } from '../../shared/matrix/types';
import { cellOfColumn, citesDeletedLaw } from '../../shared/recommendations/recommendation-rules';
import {
  RECOMMENDATION_ORIGIN_LABELS,
  RECOMMENDATION_PRIORITY_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_TYPE_LABELS,
  type Recommendation,
  type RecommendationEvidence,
} from '../../shared/recommendations/types';
import { api } from '../api-client';
import { type EvidenceChoice, RecommendationDialog } from './RecommendationDialog';
import { useAsync } from './use-async';
import { useMay } from '../permissions';

/** The citations a recommendation rests on; those whose law was deleted say so. */
export function EvidenceCitations({ evidence }: { evidence: readonly RecommendationEvidence[] }) {
  return evidence.map((e, i) => (
    <span key={e.id} className={e.lawDeleted ? 'deleted-citation' : undefined}>
      {i > 0 && '; '}
      {e.citation}
      {e.lawDeleted && ' (law deleted)'}
    </span>
  ));
}

/** One recommendation as a card: the Recommendations screen shows the same. */
export function RecommendationCard({ r, onEdit }: { r: Recommendation; onEdit: () => void }) {
  return (
    <div className="card recommendation" data-testid="recommendation" data-id={r.id}>
      <div className="row">
        <span className={`badge priority-${r.priority}`}>{RECOMMENDATION_PRIORITY_LABELS[r.priority]}</span>
        <b>{RECOMMENDATION_TYPE_LABELS[r.type]}</b>
        <span className="muted">{RECOMMENDATION_STATUS_LABELS[r.status]}</span>
        {citesDeletedLaw(r) && <span className="badge deleted-law">cites a deleted law</span>}
        <span style={{ flex: 1 }} />
        <button onClick={onEdit}>Edit</button>
      </div>
      <div className="rec-text">{r.text}</div>
      <div className="muted small">
        {[
          r.responsibleBody,
          r.targetDate && `by ${r.targetDate}`,
          `from ${RECOMMENDATION_ORIGIN_LABELS[r.origin].toLowerCase()}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {r.evidence.length > 0 && (
        <div className="small">
          Rests on: <EvidenceCitations evidence={r.evidence} />
        </div>
      )}
    </div>
  );
}

export function CellRecommendations(props: { provisionId: string; cell: MatrixCell; onChanged: () => void }) {
  const { provisionId, cell } = props;
  // A subdivision's column (`PK-IS`) lists that province's; a country's lists all of the country's.
  const here = cellOfColumn(cell.country, provisionId);
  const { country, subdivision } = here;
  const list = useAsync(
    () => api.listRecommendations({ country, provisionId, ...(subdivision ? { subdivision } : {}) }),
    [country, subdivision, provisionId],
  );
  const laws = useAsync(() => api.listDocuments({ country }), [country]);
  const [editing, setEditing] = useState<Recommendation | 'new'>();
  const adding = useMay()('addRecommendation');
  // The cell's cited clauses first (ticked for a new one), then the country's laws as a whole.
  const cited: EvidenceChoice[] = cell.evidence.map((e) => ({ id: e.clauseId, label: e.citation }));
  const choices: EvidenceChoice[] = [
    ...cited,
    ...(laws.data ?? []).map((d) => ({ id: d.id, label: citeLaw(d.title, d.year) })),
  ];

  return (
    <div data-testid="cell-recommendations">
      <div className="row" style={{ marginTop: 12 }}>
        <h2 style={{ flex: 1, margin: 0 }}>Recommendations</h2>
        <button disabled={!adding.ok} title={adding.why} onClick={() => setEditing('new')}>
          Add recommendation
        </button>
      </div>
      {list.data?.length === 0 && <p className="muted">None for this cell yet.</p>}
      {list.data?.map((r) => (
        <RecommendationCard key={r.id} r={r} onEdit={() => setEditing(r)} />
      ))}
      {editing && (
        <RecommendationDialog
          existing={editing === 'new' ? undefined : editing}
          cells={[here]}
          choices={choices}
          preselected={cited.map((c) => c.id)}
          onDone={(changed) => {
            setEditing(undefined);
            if (changed) {
              list.reload();
              props.onChanged();
            }
          }}
        />
      )}
    </div>
  );
}
