// Long work (import, tagging) as jobs that the UI and the command line poll, follow and cancel.
import type { JobProgress, JobStatus } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { toErrorInfo } from '../api/dispatch';
import { newId } from '../../shared/ids';

type JobWork = (
  report: (index: number, progress: JobProgress) => void,
  signal: AbortSignal,
) => Promise<Partial<Pick<JobStatus, 'importResult' | 'tagResult'>>>;

export interface Jobs {
  start(kind: JobStatus['kind'], files: string[], work: JobWork): string;
  get(id: string): JobStatus;
  cancel(id: string): JobStatus;
  /** Cancels every running job and resolves when all have ended (used on shutdown). */
  shutdown(): Promise<void>;
}

export function createJobs(): Jobs {
  const jobs = new Map<string, { status: JobStatus; controller: AbortController; done: Promise<void> }>();

  const find = (id: string) => {
    const job = jobs.get(id);
    if (!job) throw new ApiError('not_found', `no job ${id}`);
    return job;
  };

  return {
    start(kind, files, work) {
      const id = newId('j');
      const controller = new AbortController();
      const status: JobStatus = {
        id,
        kind,
        state: 'running',
        progress: files.map((file) => ({ file, fraction: 0, stage: 'queued' })),
      };
      const done = work((index, progress) => {
        status.progress[index] = progress;
      }, controller.signal).then(
        (result) => {
          Object.assign(status, result);
          status.state = controller.signal.aborted ? 'cancelled' : 'done';
        },
        (error: unknown) => {
          status.state = controller.signal.aborted ? 'cancelled' : 'failed';
          status.error = toErrorInfo(error);
        },
      );
      jobs.set(id, { status, controller, done });
      return id;
    },
    get: (id) => structuredClone(find(id).status),
    cancel(id) {
      const job = find(id);
      job.controller.abort();
      return structuredClone(job.status);
    },
    async shutdown() {
      for (const job of jobs.values()) job.controller.abort();
      await Promise.all([...jobs.values()].map((j) => j.done));
    },
  };
}
