// Two people on one project at once (two processes on one SQLite file, as a team server and a
// colleague's command line have it), on real laws: where one value must win, the change made on a
// version someone else has since changed is refused with a message naming them and nothing of it
// is written; decisions on suggestions are each reviewer's own, so both survive.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { ApiErrorInfo, Result } from '../shared/api/errors';
import type { DocumentRecord } from '../shared/model';
import type { Matrix, MatrixCell } from '../shared/matrix/types';
import { law, tempDir } from './helpers/paths';
import { recommendationCiting } from './helpers/recommendation-input';

let amina: App;
let bilal: App;
let doc: DocumentRecord;

beforeAll(async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  amina = await openApp({ database: db, reviewer: 'amina' });
  const imported = await amina.api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  expect(imported.failed).toEqual([]);
  await amina.api.tagDocuments({});
  bilal = await openApp({ database: db, reviewer: 'bilal' });
  doc = await amina.api.getDocument({ documentId: imported.documents[0].id });
}, 120_000);

afterAll(async () => {
  await amina?.close();
  await bilal?.close();
});

/** The refusal a call ends in (failing the test if it went through). */
async function refusal(app: App, method: string, args: unknown): Promise<ApiErrorInfo> {
  const result = (await app.dispatch(method, args)) as Result<unknown>;
  if (result.ok) throw new Error(`${method} went through`);
  return result.error;
}

const cellOf = (matrix: Matrix, country: string, provisionId: string): MatrixCell => {
  const column = matrix.columns.findIndex((c) => c.country === country);
  const row = matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === provisionId);
  return row!.cells[column];
};

describe("a law's details", () => {
  it('refuses the second edit made on the same version, naming who changed it; the first stands', async () => {
    const seenByAmina = await amina.api.getDocument({ documentId: doc.id });
    const seenByBilal = await bilal.api.getDocument({ documentId: doc.id });
    expect(seenByBilal.version).toBe(seenByAmina.version);
    await bilal.api.updateDocument({
      documentId: doc.id,
      title: 'Child Marriage Restraint Act, 1929 (as amended)',
      expectedVersion: seenByBilal.version,
    });
    const audited = (await amina.api.listAudit({ entityId: doc.id })).length;
    const error = await refusal(amina, 'updateDocument', {
      documentId: doc.id,
      year: 1930,
      status: 'repealed',
      repealedOn: '2020-01-01',
      expectedVersion: seenByAmina.version,
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(
      /^This law's details were changed by bilal at \d\d:\d\d UTC since you opened it — look again and re-apply your change$/,
    );
    const now = await amina.api.getDocument({ documentId: doc.id });
    expect(now).toMatchObject({
      title: 'Child Marriage Restraint Act, 1929 (as amended)',
      year: seenByAmina.year,
      status: seenByAmina.status,
      repealedOn: null,
    });
    expect((await amina.api.listAudit({ entityId: doc.id })).length).toBe(audited);
    // Looking again, amina re-applies hers on what bilal left.
    const again = await amina.api.updateDocument({
      documentId: doc.id,
      year: 1930,
      expectedVersion: now.version,
    });
    expect(again).toMatchObject({ title: 'Child Marriage Restraint Act, 1929 (as amended)', year: 1930 });
    expect(again.version).toBeGreaterThan(now.version!);
  });

  it('takes an edit without a version (the command line) whatever happened since', async () => {
    const before = await bilal.api.getDocument({ documentId: doc.id });
    await amina.api.updateDocument({ documentId: doc.id, year: 1929 });
    const after = await bilal.api.updateDocument({
      documentId: doc.id,
      title: 'Child Marriage Restraint Act',
    });
    expect(after).toMatchObject({ year: 1929, title: 'Child Marriage Restraint Act' });
    expect(after.version).toBeGreaterThan(before.version!);
  });
});

describe("a cell's rating", () => {
  it('refuses a rating or a clearing made on a rating someone changed since, and keeps theirs', async () => {
    const cell = { country: 'PK', provisionId: 'CRC.19' };
    const shown = cellOf(await bilal.api.buildMatrix({ countries: ['PK'] }), 'PK', 'CRC.19');
    const unrated = shown.override?.version ?? 0;
    expect(unrated).toBe(0);
    await amina.api.setCellOverride({
      ...cell,
      level: 'partial',
      rationale: 'only some forms of violence',
      expectedVersion: unrated,
    });
    const error = await refusal(bilal, 'setCellOverride', {
      ...cell,
      level: 'full',
      rationale: '',
      expectedVersion: unrated,
    });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/^The rating of CRC\.19 for PK was changed by amina at \d\d:\d\d UTC/);
    expect(
      (await refusal(bilal, 'clearCellOverride', { ...cell, expectedVersion: unrated })).message,
    ).toMatch(/changed by amina/);
    const now = cellOf(await bilal.api.buildMatrix({ countries: ['PK'] }), 'PK', 'CRC.19');
    expect(now.override).toMatchObject({ level: 'partial', reviewer: 'amina', version: expect.any(Number) });
    const rated = now.override!;
    // Bilal looks again: his clearing on what amina rated goes through; amina's later one does not.
    expect(await bilal.api.clearCellOverride({ ...cell, expectedVersion: rated.version })).toEqual({
      cleared: true,
    });
    expect(
      (
        await refusal(amina, 'setCellOverride', {
          ...cell,
          level: 'full',
          rationale: '',
          expectedVersion: rated.version,
        })
      ).message,
    ).toMatch(/^The rating of CRC\.19 for PK was changed by bilal/);
    expect(cellOf(await amina.api.buildMatrix({ countries: ['PK'] }), 'PK', 'CRC.19').override).toBeNull();
  });
});

describe('a recommendation', () => {
  it('refuses the second edit made on the same version and keeps the first', async () => {
    const { id } = await amina.api.addRecommendation(recommendationCiting(doc.id));
    const [added] = await bilal.api.listRecommendations({});
    expect(added).toMatchObject({ id, version: expect.any(Number) });
    await bilal.api.updateRecommendation({
      id: added.id,
      priority: 'medium',
      expectedVersion: added.version,
    });
    const error = await refusal(amina, 'updateRecommendation', {
      id: added.id,
      text: 'Something else',
      expectedVersion: added.version,
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^This recommendation was changed by bilal at/);
    const [stored] = await amina.api.listRecommendations({});
    expect(stored).toMatchObject({ priority: 'medium', text: added.text, updatedBy: 'bilal' });
  });
});

describe('the lead reviewer setting', () => {
  it('refuses a new lead chosen on a setting someone changed since', async () => {
    const seen = await bilal.api.getSettings({});
    await amina.api.updateSettings({ leadReviewer: 'amina', expectedVersion: seen.leadReviewerVersion });
    const error = await refusal(bilal, 'updateSettings', {
      leadReviewer: 'bilal',
      expectedVersion: seen.leadReviewerVersion,
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^The lead reviewer was changed by amina at \d\d:\d\d UTC/);
    const now = await bilal.api.getSettings({});
    expect(now.leadReviewer).toBe('amina');
    expect(now.leadReviewerVersion).toBeGreaterThan(seen.leadReviewerVersion!);
  });
});

describe('decisions on one suggestion by two reviewers at once', () => {
  it('keeps both: each reviewer has their own decision', async () => {
    const [suggestion] = await amina.api.listSuggestions({
      documentId: doc.id,
      status: 'suggested',
      limit: 1,
    });
    await Promise.all([
      amina.api.reviewSuggestions({
        ids: [suggestion.id],
        decision: 'accept',
        coverage: 'full',
        note: 'clear',
      }),
      bilal.api.reviewSuggestions({ ids: [suggestion.id], decision: 'reject', note: 'not about this' }),
    ]);
    const decisions = await amina.store.listReviewerDecisions({ suggestionIds: [suggestion.id] });
    expect(decisions.map((d) => [d.reviewer, d.status, d.note])).toEqual([
      ['amina', 'accepted', 'clear'],
      ['bilal', 'rejected', 'not about this'],
    ]);
  });
});
