// One matrix cell opened: its evidence as quoted in exports, the analyst's rating with what it
// searched and overrode, and the form to rate it. A Gap or Contradicts is not saved without reasons.
import { appliesIn, countryOfJurisdiction, lawPlace } from '../../shared/jurisdictions/jurisdiction';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { citePrintedPage, ocrMark } from '../../shared/coverage/cite-clause';
import { citationQuote, quotePieces, type ClauseQuote } from '../../shared/coverage/quote-clause';
import { citedGone } from '../../shared/coverage/cited-now';
import { checkCitesClauses, RATIONALE_REQUIRED, ratingProblem } from '../../shared/coverage/rating';
import { LEVEL_STYLES } from '../../shared/matrix/level-styles';
import type { MatrixCell, MatrixRow } from '../../shared/matrix/types';
import { COVERAGE_LEVELS, type CoverageLevel, type SuggestionView } from '../../shared/model';
import { DEFAULT_MIN_SCORE } from '../../shared/review/queue-defaults';
import { validationText } from '../../shared/review/validation';
import { api } from '../api-client';
import { CellRecommendations } from './CellRecommendations';
import { CheckPanel } from './CheckPanel';
import { OpenSuggestionList } from './OpenSuggestions';
import type { ChosenClause } from './ClausePicker';
import { RatingClauses } from './RatingClauses';
import { RatingCited, RatingEvidence } from './RatingCited';
import { askConfirm } from './ask';
import { setLeaveGuard } from '../leave-guard';
import { useAsync } from './use-async';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';

export interface CellPanelProps {
  row: MatrixRow;
  cell: MatrixCell;
  /** The analyst asks to close the panel (Close, Esc): the screen asks first about a rationale not saved. */
  onClose: () => void;
  onSaved: () => void;
  /** A measurable check was decided: the matrix is read again, and the panel closed as by Close. */
  onCheckDecided: () => void;
  /** A recommendation was added, changed or deleted: the panel stays open. */
  onRecommendationsChanged: () => void;
  onOpenClause: (documentId: string, clauseId: string) => void;
  /** Show an undecided suggestion in Review, to decide it there. */
  onReview: (s: SuggestionView) => void;
}

/** How many of a cell's undecided suggestions the panel lists before "and N more". */
const OPEN_SHOWN = 5;

function Quote({ quote, terms }: ClauseQuote) {
  return (
    <blockquote className="quote">
      {quotePieces(quote, terms).map((p, i) => (p.matched ? <mark key={i}>{p.text}</mark> : p.text))}
    </blockquote>
  );
}

/** What a cell with nothing cited says: why there is nothing to accept, and what the analyst can do. */
function noEvidenceText(c: {
  country: string;
  provisionId: string;
  laws: string[];
  rejected: number;
  weak: number;
  rated: boolean;
}): string {
  if (!c.laws.length) return `No accepted clause: no law of ${c.country} in force in the library.`;
  const searched =
    c.laws.length <= 3 ? c.laws.join('; ') : `the ${c.laws.length} laws of ${c.country} in force`;
  const why = [
    c.rejected ? `${c.rejected} suggestion${c.rejected > 1 ? 's' : ''} rejected in Review` : '',
    c.weak ? `${c.weak} too weak for Review's queue (score under ${DEFAULT_MIN_SCORE})` : '',
  ].filter(Boolean);
  const found = why.length
    ? `No accepted clause: ${why.join(', ')}.`
    : `No accepted clause, and no suggestion: Lexgap matched no clause of ${searched} to ${c.provisionId}.`;
  return c.rated
    ? found
    : `${found} Search the laws in Document (Alt+2); if none meets the standard, rate the cell Gap below.`;
}

export function CellPanel(props: CellPanelProps) {
  const { row, cell } = props;
  const rate = useMay()('setCellOverride');
  const [level, setLevel] = useState<CoverageLevel>(cell.override?.level ?? cell.level);
  const [rationale, setRationale] = useState(cell.override?.rationale ?? '');
  // The clauses the rating cites as its grounds.
  const [cited, setCited] = useState<ChosenClause[]>(cell.override?.citedClauses ?? []);
  const [error, setError] = useState('');
  // A subdivision's cell (PK-IS) reads its country's laws that apply there: its own and national ones.
  const country = countryOfJurisdiction(cell.country);
  const allLaws = useAsync(() => api.listDocuments({ country }), [country]);
  const laws = { data: allLaws.data?.filter((d) => appliesIn(d, cell.country)) };
  const [unsearched, setUnsearched] = useState<Set<string>>(new Set());
  // Every suggestion for the cell in the laws that apply here, whatever became of it.
  const suggested = useAsync(
    () => api.listSuggestions({ country, provisionId: row.provisionId }),
    [country, row.provisionId],
  );
  const forCell = (suggested.data ?? []).filter((s) => laws.data?.some((d) => d.id === s.documentId));
  // A repealed law's clause, accepted, is cited nowhere: only the laws in force offer suggestions
  // that would fill the cell, or that a Gap overrides (the server leaves the others out of a rating).
  const inForce = (laws.data ?? []).filter((d) => d.status !== 'repealed');
  const current = forCell.filter((s) => inForce.some((d) => d.id === s.documentId));
  // What a Gap would override: the cell's suggestions nobody has decided yet.
  const candidates = current.filter((s) => s.status === 'suggested').sort((a, b) => b.score - a.score);
  // What would fill a cell short of Full: its undecided suggestions strong enough for Review's queue.
  const open = candidates.filter((s) => s.score >= DEFAULT_MIN_SCORE);
  const showOpen = open.length > 0 && level !== 'gap' && !cell.evidence.some((e) => e.coverage === 'full');
  // Accepted clauses say a law meets the standard: a Gap says none does.
  const contradicted = cell.override?.level === 'gap' ? cell.evidence : [];
  const needsReasons = RATIONALE_REQUIRED.has(level);
  const nothingToCite = noEvidenceText({
    country: cell.country,
    provisionId: row.provisionId,
    laws: inForce.map((d) => d.title),
    rejected: current.filter((s) => s.status === 'rejected').length,
    weak: candidates.length - open.length,
    rated: !!cell.override,
  });
  const known = !!suggested.data && !!laws.data && cell.level !== 'not_applicable' && open.length === 0;
  // The panel takes the focus when it opens, so its keys (Tab, Esc) work at once.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus({ preventScroll: true }), []);
  // Leaving the panel (Esc, Close, another cell, another screen) never throws away a rationale typed
  // and not saved unasked.
  const typed = useRef(false);
  typed.current = rationale.trim() !== (cell.override?.rationale ?? '').trim();
  useEffect(
    () =>
      setLeaveGuard(
        async () =>
          !typed.current ||
          askConfirm({
            title: 'Discard the rationale?',
            message: `The rationale typed for ${row.provisionId} in ${cell.country} is not saved. Close the panel and lose it?`,
            confirmLabel: 'Discard',
            danger: true,
          }),
      ),
    [row.provisionId, cell.country],
  );
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    props.onClose();
  };

  const save = async () => {
    const problem = ratingProblem({ country: cell.country, provisionId: row.provisionId, level, rationale });
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await api.setCellOverride({
        country: cell.country,
        provisionId: row.provisionId,
        level,
        rationale,
        // The rating shown (0: none): someone else's change since is reported, not overwritten.
        expectedVersion: cell.override?.version ?? 0,
        // A clause no longer in the law cannot be cited again (the form says so beside it).
        citedClauseIds: cited.filter((c) => !citedGone(c)).map((c) => c.clauseId),
        ...(level === 'gap'
          ? { reviewedDocumentIds: inForce.filter((d) => !unsearched.has(d.id)).map((d) => d.id) }
          : {}),
      });
      props.onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <aside
      className="drawer"
      data-testid="cell-drawer"
      aria-label={`${cell.country} · ${row.provisionId}`}
      ref={panel}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="row">
        <span className="badge fw">{row.provisionId}</span>
        <b style={{ flex: 1 }}>{row.title}</b>
        <button onClick={props.onClose}>Close</button>
      </div>
      {!row.verified && (
        <p className="unverified-note">
          <span className="badge unverified">unverified</span>{' '}
          {row.unverifiedNote ?? 'Not checked against the text of the instrument.'}
        </p>
      )}
      <p>
        {cell.country}: <b>{LEVEL_STYLES[cell.level].label}</b>
        {cell.notApplicableReason && <span className="muted"> ({cell.notApplicableReason})</span>}
        {cell.override && (
          <span className="muted" data-testid="rated-over">
            {' '}
            (the analyst&apos;s rating; the accepted clauses alone give{' '}
            {LEVEL_STYLES[cell.derivedLevel].label})
          </span>
        )}
      </p>
      {cell.onlyIn && (
        <p className="only-in" data-testid="cell-only-in">
          Coverage {cell.onlyIn.note}: not the whole country{cell.override ? '' : ', so at most Partial here'}{' '}
          (split the matrix by subdivision to see each).
        </p>
      )}
      {cell.override && (
        <div className="card rating" data-testid="cell-rating">
          <div>
            <b>{LEVEL_STYLES[cell.override.level].label}:</b> {cell.override.rationale || <i>no rationale</i>}
          </div>
          <RatingCited cell={cell} onOpenClause={props.onOpenClause} />
          {cell.override.reviewedDocuments.length > 0 && (
            <div className="muted">
              Laws searched: {cell.override.reviewedDocuments.map((d) => d.title).join('; ')}
            </div>
          )}
          {contradicted.length > 0 && (
            <div className="conflict" data-testid="rating-conflict">
              <b>
                Contradicts {contradicted.length} accepted clause{contradicted.length > 1 ? 's' : ''}:
              </b>{' '}
              {contradicted.map((e) => `${e.citation} (${e.coverage})`).join('; ')}. Reject them in Review if
              they do not meet the standard, or rate the cell by them.
            </div>
          )}
          {cell.override.pendingCandidates.length > 0 && (
            <div className="overridden" data-testid="rating-overrode">
              {/* Counted when the rating was saved: the open suggestions below are counted now. */}
              Overrode {cell.override.pendingCandidates.length} suggestion
              {cell.override.pendingCandidates.length > 1 ? 's' : ''} undecided when rated (
              {cell.override.at.slice(0, 10)}):{' '}
              {cell.override.pendingCandidates
                .slice(0, OPEN_SHOWN)
                .map((c) => `${c.citation} (${c.score.toFixed(2)})`)
                .join('; ')}
              {cell.override.pendingCandidates.length > OPEN_SHOWN &&
                ` and ${cell.override.pendingCandidates.length - OPEN_SHOWN} more`}
            </div>
          )}
          <div className="muted" style={{ fontSize: 11 }}>
            {cell.override.reviewer}, {cell.override.at.slice(0, 10)}
          </div>
        </div>
      )}
      {cell.check && (
        <CheckPanel check={cell.check} onDecided={props.onCheckDecided} onOpenClause={props.onOpenClause} />
      )}
      <h2>Evidence</h2>
      {cell.validatedBy?.length ? (
        <p data-testid="cell-validated">
          <span className="badge accepted">validated</span> Every clause cited here{' '}
          {validationText(cell.validatedBy)}
        </p>
      ) : null}
      <RatingEvidence cell={cell} onOpenClause={props.onOpenClause} />
      {cell.evidence.length === 0 && !cell.override?.citedClauses.length && (
        <p className="muted" data-testid="no-evidence">
          {known ? nothingToCite : 'No accepted clause.'}
        </p>
      )}
      {cell.evidence.map((e) => (
        <div key={e.suggestionId} className="card" style={{ padding: 8 }}>
          <div className="row">
            <a href="#" onClick={(ev) => (ev.preventDefault(), props.onOpenClause(e.documentId, e.clauseId))}>
              {e.citation}
            </a>
            <span className="muted">{citePrintedPage(e.page, e.printedPage)}</span>
            <span className="badge jurisdiction" data-testid="evidence-jurisdiction">
              {lawPlace(e)}
            </span>
            {e.ocrConfidence !== null && <span className="badge ocr">{ocrMark(e.ocrConfidence)}</span>}
            <span style={{ flex: 1 }} />
            <span className="badge accepted">{e.coverage}</span>
          </div>
          <Quote {...citationQuote(e)} />
          {e.note && <div style={{ marginTop: 4 }}>Note: {e.note}</div>}
          <div className="muted" style={{ fontSize: 11 }}>
            {e.reviewer} {e.reviewedAt?.slice(0, 10)}
            {e.validatedBy?.length ? (
              <span data-testid="evidence-validated"> · {validationText(e.validatedBy)}</span>
            ) : null}
          </div>
        </div>
      ))}
      {showOpen && (
        <div className="open-suggestions">
          <h3>Open suggestions</h3>
          <p className="muted small">
            {open.length} suggestion{open.length > 1 ? 's' : ''} for this cell undecided now, best first:
            accept one in Review and it is cited here.
          </p>
          <OpenSuggestionList
            suggestions={open.slice(0, OPEN_SHOWN)}
            testId="open-suggestions"
            onOpenClause={props.onOpenClause}
            onReview={props.onReview}
          />
          {open.length > OPEN_SHOWN && (
            <p className="muted small">and {open.length - OPEN_SHOWN} more in Review</p>
          )}
        </div>
      )}
      <CellRecommendations
        provisionId={row.provisionId}
        cell={cell}
        onChanged={props.onRecommendationsChanged}
      />
      <h2 style={{ marginTop: 12 }}>Rate this cell</h2>
      <div className="keys">
        <span>Level</span>
        <select
          aria-label="Level"
          value={level}
          onChange={(e) => (setLevel(e.target.value as CoverageLevel), setError(''))}
        >
          {COVERAGE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_STYLES[l].label}
            </option>
          ))}
        </select>
        <span>Rationale{needsReasons ? ' *' : ''}</span>
        <textarea
          aria-label="Rationale"
          aria-required={needsReasons}
          rows={4}
          placeholder={
            needsReasons ? 'Required: which laws were searched, and why none meets the standard.' : ''
          }
          value={rationale}
          onChange={(e) => (setRationale(e.target.value), setError(''))}
        />
      </div>
      <RatingClauses
        laws={inForce}
        level={level}
        citedOtherwise={checkCitesClauses(cell.check)}
        chosen={cited}
        onChange={(next) => (setCited(next), setError(''))}
        onOpenClause={props.onOpenClause}
      />
      {level === 'gap' && (
        <div className="gap-check" data-testid="gap-check">
          <h3>Laws searched</h3>
          {inForce.length === 0 && <p className="muted">No law of {cell.country} in force in the library.</p>}
          {inForce.map((d) => (
            <label key={d.id} className="row">
              <input
                type="checkbox"
                checked={!unsearched.has(d.id)}
                onChange={() =>
                  setUnsearched((s) => {
                    const next = new Set(s);
                    if (next.has(d.id)) next.delete(d.id);
                    else next.add(d.id);
                    return next;
                  })
                }
              />
              {d.title}
            </label>
          ))}
          {cell.evidence.length > 0 && (
            <>
              <h3 className="conflict">Accepted clauses this Gap contradicts</h3>
              <ul className="candidates conflict" data-testid="gap-conflicts">
                {cell.evidence.map((e) => (
                  <li key={e.suggestionId}>
                    <a
                      href="#"
                      onClick={(ev) => (ev.preventDefault(), props.onOpenClause(e.documentId, e.clauseId))}
                    >
                      {e.citation}
                    </a>{' '}
                    <span className="badge accepted">{e.coverage}</span>
                    <span className="muted"> accepted by {e.reviewer ?? 'a reviewer'}</span>
                  </li>
                ))}
              </ul>
              <p className="muted" style={{ fontSize: 11 }}>
                Accepted in Review as meeting the standard, they stay cited here under a Gap. Reject first
                those that do not meet it.
              </p>
            </>
          )}
          <h3>Undecided suggestions this Gap overrides</h3>
          {candidates.length === 0 ? (
            <p className="muted">
              {forCell.length
                ? 'None: every suggestion for this cell has been decided.'
                : 'None: Lexgap suggested no clause for this cell.'}
            </p>
          ) : (
            <OpenSuggestionList
              suggestions={candidates.slice(0, 20)}
              testId="pending-candidates"
              overridden
              onOpenClause={props.onOpenClause}
              onReview={props.onReview}
            />
          )}
          {candidates.length > 0 && (
            <p className="muted" style={{ fontSize: 11 }}>
              Review them first if they may meet the standard; the Gap records them as overridden.
            </p>
          )}
        </div>
      )}
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      <div className="row" style={{ marginTop: 10, justifyContent: 'flex-end' }}>
        {cell.override && (
          <button
            disabled={!rate.ok}
            title={rate.why}
            onClick={async () => {
              try {
                await api.clearCellOverride({
                  country: cell.country,
                  provisionId: row.provisionId,
                  expectedVersion: cell.override?.version,
                });
                props.onSaved();
              } catch (e) {
                setError(errorMessage(e));
              }
            }}
          >
            Clear rating
          </button>
        )}
        <button className="primary" onClick={() => void save()} disabled={!rate.ok} title={rate.why}>
          Save rating
        </button>
      </div>
    </aside>
  );
}
