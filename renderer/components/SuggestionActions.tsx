import type { SuggestionView } from '../../shared/model';

export function StatusBadge({ s }: { s: Pick<SuggestionView, 'status' | 'coverage'> }) {
  return (
    <span className={`badge ${s.status}`}>
      {s.status}
      {s.coverage ? ` · ${s.coverage}` : ''}
    </span>
  );
}
