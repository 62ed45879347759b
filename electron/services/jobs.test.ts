// A job says "cancelled" only when the cancel stopped some of its work: a cancel that comes as the
// work finishes (a tagging committing its suggestions) leaves it done, with its result.
import { expect, it } from 'vitest';
import type { ImportResult, JobProgress, JobStatus, TagResult } from '../../shared/api/contract';
import { createJobs } from './jobs';

const tagResult: TagResult = { documents: 1, clauses: 137, suggestions: 2000, kept: 0, durationMs: 5 };

/** Starts a job whose work, once cancelled, still ends with `result`; cancels it; its final status. */
async function cancelledAsItEnds(
  kind: JobStatus['kind'],
  result: { tagResult?: TagResult; importResult?: ImportResult },
): Promise<JobStatus> {
  const jobs = createJobs();
  const { jobId } = jobs.start(
    kind,
    ['suggestions'],
    (_report, signal) =>
      new Promise((resolve) => signal.addEventListener('abort', () => setImmediate(() => resolve(result)))),
    { startedBy: 'amina' },
  );
  jobs.cancel(jobId);
  await jobs.shutdown();
  return jobs.get(jobId);
}

it('says done, with its result, when the cancel came too late to stop anything', async () => {
  expect(await cancelledAsItEnds('tag', { tagResult })).toMatchObject({ state: 'done', tagResult });
  const imported: ImportResult = { documents: [], failed: [], skipped: [] };
  expect((await cancelledAsItEnds('import', { importResult: imported })).state).toBe('done');
});

it('says cancelled when the cancel stopped a file', async () => {
  const importResult: ImportResult = {
    documents: [],
    failed: [{ file: 'a.pdf', code: 'cancelled', message: 'a.pdf: import cancelled' }],
    skipped: [],
  };
  const job = await cancelledAsItEnds('import', { importResult });
  expect(job).toMatchObject({ state: 'cancelled', progress: [{ stage: 'cancelled' }] });
});

it('answers a follower waiting on a running job as the job ends, not after its wait', async () => {
  const jobs = createJobs();
  let finish = () => {};
  const { jobId } = jobs.start(
    'tag',
    ['suggestions'],
    () => new Promise((resolve) => (finish = () => resolve({ tagResult }))),
    { startedBy: 'amina' },
  );
  expect((await jobs.wait(jobId, 5)).state).toBe('running');
  // A minute's wait: the test's 5 s limit fails it unless the end answers it.
  const waiting = jobs.wait(jobId, 60_000);
  finish();
  expect(await waiting).toMatchObject({ state: 'done', tagResult });
  expect((await jobs.wait(jobId, 60_000)).state).toBe('done');
});

it('answers a waiting follower as a file of the job moves on a stage, not as its fraction grows', async () => {
  const jobs = createJobs();
  let report: (index: number, progress: JobProgress) => void = () => {};
  const { jobId } = jobs.start(
    'import',
    ['a.pdf'],
    (r) => {
      report = r;
      return new Promise(() => {});
    },
    { startedBy: 'amina' },
  );
  report(0, { file: 'a.pdf', stage: 'reading', fraction: 0.1 });
  const waiting = jobs.wait(jobId, 60_000);
  let answered = false;
  void waiting.then(() => (answered = true));
  report(0, { file: 'a.pdf', stage: 'reading', fraction: 0.4 });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(answered).toBe(false);
  report(0, { file: 'a.pdf', stage: 'ocr', fraction: 0.5 });
  expect((await waiting).progress[0]).toMatchObject({ stage: 'ocr', fraction: 0.5 });
});
