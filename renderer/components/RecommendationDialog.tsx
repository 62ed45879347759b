// The form for one recommendation, new or existing: its cells (as `PK/CRC.19; PK-PB/CRC.19`), what to
// do, who, by when, and the evidence it rests on, chosen from the cell's cited clauses and the laws.
import { useState } from 'react';
import type { RecommendationInput } from '../../shared/api/contract';
import {
  formatCellRef,
  parseCellRef,
  recommendationProblem,
} from '../../shared/recommendations/recommendation-rules';
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
  type RecommendationCell,
} from '../../shared/recommendations/types';
import { api } from '../api-client';
import { askConfirm } from './ask';
import { ChoiceSelect } from './ChoiceSelect';
import { Dialog } from './Dialog';
import { errorMessage } from '../error-message';

/** Something the recommendation may rest on: an id the API resolves, and how to show it. */
export interface EvidenceChoice {
  id: string;
  label: string;
  lawDeleted?: boolean;
}

export interface RecommendationDialogProps {
  /** The recommendation to edit; a new one when absent. */
  existing?: Recommendation;
  /** The cells a new one starts with. */
  cells?: RecommendationCell[];
  /** What can be ticked as evidence (the existing evidence is added to it). */
  choices: EvidenceChoice[];
  /** Ids ticked for a new one. */
  preselected?: string[];
  onDone: (changed: boolean) => void;
}

export function RecommendationDialog({
  existing,
  cells,
  choices,
  preselected,
  onDone,
}: RecommendationDialogProps) {
  const [cellText, setCellText] = useState((existing?.cells ?? cells ?? []).map(formatCellRef).join('; '));
  const [type, setType] = useState(existing?.type ?? 'amend');
  const [text, setText] = useState(existing?.text ?? '');
  const [body, setBody] = useState(existing?.responsibleBody ?? '');
  const [priority, setPriority] = useState(existing?.priority ?? 'medium');
  const [targetDate, setTargetDate] = useState(existing?.targetDate ?? '');
  const [status, setStatus] = useState(existing?.status ?? 'proposed');
  const [origin, setOrigin] = useState(existing?.origin ?? 'analysis');
  const [ticked, setTicked] = useState<Set<string>>(
    new Set(existing ? existing.evidence.map((e) => e.id) : (preselected ?? [])),
  );
  const [error, setError] = useState('');
  const all: EvidenceChoice[] = [
    ...(existing?.evidence ?? []).map((e) => ({ id: e.id, label: e.citation, lawDeleted: e.lawDeleted })),
    ...choices.filter((c) => !existing?.evidence.some((e) => e.id === c.id)),
  ];

  const save = async () => {
    const refs = cellText
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const parsed = refs.map(parseCellRef);
    const bad = refs.find((_, i) => !parsed[i]);
    if (bad || !refs.length) {
      setError(
        bad
          ? `“${bad}” is not a cell: write COUNTRY/STANDARD (PK/CRC.19) or PROVINCE/STANDARD (PK-PB/CRC.19).`
          : 'Name at least one cell, e.g. PK/CRC.19.',
      );
      return;
    }
    const cells = parsed as RecommendationCell[];
    // The rule the API applies, checked here first so the form says at once what is missing.
    const problem = recommendationProblem({
      cells,
      type,
      text,
      responsibleBody: null,
      priority,
      targetDate: targetDate.trim() || null,
      status,
      origin,
      evidence: [],
    });
    if (problem) {
      setError(problem);
      return;
    }
    const fields: RecommendationInput = {
      cells,
      type,
      text,
      responsibleBody: body.trim() || null,
      priority,
      targetDate: targetDate.trim() || null,
      status,
      origin,
      evidence: all.filter((c) => ticked.has(c.id)).map((c) => c.id),
    };
    try {
      if (existing)
        await api.updateRecommendation({ id: existing.id, expectedVersion: existing.version, ...fields });
      else await api.addRecommendation(fields);
      onDone(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const remove = async () => {
    if (!existing) return;
    const sure = await askConfirm({
      title: 'Delete this recommendation?',
      message: `Delete “${existing.text}”? The audit log keeps a record.`,
      confirmLabel: 'Delete',
      danger: true,
    });
    if (!sure) return;
    await api.deleteRecommendation({ id: existing.id });
    onDone(true);
  };

  return (
    <Dialog
      title={existing ? 'Recommendation' : 'New recommendation'}
      wide
      testId="recommendation-dialog"
      error={error}
      confirmLabel={existing ? 'Save' : 'Add recommendation'}
      onConfirm={() => void save()}
      onCancel={() => onDone(false)}
      extra={
        existing && (
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete
          </button>
        )
      }
    >
      <div className="keys rec-form">
        <span>Cells</span>
        <input
          aria-label="Cells"
          value={cellText}
          onChange={(e) => (setCellText(e.target.value), setError(''))}
        />
        <span>Type</span>
        <ChoiceSelect
          label="Type"
          values={RECOMMENDATION_TYPES}
          labels={RECOMMENDATION_TYPE_LABELS}
          value={type}
          onChange={(v) => v && setType(v)}
        />
        <span>Recommendation *</span>
        <textarea
          aria-label="Recommendation"
          rows={4}
          placeholder="What should be done, e.g. Raise the minimum age of marriage to 18 for girls and boys."
          value={text}
          onChange={(e) => (setText(e.target.value), setError(''))}
        />
        <span>Responsible body</span>
        <input
          aria-label="Responsible body"
          placeholder="e.g. Ministry of Law and Justice"
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <span>Priority</span>
        <ChoiceSelect
          label="Priority"
          values={RECOMMENDATION_PRIORITIES}
          labels={RECOMMENDATION_PRIORITY_LABELS}
          value={priority}
          onChange={(v) => v && setPriority(v)}
        />
        <span>Target date</span>
        <input
          aria-label="Target date"
          placeholder="2027, 2027-06 or 2027-06-30"
          value={targetDate}
          onChange={(e) => (setTargetDate(e.target.value), setError(''))}
        />
        <span>Status</span>
        <ChoiceSelect
          label="Status"
          values={RECOMMENDATION_STATUSES}
          labels={RECOMMENDATION_STATUS_LABELS}
          value={status}
          onChange={(v) => v && setStatus(v)}
        />
        <span>Origin</span>
        <ChoiceSelect
          label="Origin"
          values={RECOMMENDATION_ORIGINS}
          labels={RECOMMENDATION_ORIGIN_LABELS}
          value={origin}
          onChange={(v) => v && setOrigin(v)}
        />
      </div>
      <h3>Evidence</h3>
      {all.length === 0 && <p className="muted small">No cited clause or law to choose from.</p>}
      <div className="rec-evidence" data-testid="recommendation-evidence">
        {all.map((c) => (
          <label key={c.id} className="row">
            <input
              type="checkbox"
              checked={ticked.has(c.id)}
              onChange={() =>
                setTicked((s) => {
                  const next = new Set(s);
                  if (next.has(c.id)) next.delete(c.id);
                  else next.add(c.id);
                  return next;
                })
              }
            />
            {c.label}
            {c.lawDeleted && <span className="badge deleted-law">law deleted</span>}
          </label>
        ))}
      </div>
    </Dialog>
  );
}
