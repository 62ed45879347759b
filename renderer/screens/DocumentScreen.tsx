import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Clause, SuggestionView } from '../../shared/model';
import { api } from '../api-client';
import { ClauseCorrections, SplitPointText } from '../components/ClauseCorrections';
import { HighlightedText } from '../components/HighlightedText';
import { ClauseHistory, ClauseHistoryBadges, useLawHistory, VersionsDialog } from '../components/LawHistory';
import { PdfPage } from '../components/PdfPage';
import { StatusBadge } from '../components/SuggestionActions';
import { useAsync } from '../components/use-async';
import { useNav } from '../navigation';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';

// Tagging keeps five candidates of every instrument: the clause shows its best five and the
// reviewed ones until asked for all.
const BEST = 5;

/** Zoom steps, as multiples of the width that fits the column. */
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const stepZoom = (zoom: number, by: 1 | -1) => {
  const i = ZOOMS.findIndex((z) => z >= zoom);
  return ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, (i < 0 ? ZOOMS.length - 1 : i) + by))];
};

export function DocumentScreen() {
  const { route, navigate, refreshStatus } = useNav();
  const may = useMay();
  const decideProps = { disabled: !may('reviewSuggestions').ok, title: may('reviewSuggestions').why };
  const docs = useAsync(() => api.listDocuments({}), []);
  const documentId = route.documentId ?? docs.data?.[0]?.id;
  const clauses = useAsync(async () => (documentId ? api.listClauses({ documentId }) : []), [documentId]);
  const catalog = useAsync(() => api.listStandards({}), []);
  const [selectedId, setSelectedId] = useState<string>();
  const [suggestions, setSuggestions] = useState<SuggestionView[]>([]);
  const [allSuggestions, setAllSuggestions] = useState(false);
  const [page, setPage] = useState(1);
  const [manual, setManual] = useState('');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [splitAt, setSplitAt] = useState<number>();
  const [showVersions, setShowVersions] = useState(false);
  const history = useLawHistory(documentId);
  const listRef = useRef<HTMLDivElement>(null);
  const [fitWidth, setFitWidth] = useState(0);
  const [zoom, setZoom] = useState(1);
  // A callback ref: the pane appears only once a document is known, and its width follows the window.
  const pdfPane = useCallback((el: HTMLDivElement | null) => {
    if (!el) return;
    const fit = () => setFitWidth(Math.max(200, el.clientWidth - 24));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const list = useMemo(() => clauses.data ?? [], [clauses.data]);
  const selected: Clause | undefined = list.find((c) => c.id === (selectedId ?? route.clauseId)) ?? list[0];
  // A link from an older screen (a clause cited, then merged, split or removed) to a clause this law,
  // as read now, does not have: said, rather than its first clause shown as if it were the one.
  const linkedClauseGone =
    selectedId === undefined &&
    route.clauseId !== undefined &&
    clauses.data !== undefined &&
    list.every((c) => c.documentId === documentId && c.id !== route.clauseId);
  const summaries = useMemo(() => {
    const m = new Map<string, string>();
    for (const f of catalog.data?.frameworks ?? []) for (const p of f.provisions) m.set(p.id, p.summary);
    return m;
  }, [catalog.data]);

  const rows = useVirtualizer({
    count: list.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 44,
    overscan: 12,
  });

  useEffect(() => {
    if (!selected) return;
    setSplitAt(undefined);
    setError('');
    setPage(selected.pageStart);
    setAllSuggestions(false);
    api.listSuggestions({ clauseId: selected.id }).then(
      (s) => setSuggestions(s.sort((a, b) => b.score - a.score)),
      (e: unknown) => setError(String(e)),
    );
  }, [selected]);

  const decide = async (s: SuggestionView, decision: 'accept' | 'reject') => {
    const [updated] = await api.reviewSuggestions({ ids: [s.id], decision });
    setSuggestions((all) => all.map((x) => (x.id === s.id ? { ...x, ...updated } : x)));
  };

  const addManual = async () => {
    if (!selected || !manual) return;
    try {
      await api.addManualTag({ clauseId: selected.id, provisionId: manual.trim(), coverage: 'full' });
      setManual('');
      setSuggestions(
        (await api.listSuggestions({ clauseId: selected.id })).sort((a, b) => b.score - a.score),
      );
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const pages = selected
    ? Array.from({ length: selected.pageEnd - selected.pageStart + 1 }, (_, i) => selected.pageStart + i)
    : [];
  const doc = docs.data?.find((d) => d.id === documentId);

  return (
    <>
      <div className="toolbar">
        <h1>Document</h1>
        <select
          aria-label="Document"
          value={documentId ?? ''}
          onChange={(e) => {
            setSelectedId(undefined);
            navigate({ screen: 'document', documentId: e.target.value });
          }}
        >
          {(docs.data ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.country} · {d.title}
            </option>
          ))}
        </select>
        {doc && (
          <span className="muted">
            {doc.pages} pages · {doc.clauses} clauses
          </span>
        )}
        {doc && (
          <button onClick={() => setShowVersions(true)} title="Each text of this law and what it changed">
            Versions ({history.versions.length})
          </button>
        )}
        <span className="spacer" />
        <span className="row" role="group" aria-label="Zoom">
          <button aria-label="Zoom out" title="Zoom out" onClick={() => setZoom((z) => stepZoom(z, -1))}>
            −
          </button>
          <button
            aria-label="Fit to width"
            title="Fit the page to the column"
            className={zoom === 1 ? 'primary' : ''}
            onClick={() => setZoom(1)}
          >
            {zoom === 1 ? 'Fit' : `${Math.round(zoom * 100)}%`}
          </button>
          <button aria-label="Zoom in" title="Zoom in" onClick={() => setZoom((z) => stepZoom(z, 1))}>
            +
          </button>
        </span>
        {selected && (
          <span className="row">
            Page
            {pages.map((p) => (
              <button key={p} className={p === page ? 'primary' : ''} onClick={() => setPage(p)}>
                {p}
              </button>
            ))}
          </span>
        )}
      </div>
      {!documentId && <div className="content muted">Import a law in the Library first.</div>}
      {documentId && (
        // In a narrow window (1,100 px) the clause list and the clause pane give up width before the
        // printed page does, which keeps room to read it beside them; below that (1,024 px) all three
        // narrow so that the clause pane ends inside the window (styles.css, .split.document-split).
        <div className="split document-split">
          <div className="pane" ref={listRef} data-testid="clause-list">
            <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
              {rows.getVirtualItems().map((v) => {
                const c = list[v.index];
                return (
                  <div
                    key={c.id}
                    className={`tree-node${c.id === selected?.id ? ' selected' : ''}`}
                    data-clause={c.number}
                    data-clause-id={c.id}
                    style={{ position: 'absolute', top: v.start, left: 0, right: 0, height: v.size }}
                    onClick={() => setSelectedId(c.id)}
                  >
                    <div className="muted" style={{ fontSize: 11 }}>
                      {c.path.join(' › ') || '\u00a0'}
                    </div>
                    <div>
                      <b>
                        {c.kind === 'schedule' ? '' : c.kind === 'article' ? 'Art. ' : 's. '}
                        {c.number}
                      </b>
                      {/* Before the heading, which a narrow list cuts short. */}
                      <ClauseHistoryBadges history={history} clauseId={c.id} documentId={documentId} />{' '}
                      {c.heading}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
          <div
            className="pane"
            ref={pdfPane}
            data-testid="pdf-pane"
            style={{ background: '#e8ebef', padding: 12, textAlign: 'center' }}
          >
            {selected && fitWidth > 0 && (
              <PdfPage
                documentId={documentId}
                page={page}
                boxes={selected.boxes}
                width={Math.round(fitWidth * zoom)}
              />
            )}
          </div>
          <div className="pane" style={{ padding: 12 }}>
            {linkedClauseGone && (
              <div className="error" role="status" data-testid="clause-gone" style={{ marginBottom: 8 }}>
                The clause this link led to is no longer in the law as read now (merged, split, renumbered or
                removed since): the law is shown from its start.
              </div>
            )}
            {selected && (
              <>
                <h2>
                  {selected.kind} {selected.number}
                  {selected.source === 'ocr' && (
                    <span className="badge ocr" style={{ marginLeft: 6 }}>
                      OCR {selected.ocrConfidence?.toFixed(0)}%
                    </span>
                  )}
                </h2>
                <div style={{ fontWeight: 600, marginBottom: 6 }}>{selected.heading}</div>
                <ClauseHistory
                  history={history}
                  clauseId={selected.id}
                  documentId={documentId}
                  documents={docs.data ?? []}
                  onOpen={(id, clauseId) => {
                    setSelectedId(undefined);
                    navigate({ screen: 'document', documentId: id, ...(clauseId ? { clauseId } : {}) });
                  }}
                />
                <ClauseCorrections
                  clause={selected}
                  next={list[list.indexOf(selected) + 1]}
                  splitAt={splitAt}
                  onChanged={(id, message) => {
                    setSelectedId(id);
                    setNotice(message);
                    clauses.reload();
                    docs.reload();
                    // A split or merge changes the library's count of clauses in the status bar.
                    void refreshStatus();
                  }}
                  onError={setError}
                />
                {notice && (
                  <div className="muted" role="status" style={{ marginBottom: 6 }}>
                    {notice}
                  </div>
                )}
                <SplitPointText onPoint={setSplitAt}>
                  <HighlightedText text={selected.text} terms={suggestions[0]?.matched ?? []} />
                </SplitPointText>
                <h2 style={{ marginTop: 14 }}>Suggested standards</h2>
                {suggestions.length === 0 && (
                  <div className="muted">No suggestions (run suggestions in the Library).</div>
                )}
                {suggestions
                  .filter((s, rank) => allSuggestions || rank < BEST || s.status !== 'suggested')
                  .map((s) => (
                    <div
                      key={s.id}
                      className="card"
                      style={{ padding: 8, marginBottom: 6 }}
                      data-testid="doc-suggestion"
                    >
                      {/* A long checklist id does not squeeze the title into a narrow column: the title
                          then takes a line of its own. */}
                      <div className="row" style={{ flexWrap: 'wrap' }}>
                        <span className="badge fw">{s.provisionId}</span>
                        <span className="grow" style={{ flex: '1 1 10em' }}>
                          {s.provisionTitle}
                        </span>
                        <span className="score">{s.score.toFixed(2)}</span>
                      </div>
                      <div className="muted" style={{ fontSize: 12, margin: '4px 0' }}>
                        {summaries.get(s.provisionId)}
                      </div>
                      <div className="muted" style={{ fontSize: 11 }}>
                        {[...new Set(s.matched.map((m) => m.term))].slice(0, 8).join(' · ')}
                      </div>
                      <div className="row" style={{ marginTop: 4 }}>
                        <StatusBadge s={s} />
                        <span style={{ flex: 1 }} />
                        <button {...decideProps} onClick={() => void decide(s, 'accept')}>
                          Accept
                        </button>
                        <button {...decideProps} onClick={() => void decide(s, 'reject')}>
                          Reject
                        </button>
                      </div>
                    </div>
                  ))}
                {suggestions.length > BEST && (
                  <button onClick={() => setAllSuggestions((v) => !v)}>
                    {allSuggestions ? 'Show the best five' : `Show all ${suggestions.length}`}
                  </button>
                )}
                <h2 style={{ marginTop: 14 }}>Tag manually</h2>
                <div className="row">
                  <input
                    list="provision-ids"
                    placeholder="e.g. CRC.19"
                    value={manual}
                    onChange={(e) => setManual(e.target.value)}
                  />
                  <datalist id="provision-ids">
                    {(catalog.data?.frameworks ?? []).flatMap((f) =>
                      f.provisions.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.title}
                        </option>
                      )),
                    )}
                  </datalist>
                  <button
                    onClick={() => void addManual()}
                    disabled={!may('addManualTag').ok}
                    title={may('addManualTag').why}
                  >
                    Add tag
                  </button>
                </div>
                {error && <div className="error">{error}</div>}
              </>
            )}
          </div>
        </div>
      )}
      {showVersions && doc && (
        <VersionsDialog history={history} title={doc.title} onClose={() => setShowVersions(false)} />
      )}
    </>
  );
}
