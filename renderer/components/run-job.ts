import type { JobStatus } from '../../shared/api/contract';
import { ApiCallError, background } from '../api-client';
import { errorMessage } from '../error-message';

/** Answers that will not change if asked again: the job is unknown, or not this account's to see. */
const FINAL_CODES: ReadonlySet<string> = new Set([
  'not_found',
  'forbidden',
  'invalid_args',
  'unknown_method',
]);

/** How long a job's status may go unread (a team server busy, a network gone) before we stop asking. */
export const GIVE_UP_AFTER_MS = 2 * 60_000;

/** A failed status check is tried again after this long, twice as long each time up to the most. */
export const RETRY_START_MS = 250;
const RETRY_MAX_MS = 5000;
/** The wait before the next try, after one of `ms` failed too. */
export const nextRetry = (ms: number): number => Math.min(ms * 2, RETRY_MAX_MS);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Follows a job until it ends (waitForJob answers as it ends), reporting each status; resolves with
 * the final one. The job runs on the server whatever happens to one status check, so a check that
 * fails or times out is tried again (waiting longer each time, up to 5 s): `onContact` is told
 * "Lost contact with the job, still trying…" and, once it answers again, `undefined`. Only after
 * two minutes without an answer does it give up, with an error saying the job may still finish and
 * where to see it.
 */
export async function followJob(
  jobId: string,
  onStatus: (status: JobStatus) => void,
  onContact: (lost: string | undefined) => void = () => undefined,
): Promise<JobStatus> {
  let lostSince: number | undefined;
  let wait = RETRY_START_MS;
  // A team server of an earlier Lexgap has no waitForJob: its jobs are asked about every 250 ms.
  let waits = true;
  // Where the job stands at once, then each step as it comes.
  let first = true;
  for (;;) {
    let status: JobStatus;
    try {
      // The window's own checks: a job running for hours keeps no team-server session alive.
      status = waits && !first ? await background.waitForJob({ jobId }) : await background.getJob({ jobId });
      first = false;
    } catch (e) {
      if (waits && e instanceof ApiCallError && e.code === 'unknown_method') {
        waits = false;
        continue;
      }
      if (e instanceof ApiCallError && FINAL_CODES.has(e.code)) throw e;
      lostSince ??= Date.now();
      if (Date.now() - lostSince >= GIVE_UP_AFTER_MS) {
        onContact(undefined);
        throw new Error(
          `Lost contact with the job for 2 minutes (${errorMessage(e)}). It may still finish on the server: see Jobs in the Library for how it ends.`,
        );
      }
      onContact(`Lost contact with the job, still trying… (${errorMessage(e)})`);
      await sleep(wait);
      wait = nextRetry(wait);
      continue;
    }
    if (lostSince !== undefined) onContact(undefined);
    lostSince = undefined;
    wait = RETRY_START_MS;
    onStatus(status);
    if (status.state !== 'running') return status;
    if (!waits) await sleep(250);
  }
}

export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} cannot be read`));
    reader.readAsDataURL(file);
  });
}
