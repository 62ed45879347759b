// Tagging and review through the real handlers on real laws: reviews survive re-tagging, every change
// is audited, undo restores (what decisions teach: learning.test.ts).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../electron/api/dispatch';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import type { SuggestionView } from '../shared/model';
import { law, tempDir } from './helpers/paths';

let opened: App;
let api: LexgapApi;
let dispatch: Dispatch;
let sexualOffences: string;
let trafficking: string;

beforeAll(async () => {
  opened = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
  api = opened.api;
  dispatch = opened.dispatch;
  await api.updateSettings({ reviewerName: 'Test Analyst' });
  const imported = await api.importDocuments({
    files: [
      { path: law('MY/Sexual_Offences_against_Children_Bill_2017.pdf') },
      { path: law('MY/Anti-Trafficking_in_Persons_Bill_2007.pdf') },
    ],
    country: 'MY',
  });
  expect(imported.failed).toEqual([]);
  [sexualOffences, trafficking] = imported.documents.map((d) => d.id);
  await api.tagDocuments({});
});

afterAll(async () => {
  await opened.close();
});

const clauseSuggestions = async (documentId: string, number: string): Promise<SuggestionView[]> =>
  (await api.listSuggestions({ documentId })).filter((s) => s.clauseNumber === number);

describe('tagging and review', () => {
  it('suggests standards for clauses, with the matched terms located in the clause text', async () => {
    const all = await api.listSuggestions({ documentId: sexualOffences });
    expect(all.length).toBeGreaterThan(30);
    const clauses = await api.listClauses({ documentId: sexualOffences });
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const withTerms = all.filter((s) => s.matched.some((m) => m.kind === 'phrase' || m.kind === 'keyword'));
    expect(withTerms.length).toBeGreaterThan(all.length / 2);
    for (const s of withTerms.slice(0, 50)) {
      const text = byId.get(s.clauseId)!.text;
      for (const m of s.matched.filter((t) => t.kind !== 'context' && t.end > t.start)) {
        expect(text.slice(m.start, m.end).toLowerCase().length).toBeGreaterThan(0);
      }
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('keeps accepted and rejected decisions through a re-tag, and audits each change with before and after', async () => {
    const list = await clauseSuggestions(sexualOffences, '2');
    expect(list.length).toBeGreaterThanOrEqual(2);
    const [accept, reject] = list;
    const accepted = await api.reviewSuggestions({
      ids: [accept.id],
      decision: 'accept',
      coverage: 'partial',
      note: 'defines child',
    });
    expect(accepted[0]).toMatchObject({
      status: 'accepted',
      coverage: 'partial',
      note: 'defines child',
      reviewer: 'Test Analyst',
    });
    await api.reviewSuggestions({ ids: [reject.id], decision: 'reject' });

    const result = await api.tagDocuments({ documentId: sexualOffences });
    expect(result.kept).toBeGreaterThanOrEqual(2);
    const after = await api.listSuggestions({ documentId: sexualOffences });
    expect(after.find((s) => s.id === accept.id)).toMatchObject({
      status: 'accepted',
      coverage: 'partial',
      note: 'defines child',
    });
    expect(after.find((s) => s.id === reject.id)).toMatchObject({ status: 'rejected' });
    // No duplicate of a reviewed (clause, provision) pair appears beside it.
    const pairs = after.map((s) => `${s.clauseId}|${s.provisionId}`);
    expect(new Set(pairs).size).toBe(pairs.length);

    const audit = await api.listAudit({ entityId: accept.id });
    expect(audit[0]).toMatchObject({ action: 'review', actor: 'Test Analyst', entity: 'suggestion' });
    expect(audit[0].before).toMatchObject({ status: 'suggested' });
    expect(audit[0].after).toMatchObject({ status: 'accepted', coverage: 'partial' });
  });

  it('undoes the last decision, batch by batch', async () => {
    const list = await clauseSuggestions(trafficking, '2');
    const ids = list.slice(0, 3).map((s) => s.id);
    await api.reviewSuggestions({ ids, decision: 'accept' });
    expect((await api.undoLastReview({})).undone).toBe(ids.length);
    const restored = (await api.listSuggestions({ documentId: trafficking })).filter((s) =>
      ids.includes(s.id),
    );
    expect(restored.every((s) => s.status === 'suggested')).toBe(true);
    const audit = await api.listAudit({ entityId: ids[0] });
    expect(audit.map((a) => a.action)).toEqual(['undo', 'review']);
  });

  it('says what undo undid, in the words of the decision', async () => {
    const [s] = await clauseSuggestions(trafficking, '3');
    await api.reviewSuggestions({ ids: [s.id], decision: 'accept', coverage: 'partial' });
    const result = await api.undoLastReview({});
    expect(result.summary).toBe(
      `the acceptance in part of ${s.provisionId} on s. 3 (${s.documentTitle}): it is undecided again`,
    );
    expect(result.changes).toEqual([
      expect.objectContaining({
        suggestionId: s.id,
        action: 'accept partial',
        before: { status: 'suggested', coverage: null, note: null },
        after: { status: 'accepted', coverage: 'partial', note: null },
      }),
    ]);
    // The same decision twice: the second, undone, changed nothing.
    await api.reviewSuggestions({ ids: [s.id], decision: 'reject' });
    await api.reviewSuggestions({ ids: [s.id], decision: 'reject' });
    expect((await api.undoLastReview({})).summary).toBe(
      `the repeated rejection of ${s.provisionId} on s. 3 (${s.documentTitle}): nothing changed, it stays rejected`,
    );
    await api.undoLastReview({});
  });

  it('a note alone never changes a decision, and undo takes the note back', async () => {
    const [open, rejected] = (await clauseSuggestions(trafficking, '4')).filter(
      (s) => s.status === 'suggested',
    );
    const [noted] = await api.reviewSuggestions({ ids: [open.id], note: 'check the 2010 amendment' });
    expect(noted).toMatchObject({
      status: 'suggested',
      coverage: null,
      reviewer: null,
      note: 'check the 2010 amendment',
    });

    await api.reviewSuggestions({ ids: [rejected.id], decision: 'reject' });
    const [stillRejected] = await api.reviewSuggestions({ ids: [rejected.id], note: 'not about children' });
    expect(stillRejected).toMatchObject({ status: 'rejected', coverage: null, note: 'not about children' });

    expect((await api.undoLastReview({})).summary).toMatch(
      /^the note “not about children” on .*: it is without a note again$/,
    );
    const [after] = await api.listSuggestions({ clauseId: rejected.clauseId, status: 'rejected' });
    expect(after).toMatchObject({ id: rejected.id, status: 'rejected', note: null });
  });

  it('adds a manual tag the matcher did not suggest', async () => {
    const clauses = await api.listClauses({ documentId: trafficking });
    const target = clauses.find((c) => c.number === '1')!;
    const tag = await api.addManualTag({
      clauseId: target.id,
      provisionId: 'CRC.35',
      coverage: 'full',
      note: 'title',
    });
    expect(tag).toMatchObject({ status: 'accepted', provisionId: 'CRC.35', coverage: 'full' });
    const listed = await api.listSuggestions({ clauseId: target.id, status: 'accepted' });
    expect(listed.map((s) => s.provisionId)).toContain('CRC.35');
  });

  it('refuses malformed review arguments and unknown ids through dispatch', async () => {
    const bad = await dispatch('reviewSuggestions', { ids: [], decision: 'accept' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    const unknown = await dispatch('reviewSuggestions', { ids: ['s-nope'], decision: 'maybe' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    const neither = await dispatch('reviewSuggestions', { ids: ['s-nope'] });
    expect(neither).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    const missing = await dispatch('reviewSuggestions', { ids: ['s-nope'], decision: 'reject' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
