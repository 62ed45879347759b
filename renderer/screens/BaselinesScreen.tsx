// Baselines: freeze the matrix under a name, and see every cell changed since (or between two
// baselines) with its causes; the changes export as a workbook.
import { useMemo, useRef, useState } from 'react';
import { CHANGE_CAUSE_LABELS, type BaselineSummary } from '../../shared/baselines/types';
import { LEVEL_STYLES } from '../../shared/matrix/level-styles';
import type { CoverageLevel } from '../../shared/model';
import { api } from '../api-client';
import { downloadBase64 } from '../components/download';
import { useAsync } from '../components/use-async';
import { errorMessage } from '../error-message';
import { formatDateTime } from '../format-date-time';
import { useMay } from '../permissions';

function Level({ level }: { level: CoverageLevel }) {
  const style = LEVEL_STYLES[level];
  return (
    <span className="level-chip" style={{ background: style.fill, color: style.ink }}>
      {style.label}
    </span>
  );
}

/** A baseline to compare, by name; `today` adds the matrix as it stands now (value ''). */
function BaselineChoice(props: {
  label: string;
  text: string;
  list: BaselineSummary[];
  value: string;
  onChange: (id: string) => void;
  today?: boolean;
}) {
  return (
    <label className="row">
      {props.text}
      <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.today && <option value="">Today</option>}
        {props.list.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function BaselinesScreen() {
  const baselines = useAsync(() => api.listBaselines({}), []);
  const freezing = useMay()('createBaseline');
  const catalog = useAsync(() => api.listStandards({}), []);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const chosen = from || baselines.data?.at(-1)?.id || '';
  const comparison = useAsync(
    async () => (chosen ? api.compareBaselines({ from: chosen, ...(to ? { to } : {}) }) : undefined),
    [chosen, to, baselines.data],
  );
  const titles = useMemo(
    () => new Map((catalog.data?.frameworks ?? []).flatMap((f) => f.provisions.map((p) => [p.id, p.title]))),
    [catalog.data],
  );

  const nameField = useRef<HTMLInputElement>(null);
  const freeze = async () => {
    // Said here in plain words: the placeholder ("Baseline 2026") is an example, not a name.
    if (!name.trim()) {
      setError('Name the baseline first, e.g. “Baseline 2026”: nothing was frozen.');
      nameField.current?.focus();
      return;
    }
    try {
      const made = await api.createBaseline({ name: name.trim() });
      setName('');
      setError('');
      setFrom(made.id);
      baselines.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const exportChanges = async () => {
    const file = await api.exportBaselineComparison({ from: chosen, ...(to ? { to } : {}), format: 'xlsx' });
    downloadBase64(file.fileName, file.dataBase64 ?? '', file.mime);
  };

  return (
    <>
      <div className="toolbar">
        <h1>Baselines</h1>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void freeze();
          }}
        >
          <input
            ref={nameField}
            aria-label="Baseline name"
            placeholder="Baseline 2026"
            value={name}
            onChange={(e) => (setName(e.target.value), setError(''))}
          />
          <button className="primary" type="submit" disabled={!freezing.ok} title={freezing.why}>
            Freeze the matrix
          </button>
        </form>
        <span className="spacer" />
        {!!baselines.data?.length && (
          <>
            <BaselineChoice
              label="From"
              text="Changes since"
              list={baselines.data}
              value={chosen}
              onChange={setFrom}
            />
            <BaselineChoice label="To" text="to" list={baselines.data} value={to} onChange={setTo} today />
            <button onClick={() => void exportChanges()} disabled={!comparison.data}>
              Export changes (.xlsx)
            </button>
          </>
        )}
      </div>
      <div className="content">
        {error && (
          <div className="error" role="alert">
            {error}
          </div>
        )}
        {baselines.data?.length === 0 && (
          <p className="muted">
            No baseline yet. Freezing the matrix keeps every cell&apos;s level, evidence and rating as they
            are now, under a name; later, this screen shows every cell that changed and why.
          </p>
        )}
        {!!baselines.data?.length && (
          <table className="grid baselines" data-testid="baselines">
            <thead>
              <tr>
                <th>Baseline</th>
                <th>Frozen</th>
                <th>By</th>
                <th
                  className="num"
                  title="Country × standard cells of the matrix, each with its level and evidence"
                >
                  Matrix cells
                </th>
                <th
                  className="num"
                  title="Laws in the library when the matrix was frozen, with their titles and status"
                >
                  Laws
                </th>
              </tr>
            </thead>
            <tbody>
              {baselines.data.map((b) => (
                <tr key={b.id} className={b.id === chosen ? 'selected' : undefined}>
                  <td>{b.name}</td>
                  <td>{formatDateTime(b.createdAt)}</td>
                  <td>{b.createdBy}</td>
                  <td className="num">{b.cells}</td>
                  <td className="num">{b.laws}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {comparison.error && <div className="error">{comparison.error}</div>}
        {comparison.data && (
          <>
            <h2 data-testid="changes-title">
              {comparison.data.changes.length} cell{comparison.data.changes.length === 1 ? '' : 's'} changed
              from {comparison.data.from.name} to {comparison.data.to.name}
            </h2>
            {comparison.data.changes.length > 0 && (
              <table className="grid changes" data-testid="changes">
                <thead>
                  <tr>
                    <th>Country</th>
                    <th>Standard</th>
                    <th>Before</th>
                    <th>After</th>
                    <th>Cause</th>
                    <th>What changed</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.data.changes.map((c) => (
                    <tr key={`${c.country}/${c.provisionId}`} data-cell={`${c.country}/${c.provisionId}`}>
                      <td>{c.country}</td>
                      <td>
                        <b>{c.provisionId}</b> {titles.get(c.provisionId)}
                      </td>
                      <td>
                        <Level level={c.before} />
                      </td>
                      <td>
                        <Level level={c.after} />
                      </td>
                      <td data-testid="change-cause">
                        {c.causes.map((x) => CHANGE_CAUSE_LABELS[x]).join(', ')}
                      </td>
                      <td className="small">
                        {c.details.map((d, i) => (
                          <div key={i}>{d}</div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </>
  );
}
