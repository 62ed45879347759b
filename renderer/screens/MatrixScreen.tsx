import { useMemo, useState } from 'react';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../shared/model';
import { LEVEL_STYLES, RATIFICATION_LABELS } from '../../shared/matrix/level-styles';
import type { MatrixCell, MatrixRow } from '../../shared/matrix/types';
import { api } from '../api-client';
import { useAsync } from '../components/use-async';
import { useNav } from '../navigation';

export function MatrixScreen() {
  const { navigate } = useNav();
  const catalog = useAsync(() => api.listStandards({}), []);
  const [framework, setFramework] = useState('CRC');
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const matrix = useAsync(() => api.buildMatrix({ frameworks: [framework] }), [framework]);
  const [open, setOpen] = useState<{ row: MatrixRow; cell: MatrixCell }>();

  const columns = useMemo(
    () => (matrix.data?.columns ?? []).map((c, i) => ({ c, i })).filter(({ c }) => !hidden.has(c.country)),
    [matrix.data, hidden],
  );

  return (
    <>
      <div className="toolbar">
        <h1>Matrix</h1>
        <select aria-label="Instrument" value={framework} onChange={(e) => setFramework(e.target.value)}>
          {(catalog.data?.frameworks ?? []).map((f) => (
            <option key={f.id} value={f.id}>
              {f.shortName}
            </option>
          ))}
        </select>
        {(matrix.data?.columns ?? []).map((c) => (
          <label key={c.country} className="row">
            <input
              type="checkbox"
              checked={!hidden.has(c.country)}
              onChange={() =>
                setHidden(
                  (h) =>
                    new Set(h.has(c.country) ? [...h].filter((x) => x !== c.country) : [...h, c.country]),
                )
              }
            />
            {c.country}
          </label>
        ))}
        <span className="spacer" />
        <div className="legend">
          {COVERAGE_LEVELS.map((l) => (
            <span key={l}>
              <i className="swatch" style={{ background: LEVEL_STYLES[l].fill }} /> {LEVEL_STYLES[l].label}
            </span>
          ))}
        </div>
      </div>
      <div className="content">
        {matrix.error && <div className="error">{matrix.error}</div>}
        {matrix.data && matrix.data.columns.length === 0 && (
          <div className="muted">Import laws to see countries here.</div>
        )}
        {matrix.data && (
          <table className="heat" data-testid="matrix">
            <thead>
              <tr>
                <th>Standard</th>
                {columns.map(({ c }) => (
                  <th key={c.country} title={c.name}>
                    {c.country}
                    <div className="muted" style={{ fontWeight: 400 }}>
                      {c.ratifications
                        .map(
                          (r) =>
                            `${RATIFICATION_LABELS[r.status]}${r.since ? ` ${r.since.slice(0, 4)}` : ''}`,
                        )
                        .join(', ')}
                    </div>
                  </th>
                ))}
              </tr>
              <tr>
                <th className="muted">Totals (full / partial / gap)</th>
                {columns.map(({ c }) => (
                  <th key={c.country} className="muted">
                    {c.totals.full} / {c.totals.partial} / {c.totals.gap}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.data.groups.map((g) => {
                const key = `${g.frameworkId}/${g.groupId}`;
                return [
                  <tr
                    key={key}
                    className="group"
                    onClick={() =>
                      setCollapsed((s) => new Set(s.has(key) ? [...s].filter((x) => x !== key) : [...s, key]))
                    }
                  >
                    <td colSpan={columns.length + 1}>
                      {collapsed.has(key) ? '▸' : '▾'} {g.title}{' '}
                      <span className="muted">({g.rows.length})</span>
                    </td>
                  </tr>,
                  ...(collapsed.has(key)
                    ? []
                    : g.rows.map((r) => (
                        <tr key={r.provisionId}>
                          <td className="label" title={r.title}>
                            <b>{r.provisionId}</b> {r.title}
                          </td>
                          {columns.map(({ i }) => {
                            const cell = r.cells[i];
                            const style = LEVEL_STYLES[cell.level];
                            return (
                              <td
                                key={cell.country}
                                className="cell"
                                data-cell={`${cell.country}/${r.provisionId}`}
                                data-level={cell.level}
                                style={{ background: style.fill, color: style.ink }}
                                title={`${cell.country} · ${r.provisionId}: ${style.label}${cell.override ? ' (rated by analyst)' : ''}`}
                                onClick={() => setOpen({ row: r, cell })}
                              >
                                {style.short}
                                {cell.override ? ' ✎' : ''}
                                {cell.evidence.length ? ` ${cell.evidence.length}` : ''}
                              </td>
                            );
                          })}
                        </tr>
                      ))),
                ];
              })}
            </tbody>
          </table>
        )}
      </div>
      {open && (
        <CellDrawer
          row={open.row}
          cell={open.cell}
          onClose={() => setOpen(undefined)}
          onSaved={() => {
            setOpen(undefined);
            matrix.reload();
          }}
          onOpenClause={(documentId, clauseId) => navigate({ screen: 'document', documentId, clauseId })}
        />
      )}
    </>
  );
}

function CellDrawer(props: {
  row: MatrixRow;
  cell: MatrixCell;
  onClose: () => void;
  onSaved: () => void;
  onOpenClause: (documentId: string, clauseId: string) => void;
}) {
  const { row, cell } = props;
  const [level, setLevel] = useState<CoverageLevel>(cell.override?.level ?? cell.level);
  const [rationale, setRationale] = useState(cell.override?.rationale ?? '');
  const [error, setError] = useState('');
  const save = async () => {
    try {
      await api.setCellOverride({ country: cell.country, provisionId: row.provisionId, level, rationale });
      props.onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <aside className="drawer" data-testid="cell-drawer">
      <div className="row">
        <span className="badge fw">{row.provisionId}</span>
        <b style={{ flex: 1 }}>{row.title}</b>
        <button onClick={props.onClose}>Close</button>
      </div>
      <p>
        {cell.country}: <b>{LEVEL_STYLES[cell.level].label}</b>
        {cell.override && (
          <span className="muted"> (analyst rating; from tags: {LEVEL_STYLES[cell.derivedLevel].label})</span>
        )}
      </p>
      <h2>Evidence</h2>
      {cell.evidence.length === 0 && <p className="muted">No accepted clause.</p>}
      {cell.evidence.map((e) => (
        <div key={e.suggestionId} className="card" style={{ padding: 8 }}>
          <div className="row">
            <a href="#" onClick={(ev) => (ev.preventDefault(), props.onOpenClause(e.documentId, e.clauseId))}>
              {e.citation}
            </a>
            <span className="muted">p. {e.page}</span>
            <span style={{ flex: 1 }} />
            <span className="badge accepted">{e.coverage}</span>
          </div>
          <div className="muted" style={{ fontSize: 12, marginTop: 4 }}>
            {e.clauseText.slice(0, 280)}
            {e.clauseText.length > 280 ? '…' : ''}
          </div>
          {e.note && <div style={{ marginTop: 4 }}>Note: {e.note}</div>}
          <div className="muted" style={{ fontSize: 11 }}>
            {e.reviewer} {e.reviewedAt?.slice(0, 10)}
          </div>
        </div>
      ))}
      <h2 style={{ marginTop: 12 }}>Rate this cell</h2>
      <div className="keys">
        <span>Level</span>
        <select aria-label="Level" value={level} onChange={(e) => setLevel(e.target.value as CoverageLevel)}>
          {COVERAGE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_STYLES[l].label}
            </option>
          ))}
        </select>
        <span>Rationale</span>
        <textarea
          aria-label="Rationale"
          rows={4}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
        />
      </div>
      {error && <div className="error">{error}</div>}
      <div className="row" style={{ marginTop: 10, justifyContent: 'flex-end' }}>
        {cell.override && (
          <button
            onClick={async () => {
              await api.clearCellOverride({ country: cell.country, provisionId: row.provisionId });
              props.onSaved();
            }}
          >
            Clear rating
          </button>
        )}
        <button className="primary" onClick={() => void save()}>
          Save rating
        </button>
      </div>
    </aside>
  );
}
