// A decision on a suggestion that a full tagging dropped after the reviewer saw it (the tagging ran
// while they looked at Review, or a colleague's did on a team server) is still recorded: the row
// comes back with the decision, audited, and undo makes it undecided again. One whose clause was
// merged away since is refused with the clause named; so is one a newer text of the law removed
// from a clause still there (its words changed: the row was matched on words no longer in it). Real
// laws, real SQLite, the real dispatch and command line.
//
// How a tagging comes to drop a row a reviewer sees: a new ranking (a catalog update, a learner
// trained on new decisions) no longer keeps it. The test stores, through the store, an undecided
// matcher row for a standard the current ranking does not keep on that clause, as an earlier
// ranking would have stored it; the full tagging that follows then drops it as it would in use.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../electron/api/dispatch';
import { openApp, type App } from '../electron/app/open-app';
import type { Store } from '../electron/store/store';
import type { LexgapApi } from '../shared/api/contract';
import type { Clause, Suggestion } from '../shared/model';
import { offeredSuggestion } from '../shared/review/offered-suggestion';
import { lexgap } from './helpers/run-cli';
import { law, lawsDir, tempDir } from './helpers/paths';
import { printMarkdownLaw } from './helpers/print-markdown-law';

const marriageAct = law('PK/Child_Marriage_Restraint_Act_1929.pdf');

/** A standard the matcher keeps on no clause of this act: what an earlier ranking had offered. */
async function notKept(api: LexgapApi, clauseId: string): Promise<string> {
  const shown = new Set((await api.listSuggestions({ clauseId })).map((s) => s.provisionId));
  const catalog = await api.listStandards({ framework: 'OPAC' });
  return catalog.frameworks[0].provisions.map((p) => p.id).find((id) => !shown.has(id))!;
}

/** Stores an undecided matcher row on `clause`, as an earlier ranking would have. */
async function offerStale(
  store: Store,
  clause: Clause,
  provisionId: string,
  id: string,
): Promise<Suggestion> {
  const { documentId } = clause;
  const row = offeredSuggestion(
    { id, clauseId: clause.id, documentId, provisionId, score: 0.9, matched: [] },
    new Date().toISOString(),
  );
  await store.transaction((tx) => tx.saveSuggestion(row));
  return row;
}

describe('a decision on a suggestion a full tagging dropped', () => {
  let opened: App;
  let api: LexgapApi;
  let dispatch: Dispatch;
  let clauses: Clause[];

  beforeAll(async () => {
    opened = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
    ({ api, dispatch } = opened);
    await api.updateSettings({ reviewerName: 'Amina Q.' });
    const imported = await api.importDocuments({ files: [{ path: marriageAct }], country: 'PK' });
    expect(imported.failed).toEqual([]);
    await api.tagDocuments({});
    clauses = await api.listClauses({ documentId: imported.documents[0].id });
  });

  afterAll(async () => {
    await opened.close();
  });

  /** The row a reviewer sees, then a full tagging that drops it. */
  async function seenThenDropped(clause: Clause, id: string): Promise<Suggestion> {
    const row = await offerStale(opened.store, clause, await notKept(api, clause.id), id);
    expect((await api.listSuggestions({ clauseId: clause.id })).map((s) => s.id)).toContain(id);
    await api.tagDocuments({});
    expect((await api.listSuggestions({ clauseId: clause.id })).map((s) => s.id)).not.toContain(id);
    return row;
  }

  it('is recorded: the row is back with the decision, audited, and undo makes it undecided again', async () => {
    const clause = clauses[3];
    const row = await seenThenDropped(clause, 's_dropped_accept');
    const result = await dispatch('reviewSuggestions', {
      ids: [row.id],
      decision: 'accept',
      coverage: 'partial',
    });
    expect(result).toEqual({
      ok: true,
      value: [
        expect.objectContaining({
          id: row.id,
          clauseId: clause.id,
          provisionId: row.provisionId,
          score: 0.9,
          status: 'accepted',
          coverage: 'partial',
          reviewer: 'Amina Q.',
        }),
      ],
    });
    expect((await api.listSuggestions({ clauseId: clause.id })).find((s) => s.id === row.id)).toMatchObject({
      status: 'accepted',
      coverage: 'partial',
    });
    const audit = await api.listAudit({ entityId: row.id });
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'Amina Q.',
        action: 'review',
        before: expect.objectContaining({ status: 'suggested' }),
        after: expect.objectContaining({ status: 'accepted' }),
      }),
    ]);
    // Decided, the next full tagging keeps it.
    await api.tagDocuments({});
    expect((await api.listSuggestions({ clauseId: clause.id })).find((s) => s.id === row.id)?.status).toBe(
      'accepted',
    );
    const undone = await api.undoLastReview({});
    expect(undone.undone).toBe(1);
    expect((await api.listSuggestions({ clauseId: clause.id })).find((s) => s.id === row.id)?.status).toBe(
      'suggested',
    );
  });

  it('goes to the row a later tagging stored for the same clause and standard', async () => {
    const clause = clauses[4];
    const row = await seenThenDropped(clause, 's_dropped_retagged');
    const now = await offerStale(opened.store, clause, row.provisionId, 's_stored_since');
    const [decided] = await api.reviewSuggestions({ ids: [row.id], decision: 'reject' });
    expect(decided).toMatchObject({ id: now.id, status: 'rejected' });
    const onClause = (await api.listSuggestions({ clauseId: clause.id })).filter(
      (s) => s.provisionId === row.provisionId,
    );
    expect(onClause.map((s) => [s.id, s.status])).toEqual([[now.id, 'rejected']]);
  });

  it('is refused, naming the clause, when the clause was merged away since', async () => {
    const clause = clauses[6];
    const row = await seenThenDropped(clause, 's_dropped_merged');
    await api.mergeClauseWithNext({ clauseId: clauses[5].id });
    const result = await dispatch('reviewSuggestions', { ids: [row.id], decision: 'accept' });
    const label = `${clause.kind === 'section' ? 's.' : clause.kind} ${clause.number}`;
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'not_found',
        message: `${row.provisionId} on ${label} (Child Marriage Restraint Act, 1929) cannot be decided: ${label} is no longer in the law (merged into another clause, or left out, when the law was corrected or read again); decide on the clause that holds its words now`,
      }),
    });
  });
});

describe('`lexgap review` on a suggestion a full tagging dropped', () => {
  it('records the decision under the reviewer’s name', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
    expect((await lexgap(db, 'tag')).code).toBe(0);
    const opened = await openApp({ database: db });
    const [doc] = await opened.api.listDocuments({});
    const clause = (await opened.api.listClauses({ documentId: doc.id }))[3];
    const row = await offerStale(opened.store, clause, await notKept(opened.api, clause.id), 's_cli_dropped');
    await opened.close();
    expect((await lexgap(db, 'tag')).code).toBe(0);
    const listed = (await lexgap(db, 'suggestions', '--json')).json<{ id: string }[]>();
    expect(listed.map((s) => s.id)).not.toContain(row.id);

    const reviewed = await lexgap(db, 'review', row.id, 'reject', '--reviewer', 'Bo', '--json');
    expect(reviewed.stderr).toBe('');
    expect(reviewed.code).toBe(0);
    expect(reviewed.json()).toEqual([
      expect.objectContaining({ id: row.id, status: 'rejected', reviewer: 'Bo' }),
    ]);
    const audit = (await lexgap(db, 'audit', '--entity', row.id, '--json')).json<
      { actor: string; action: string }[]
    >();
    expect(audit).toEqual([expect.objectContaining({ actor: 'Bo', action: 'review' })]);
  });
});

describe('a decision on a suggestion a newer text of the law removed, its clause still there', () => {
  const BILL = 'Evidence of Child Witness Bill 2007';
  let opened: App;
  let db: string;
  let row: Suggestion;
  let refusal: string;

  beforeAll(async () => {
    const dir = tempDir();
    db = path.join(dir, 'db.sqlite');
    // The bill as published, and a reprint whose s. 10 says "shall" where it said "may".
    const source = fs.readFileSync(
      path.join(lawsDir, 'MY/source/Evidence_of_Child_Witness_Bill_2007.md'),
      'utf8',
    );
    const from = 'The Court may direct that the wearing';
    expect(source.split(from)).toHaveLength(2);
    const reprint = path.join(dir, 'Evidence_of_Child_Witness_Bill_2007_reprint.pdf');
    await printMarkdownLaw(source.replace(from, 'The Court shall direct that the wearing'), reprint);

    opened = await openApp({ database: db });
    await opened.api.updateSettings({ reviewerName: 'Amina Q.' });
    const imported = await opened.api.importDocuments({
      files: [{ path: law('MY/Evidence_of_Child_Witness_Bill_2007.pdf') }],
      country: 'MY',
    });
    expect(imported.failed).toEqual([]);
    const documentId = imported.documents[0].id;
    await opened.api.tagDocuments({ documentId });
    // The undecided row the reviewer has in front of them in Review.
    [row] = await opened.api
      .listSuggestions({ documentId, status: 'suggested' })
      .then((all) => all.filter((s) => s.clauseNumber === '10'));
    expect(row).toBeDefined();
    // A colleague imports the reprint: it is the bill's version 2, and s. 10 changed.
    const next = await opened.api.importDocuments({ files: [{ path: reprint }], country: 'MY' });
    expect(next.documents[0]).toMatchObject({ id: documentId, version: { number: 2 } });
    const clauses = await opened.api.listClauses({ documentId });
    expect(clauses.find((c) => c.id === row.clauseId)?.number).toBe('10');
    expect((await opened.api.listSuggestions({ clauseId: row.clauseId })).map((s) => s.id)).not.toContain(
      row.id,
    );
    refusal =
      `${row.provisionId} on s. 10 (${BILL}) cannot be decided: it was removed when the clause was ` +
      'corrected or the law read again; run suggestions again for the clause’s current ones';
  }, 240_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('is refused with its reason, and nothing is written', async () => {
    const audit = await opened.api.listAudit({});
    const result = await opened.dispatch('reviewSuggestions', {
      ids: [row.id],
      decision: 'accept',
      coverage: 'full',
    });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not_found', message: refusal }),
    });
    expect((await opened.api.listSuggestions({ clauseId: row.clauseId })).map((s) => s.id)).not.toContain(
      row.id,
    );
    expect(await opened.api.listAudit({})).toEqual(audit);
  });

  it('is refused by `lexgap review` with the same words on one stderr line', async () => {
    const reviewed = await lexgap(db, 'review', row.id, 'reject', '--reviewer', 'Bo');
    expect(reviewed.code).not.toBe(0);
    expect(reviewed.stderr.trim().split('\n')).toEqual([expect.stringContaining(refusal)]);
  });
});
