import { type CSSProperties, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { coverageDate, lawsNotCountedText } from '../../shared/export/as-of';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../shared/model';
import { cellMarks, cellTitle } from '../../shared/matrix/cell-marks';
import { LEVEL_STYLES, RATIFICATION_LABELS } from '../../shared/matrix/level-styles';
import { reservationTexts } from '../../shared/matrix/ratification-text';
import type { MatrixCell, MatrixRow } from '../../shared/matrix/types';
import { columnOfCell } from '../../shared/recommendations/recommendation-rules';
import { api } from '../api-client';
import { CellPanel } from '../components/CellPanel';
import { AsOfDate, SplitSubdivisions } from '../components/CoverageOptions';
import { CheckMark } from '../components/CheckPanel';
import { useAsync } from '../components/use-async';
import { mayLeave } from '../leave-guard';
import { useNav } from '../navigation';

/** A level's word beside its count in a column's totals: the cells' own short form, narrow enough to
 * keep the column as wide as its cells (a not-reviewed cell's dot spelled out). */
const totalWord = (level: CoverageLevel) =>
  level === 'not_reviewed' ? 'not reviewed' : LEVEL_STYLES[level].short.toLowerCase();

export function MatrixScreen() {
  const { navigate } = useNav();
  const catalog = useAsync(() => api.listStandards({}), []);
  const [framework, setFramework] = useState('CRC');
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [includeProcedural, setIncludeProcedural] = useState(false);
  const [asOf, setAsOf] = useState('');
  const [split, setSplit] = useState(false);
  // Countries with laws made for a subdivision can be shown split into their subdivisions.
  const laws = useAsync(() => api.listDocuments({}), []);
  const divided = [...new Set((laws.data ?? []).filter((d) => d.jurisdiction).map((d) => d.country))];
  const matrix = useAsync(
    () =>
      api.buildMatrix({
        frameworks: [framework],
        includeProcedural,
        ...(split ? { split: divided } : {}),
        ...(asOf ? { asOf } : {}),
      }),
    [framework, includeProcedural, split, asOf, divided.join()],
  );
  const [open, setOpen] = useState<{ row: MatrixRow; cell: MatrixCell }>();
  const grid = useRef<HTMLDivElement>(null);
  const openKey = open ? `${open.cell.country}/${open.row.provisionId}` : undefined;
  // The grid narrows beside the panel: a cell opened at the right, now past the grid's edge (or under
  // the provision labels held at its left), is scrolled back into view.
  useEffect(() => {
    const area = grid.current;
    const el = openKey ? area?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(openKey)}"]`) : null;
    if (!area || !el) return;
    const label = area.querySelector<HTMLElement>('td.label')?.getBoundingClientRect().right ?? 0;
    const [box, view] = [el.getBoundingClientRect(), area.getBoundingClientRect()];
    const right = view.left + area.clientWidth;
    if (box.right > right) area.scrollBy({ left: box.right - right + 14 });
    else if (box.left < label) area.scrollBy({ left: box.left - label - 4 });
  }, [openKey]);

  // The grid is walked like a spreadsheet's: one cell in the Tab order (the last one focused), the
  // arrows move between cells, Enter or Space opens the panel, and closing it brings the focus back.
  const [active, setActive] = useState<string>();
  const [back, setBack] = useState<string>();
  const cellAt = (key: string) =>
    grid.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(key)}"]`) ?? null;
  useEffect(() => {
    if (open || !back) return;
    cellAt(back)?.focus();
    setBack(undefined);
  }, [open, back]);
  const closePanel = () => {
    setBack(openKey);
    setOpen(undefined);
  };
  // Close, Esc or another cell leave the panel only once a rationale typed and not saved is given up.
  const leavePanel = async () => {
    if (await mayLeave()) closePanel();
  };
  const openCell = async (row: MatrixRow, cell: MatrixCell) => {
    if (`${cell.country}/${row.provisionId}` === openKey || !(await mayLeave())) return;
    setOpen({ row, cell });
  };
  const onCellKey = (e: KeyboardEvent<HTMLElement>, open: () => void) => {
    const td = e.currentTarget;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
      return;
    }
    let next: Element | null | undefined;
    if (e.key === 'ArrowLeft') next = td.previousElementSibling;
    else if (e.key === 'ArrowRight') next = td.nextElementSibling;
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const country = td.dataset.cell?.split('/')[0] ?? '';
      const column = [
        ...(grid.current?.querySelectorAll<HTMLElement>(`[data-cell^="${CSS.escape(country)}/"]`) ?? []),
      ];
      next = column[column.indexOf(td) + (e.key === 'ArrowUp' ? -1 : 1)];
    } else return;
    if (next instanceof HTMLElement && next.dataset.cell) {
      e.preventDefault();
      next.focus();
    }
  };

  // How many recommendations each cell carries, for its marker.
  const recommended = useMemo(() => {
    const counts = new Map<string, number>();
    const keys = new Set((matrix.data?.columns ?? []).map((c) => c.country));
    for (const r of matrix.data?.recommendations ?? [])
      for (const key of new Set(r.cells.map((c) => `${columnOfCell(c, keys)}/${c.provisionId}`)))
        counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  }, [matrix.data]);

  const columns = useMemo(
    () => (matrix.data?.columns ?? []).map((c, i) => ({ c, i })).filter(({ c }) => !hidden.has(c.country)),
    [matrix.data, hidden],
  );

  // The one cell in the Tab order: the last focused while it is shown, else the first shown.
  const tabStop = useMemo(() => {
    const keys = (matrix.data?.groups ?? [])
      .filter((g) => !collapsed.has(`${g.frameworkId}/${g.groupId}`))
      .flatMap((g) =>
        g.rows.flatMap((r) => columns.map(({ i }) => `${r.cells[i].country}/${r.provisionId}`)),
      );
    return active && keys.includes(active) ? active : keys[0];
  }, [matrix.data, collapsed, columns, active]);

  // The toolbar holds a checkbox per country, the count of procedural articles hidden and the
  // Subdivisions switch, all read with the matrix: it is shown once they are there, in its final
  // layout, rather than growing a row under the pointer a moment after the screen opens.
  const ready = [catalog, laws, matrix].every((r) => r.data !== undefined || r.error);
  if (!ready)
    return (
      <div className="content muted" aria-busy="true" data-testid="matrix-reading">
        Reading the matrix…
      </div>
    );

  return (
    <>
      {/* Two rows by design, whatever the switches: the title, the instrument and the countries'
          columns; under them the view options and the legend. Subdivisions adds a column's checkbox to
          the first row, a date the Today button (its place kept), so nothing jumps or wraps anew. */}
      <div className="toolbar matrix-toolbar">
        <h1>Matrix</h1>
        <div className="matrix-choose">
          <select
            aria-label="Instrument"
            value={framework}
            title={catalog.data?.frameworks.find((f) => f.id === framework)?.shortName}
            onChange={(e) => setFramework(e.target.value)}
          >
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
        </div>
        <div className="matrix-view">
          <label
            className="row"
            title="Final clauses and committee machinery: nothing a national law implements"
          >
            <input
              type="checkbox"
              aria-label="Procedural articles"
              checked={includeProcedural}
              onChange={(e) => setIncludeProcedural(e.target.checked)}
            />
            Procedural articles
            {!includeProcedural && matrix.data?.hiddenProcedural ? (
              <span className="muted"> ({matrix.data.hiddenProcedural} hidden)</span>
            ) : null}
          </label>
          {divided.length > 0 && (
            <SplitSubdivisions checked={split} onChange={setSplit}>
              Subdivisions
            </SplitSubdivisions>
          )}
          <AsOfDate value={asOf} onChange={setAsOf}>
            As of
          </AsOfDate>
          {/* Kept in its place while there is no date, so that choosing one moves nothing. */}
          <button
            className={asOf ? undefined : 'kept-place'}
            onClick={() => setAsOf('')}
            title="Coverage as the laws stand today"
            disabled={!asOf}
            aria-hidden={asOf ? undefined : true}
            tabIndex={asOf ? undefined : -1}
          >
            Today
          </button>
          <span className="spacer" />
          <div className="legend">
            {COVERAGE_LEVELS.map((l) => (
              <span key={l}>
                <i className={`swatch lv-${l}`} style={{ background: LEVEL_STYLES[l].fill }} />{' '}
                {LEVEL_STYLES[l].label}
              </span>
            ))}
            {framework === 'CHK' && (
              <span
                className="check-legend"
                title="The value a law states for a checklist item: dashed while proposed, solid once confirmed"
              >
                {/* A tick, not a sample value: "16 proposed check 16 confirmed" read as counts. */}
                <span className="check-mark proposed">✓</span> proposed check{' '}
                <span className="check-mark confirmed">✓</span> confirmed
              </span>
            )}
          </div>
        </div>
      </div>
      {/* The panel opens below the toolbar, so the toolbar keeps its width and height and the grid
          stays where it was under the pointer. */}
      <div className="below-toolbar">
        <div className={`content${open ? ' beside-drawer' : ''}`} ref={grid}>
          {matrix.error && <div className="error">{matrix.error}</div>}
          {matrix.data && (matrix.data.asOf || matrix.data.lawsNotCounted.length > 0) && (
            <div className="as-of" data-testid="as-of">
              <b>{coverageDate(matrix.data)}.</b> {lawsNotCountedText(matrix.data)}
            </div>
          )}
          {matrix.data && matrix.data.columns.length === 0 && (
            <div className="muted">Import laws to see countries here.</div>
          )}
          {matrix.data && (
            <table
              className="heat"
              data-testid="matrix"
              style={{ '--columns': columns.length } as CSSProperties}
            >
              <thead>
                <tr>
                  <th>Standard</th>
                  {columns.map(({ c }) => (
                    <th key={c.country} title={c.name} data-column={c.country}>
                      {c.country}
                      {(c.subdivision || c.nationalOnly) && (
                        <div className="column-name">{c.nationalOnly ? 'national laws' : c.name}</div>
                      )}
                      <div className="muted" style={{ fontWeight: 400 }}>
                        {c.ratifications
                          .map(
                            (r) =>
                              `${RATIFICATION_LABELS[r.status]}${r.since ? ` ${r.since.slice(0, 4)}` : ''}${r.verified ? '' : ' (unverified)'}`,
                          )
                          .join(', ')}
                      </div>
                      {c.ratifications.flatMap((r) =>
                        r.reservations.map((x, i) => (
                          <div
                            key={`${r.frameworkId}-${i}`}
                            className="reservation"
                            title={x.summary}
                            data-testid={`reservation-${c.country}`}
                          >
                            {r.frameworkId} {reservationTexts(r)[i]}
                          </div>
                        )),
                      )}
                    </th>
                  ))}
                </tr>
                <tr>
                  <th className="muted" title="Standards at each level in the country's column">
                    Totals by level
                  </th>
                  {columns.map(({ c }) => (
                    <th
                      key={c.country}
                      className="totals"
                      data-totals={c.country}
                      title={COVERAGE_LEVELS.map((l) => `${LEVEL_STYLES[l].label}: ${c.totals[l]}`).join(
                        '\n',
                      )}
                    >
                      {/* Every level with a count, Contradicts too, in the legend's colours and words. */}
                      {COVERAGE_LEVELS.filter((l) => c.totals[l] > 0).map((l) => (
                        <span key={l} className="total" data-level={l}>
                          <i className={`swatch lv-${l}`} style={{ background: LEVEL_STYLES[l].fill }} />
                          <span>
                            <b>{c.totals[l]}</b> <span className="total-word">{totalWord(l)}</span>
                          </span>
                        </span>
                      ))}
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
                        setCollapsed(
                          (s) => new Set(s.has(key) ? [...s].filter((x) => x !== key) : [...s, key]),
                        )
                      }
                    >
                      <td colSpan={columns.length + 1}>
                        <span className="group-title">
                          {collapsed.has(key) ? '▸' : '▾'} {g.title}{' '}
                          <span className="muted">({g.rows.length})</span>
                        </span>
                      </td>
                    </tr>,
                    ...(collapsed.has(key)
                      ? []
                      : g.rows.map((r) => (
                          <tr key={r.provisionId}>
                            <td className="label" title={r.verified ? r.title : `${r.title} (unverified)`}>
                              <div className="label-text">
                                <b>{r.provisionId}</b> {r.title}
                                {!r.verified && (
                                  <span className="badge unverified" title={r.unverifiedNote ?? undefined}>
                                    unverified
                                  </span>
                                )}
                                {r.procedural && <span className="badge procedural">procedural</span>}
                              </div>
                            </td>
                            {columns.map(({ i }) => {
                              const cell = r.cells[i];
                              const style = LEVEL_STYLES[cell.level];
                              const recs = recommended.get(`${cell.country}/${r.provisionId}`) ?? 0;
                              // The clauses behind the cell and its `?` and `!`, as the HTML report marks them.
                              const { cites, uncited, stale } = cellMarks(cell);
                              const cellKey = `${cell.country}/${r.provisionId}`;
                              return (
                                <td
                                  key={cell.country}
                                  tabIndex={cellKey === tabStop ? 0 : -1}
                                  onFocus={() => setActive(cellKey)}
                                  onKeyDown={(e) => onCellKey(e, () => void openCell(r, cell))}
                                  className={`cell lv-${cell.level}${openKey === `${cell.country}/${r.provisionId}` ? ' open' : ''}`}
                                  data-cell={`${cell.country}/${r.provisionId}`}
                                  data-level={cell.level}
                                  data-recommendations={recs || undefined}
                                  data-uncited={uncited || undefined}
                                  data-stale={stale || undefined}
                                  data-check={
                                    cell.check ? `${cell.check.status}/${cell.check.verdict}` : undefined
                                  }
                                  style={{ background: style.fill, color: style.ink }}
                                  title={`${cellTitle(r.provisionId, cell)}${recs ? ` · ${recs} recommendation${recs > 1 ? 's' : ''}` : ''}`}
                                  onClick={() => void openCell(r, cell)}
                                >
                                  {style.short}
                                  {cell.override ? ' ✎' : ''}
                                  {cites ? ` ${cites}` : ''}
                                  {uncited && <span className="uncited-mark"> ?</span>}
                                  {stale > 0 && <span className="stale-mark"> !</span>}
                                  {recs > 0 && <span className="rec-mark">R{recs > 1 ? recs : ''}</span>}
                                  {cell.check &&
                                    (cell.check.found !== null || cell.check.status !== 'proposed') && (
                                      <CheckMark check={cell.check} />
                                    )}
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
          <CellPanel
            // Another cell opens a fresh panel: a rating's level, rationale and clauses never carry over.
            key={`${open.cell.country}/${open.row.provisionId}`}
            row={open.row}
            cell={open.cell}
            onClose={() => void leavePanel()}
            onCheckDecided={() => {
              matrix.reload();
              void leavePanel();
            }}
            onSaved={() => {
              closePanel();
              matrix.reload();
            }}
            onRecommendationsChanged={matrix.reload}
            onOpenClause={(documentId, clauseId) => navigate({ screen: 'document', documentId, clauseId })}
            onReview={(s) =>
              navigate({ screen: 'review', suggestionId: s.id, country: s.country, framework: s.frameworkId })
            }
          />
        )}
      </div>
    </>
  );
}
