// The Library's list of jobs: the imports, re-reads and taggings the app's server (or the team
// server) is running or ran lately, by anyone, with their progress and how they ended. It is where a
// job the screen lost contact with, or one a colleague started, can be followed and cancelled.
import { useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../shared/api/contract';
import { api, background } from '../api-client';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';
import { ProgressBar } from './ProgressBar';
import { nextRetry, RETRY_START_MS } from './run-job';

/** How often the list is read while a job runs. */
const POLL_MS = 1000;
/** How often it is read while none runs, for a job started elsewhere (a colleague, another window). */
const IDLE_POLL_MS = 4000;

function kindOf(job: JobStatus): string {
  if (job.kind === 'tag') return 'Tagging';
  return job.reread ? 'Re-read' : 'Import';
}

function subjectOf(job: JobStatus): string {
  if (job.kind === 'tag') return job.about ?? 'all laws';
  const files = job.progress.map((p) => p.file).join(', ');
  return job.about ? `${job.about} (${files})` : files;
}

/** What a job that ended came to, in one line. */
function outcomeOf(job: JobStatus): string {
  if (job.state === 'cancelled') {
    // The files of an import imported before it was cancelled stay in the library.
    const kept = job.importResult?.documents.map((d) => d.file) ?? [];
    return kept.length ? `Cancelled (imported before: ${kept.join(', ')})` : 'Cancelled';
  }
  if (job.state === 'failed') return `Failed: ${job.error?.message ?? 'no reason given'}`;
  if (job.tagResult) {
    const t = job.tagResult;
    return `${t.suggestions} new suggestions for ${t.clauses} clauses (${t.kept} reviewed kept)`;
  }
  const r = job.importResult;
  if (!r) return 'Done';
  const parts = r.documents.map(
    (d) =>
      d.reread?.message ?? d.version?.message ?? `Imported ${d.file}: “${d.title}”, ${d.clauses} clauses`,
  );
  if (r.skipped.length) parts.push(`${r.skipped.length} already in the library`);
  if (r.failed.length) parts.push(`not imported: ${r.failed.map((f) => f.message).join('; ')}`);
  return parts.join('; ') || 'Done';
}

const time = (iso: string | undefined) =>
  iso
    ? new Date(iso).toLocaleTimeString([], {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
      })
    : '';

function timesOf(job: JobStatus): string {
  if (!job.endedAt) return `started ${time(job.startedAt)}`;
  const seconds = job.startedAt
    ? Math.round((Date.parse(job.endedAt) - Date.parse(job.startedAt)) / 1000)
    : undefined;
  return `${time(job.startedAt)}–${time(job.endedAt)}${seconds !== undefined ? ` (${seconds} s)` : ''}`;
}

/**
 * Reads the list of jobs when shown and each time `started` changes (the Library started one), then
 * every second while one runs and every few seconds while none does, so that a job started elsewhere
 * (a colleague on the team server, another window) shows too; nothing is read while the page is in
 * the background, and the list is read at once when it comes back. A failed read is tried again less
 * often each time, as a job's status is. `onEnded` is called when a job the Library did not start
 * (not in `started`) ends: what it imported or tagged is then read again.
 */
export function JobsSection({ started, onEnded }: { started: readonly string[]; onEnded: () => void }) {
  const may = useMay();
  const [jobs, setJobs] = useState<JobStatus[]>([]);
  const [lost, setLost] = useState<string>();
  /** Why a Cancel was refused, until the next one. */
  const [refused, setRefused] = useState<string>();
  /** Each job's state at the last read; none before the first (the jobs ended then are not news). */
  const seen = useRef<Map<string, JobStatus['state']>>(undefined);
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  });

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reading = false;
    let wait = RETRY_START_MS;
    const hidden = () => document.visibilityState === 'hidden';
    const later = (ms: number) => {
      if (!hidden()) timer = setTimeout(() => void read(), ms);
    };
    const read = async () => {
      reading = true;
      try {
        // The window's own poll: it keeps no team-server session alive (api-client.ts).
        const list = await background.listJobs({});
        if (!live) return;
        setJobs(list);
        setLost(undefined);
        wait = RETRY_START_MS;
        const before = seen.current;
        seen.current = new Map(list.map((j) => [j.id, j.state]));
        // Ended since the last read: running then, or not there yet (it ran between two reads).
        const news = list.some(
          (j) =>
            j.state !== 'running' &&
            before !== undefined &&
            (before.get(j.id) ?? 'running') === 'running' &&
            !started.includes(j.id),
        );
        if (news) ended.current();
        later(list.some((j) => j.state === 'running') ? POLL_MS : IDLE_POLL_MS);
      } catch (e) {
        if (!live) return;
        setLost(`Could not read the jobs, still trying… (${errorMessage(e)})`);
        later(wait);
        wait = nextRetry(wait);
      } finally {
        reading = false;
      }
    };
    const onVisibility = () => {
      clearTimeout(timer);
      timer = undefined;
      // Back in front: read now (a read under way schedules the next one itself).
      if (!hidden() && !reading) void read();
    };
    document.addEventListener('visibilitychange', onVisibility);
    void read();
    return () => {
      live = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [started]);

  if (jobs.length === 0 && !lost) return null;
  const cancel = may('cancelJob');
  return (
    <div className="card" data-testid="jobs">
      <h2>Jobs</h2>
      {lost && (
        <div className="muted" role="status">
          {lost}
        </div>
      )}
      {refused && (
        <div className="error" role="alert">
          {refused}
        </div>
      )}
      <table className="grid">
        <tbody>
          {jobs.map((job) => {
            const fraction = job.progress.length
              ? job.progress.reduce((sum, p) => sum + p.fraction, 0) / job.progress.length
              : 0;
            return (
              <tr key={job.id} data-job={job.id} data-state={job.state}>
                <td style={{ width: 80 }}>{kindOf(job)}</td>
                <td style={{ width: '30%' }}>
                  {subjectOf(job)}
                  {job.startedBy && <div className="muted small">by {job.startedBy}</div>}
                </td>
                <td>
                  {job.state === 'running' ? (
                    <div className="row">
                      <div style={{ width: 120 }}>
                        <ProgressBar fraction={fraction} />
                      </div>
                      <span className="muted">
                        Running
                        {job.progress.length === 1 && `: ${job.progress[0].message ?? job.progress[0].stage}`}
                      </span>
                    </div>
                  ) : (
                    <span className={job.state === 'failed' ? 'error' : job.state === 'done' ? '' : 'muted'}>
                      {outcomeOf(job)}
                    </span>
                  )}
                </td>
                <td className="muted small" style={{ width: 170 }}>
                  {timesOf(job)}
                </td>
                <td className="actions" style={{ width: 80 }}>
                  {job.state === 'running' && (
                    <button
                      onClick={() =>
                        void api
                          .cancelJob({ jobId: job.id })
                          .then(() => setRefused(undefined))
                          .catch((e: unknown) => setRefused(`Could not cancel: ${errorMessage(e)}`))
                      }
                      disabled={!cancel.ok}
                      title={cancel.why}
                    >
                      Cancel
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
