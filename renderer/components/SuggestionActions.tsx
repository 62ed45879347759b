import type { SuggestionView } from '../../shared/model';

/** `pending`: what is being done to it and not yet answered ("undoing…"), said in place of its status. */
export function StatusBadge({
  s,
  pending,
}: {
  s: Pick<SuggestionView, 'status' | 'coverage'>;
  pending?: string;
}) {
  const status = `${s.status}${s.coverage ? ` · ${s.coverage}` : ''}`;
  if (pending)
    return (
      <span className="badge pending" title={`${pending} (${status} until it answers)`}>
        {pending}
      </span>
    );
  return <span className={`badge ${s.status}`}>{status}</span>;
}
