import { useMemo, useState } from 'react';
import { LEVEL_STYLES } from '../../shared/matrix/level-styles';
import type { Provision } from '../../shared/catalog/types';
import { api } from '../api-client';
import { useAsync } from '../components/use-async';

export function StandardsScreen() {
  const catalog = useAsync(() => api.listStandards({}), []);
  const matrix = useAsync(() => api.buildMatrix({}), []);
  const [selectedId, setSelectedId] = useState('CRC.19');
  const [open, setOpen] = useState<Set<string>>(new Set(['CRC']));
  const [filter, setFilter] = useState('');

  const provisions = useMemo(() => {
    const m = new Map<string, Provision>();
    for (const f of catalog.data?.frameworks ?? []) for (const p of f.provisions) m.set(p.id, p);
    return m;
  }, [catalog.data]);
  const selected = provisions.get(selectedId);
  const selectedFramework = catalog.data?.frameworks.find((f) => f.id === selected?.frameworkId);
  const release = catalog.data?.release;
  const unverifiedCount = [...provisions.values()].filter((p) => !p.verified).length;
  const cells = useMemo(() => {
    for (const g of matrix.data?.groups ?? [])
      for (const r of g.rows) if (r.provisionId === selectedId) return r.cells;
    return [];
  }, [matrix.data, selectedId]);
  const q = filter.toLowerCase();

  return (
    <>
      <div className="toolbar">
        <h1>Standards</h1>
        <input placeholder="Filter provisions…" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="spacer" />
        {/* Counted once the catalog is read: until then no "0 instruments · 0 provisions". */}
        <span className="muted" data-testid="catalog-release">
          {catalog.data ? (
            <>
              {release ? `Catalog ${release.version} (${release.released}) · ` : ''}
              {catalog.data.frameworks.length} instruments · {provisions.size} provisions · {unverifiedCount}{' '}
              unverified
            </>
          ) : (
            !catalog.error && 'Reading the catalog…'
          )}
        </span>
        {release && (
          <details className="changelog">
            <summary>Changes</summary>
            {release.changes.map((r) => (
              <div key={r.version}>
                <b>
                  {r.version} ({r.released})
                </b>
                <ul>
                  {r.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        )}
      </div>
      <div className="split" style={{ gridTemplateColumns: '420px 1fr' }}>
        <div className="pane" data-testid="standards-tree">
          {catalog.error && (
            <div className="error" role="alert" style={{ padding: 12 }}>
              {catalog.error}
            </div>
          )}
          {(catalog.data?.frameworks ?? []).map((f) => (
            <div key={f.id}>
              <div
                className="tree-node"
                style={{ fontWeight: 600 }}
                onClick={() =>
                  setOpen((o) => new Set(o.has(f.id) ? [...o].filter((x) => x !== f.id) : [...o, f.id]))
                }
              >
                {open.has(f.id) || q ? '▾' : '▸'} <span className="badge fw">{f.id}</span> {f.shortName}{' '}
                <span className="muted">({f.provisions.length})</span>
              </div>
              {(open.has(f.id) || q) &&
                f.groups.map((g) => {
                  const inGroup = f.provisions.filter(
                    (p) => p.group === g.id && (!q || `${p.id} ${p.title}`.toLowerCase().includes(q)),
                  );
                  if (!inGroup.length) return null;
                  return (
                    <div key={g.id}>
                      <div className="tree-node muted" style={{ paddingLeft: 22 }}>
                        {g.title}
                      </div>
                      {inGroup.map((p) => (
                        <div
                          key={p.id}
                          className={`tree-node${p.id === selectedId ? ' selected' : ''}`}
                          style={{ paddingLeft: 38 }}
                          onClick={() => setSelectedId(p.id)}
                        >
                          <b>{p.number}</b> {p.title}{' '}
                          {!p.verified && <span className="badge">unverified</span>}
                        </div>
                      ))}
                    </div>
                  );
                })}
            </div>
          ))}
        </div>
        <div className="pane content">
          {selected && (
            <>
              <div className="row" style={{ marginBottom: 6 }}>
                <span className="badge fw">{selected.id}</span>
                <h1>{selected.title}</h1>
                {selected.generalPrinciple && <span className="badge accepted">general principle</span>}
              </div>
              <p>{selected.summary}</p>
              {selected.legalTest && (
                <p>
                  <b>Legal test:</b> {selected.legalTest}
                </p>
              )}
              {!selected.verified && <p className="muted">Unverified: {selected.unverifiedNote}</p>}
              {selected.verified && (selected.source ?? selectedFramework?.source) && (
                <p className="muted" data-testid="provision-source">
                  Checked against: {selected.source ?? selectedFramework?.source}
                </p>
              )}
              <h2>Coverage by country</h2>
              <div className="row" style={{ flexWrap: 'wrap', marginBottom: 12 }}>
                {cells.length === 0 && <span className="muted">No countries imported yet.</span>}
                {cells.map((c) => (
                  <span
                    key={c.country}
                    className="badge"
                    style={{ background: LEVEL_STYLES[c.level].fill, color: LEVEL_STYLES[c.level].ink }}
                  >
                    {c.country}: {LEVEL_STYLES[c.level].label}
                  </span>
                ))}
              </div>
              <h2>Cross-references</h2>
              <div className="row" style={{ flexWrap: 'wrap', marginBottom: 12 }}>
                {selected.crossRefs.map((id) => (
                  <button key={id} onClick={() => setSelectedId(id)} title={provisions.get(id)?.title}>
                    {id}
                  </button>
                ))}
                {selected.crossRefs.length === 0 && <span className="muted">none</span>}
              </div>
              <h2>Matching cues</h2>
              <table className="grid">
                <thead>
                  <tr>
                    <th>Lang</th>
                    <th>Phrases</th>
                    <th>Keywords</th>
                    <th>Weakened by</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(selected.cues).map(([lang, cues]) => (
                    <tr key={lang}>
                      <td>
                        <span className="badge">{lang}</span>
                      </td>
                      {[cues.phrases, cues.keywords, cues.negative].map((list, i) => (
                        <td key={i}>
                          {list
                            .map((c) => (typeof c === 'string' ? c : `${c.text} (×${c.weight})`))
                            .join(', ')}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </div>
    </>
  );
}
