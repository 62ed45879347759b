// Long work (import, tagging) as jobs that the UI and the command line poll, follow and cancel. On a
// team server one set of jobs serves everyone: the same work asked for while it runs (the same
// files, tagging the same laws) joins the running job instead of running twice, and every user
// sees the running and recent jobs with who started them.
import type { JobProgress, JobStatus, StartedJob } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { toErrorInfo } from '../api/dispatch';
import { newId } from '../../shared/ids';

/** Stages a file's progress ends in. */
const ENDED_STAGES: ReadonlySet<JobProgress['stage']> = new Set(['done', 'failed', 'cancelled']);

type JobWork = (
  report: (index: number, progress: JobProgress) => void,
  signal: AbortSignal,
) => Promise<Partial<Pick<JobStatus, 'importResult' | 'tagResult'>>>;

export interface JobRequest {
  /** Who asks for it: the running job keeps the name of whoever started it. */
  startedBy: string;
  /**
   * What the work is made of (a file's SHA-256, a law to tag): a running job of the same kind that
   * holds every one of these keys already does this work, and is joined. None: the job always runs.
   */
  keys?: string[];
  /** Shown in the list of jobs: a re-read, and the law it or a tagging works on. */
  reread?: boolean;
  about?: string;
}

export interface Jobs {
  start(kind: JobStatus['kind'], files: string[], work: JobWork, request: JobRequest): StartedJob;
  get(id: string): JobStatus;
  /** The status once the job has ended or a file of it has moved on a stage, or after `ms`. */
  wait(id: string, ms: number): Promise<JobStatus>;
  cancel(id: string): JobStatus;
  /** Running jobs, then the most recent ended ones, each newest first. */
  list(): JobStatus[];
  /** Cancels every running job and resolves when all have ended (used on shutdown). */
  shutdown(): Promise<void>;
}

/**
 * Whether a cancel stopped some of the work that still finished: a file it did not import. A work
 * that finished all of it (a tagging whose cancel came as it committed) is done, not cancelled.
 */
function stoppedSome(result: Awaited<ReturnType<JobWork>>): boolean {
  return result.importResult?.failed.some((f) => f.code === 'cancelled') ?? false;
}

/** Ended jobs kept for `get` and `list`; older ones are forgotten. */
const KEPT_ENDED = 50;

interface Job {
  status: JobStatus;
  keys: string[];
  controller: AbortController;
  done: Promise<void>;
  /** Followers waiting for a file of the job to move on a stage (wait). */
  waiting: Set<() => void>;
}

export function createJobs(): Jobs {
  const jobs = new Map<string, Job>();

  const find = (id: string) => {
    const job = jobs.get(id);
    if (!job) throw new ApiError('not_found', `no job ${id}`);
    return job;
  };
  const forgetOld = () => {
    const ended = [...jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of ended.slice(0, Math.max(0, ended.length - KEPT_ENDED))) jobs.delete(j.status.id);
  };

  return {
    start(kind, files, work, { startedBy, keys = [], reread, about }) {
      const running = [...jobs.values()].find(
        (j) =>
          j.status.state === 'running' &&
          j.status.kind === kind &&
          keys.length > 0 &&
          keys.every((k) => j.keys.includes(k)),
      );
      if (running) return { jobId: running.status.id, joined: true };
      const id = newId('j');
      const controller = new AbortController();
      const status: JobStatus = {
        id,
        kind,
        ...(reread ? { reread } : {}),
        ...(about ? { about } : {}),
        state: 'running',
        startedBy,
        startedAt: new Date().toISOString(),
        progress: files.map((file) => ({ file, fraction: 0, stage: 'queued' })),
      };
      const waiting = new Set<() => void>();
      const done = work((index, progress) => {
        const moved = status.progress[index]?.stage !== progress.stage;
        status.progress[index] = progress;
        // A follower learns of each file's next stage as it comes (a terminal's "[2/2] … reading").
        if (moved) for (const wake of waiting) wake();
      }, controller.signal).then(
        (result) => {
          Object.assign(status, result);
          status.state = controller.signal.aborted && stoppedSome(result) ? 'cancelled' : 'done';
        },
        (error: unknown) => {
          status.state = controller.signal.aborted ? 'cancelled' : 'failed';
          status.error = toErrorInfo(error);
        },
      );
      const ended = done.then(() => {
        // A file the cancelled work never finished says so, not "queued" or "reading" for ever.
        if (status.state === 'cancelled')
          status.progress = status.progress.map((p) =>
            ENDED_STAGES.has(p.stage) ? p : { file: p.file, fraction: p.fraction, stage: 'cancelled' },
          );
        status.endedAt = new Date().toISOString();
        forgetOld();
      });
      jobs.set(id, { status, keys, controller, done: ended, waiting });
      return { jobId: id, joined: false };
    },
    get: (id) => structuredClone(find(id).status),
    async wait(id, ms) {
      const job = find(id);
      let timer: NodeJS.Timeout | undefined;
      let wake = () => {};
      const moved = new Promise<void>((resolve) => (wake = resolve));
      job.waiting.add(wake);
      // The timer is cleared when the job ends first: a pending one would hold a finished command open.
      await Promise.race([job.done, moved, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
      clearTimeout(timer);
      job.waiting.delete(wake);
      return structuredClone(job.status);
    },
    cancel(id) {
      const job = find(id);
      job.controller.abort();
      return structuredClone(job.status);
    },
    list() {
      const all = [...jobs.values()].map((j) => j.status).reverse();
      return structuredClone([
        ...all.filter((s) => s.state === 'running'),
        ...all.filter((s) => s.state !== 'running'),
      ]);
    },
    async shutdown() {
      for (const job of jobs.values()) job.controller.abort();
      await Promise.all([...jobs.values()].map((j) => j.done));
    },
  };
}
