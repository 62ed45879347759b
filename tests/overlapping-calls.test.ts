// Calls that overlap: dispatch does not queue them, the store runs one transaction at a time, and
// each write reads what it changes inside its transaction, so overlapping writes stay consistent.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { Suggestion } from '../shared/model';
import { law, tempDir } from './helpers/paths';

let app: App;
const file = law('PK/Child_Marriage_Restraint_Act_1929.pdf');

beforeAll(async () => {
  app = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
});

afterAll(async () => {
  await app.close();
});

it('the same law imported by two overlapping calls is stored once and reported as skipped by the other', async () => {
  const [a, b] = await Promise.all([
    app.dispatch('importDocuments', { files: [{ path: file }], country: 'PK' }),
    app.dispatch('importDocuments', { files: [{ path: file }], country: 'PK' }),
  ]);
  const results = [a, b].map((r) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value as { documents: { id: string }[]; skipped: { existingId: string }[]; failed: unknown[] };
  });
  expect(results.map((r) => [r.documents.length, r.skipped.length, r.failed.length]).sort()).toEqual([
    [0, 1, 0],
    [1, 0, 0],
  ]);
  expect((await app.api.listDocuments({})).map((d) => d.id)).toEqual([
    results.flatMap((r) => r.documents.map((d) => d.id))[0],
  ]);
});

it('overlapping decisions on one suggestion are audited as a chain: each one starts where the last ended', async () => {
  const [doc] = await app.api.listDocuments({});
  const [clause] = await app.api.listClauses({ documentId: doc.id });
  const tag = await app.api.addManualTag({ clauseId: clause.id, provisionId: 'CRC.1', coverage: 'full' });
  const decisions = ['reject', 'accept', 'reset', 'accept'] as const;
  const results = await Promise.all(
    decisions.map((decision) => app.dispatch('reviewSuggestions', { ids: [tag.id], decision })),
  );
  expect(results.every((r) => r.ok)).toBe(true);
  const entries = (await app.api.listAudit({ entityId: tag.id })).reverse();
  expect(entries.map((e) => e.action)).toEqual(['tag', 'review', 'review', 'review', 'review']);
  for (let i = 1; i < entries.length; i++) {
    expect((entries[i].before as Suggestion).status).toBe((entries[i - 1].after as Suggestion).status);
  }
  expect(
    entries
      .slice(1)
      .map((e) => (e.after as Suggestion).status)
      .sort(),
  ).toEqual(['accepted', 'accepted', 'rejected', 'suggested']);
  const stored = (await app.api.listSuggestions({ clauseId: clause.id })).find((s) => s.id === tag.id)!;
  expect(stored.status).toBe((entries[entries.length - 1].after as Suggestion).status);
});

it('overlapping merges of one clause each start from the clause as the one before left it', async () => {
  const [doc] = await app.api.listDocuments({});
  const before = await app.api.listClauses({ documentId: doc.id });
  const target = before[1];
  const results = await Promise.all([
    app.dispatch('mergeClauseWithNext', { clauseId: target.id }),
    app.dispatch('mergeClauseWithNext', { clauseId: target.id }),
  ]);
  expect(results.map((r) => r.ok)).toEqual([true, true]);
  const after = await app.api.listClauses({ documentId: doc.id });
  expect(after.map((c) => c.id)).toEqual(before.filter((_, i) => i !== 2 && i !== 3).map((c) => c.id));
  type Merge = { clauses: { id: string; text: string }[] };
  const merges = (await app.api.listAudit({ entityId: target.id }))
    .filter((e) => e.action === 'merge')
    .reverse();
  expect(merges.map((e) => (e.before as Merge).clauses[1].id)).toEqual([before[2].id, before[3].id]);
  expect((merges[1].before as Merge).clauses[0].text).toBe((merges[0].after as Merge).clauses[0].text);
});
