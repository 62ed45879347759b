/** A bar of work done; one that failed or was cancelled is drawn in its own colour, not as finished. */
export function ProgressBar({ fraction, ended }: { fraction: number; ended?: 'failed' | 'cancelled' }) {
  return (
    <div
      className={ended ? `progress ${ended}` : 'progress'}
      role="progressbar"
      aria-valuenow={Math.round(fraction * 100)}
    >
      <div style={{ width: `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%` }} />
    </div>
  );
}
