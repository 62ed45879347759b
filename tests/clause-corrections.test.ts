// Clause corrections on a real law in a real SQLite store: a merge and the split that undoes it give
// back the law's own clauses, with every review on the text it was made on, the untouched clauses'
// ids unchanged, and each correction in the audit log.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import type { Clause, Suggestion, SuggestionView } from '../shared/model';
import { law, tempDir } from './helpers/paths';

let opened: App;
let api: LexgapApi;
let documentId: string;
let original: Clause[];
/** The pair of neighbouring clauses corrected below: both have suggestions with matched words. */
let first: Clause;
let second: Clause;
let acceptedFirst: SuggestionView;
let acceptedSecond: SuggestionView;
let rejectedSecond: SuggestionView | undefined;

const words = (text: string, s: Pick<Suggestion, 'matched'>) =>
  s.matched.map((m) => text.slice(m.start, m.end));

beforeAll(async () => {
  opened = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Test Analyst' });
  const imported = await api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  expect(imported.failed).toEqual([]);
  documentId = imported.documents[0].id;
  await api.tagDocuments({ documentId });
  original = await api.listClauses({ documentId });
  const suggestions = await api.listSuggestions({ documentId });
  const withWords = (c: Clause) =>
    suggestions
      .filter((s) => s.clauseId === c.id && s.matched.some((m) => m.start >= 0))
      .sort((a, b) => b.score - a.score);
  // Neighbours whose suggestions name different provisions: each review has one clause to go back to.
  const distinct = (a: Clause, b: Clause) => {
    const onA = new Set(suggestions.filter((s) => s.clauseId === a.id).map((s) => s.provisionId));
    return withWords(b).filter((s) => !onA.has(s.provisionId));
  };
  const i = original.findIndex(
    (c, k) => k + 1 < original.length && withWords(c).length > 0 && distinct(c, original[k + 1]).length > 1,
  );
  expect(i).toBeGreaterThanOrEqual(0);
  [first, second] = [original[i], original[i + 1]];
  [acceptedFirst] = withWords(first);
  [acceptedSecond, rejectedSecond] = distinct(first, second);
  await api.reviewSuggestions({ ids: [acceptedFirst.id], decision: 'accept', coverage: 'partial' });
  await api.reviewSuggestions({ ids: [acceptedSecond.id], decision: 'accept', note: 'the age rule' });
  if (rejectedSecond) await api.reviewSuggestions({ ids: [rejectedSecond.id], decision: 'reject' });
});

afterAll(async () => {
  await opened.close();
});

describe('merging a clause with the next', () => {
  let merged: Clause;

  it('joins the texts in order and keeps both clauses’ reviews on the merged clause', async () => {
    merged = await api.mergeClauseWithNext({ clauseId: first.id });
    expect(merged.id).toBe(first.id);
    expect(merged.number).toBe(first.number);
    expect(merged.text.startsWith(first.text)).toBe(true);
    expect(merged.text.endsWith(second.text)).toBe(true);
    // The second clause's printed number is back in the text, where the law prints it.
    expect(merged.text).toContain(`\n${second.number}.`);
    expect(merged.pageStart).toBe(Math.min(first.pageStart, second.pageStart));
    expect(merged.pageEnd).toBe(Math.max(first.pageEnd, second.pageEnd));

    const after = await api.listClauses({ documentId });
    expect(after.length).toBe(original.length - 1);
    expect(after.map((c) => c.id)).toEqual(original.filter((c) => c.id !== second.id).map((c) => c.id));

    const onMerged = await api.listSuggestions({ clauseId: merged.id });
    const byId = new Map(onMerged.map((s) => [s.id, s]));
    expect(byId.get(acceptedFirst.id)).toMatchObject({ status: 'accepted', coverage: 'partial' });
    const moved = byId.get(acceptedSecond.id)!;
    expect(moved).toMatchObject({ status: 'accepted', note: 'the age rule', reviewer: 'Test Analyst' });
    // Its matched spans point at the same words in the merged text.
    expect(words(merged.text, moved)).toEqual(words(second.text, acceptedSecond));
    if (rejectedSecond) expect(byId.get(rejectedSecond.id)?.status).toBe('rejected');
    // No (clause, provision) pair twice.
    expect(new Set(onMerged.map((s) => s.provisionId)).size).toBe(onMerged.length);
  });

  it('is recorded in the audit log with both clauses before and the merged one after', async () => {
    const [entry] = await api.listAudit({ entityId: first.id });
    expect(entry).toMatchObject({ action: 'merge', entity: 'clause', actor: 'Test Analyst' });
    const before = entry.before as { clauses: Clause[] };
    const after = entry.after as { clauses: Clause[] };
    expect(before.clauses.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(after.clauses.map((c) => c.text)).toEqual([merged.text]);
  });

  it('the accepted tags cite the merged clause in the matrix', async () => {
    const matrix = await api.buildMatrix({ countries: ['PK'] });
    const cited = JSON.stringify(matrix);
    expect(cited).toContain(acceptedSecond.provisionId);
    expect(cited).not.toContain(second.id);
  });
});

describe('splitting a clause at a point of its text', () => {
  it('at the place the merge joined gives back both clauses as the law prints them, reviews included', async () => {
    const [joined] = (await api.listClauses({ documentId })).filter((c) => c.id === first.id);
    const at = joined.text.lastIndexOf(`\n${second.number}.`) + 1;
    const parts = await api.splitClause({
      clauseId: first.id,
      at,
      number: second.number,
      heading: second.heading,
    });
    expect(parts.map((c) => [c.id, c.number, c.heading, c.text])).toEqual([
      [first.id, first.number, first.heading, first.text],
      // The printed number and heading leave the text again, and the clause gets back the id it had.
      [second.id, second.number, second.heading, second.text],
    ]);
    const after = await api.listClauses({ documentId });
    expect(after.map((c) => c.id)).toEqual(original.map((c) => c.id));

    const onSecond = await api.listSuggestions({ clauseId: second.id });
    const back = onSecond.find((s) => s.id === acceptedSecond.id)!;
    expect(back).toMatchObject({ status: 'accepted', note: 'the age rule' });
    expect(back.matched).toEqual(acceptedSecond.matched);
    if (rejectedSecond) expect(onSecond.find((s) => s.id === rejectedSecond!.id)?.status).toBe('rejected');
    const onFirst = await api.listSuggestions({ clauseId: first.id });
    expect(onFirst.find((s) => s.id === acceptedFirst.id)).toMatchObject({ status: 'accepted' });
    expect(onFirst.some((s) => s.id === acceptedSecond.id)).toBe(false);
    expect((await api.listAudit({ entityId: first.id }))[0].action).toBe('split');
  });

  it('inside a clause, with a number given, adds a clause after it and keeps each review with its words', async () => {
    const target = (await api.listClauses({ documentId })).find((c) => c.id === second.id)!;
    const at = target.text.indexOf(' ', Math.floor(target.text.length / 2)) + 1;
    const parts = await api.splitClause({
      clauseId: target.id,
      at,
      number: `${target.number}A`,
      heading: 'Split',
    });
    expect(parts[0].text + ' ' + parts[1].text).toBe(target.text);
    expect(parts[1]).toMatchObject({ number: `${target.number}A`, heading: 'Split' });
    const after = await api.listClauses({ documentId });
    expect(after.map((c) => c.id)).toEqual(
      original.flatMap((c) => (c.id === target.id ? [c.id, parts[1].id] : [c.id])),
    );
    for (const part of parts) {
      for (const s of await api.listSuggestions({ clauseId: part.id })) {
        for (const m of s.matched) expect(m.end).toBeLessThanOrEqual(part.text.length);
      }
    }
    const reviewed = [
      ...(await api.listSuggestions({ clauseId: parts[0].id })),
      ...(await api.listSuggestions({ clauseId: parts[1].id })),
    ].filter((s) => s.status !== 'suggested');
    expect(reviewed.map((s) => s.id).sort()).toEqual(
      [acceptedSecond.id, ...(rejectedSecond ? [rejectedSecond.id] : [])].sort(),
    );
  });
});

describe('merging clauses that carry the same provision', () => {
  it('keeps one suggestion for it: the firmer decision, both notes', async () => {
    const clauses = await api.listClauses({ documentId });
    const all = await api.listSuggestions({ documentId });
    const on = (c: Clause) => all.filter((s) => s.clauseId === c.id && s.status === 'suggested');
    let pair: [SuggestionView, SuggestionView] | undefined;
    for (let k = 0; k + 1 < clauses.length && !pair; k++) {
      for (const a of on(clauses[k])) {
        const b = on(clauses[k + 1]).find((x) => x.provisionId === a.provisionId);
        if (b) pair = [a, b];
      }
    }
    expect(pair).toBeDefined();
    const [a, b] = pair!;
    await api.reviewSuggestions({ ids: [b.id], decision: 'accept', coverage: 'full', note: 'sets the age' });
    await api.reviewSuggestions({ ids: [a.id], decision: 'reject', note: 'procedural' });
    const merged = await api.mergeClauseWithNext({ clauseId: a.clauseId });
    const same = (await api.listSuggestions({ clauseId: merged.id })).filter(
      (s) => s.provisionId === a.provisionId,
    );
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ id: b.id, status: 'accepted', coverage: 'full' });
    expect(same[0].note?.split('\n').sort()).toEqual(['procedural', 'sets the age']);
    const [entry] = await api.listAudit({ entityId: merged.id });
    expect((entry.after as { dropped: string[] }).dropped).toContain(a.id);
    // Undoing the rejection made before the merge: its suggestion is merged away, nothing to restore,
    // and the merged clause's decision stands.
    expect(await api.undoLastReview({})).toMatchObject({
      undone: 1,
      summary: expect.stringMatching(
        /^the rejection of .*: nothing to restore, its clause was merged since$/,
      ),
    });
    const [still] = (await api.listSuggestions({ clauseId: merged.id })).filter((s) => s.id === b.id);
    expect(still).toMatchObject({ status: 'accepted', coverage: 'full' });
  });
});

describe('renumbering and re-heading', () => {
  it('changes the number and heading only, audited, id and reviews kept', async () => {
    const updated = await api.updateClause({
      clauseId: first.id,
      number: `${first.number}-1`,
      heading: 'Corrected',
    });
    expect(updated).toMatchObject({
      id: first.id,
      number: `${first.number}-1`,
      heading: 'Corrected',
      text: first.text,
    });
    const [entry] = await api.listAudit({ entityId: first.id });
    expect(entry).toMatchObject({
      action: 'edit',
      before: { number: first.number, heading: first.heading },
      after: { number: `${first.number}-1`, heading: 'Corrected' },
    });
    const tags = await api.listSuggestions({ clauseId: first.id, status: 'accepted' });
    expect(tags.map((s) => s.id)).toContain(acceptedFirst.id);
  });
});

describe('corrections refused in plain words, nothing written', () => {
  it('a split point outside the text, the last clause merged, an unknown clause', async () => {
    const before = await api.listClauses({ documentId });
    const last = before[before.length - 1];
    await expect(api.splitClause({ clauseId: first.id, at: first.text.length + 5 })).rejects.toThrow(
      /split point must fall inside the clause text/,
    );
    await expect(api.mergeClauseWithNext({ clauseId: last.id })).rejects.toThrow(/last of its document/);
    await expect(api.updateClause({ clauseId: 'nope', heading: 'x' })).rejects.toThrow(/no clause nope/);
    const plain = before.find((c) => !/^\s*\d/.test(c.text.slice(Math.floor(c.text.length / 2))))!;
    await expect(
      api.splitClause({ clauseId: plain.id, at: plain.text.indexOf(' ', plain.text.length / 2) + 1 }),
    ).rejects.toThrow(/give the new clause's number/);
    expect(await api.listClauses({ documentId })).toEqual(before);
  });
});
