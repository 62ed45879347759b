// Cancelling a tagging that would change a reviewed library: the job says "cancelled", every row of
// the database is as it was before the run (no half-tagged law, no suggestion lost, every decision
// as made), and tagging again afterwards completes. Real laws, real SQLite, the API in-process.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { JobStatus, LexgapApi } from '../shared/api/contract';
import { settled } from '../scripts/review-simulation';
import { allRows } from './helpers/all-rows';
import { law, tempDir } from './helpers/paths';

const database = path.join(tempDir('lexgap-tag-cancel-'), 'db.sqlite');
let app: App;
let api: LexgapApi;

async function importLaw(file: string): Promise<string> {
  const imported = await api.importDocuments({ files: [{ path: law(file) }], country: 'MY' });
  expect(imported.failed).toEqual([]);
  return imported.documents[0].id;
}

/** Follows a job as the window does (a status read each turn), calling `onRunning` with each one seen running. */
async function follow(jobId: string, onRunning: (status: JobStatus) => Promise<void> | void = () => {}) {
  for (;;) {
    const status = await api.getJob({ jobId });
    if (status.state !== 'running') return status;
    await onRunning(status);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

let childBill: string;
let untagged: string;
const decided: Record<'accepted' | 'rejected', string[]> = { accepted: [], rejected: [] };

beforeAll(async () => {
  app = await openApp({ database });
  api = app.api;
  childBill = await importLaw('MY/Child_Bill_1999.pdf');
  await importLaw('MY/Anti-Trafficking_in_Persons_Bill_2007.pdf');
  expect((await follow((await api.startTagging({})).jobId)).state).toBe('done');
  // Decisions on the Child Bill: a few accepted with coverage and a note, a few rejected.
  const offered = await api.listSuggestions({ documentId: childBill, minScore: 0.3 });
  expect(offered.length).toBeGreaterThan(10);
  decided.accepted = offered.slice(0, 3).map((s) => s.id);
  decided.rejected = offered.slice(3, 6).map((s) => s.id);
  await api.reviewSuggestions({
    ids: decided.accepted,
    decision: 'accept',
    coverage: 'partial',
    note: 'ss. 2-3',
  });
  await api.reviewSuggestions({ ids: decided.rejected, decision: 'reject' });
  await settled(api);
  // What a new tagging would change: a law never tagged, and a clause of the Child Bill re-headed.
  untagged = await importLaw('MY/Sexual_Offences_against_Children_Bill_2017.pdf');
  const clause = (await api.listClauses({ documentId: childBill })).find((c) => c.heading.length > 0)!;
  await api.updateClause({ clauseId: clause.id, heading: 'Corporal punishment of children at school' });
}, 240_000);

afterAll(async () => {
  await app?.close();
});

describe('cancelling a tagging', () => {
  it('stops it after its first progress, with the job cancelled and the database as it was; tagging again then completes', async () => {
    const before = await allRows(database);
    expect(before.suggestions.length).toBeGreaterThan(1000);
    expect(before.suggestions.some((s) => s.document_id === untagged)).toBe(false);

    const { jobId } = await api.startTagging({});
    let cancelledAt: number | undefined;
    const final = await follow(jobId, async (status) => {
      if (cancelledAt === undefined && status.progress[0].fraction > 0) {
        cancelledAt = status.progress[0].fraction;
        await api.cancelJob({ jobId });
      }
    });
    // Cancelled early in the run, not after it had matched every clause.
    expect(cancelledAt).toBeGreaterThan(0);
    expect(cancelledAt).toBeLessThan(0.5);
    expect(final).toMatchObject({ state: 'cancelled', progress: [{ stage: 'cancelled' }] });
    expect(final.tagResult).toBeUndefined();
    expect(final.progress[0].fraction).toBeLessThan(0.5);

    // Every row of every table as before: no suggestion of the untagged law, none replaced, the
    // decisions and their audit entries as made, not even the data version raised.
    expect(await allRows(database)).toEqual(before);
    const accepted = await api.listSuggestions({ documentId: childBill, status: 'accepted' });
    expect(accepted.map((s) => [s.id, s.coverage, s.note])).toEqual(
      decided.accepted.map((id) => [id, 'partial', 'ss. 2-3']),
    );

    // Tagging again completes, tags the new law and keeps every decision.
    const again = await follow((await api.startTagging({})).jobId);
    expect(again.state).toBe('done');
    expect(again.tagResult).toMatchObject({ documents: 3, kept: 6 });
    expect((await api.listSuggestions({ documentId: untagged })).length).toBeGreaterThan(100);
    expect(
      (await api.listSuggestions({ documentId: childBill, status: 'rejected' })).map((s) => s.id).sort(),
    ).toEqual([...decided.rejected].sort());
    expect(
      (await api.listSuggestions({ documentId: childBill, status: 'accepted' })).map((s) => s.id).sort(),
    ).toEqual([...decided.accepted].sort());
  });

  it('stops it with nothing stored when Cancel comes as the last law is being written', async () => {
    const clause = (await api.listClauses({ documentId: untagged })).find((c) => c.heading.length > 0)!;
    await api.updateClause({ clauseId: clause.id, heading: 'Harsh punishment of a child in care' });
    const before = await allRows(database);
    const clauses = (await api.listDocuments({})).reduce((sum, d) => sum + d.clauses, 0);
    // Progress is reported every eight clauses matched, as 90% of the share matched: past this,
    // every clause is matched within a turn and the last law's suggestions are being written.
    const lastReport = (0.9 * (clauses - 8)) / clauses;
    const { jobId } = await api.startTagging({});
    let lastSeen = false;
    let cancelled = false;
    const final = await follow(jobId, async (status) => {
      // The turn after the last report: the last clauses are matched and their law is being written.
      if (lastSeen && !cancelled) {
        cancelled = true;
        await api.cancelJob({ jobId });
      }
      lastSeen ||= status.progress[0].fraction >= lastReport;
    });
    expect(cancelled).toBe(true);
    // Writing takes several of SQLite's turns, so the cancel comes before the commit: rolled back.
    expect(final).toMatchObject({ state: 'cancelled', progress: [{ stage: 'cancelled' }] });
    expect(final.tagResult).toBeUndefined();
    expect(await allRows(database)).toEqual(before);
  });
});
