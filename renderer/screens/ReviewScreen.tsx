import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  SUGGESTION_STATUSES,
  SUGGESTION_STATUS_LABELS,
  type Clause,
  type SuggestionStatus,
  type SuggestionView,
  type TagCoverage,
} from '../../shared/model';
import { bestPerClause } from '../../shared/review/best-per-clause';
import { DEFAULT_MIN_SCORE, type LearningLine, describeLearning } from '../../shared/review/queue-defaults';
import { orderClauses, type ReviewOrder } from '../../shared/review/review-order';
import { api, background, onUncertainWrite } from '../api-client';
import { clauseLabel, describeDecision } from '../../shared/review/describe-review';
import { askText } from '../components/ask';
import { Dialog } from '../components/Dialog';
import { HighlightedText } from '../components/HighlightedText';
import { DECISION_GAP_MS, handBackAfterPointerPick, shortcutsBlocked } from '../components/shortcuts';
import { StatusBadge } from '../components/SuggestionActions';
import { SuggestionHistory } from '../components/SuggestionHistory';
import { useAsync } from '../components/use-async';
import { errorMessage, standaloneMessage } from '../error-message';
import { useNav } from '../navigation';
import { useMay } from '../permissions';

const ROW = 30;

/** Keys that record something. Navigation and selection keys are free to repeat. */
const DECISION_KEYS = new Set(['a', 'r', 'f', 'p', 'A', 'R', 'n', 'u']);

const Row = memo(function Row(props: {
  s: SuggestionView;
  index: number;
  top: number;
  selected: boolean;
  checked: boolean;
  /** Being undone: said in place of its status until the undo answers. */
  pending?: string;
  onSelect: (index: number) => void;
}) {
  const { s } = props;
  return (
    <div
      className={`list-row${props.selected ? ' selected' : ''}${props.checked ? ' checked' : ''}${props.pending ? ' pending' : ''}`}
      data-testid="review-row"
      data-id={s.id}
      data-status={s.status}
      aria-selected={props.selected}
      aria-busy={Boolean(props.pending)}
      style={{ position: 'absolute', top: props.top, left: 0, right: 0, height: ROW }}
      onClick={() => props.onSelect(props.index)}
    >
      <span className="badge">{s.country}</span>
      {/* The clause's number never gives way: its heading and law do, to a long standard's id. */}
      <b className="clause-no">
        {s.clauseKind === 'article' ? 'Art.' : 's.'} {s.clauseNumber}
      </b>{' '}
      <span className="grow">
        {s.clauseHeading}
        <span className="muted"> — {s.documentTitle}</span>
      </span>
      <span className="badge fw" title={s.provisionId}>
        {s.provisionId}
      </span>
      <span className="score">{s.score.toFixed(2)}</span>
      <StatusBadge s={s} pending={props.pending} />
    </div>
  );
});

/** Why the queue is empty: nothing tagged yet, nothing of the filters chosen, or all below the minimum score. */
function emptyQueue(matching: number, minScore: number, filtered: boolean): string {
  // An empty queue of matching suggestions: the minimum score hides every one of them.
  if (matching > 0)
    return `${matching === 1 ? 'The 1 suggestion here scores' : `All ${matching} suggestions here score`} below ${minScore.toFixed(2)}: lower Min score to see them.`;
  if (filtered) return 'No suggestion of this country, instrument and status. Choose other filters above.';
  return 'No suggestions yet. Run suggestions in the Library.';
}

/** Why a decision key or button recorded nothing while the queue is read: "“f” not recorded: …". */
function refusal(what: string, again: string, failed: string | undefined): string {
  return failed
    ? `${what} not recorded: the queue of these filters could not be read.`
    : `${what} not recorded: the queue is still being read. ${again} again when its rows show.`;
}

const DECISION_BUTTONS = [
  ['Accept full (f)', 'accept', 'full'],
  ['Accept partial (p)', 'accept', 'partial'],
  ['Reject (r)', 'reject', undefined],
] as const;

export function ReviewScreen() {
  const may = useMay();
  /** After a click on a decision button the keys go back to the queue (Space there checks a row). */
  const handBack = (e: React.MouseEvent) => e.detail > 0 && setTimeout(() => scroller.current?.focus());
  const decideProps = { disabled: !may('reviewSuggestions').ok, title: may('reviewSuggestions').why };
  const countries = useAsync(() => api.listCountries({}), []);
  const catalog = useAsync(() => api.listStandards({}), []);
  // Opened on one suggestion (from a Matrix cell): its country and instrument filter the queue.
  const { route } = useNav();
  const [country, setCountry] = useState(route.country ?? '');
  const [framework, setFramework] = useState(route.framework ?? '');
  /** The suggestion to select once the queue shows it. */
  const seek = useRef(route.suggestionId);
  const [status, setStatus] = useState<SuggestionStatus | ''>('');
  const [minScore, setMinScore] = useState(DEFAULT_MIN_SCORE);
  const [order, setOrder] = useState<ReviewOrder>('document');
  const [hidden, setHidden] = useState(0);
  /** Suggestions of the chosen country, instrument and status before the minimum score: none means none at all. */
  const [matching, setMatching] = useState(0);
  const [learning, setLearning] = useState<LearningLine>();
  const [perClause, setPerClause] = useState(5);
  const [items, setItems] = useState<SuggestionView[]>([]);
  const [index, setIndex] = useState(0);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState('');
  /** A decision refused while the queue is read: said in place of the last decision's line until it lands. */
  const [refused, setRefused] = useState('');
  /** Counts the decisions, notes and undos recorded here: the History below reloads on each. */
  const [recorded, setRecorded] = useState(0);
  const [showKeys, setShowKeys] = useState(false);
  const [clause, setClause] = useState<Clause>();
  const clauseCache = useRef(new Map<string, Map<string, Clause>>());
  const scroller = useRef<HTMLDivElement>(null);
  /** A filter picked with the mouse gives the keys back to the queue. */
  const filterProps = useMemo(() => handBackAfterPointerPick(() => scroller.current), []);

  const currentId = useRef<string | undefined>(undefined);
  /** The queue as shown, for the row the analyst is on when it is read again. */
  const shownItems = useRef<SuggestionView[]>([]);
  /** A row asked for from elsewhere is shown mid-list, clear of the edges, whatever loads around it. */
  const centre = useRef(false);
  /** The filters and order of the queue last read, to tell a re-read of the same queue from another. */
  const lastFilters = useRef<string | undefined>(undefined);
  const filters = JSON.stringify([country, framework, status, minScore, perClause, order]);
  /** The filters of the rows shown: until the queue of the filters chosen lands, the screen says it is reading it. */
  const [shownFilters, setShownFilters] = useState<string>();
  const reading = shownFilters !== filters;
  /** Why the last reading of the queue failed (a team server out of reach): said in place of the counts. */
  const [readFailed, setReadFailed] = useState<string>();
  /** Readings of the queue started, and decisions, notes and undos sent: replies can come back out of order. */
  const reads = useRef(0);
  const writes = useRef(0);
  /** Decisions and notes sent and not yet answered: an undo waits for them, to take back the last one. */
  const inFlight = useRef(new Set<Promise<unknown>>());
  /**
   * The rows of each decision and note recorded here, the last one last: an undo shows which rows it
   * is taking back while it answers (none for one recorded before Review was opened).
   */
  const sentHere = useRef<string[][]>([]);
  /** The rows the undo under way takes back, shown pending until it answers. */
  const [undoingIds, setUndoingIds] = useState<ReadonlySet<string>>(new Set());
  const landing = useCallback(<T,>(sent: Promise<T>, ids: string[]): Promise<T> => {
    inFlight.current.add(sent);
    sentHere.current.push(ids);
    const done = () => void inFlight.current.delete(sent);
    const failed = () => {
      done();
      sentHere.current = sentHere.current.filter((x) => x !== ids);
    };
    sent.then(done, failed);
    return sent;
  }, []);
  const load = useCallback(async () => {
    const read = ++reads.current;
    let list: SuggestionView[];
    for (;;) {
      const wrote = writes.current;
      try {
        list = await api.listSuggestions({
          ...(country ? { country } : {}),
          ...(framework ? { framework } : {}),
          ...(status ? { status } : {}),
        });
      } catch (e) {
        if (read === reads.current) setReadFailed(errorMessage(e));
        return;
      }
      // A later reading (other filters, a re-score) answers instead of this one, and a reading taken
      // before a decision was sent is taken again: neither shows a queue or a status no longer true.
      if (read !== reads.current) return;
      if (wrote === writes.current) break;
    }
    const below = (s: SuggestionView) => s.score < minScore && s.status === 'suggested';
    const kept = list.filter((s) => !below(s));
    // Hidden: the rows lowering Min score to 0 would bring in, not those the per-clause limit leaves out anyway.
    setHidden(bestPerClause(list, perClause).filter(below).length);
    setMatching(list.length);
    // A suggestion asked for but left out by the score or per-clause limit: the limit opens up for it.
    const sought = seek.current ? list.find((s) => s.id === seek.current) : undefined;
    if (sought && !kept.includes(sought)) return setMinScore(Math.floor(sought.score * 20) / 20);
    let shown = bestPerClause(kept, perClause);
    if (sought && !shown.includes(sought) && perClause !== 0) return setPerClause(0);
    if (sought) [currentId.current, centre.current] = [sought.id, true];
    seek.current = undefined;
    if (order === 'uncertainty') {
      const byClause = new Map<string, SuggestionView[]>();
      for (const s of shown) byClause.set(s.clauseId, [...(byClause.get(s.clauseId) ?? []), s]);
      const undecided = (id: string) =>
        byClause
          .get(id)!
          .filter((s) => s.status === 'suggested')
          .map((s) => s.score);
      shown = orderClauses([...byClause.keys()], undecided, 'uncertainty').flatMap((id) => byClause.get(id)!);
    }
    // The row the analyst is on stays selected when the queue is read again (after a re-score).
    let at = shown.findIndex((s) => s.id === currentId.current);
    // Other filters or another order start from the top when the row the analyst was on is not in
    // the new queue, and the last decision's line, about a row no longer shown, goes.
    const refiltered = lastFilters.current !== undefined && lastFilters.current !== filters;
    lastFilters.current = filters;
    // The same queue read again without the row the analyst is on (decided, it left "To review"):
    // the row stays where it was until they move on, so that a second key meant for it (p after f)
    // does not land on the row that would slide into its place.
    const stays = shownItems.current.findIndex((s) => s.id === currentId.current);
    if (at < 0 && !refiltered && stays >= 0) {
      at = Math.min(stays, shown.length);
      shown = [...shown.slice(0, at), shownItems.current[stays], ...shown.slice(at)];
    }
    setItems(shown);
    setShownFilters(filters);
    setReadFailed(undefined);
    setRefused('');
    if (at < 0 && refiltered) setMessage('');
    setIndex((i) => (at >= 0 ? at : refiltered ? 0 : Math.min(i, Math.max(0, shown.length - 1))));
    const learned = await api.getLearningStatus({});
    if (read === reads.current) setLearning(describeLearning(learned));
  }, [country, framework, status, minScore, perClause, order, filters]);

  // A decision re-scores the country's other clauses in the background; when that is done the queue
  // is read again so the next rows reflect it, the selected row kept: the queue of the filters chosen
  // by then, not of those the decision was made under.
  const loadNow = useRef(load);
  loadNow.current = load;
  const afterRescore = useRef(0);
  const refreshAfterRescore = useCallback(async () => {
    const run = ++afterRescore.current;
    for (let tries = 0; tries < 60; tries++) {
      const s = await background.getLearningStatus({});
      setLearning(describeLearning(s));
      if (!s.pending) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (run === afterRescore.current) await loadNow.current();
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  // A decision, note or undo that timed out may have been recorded after all: the queue is read again.
  useEffect(() => onUncertainWrite(() => void loadNow.current()), []);

  const rows = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 20,
  });
  // The selected row is in the list's view after every move, however fast the keys come, and after
  // every reading of the queue (the row kept may stand elsewhere in it): the detail pane never shows a
  // row the list hides. Rows are ROW high, so its place is exact, and the list's scroll is read as it
  // is now. (The virtualiser's scrollToIndex, called per key, went on retrying earlier rows' places
  // for some frames and could leave the row chosen last below the list.)
  useLayoutEffect(() => {
    const list = scroller.current;
    if (!list || items.length === 0) return;
    const top = index * ROW;
    if (centre.current) list.scrollTop = top - (list.clientHeight - ROW) / 2;
    else if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW > list.scrollTop + list.clientHeight) list.scrollTop = top + ROW - list.clientHeight;
    centre.current = false;
  }, [index, items]);
  const current = items[index];
  currentId.current = current?.id;
  shownItems.current = items;
  const provision = useMemo(() => {
    for (const f of catalog.data?.frameworks ?? []) {
      const p = f.provisions.find((x) => x.id === current?.provisionId);
      if (p) return p;
    }
    return undefined;
  }, [catalog.data, current?.provisionId]);

  // The clause text loads after the row is shown, so moving through the queue never waits for it.
  useEffect(() => {
    if (!current) return setClause(undefined);
    let live = true;
    const cached = clauseCache.current.get(current.documentId);
    if (cached) {
      setClause(cached.get(current.clauseId));
      return;
    }
    void api.listClauses({ documentId: current.documentId }).then((list) => {
      const map = new Map(list.map((c) => [c.id, c]));
      clauseCache.current.set(current.documentId, map);
      if (live) setClause(map.get(current.clauseId));
    });
    return () => {
      live = false;
    };
  }, [current]);

  // The evidence in view: on each row, the clause's region (and nothing else) scrolls so that the
  // first matched term is near its top, two lines above it; a term already in view leaves it at the top.
  const clauseRegion = useRef<HTMLDivElement>(null);
  const shownClause = clause?.id === current?.clauseId ? clause : undefined;
  useLayoutEffect(() => {
    const region = clauseRegion.current;
    const mark = region?.querySelector('mark');
    if (!region || !mark) return;
    const box = mark.getBoundingClientRect();
    const top = box.top - region.getBoundingClientRect().top + region.scrollTop;
    const style = getComputedStyle(mark);
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    region.scrollTop = top + box.height <= region.clientHeight ? 0 : top - 2 * line;
  }, [current?.id, shownClause]);

  const decide = useCallback(
    async (ids: string[], decision: 'accept' | 'reject', coverage?: TagCoverage) => {
      const before = items;
      setItems((all) =>
        all.map((s) =>
          ids.includes(s.id)
            ? {
                ...s,
                status: decision === 'accept' ? 'accepted' : 'rejected',
                coverage: decision === 'accept' ? (coverage ?? s.coverage ?? 'full') : null,
              }
            : s,
        ),
      );
      try {
        writes.current++;
        const updated = await landing(
          api.reviewSuggestions({ ids, decision, ...(coverage ? { coverage } : {}) }),
          ids,
        );
        // The queue's rows name the clause and law; the stored suggestions say the coverage recorded.
        // By clause and standard: a row a tagging dropped meanwhile may come back as the one it stored since.
        const pair = (s: { clauseId: string; provisionId: string }) => `${s.clauseId}\u0000${s.provisionId}`;
        const shown = new Map(before.map((s) => [pair(s), s]));
        const decided = updated.flatMap((u) => {
          const row = shown.get(pair(u));
          return row ? [{ ...row, coverage: u.coverage }] : [];
        });
        setMessage(
          describeDecision(decision, decided) ||
            `${decision === 'accept' ? 'Accepted' : 'Rejected'} ${ids.length}`,
        );
        setRecorded((n) => n + 1);
        void refreshAfterRescore();
      } catch (e) {
        setItems(before);
        setMessage(standaloneMessage(e));
      }
    },
    [items, refreshAfterRescore, landing],
  );

  const writeNote = useCallback(
    async (s: SuggestionView) => {
      const note = await askText({
        title: `Note on ${s.provisionId}`,
        message: `${clauseLabel(s.clauseKind, s.clauseNumber)} · ${s.documentTitle}. The note does not change the decision.`,
        label: 'Note',
        initial: s.note ?? '',
        multiline: true,
        confirmLabel: 'Save note',
      });
      if (note === null) return;
      try {
        // No decision in the call: only the note changes, an undecided suggestion stays undecided.
        writes.current++;
        const [u] = await landing(api.reviewSuggestions({ ids: [s.id], note }), [s.id]);
        setItems((all) => all.map((x) => (x.id === u.id ? { ...x, ...u } : x)));
        setMessage(`Note saved on ${s.provisionId}`);
        setRecorded((n) => n + 1);
      } catch (e) {
        setMessage(standaloneMessage(e));
      }
    },
    [landing],
  );

  // One undo at a time, each saying what it took back. A “u” pressed while one is still answering
  // (a re-score can keep the server a moment) is not taken: as a second press it would take back a
  // second decision the analyst never saw the first undo answer for.
  const undoing = useRef(false);
  const undo = useCallback(async () => {
    if (undoing.current) {
      setMessage(
        'Still undoing the last decision: this “u” was not taken, so only one decision is taken back. Press u again once it says what it undid.',
      );
      return;
    }
    undoing.current = true;
    setMessage('Undoing the last decision…');
    try {
      // A decision or note sent just before is recorded first: the undo takes back that one.
      await Promise.allSettled([...inFlight.current]);
      // The rows of the last decision made here show that they are being undone, until it answers.
      setUndoingIds(new Set(sentHere.current.at(-1)));
      writes.current++;
      const { undone, summary, changes } = await api.undoLastReview({});
      if (undone) sentHere.current.pop();
      // The rows say what the undo restored as soon as the line does, before the queue is read again.
      const restored = new Map(
        changes.filter((c) => c.restored).map((c) => [c.suggestionId, c.settled ?? c.before]),
      );
      if (restored.size)
        setItems((all) => all.map((s) => (restored.has(s.id) ? { ...s, ...restored.get(s.id) } : s)));
      setMessage(undone ? `Undid ${summary}` : 'Nothing to undo');
      if (undone) setRecorded((n) => n + 1);
    } catch (e) {
      setMessage(standaloneMessage(e));
    } finally {
      undoing.current = false;
      setUndoingIds(new Set());
    }
    await load();
  }, [load]);

  const lastDecisionKey = useRef(0);

  const onKey = useCallback(
    (e: KeyboardEvent) => {
      if (shortcutsBlocked(e) || e.altKey) return;
      const s = items[index];
      const key = e.key;
      const command = e.ctrlKey || e.metaKey;
      if (command && key !== 'z') return;
      if (DECISION_KEYS.has(key) || (key === 'z' && command)) {
        // A role that may not decide gets the reason at once, not a refusal from the server.
        const allowed = may(key === 'u' || key === 'z' ? 'undoLastReview' : 'reviewSuggestions');
        if (!allowed.ok) {
          e.preventDefault();
          setMessage(allowed.why ?? 'not allowed');
          return;
        }
      }
      // While the queue of other filters is read, the row shown may be about to go: nothing is decided
      // on it (undo, which takes back the last decision wherever it is, still works).
      if (DECISION_KEYS.has(key) && key !== 'u' && reading) {
        e.preventDefault();
        setRefused(refusal(`“${key}”`, 'Press it', readFailed));
        return;
      }
      if (DECISION_KEYS.has(key)) {
        // A held key repeats, and stray typing lands keys tens of milliseconds apart: neither is a
        // decision. Each decision needs its own press, a moment after the last one.
        const since = e.timeStamp - lastDecisionKey.current;
        lastDecisionKey.current = e.timeStamp;
        if (e.repeat || since < DECISION_GAP_MS) {
          e.preventDefault();
          setMessage(`Ignored “${key}”: keys came too fast to be a decision. Press it again.`);
          return;
        }
      }
      // From the row shown now, not the one this handler was made on: keys can come faster than renders.
      if (key === 'j' || key === 'ArrowDown') setIndex((i) => Math.min(items.length - 1, i + 1));
      else if (key === 'k' || key === 'ArrowUp') setIndex((i) => Math.max(0, i - 1));
      else if ((key === 'A' || key === 'R') && checked.size) {
        void decide([...checked], key === 'A' ? 'accept' : 'reject');
        setChecked(new Set());
      } else if (key === 'a' && s) {
        void decide([s.id], 'accept');
        setIndex(Math.min(items.length - 1, index + 1));
      } else if (key === 'r' && s) {
        void decide([s.id], 'reject');
        setIndex(Math.min(items.length - 1, index + 1));
      } else if ((key === 'f' || key === 'p') && s)
        void decide([s.id], 'accept', key === 'f' ? 'full' : 'partial');
      else if (key === 'n' && s) void writeNote(s);
      else if ((key === 'u' && !command) || (key === 'z' && command)) void undo();
      else if ((key === 'x' || key === ' ') && s) {
        setChecked((c) => {
          const next = new Set(c);
          if (next.has(s.id)) next.delete(s.id);
          else next.add(s.id);
          return next;
        });
      } else if (key === '?') setShowKeys((v) => !v);
      else return;
      e.preventDefault();
    },
    [items, index, checked, decide, writeNote, undo, may, reading, readFailed],
  );

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  const done = items.filter((s) => s.status !== 'suggested').length;
  const hiddenWords = `${hidden} below ${minScore.toFixed(2)} hidden`;
  const line = reading && refused ? refused : message;

  return (
    <>
      {/* One row from a 1,280 px window up: each control as wide as its longest choice needs and no
          wider (a long country or instrument name is cut, whole in its tooltip). In a narrower window
          the toolbar takes two rows: the filters beside the title, then the queue's view options with
          the counts and the keys button. */}
      <div className="review-toolbar-frame">
        <div className="toolbar review-toolbar">
          <h1>Review</h1>
          <div className="toolbar-group review-filters">
            <select
              {...filterProps}
              aria-label="Country"
              title={countries.data?.find((c) => c.code === country)?.name}
              value={country}
              onChange={(e) => setCountry(e.target.value)}
            >
              <option value="">All countries</option>
              {(countries.data ?? []).map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} · {c.name}
                </option>
              ))}
            </select>
            <select
              {...filterProps}
              aria-label="Instrument"
              title={catalog.data?.frameworks.find((f) => f.id === framework)?.shortName}
              value={framework}
              onChange={(e) => setFramework(e.target.value)}
            >
              <option value="">All instruments</option>
              {(catalog.data?.frameworks ?? []).map((f) => (
                <option key={f.id} value={f.id}>
                  {f.shortName}
                </option>
              ))}
            </select>
            <select
              {...filterProps}
              aria-label="Status"
              value={status}
              onChange={(e) => setStatus(e.target.value as SuggestionStatus | '')}
            >
              <option value="">Any status</option>
              {SUGGESTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {SUGGESTION_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar-group review-view">
            <select
              {...filterProps}
              aria-label="Per clause"
              title="Tagging keeps the best five of every instrument: choose an instrument to see its own best"
              value={perClause}
              onChange={(e) => setPerClause(Number(e.target.value))}
            >
              <option value={5}>5 per clause</option>
              <option value={10}>10 per clause</option>
              <option value={0}>All per clause</option>
            </select>
            {/* Its name and value in a small line above the slider: as tall as the counts' two lines. */}
            <label className="min-score">
              <span>
                Min score <span className="score">{minScore.toFixed(2)}</span>
              </span>
              <input
                type="range"
                min={0}
                max={0.9}
                step={0.05}
                value={minScore}
                onChange={(e) => setMinScore(Number(e.target.value))}
              />
            </label>
            <select
              {...filterProps}
              aria-label="Order"
              value={order}
              onChange={(e) => setOrder(e.target.value as ReviewOrder)}
            >
              <option value="document">Document order</option>
              <option value="uncertainty">Least sure first</option>
            </select>
          </div>
          {/* Never another filter's numbers as if they were these: while the queue is read, it says so. */}
          {/* Two short lines rather than one long one: each part whole, broken after its "·". A batch
              selection shares the second line with the hidden count, which gives up its "below 0.05"
              (beside the slider that says it, and whole in the tooltip): still two lines, so the
              toolbar keeps its height and the queue does not move when a row is checked. */}
          <span
            className="muted queue-counts"
            data-testid="queue-counts"
            aria-live="polite"
            title={!readFailed && !reading && hidden > 0 ? hiddenWords : undefined}
          >
            {readFailed ? (
              `Could not read the queue: ${readFailed}`
            ) : reading ? (
              'Reading the queue…'
            ) : (
              <span className="count-parts">
                <span>
                  {done}/{items.length} reviewed
                </span>
                {checked.size > 0 ? (
                  <>
                    {' · '}
                    <span data-testid="batch-count">
                      {checked.size} selected{hidden > 0 && ` · ${hidden} hidden`}
                    </span>
                  </>
                ) : (
                  hidden > 0 && (
                    <>
                      {' · '}
                      <span>{hiddenWords}</span>
                    </>
                  )
                )}
              </span>
            )}
          </span>
          <button aria-label="Keys" title="Keys (?)" onClick={() => setShowKeys((v) => !v)}>
            ?
          </button>
        </div>
      </div>
      {/* One line in a 1,100 px window: the held-out figure shown, the reason and the rest in its details.
          The line is there from the start, so that the queue below does not move down once it is read. */}
      <details className="learning-status muted" data-testid="learning-status">
        <summary
          title={learning?.detail}
          // Opened with the mouse, the keys go back to the queue (Space would toggle it again).
          onClick={handBack}
        >
          {learning?.line ?? 'Reading how the queue is ranked…'}
        </summary>
        {learning && <div data-testid="learning-detail">{learning.detail}</div>}
      </details>
      {/* The detail pane gives up width in a narrow window (1,100 px: 484 px) rather than run past its edge. */}
      <div className="split" style={{ gridTemplateColumns: 'minmax(420px, 1fr) minmax(0, 520px)' }}>
        {/* The rows of the filters chosen before stay, dimmed, until the new queue lands. */}
        <div
          className={`pane${reading ? ' reading' : ''}`}
          ref={scroller}
          tabIndex={0}
          data-testid="review-list"
          aria-busy={reading}
        >
          <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
            {rows.getVirtualItems().map((v) => (
              <Row
                key={items[v.index].id}
                s={items[v.index]}
                index={v.index}
                top={v.start}
                selected={v.index === index}
                checked={checked.has(items[v.index].id)}
                pending={undoingIds.has(items[v.index].id) ? 'undoing…' : undefined}
                onSelect={setIndex}
              />
            ))}
          </div>
          {items.length === 0 && !reading && (
            <div className="content muted" data-testid="review-empty">
              {emptyQueue(matching, minScore, Boolean(country || framework || status))}
            </div>
          )}
        </div>
        {/* A column: the clause scrolls in its own region, so the note and History below it stay in view. */}
        {/* Dimmed with the rows while the queue is read; its decisions wait until the queue shows. */}
        <div
          className={`pane review-detail${reading ? ' reading' : ''}`}
          data-testid="review-detail"
          aria-busy={reading}
        >
          {current && (
            <>
              <div className="row detail-head" style={{ marginBottom: 8 }}>
                <span className="badge fw" title={current.provisionId}>
                  {current.provisionId}
                </span>
                <b className="title">{current.provisionTitle}</b>
                <StatusBadge s={current} pending={undoingIds.has(current.id) ? 'undoing…' : undefined} />
                {current.reviewer && current.status !== 'suggested' && (
                  <span className="muted" data-testid="decided-by">
                    by {current.reviewer}
                  </span>
                )}
              </div>
              <div className="muted" style={{ marginBottom: 10 }}>
                {provision?.summary}
              </div>
              {/* Above the clause text, which can run for pages (an Interpretation section): the
                  buttons and what the last decision did stay in view. */}
              <div className="row" style={{ marginBottom: 6 }}>
                {DECISION_BUTTONS.map(([label, decision, coverage]) => (
                  <button
                    key={label}
                    {...decideProps}
                    onClick={(e) => {
                      handBack(e);
                      if (reading)
                        setRefused(refusal(`“${label.replace(/ \(.\)$/, '')}”`, 'Click it', readFailed));
                      else void decide([current.id], decision, coverage);
                    }}
                  >
                    {label}
                  </button>
                ))}
              </div>
              {line && (
                <div className="muted" role="status" style={{ marginBottom: 10 }}>
                  {line}
                </div>
              )}
              <h2>
                {current.documentTitle} · {current.clauseKind} {current.clauseNumber}
                {clause?.source === 'ocr' && (
                  <span className="badge ocr" style={{ marginLeft: 6 }}>
                    OCR {clause.ocrConfidence?.toFixed(0)}%
                  </span>
                )}
              </h2>
              <div style={{ fontWeight: 600, marginBottom: 6 }}>{current.clauseHeading}</div>
              {/* A clause that runs for pages (an Interpretation section) scrolls here, from its top for
                  each clause, and gives way to the note and History of the suggestion decided on. */}
              <div
                className="clause-scroll"
                data-testid="clause-scroll"
                key={current.clauseId}
                ref={clauseRegion}
              >
                {clause && <HighlightedText text={clause.text} terms={current.matched} />}
              </div>
              <div className="review-notes">
                {current.note && <div className="card">Note: {current.note}</div>}
                <SuggestionHistory suggestionId={current.id} recorded={recorded} />
              </div>
            </>
          )}
          {!current && line && (
            <div className="muted" role="status">
              {line}
            </div>
          )}
        </div>
      </div>
      {showKeys && (
        <Dialog title="Keyboard" onCancel={() => setShowKeys(false)} wide>
          <div className="keys">
            <kbd>j / ↓</kbd> <span>next suggestion</span>
            <kbd>k / ↑</kbd> <span>previous</span>
            <kbd>a</kbd> <span>accept and move on</span>
            <kbd>r</kbd> <span>reject and move on</span>
            <kbd>f / p</kbd> <span>accept as full / partial coverage</span>
            <kbd>n</kbd> <span>note (keeps the decision as it is)</span>
            <kbd>u / Ctrl+Z</kbd> <span>undo the last decision or note, and say which</span>
            <kbd>x / Space</kbd> <span>select for a batch</span>
            <kbd>Shift+A / R</kbd> <span>accept / reject the selected batch</span>
            <kbd>?</kbd> <span>this help</span>
          </div>
          <p className="muted">
            Keys do nothing while you type in a field or a dialog is open. A held key or keys pressed faster
            than {DECISION_GAP_MS} ms apart record nothing: each decision is its own key press.
          </p>
        </Dialog>
      )}
    </>
  );
}
