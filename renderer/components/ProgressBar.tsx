export function ProgressBar({ fraction }: { fraction: number }) {
  return (
    <div className="progress" role="progressbar" aria-valuenow={Math.round(fraction * 100)}>
      <div style={{ width: `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%` }} />
    </div>
  );
}
