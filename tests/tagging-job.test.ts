// Tagging as the window runs it, a job: its progress moves while it runs and Cancel stops it with
// nothing stored.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { JobStatus, LexgapApi } from '../shared/api/contract';
import { law, tempDir } from './helpers/paths';

let opened: App;
let api: LexgapApi;

beforeAll(async () => {
  opened = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
  api = opened.api;
  const imported = await api.importDocuments({
    files: [{ path: law('MY/Child_Bill_1999.pdf') }],
    country: 'MY',
  });
  expect(imported.failed).toEqual([]);
});

afterAll(async () => {
  await opened.close();
});

/** Polls the job as the window does, calling `onRunning` with each status seen while it runs. */
async function follow(
  jobId: string,
  onRunning: (status: JobStatus) => Promise<void> | void,
): Promise<JobStatus> {
  for (;;) {
    const status = await api.getJob({ jobId });
    if (status.state !== 'running') return status;
    await onRunning(status);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it('reports progress while tagging and stops on Cancel without storing suggestions', async () => {
  const documentId = (await api.listDocuments({}))[0].id;
  const { jobId } = await api.startTagging({});
  let seen: number | undefined;
  const final = await follow(jobId, async (status) => {
    const fraction = status.progress[0].fraction;
    if (fraction > 0 && fraction < 1 && seen === undefined) {
      seen = fraction;
      await api.cancelJob({ jobId });
    }
  });
  expect(seen).toBeGreaterThan(0);
  expect(final.state).toBe('cancelled');
  expect(await api.listSuggestions({ documentId })).toEqual([]);

  const again = await follow((await api.startTagging({})).jobId, () => undefined);
  expect(again.state).toBe('done');
  expect(again.tagResult?.clauses).toBeGreaterThan(100);
  expect((await api.listSuggestions({ documentId })).length).toBeGreaterThan(100);
});
