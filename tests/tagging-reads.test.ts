// What another screen reads while tagging runs: tagging stores law after law in one transaction, and
// a read meanwhile (Review's queue, the Library) sees the library as it was before the run, never a
// law's rows not yet committed, which a cancel would take away from under a decision. Real laws,
// real SQLite, the API in-process.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { JobStatus, LexgapApi } from '../shared/api/contract';
import { law, tempDir } from './helpers/paths';

const database = path.join(tempDir('lexgap-tag-reads-'), 'db.sqlite');
let app: App;
let api: LexgapApi;

beforeAll(async () => {
  app = await openApp({ database });
  api = app.api;
  const imported = await api.importDocuments({
    files: ['MY/Anti-Trafficking_in_Persons_Bill_2007.pdf', 'MY/Child_Bill_1999.pdf'].map((f) => ({
      path: law(f),
    })),
    country: 'MY',
  });
  expect(imported.failed).toEqual([]);
}, 240_000);

afterAll(async () => {
  await app?.close();
});

const suggestionIds = async () => (await api.listSuggestions({ limit: 100_000 })).map((s) => s.id).sort();

/**
 * Follows a tagging job as the window does, reading the suggestions each turn as another screen
 * would; `cancelPast`: cancels it once its progress passes this fraction. Every distinct list seen.
 */
async function tagWhileReading(cancelPast = Infinity): Promise<{ final: JobStatus; seen: string[][] }> {
  const { jobId } = await api.startTagging({});
  const seen = new Map<string, string[]>();
  let cancelled = false;
  for (;;) {
    const status = await api.getJob({ jobId });
    if (status.state !== 'running') return { final: status, seen: [...seen.values()] };
    const ids = await suggestionIds();
    seen.set(ids.join(' '), ids);
    if (!cancelled && status.progress[0].fraction > cancelPast) {
      cancelled = true;
      await api.cancelJob({ jobId });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it("a read while tagging runs sees none of the run's suggestions before it commits, all after, and none of a cancelled run", async () => {
  // Cancelled after the first law's suggestions were stored (it is the smaller of the two).
  const cancelled = await tagWhileReading(0.6);
  expect(cancelled.final.state).toBe('cancelled');
  expect(cancelled.seen).toEqual([[]]);
  expect(await suggestionIds()).toEqual([]);

  const done = await tagWhileReading();
  expect(done.final.state).toBe('done');
  const after = await suggestionIds();
  expect(after.length).toBeGreaterThan(1000);
  // Before the commit none; after it (the job still says running for a moment) all.
  expect(done.seen[0]).toEqual([]);
  for (const ids of done.seen) expect([[], after]).toContainEqual(ids);
  // A decision on any row shown afterwards holds.
  await api.reviewSuggestions({ ids: after.slice(0, 1), decision: 'accept', coverage: 'full' });
  expect((await api.listSuggestions({ status: 'accepted' })).map((s) => s.id)).toEqual(after.slice(0, 1));
}, 240_000);
