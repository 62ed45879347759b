// Long work runs once for everyone on a team server (one set of handlers serves every signed-in
// account): importing a file that someone's import is already reading, or tagging laws already being
// tagged, joins the running job; every user sees the running and recent jobs with who started them.
// Real SQLite, real PDFs.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAccount } from '../electron/api/signed-in';
import { openApp, type App } from '../electron/app/open-app';
import type { JobStatus } from '../shared/api/contract';
import { law, tempDir } from './helpers/paths';

let app: App;
const amina = <T>(call: () => Promise<T>) => asAccount({ name: 'amina', role: 'analyst' }, call);
const bilal = <T>(call: () => Promise<T>) => asAccount({ name: 'bilal', role: 'analyst' }, call);

async function ended(jobId: string): Promise<JobStatus> {
  for (;;) {
    const job = await app.api.getJob({ jobId });
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  app = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
});
afterAll(() => app?.close());

describe('jobs shared by everyone', () => {
  it('imports a file once when a second person uploads the same bytes while it is read, and shows who started it', async () => {
    const file = law('MY/Child_Bill_1999.pdf');
    const first = await amina(() => app.api.startImport({ files: [{ path: file }], country: 'MY' }));
    const upload = {
      name: 'child-bill-copy.pdf',
      dataBase64: fs.readFileSync(file).toString('base64'),
    };
    const second = await bilal(() => app.api.startImport({ files: [upload], country: 'MY' }));
    expect(first.joined).toBe(false);
    expect(second).toEqual({ jobId: first.jobId, joined: true });
    // Bilal sees amina's job running, with its progress.
    const [seen] = await bilal(() => app.api.listJobs({}));
    expect(seen).toMatchObject({ id: first.jobId, kind: 'import', state: 'running', startedBy: 'amina' });
    // Each file by the name the import reports it under, from the job's first row: not a path on
    // the machine that reads it.
    expect(seen.progress).toEqual([expect.objectContaining({ file: 'Child_Bill_1999.pdf' })]);
    // Another file is other work: it runs as a job of its own.
    const other = await bilal(() =>
      app.api.startImport({
        files: [{ path: law('MY/Evidence_of_Child_Witness_Bill_2007.pdf') }],
        country: 'MY',
      }),
    );
    expect(other.joined).toBe(false);
    expect(other.jobId).not.toBe(first.jobId);
    const job = await ended(first.jobId);
    expect(job).toMatchObject({ state: 'done', startedBy: 'amina', endedAt: expect.any(String) });
    expect(job.importResult?.documents.map((d) => d.file)).toEqual(['Child_Bill_1999.pdf']);
    await ended(other.jobId);
    expect((await app.api.listDocuments({ country: 'MY' })).map((d) => d.file).sort()).toEqual([
      'Child_Bill_1999.pdf',
      'Evidence_of_Child_Witness_Bill_2007.pdf',
    ]);
    // Ended jobs stay listed for everyone, newest first.
    const listed = await amina(() => app.api.listJobs({}));
    expect(listed.map((j) => [j.id, j.state, j.startedBy])).toEqual([
      [other.jobId, 'done', 'bilal'],
      [first.jobId, 'done', 'amina'],
    ]);
  }, 120_000);

  it('tags once: asking for one law while every law is being tagged joins that job; afterwards it runs again', async () => {
    const [doc] = await app.api.listDocuments({ country: 'MY' });
    const all = await amina(() => app.api.startTagging({}));
    const one = await bilal(() => app.api.startTagging({ documentId: doc.id }));
    const again = await bilal(() => app.api.startTagging({}));
    expect(one).toEqual({ jobId: all.jobId, joined: true });
    expect(again).toEqual({ jobId: all.jobId, joined: true });
    const job = await ended(all.jobId);
    expect(job).toMatchObject({ state: 'done', startedBy: 'amina' });
    expect(job.tagResult?.documents).toBe(2);
    // Nothing running: a new request is a new job.
    const later = await bilal(() => app.api.startTagging({ documentId: doc.id }));
    expect(later.joined).toBe(false);
    expect((await ended(later.jobId)).tagResult?.documents).toBe(1);
  }, 120_000);

  it('a cancelled re-read says of its file that it was cancelled, not that it is still being read', async () => {
    const [doc] = await app.api.listDocuments({ country: 'MY' });
    const { jobId } = await amina(() => app.api.startReread({ documentId: doc.id }));
    // Cancelled while OCR reads its pages (the Child Bill has 136).
    for (;;) {
      const job = await app.api.getJob({ jobId });
      if (job.progress[0].stage !== 'queued') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await amina(() => app.api.cancelJob({ jobId }));
    const job = await ended(jobId);
    expect(job.state).toBe('cancelled');
    expect(job.progress.map((p) => p.stage)).toEqual(['cancelled']);
    // The law is as it was.
    expect((await app.api.getDocument({ documentId: doc.id })).clauses).toBe(doc.clauses);
  }, 120_000);
});
