// A suggestion's history in Review, from the audit log: who decided what and when, so the analyst
// can see a decision land and whose it was without leaving the queue.
import { describeSuggestionEntry } from '../../shared/review/describe-review';
import { api } from '../api-client';
import { formatDateTime } from '../format-date-time';
import { useAsync } from './use-async';

/** The newest entries shown; the audit log keeps them all. */
const SHOWN = 20;

export function SuggestionHistory(props: {
  suggestionId: string;
  /** Changes on every decision, note or undo recorded, even one whose status line reads as the last one's. */
  recorded: number;
}) {
  // One more than is shown: when it comes back, the History says there is more than it shows.
  const entries = useAsync(
    async () => ({
      of: `${props.suggestionId}:${props.recorded}`,
      list: await api.listAudit({ entityId: props.suggestionId, limit: SHOWN + 1 }),
    }),
    [props.suggestionId, props.recorded],
  );
  // Read before the decision just recorded (or for another row): shown dimmed, and never as "No
  // decision recorded yet." under a line saying what was recorded.
  const current = entries.data?.of === `${props.suggestionId}:${props.recorded}`;
  const all = entries.data?.list ?? [];
  const list = all.slice(0, SHOWN).filter((e) => e.entity === 'suggestion');
  return (
    <div
      style={{ marginTop: 14, opacity: current ? 1 : 0.5 }}
      data-testid="suggestion-history"
      aria-busy={!current}
    >
      <h2>History</h2>
      {!current && list.length === 0 && <div className="muted small">Reading the history…</div>}
      {current && list.length === 0 && <div className="muted small">No decision recorded yet.</div>}
      {list.map((e) => (
        <div key={e.id} className="small" data-testid="history-entry">
          <span className="muted">{formatDateTime(e.at)}</span> {describeSuggestionEntry(e)}
        </div>
      ))}
      {all.length > SHOWN && (
        <div className="muted small" data-testid="history-more">
          Showing the last {SHOWN}: earlier entries are in the audit log.
        </div>
      )}
    </div>
  );
}
