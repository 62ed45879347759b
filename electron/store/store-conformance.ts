// The Store contract as tests: every backend runs this suite (sql-store.test.ts, pg-store.test.ts).
// `open` gives a new, empty store each time; the suite closes it. Only the Store interface is used,
// so a PostgreSQL (or any other) store runs the same cases unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/accounts/account';
import {
  nationalUndated,
  type Amendment,
  type DocumentVersion,
  type ReviewerDecision,
  type SegmentedClause,
  type Suggestion,
} from '../../shared/model';
import type { Recommendation } from '../../shared/recommendations/types';
import { offeredSuggestion } from '../../shared/review/offered-suggestion';
import type { ComputedSuggestion, NewDocument, Store } from './store';

const NOW = '2026-01-01T00:00:00.000Z';

const clause = (eid: string, text: string): SegmentedClause => ({
  eid,
  number: eid.replace(/^sec_/, ''),
  kind: 'section',
  heading: `Heading ${eid}`,
  path: ['Part I — Preliminary'],
  text,
  pageStart: 1,
  pageEnd: 2,
  boxes: [{ page: 1, x: 10, y: 20, width: 100, height: 12 }],
  source: 'text',
  ocrConfidence: null,
});

export const newDocument = (id: string, sha: string, country = 'MY', title = `Act ${id}`): NewDocument => ({
  record: {
    id,
    file: `${id}.pdf`,
    title,
    country,
    year: 2001,
    language: 'en',
    status: 'unknown',
    ...nationalUndated(),
    pages: 3,
    sha256: sha,
    importedAt: NOW,
    ocrPages: [2],
    failedPages: [],
    textQualityWarning: null,
    numberingWarnings: ['s. 3 not found between s. 2 and s. 4'],
  },
  fileName: `${id}.pdf`,
  fileBytes: new Uint8Array([37, 80, 68, 70, 0, 255]),
  clauses: [
    clause('sec_1', 'Short title.'),
    clause('sec_2', 'In this Act, "child" means a person under eighteen.'),
    clause('sec_2_2', 'A second section 2, as drafted.'),
  ],
});

const computed = (
  id: string,
  documentId: string,
  eid: string,
  provisionId: string,
  score = 0.5,
): ComputedSuggestion => ({
  id,
  clauseId: `${documentId}:${eid}`,
  documentId,
  provisionId,
  score,
  matched: [{ term: 'child', kind: 'keyword', start: 13, end: 18 }],
});

const reviewed = (
  s: Suggestion,
  status: 'accepted' | 'rejected',
  coverage: 'full' | 'partial' | null = null,
) => ({
  ...s,
  status,
  coverage,
  reviewer: 'Analyst',
  reviewedAt: NOW,
});

/**
 * `open` gives a new, empty store; `openTwo` two stores on one new database, as two processes
 * (a team server and a command line) have them.
 */
export function storeConformance(
  name: string,
  open: () => Promise<Store>,
  openTwo: () => Promise<[Store, Store]>,
): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store | undefined;
    let second: Store | undefined;
    const fresh = async () => (store = await open());
    afterEach(async () => {
      await store?.close();
      await second?.close();
      store = second = undefined;
    });

    describe('two processes on one database', () => {
      it('each sees what the other committed, accepted tags included', async () => {
        const [reader, writer] = ([store, second] = await openTwo());
        await writer.insertDocument(newDocument('d1', 'a', 'PK'));
        await writer.replaceSuggestions(['d1'], [computed('s1', 'd1', 'sec_2', 'CRC.1')], NOW);
        expect(await reader.acceptedTags(['PK'])).toEqual([]);
        const [s1] = await reader.getSuggestions(['s1']);
        await writer.saveSuggestion(reviewed(s1, 'accepted', 'full'));
        expect((await reader.acceptedTags(['PK'])).map((t) => t.suggestionId)).toEqual(['s1']);
        await reader.updateDocument('d1', { status: 'repealed' });
        expect((await writer.acceptedTags(['PK'])).map((t) => t.documentStatus)).toEqual(['repealed']);
      });
      it('keeps the matrix reads up to date by what another process wrote, rereading only the suggestions written', async () => {
        const [reader, writer] = ([store, second] = await openTwo());
        for (const [id, title] of [
          ['d1', 'Beta Act'],
          ['d2', 'Alpha Act'],
        ])
          await writer.insertDocument(newDocument(id, id, 'PK', title));
        await writer.replaceSuggestions(
          ['d1', 'd2'],
          [
            computed('s1', 'd1', 'sec_1', 'CRC.1'),
            computed('s2', 'd1', 'sec_2', 'CHK.1', 0.7),
            computed('s3', 'd2', 'sec_2', 'CRC.19'),
            computed('s4', 'd2', 'sec_1', 'CHK.2', 0.3),
            computed('s5', 'd2', 'sec_2_2', 'CRC.1'),
            computed('s7', 'd2', 'sec_2_2', 'CHK.4', 0.8),
          ],
          NOW,
        );
        const decide = async (id: string, reviewer: string, status: 'accepted' | 'rejected') => {
          const [s] = await writer.getSuggestions([id]);
          const coverage = status === 'accepted' ? ('full' as const) : null;
          await writer.transaction(async (tx) => {
            await tx.setReviewerDecision({
              suggestionId: id,
              reviewer,
              status,
              coverage,
              note: null,
              at: NOW,
              recordedAt: NOW,
            });
            await tx.saveSuggestion(reviewed(s, status, coverage));
          });
        };
        await decide('s1', 'Analyst', 'accepted');
        await decide('s3', 'Analyst', 'accepted');
        await decide('s3', 'Ministry', 'accepted');
        // What the matrix reads, kept, and the same read afresh in a transaction (which keeps nothing).
        const kept = async () => ({
          tags: await reader.acceptedTags(['PK']),
          decisions: await reader.listReviewerDecisions({ countries: ['PK'] }),
          checklist: await reader.frameworkTags('CHK', ['PK'], 0.5),
        });
        const fresh = () =>
          reader.transaction(async (tx) => ({
            tags: await tx.acceptedTags(['PK']),
            decisions: await tx.listReviewerDecisions({ countries: ['PK'] }),
            checklist: await tx.frameworkTags('CHK', ['PK'], 0.5),
          }));
        const first = await kept();
        expect(first).toEqual(await fresh());
        expect(first.tags.map((t) => t.suggestionId)).toEqual(['s3', 's1']);

        // A signed-in person's session touched: nothing is read again.
        await writer.saveAccount({
          name: 'Ayesha Khan',
          role: 'reviewer',
          passwordHash: 'scrypt$1$8$1$c2FsdA==$aGFzaA==',
          disabled: false,
          createdAt: NOW,
          updatedAt: NOW,
        });
        const untouched = await kept();
        await writer.saveSession({
          tokenHash: 't1',
          account: 'Ayesha Khan',
          csrfToken: 'c1',
          createdAt: NOW,
          lastSeenAt: NOW,
          expiresAt: '2026-01-08T00:00:00.000Z',
        });
        const afterTouch = await kept();
        afterTouch.tags.forEach((t, i) => expect(t).toBe(untouched.tags[i]));
        afterTouch.decisions.forEach((d, i) => expect(d).toBe(untouched.decisions[i]));

        // A review: the reviewed suggestion is read again, the others are kept as they were.
        await decide('s5', 'Ministry', 'accepted');
        const afterReview = await kept();
        expect(afterReview).toEqual(await fresh());
        expect(afterReview.tags.map((t) => t.suggestionId)).toEqual(['s3', 's5', 's1']);
        expect(afterReview.tags[0]).toBe(afterTouch.tags[0]);
        expect(afterReview.tags[2]).toBe(afterTouch.tags[1]);

        expect(afterReview.checklist.map((t) => t.tag.provisionId)).toEqual(['CHK.4', 'CHK.1']);
        // A decision withdrawn, a decision changed, a checklist suggestion decided, a re-score (which
        // deletes the offer it no longer makes), a suggestion deleted, a law renamed: each as a fresh
        // read has it.
        const steps: [string, () => Promise<unknown>][] = [
          ['withdrawn', () => writer.deleteReviewerDecision('s3', 'Ministry')],
          ['rejected', () => decide('s1', 'Analyst', 'rejected')],
          ['checklist', () => decide('s4', 'Analyst', 'accepted')],
          [
            'rescored',
            () =>
              writer.replaceSuggestions(
                ['d1', 'd2'],
                [computed('s2', 'd1', 'sec_2', 'CHK.1', 0.2), computed('s6', 'd1', 'sec_2_2', 'CHK.3', 0.9)],
                NOW,
              ),
          ],
          ['deleted', () => writer.deleteSuggestion('s5')],
          ['renamed', () => writer.updateDocument('d2', { title: 'Gamma Act' })],
        ];
        for (const [step, write] of steps) {
          await write();
          expect({ step, ...(await kept()) }).toEqual({ step, ...(await fresh()) });
        }
        expect((await kept()).tags.map((t) => t.suggestionId)).toEqual(['s4', 's3']);
        expect((await kept()).checklist.map((t) => t.tag.provisionId)).toEqual(['CHK.3', 'CHK.2']);
      });
    });

    describe('documents and clauses', () => {
      it('stores a document with its file and clauses, ids <document>:<eid>, and reads them back', async () => {
        const s = await fresh();
        const doc = newDocument('d1', 'sha-1');
        const record = await s.insertDocument(doc);
        expect(record).toMatchObject({ id: 'd1', clauses: 3 });
        expect(await s.getDocument('d1')).toEqual({ ...doc.record, clauses: 3, version: expect.any(Number) });
        expect((await s.findDocumentBySha('sha-1'))?.id).toBe('d1');
        expect(await s.findDocumentBySha('sha-2')).toBeUndefined();
        const file = await s.getDocumentFile('d1');
        expect(file?.name).toBe('d1.pdf');
        expect([...(file?.data ?? [])]).toEqual([...doc.fileBytes]);

        const clauses = await s.listClauses('d1');
        expect(clauses.map((c) => [c.id, c.ordinal, c.eid])).toEqual([
          ['d1:sec_1', 0, 'sec_1'],
          ['d1:sec_2', 1, 'sec_2'],
          ['d1:sec_2_2', 2, 'sec_2_2'],
        ]);
        expect(clauses[1]).toMatchObject({ ...doc.clauses[1], documentId: 'd1' });
        expect(await s.getClause('d1:sec_2')).toEqual(clauses[1]);
        expect(await s.getClause('d1:sec_9')).toBeUndefined();
      });

      it('lists documents by country and title, or of one country', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a', 'PK', 'Zeta Act'));
        await s.insertDocument(newDocument('d2', 'b', 'MY', 'Beta Act'));
        await s.insertDocument(newDocument('d3', 'c', 'MY', 'Alpha Act'));
        expect((await s.listDocuments()).map((d) => d.id)).toEqual(['d3', 'd2', 'd1']);
        expect((await s.listDocuments('PK')).map((d) => d.id)).toEqual(['d1']);
      });

      it('updates only the fields a patch names', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        await s.updateDocument('d1', { title: 'Renamed', year: null });
        expect(await s.getDocument('d1')).toMatchObject({ title: 'Renamed', year: null, status: 'unknown' });
        await s.updateDocument('d1', { status: 'repealed' });
        expect(await s.getDocument('d1')).toMatchObject({ title: 'Renamed', status: 'repealed' });
        // Where it applies and when its status took effect; null clears a date.
        await s.updateDocument('d1', {
          jurisdiction: 'MY-14',
          excludedSubdivisions: ['MY-12', 'MY-13'],
          enactedOn: '2001-07-15',
          inForceFrom: '2002-08-01',
          repealedOn: '2020-01-01',
        });
        expect(await s.getDocument('d1')).toMatchObject({
          title: 'Renamed',
          status: 'repealed',
          jurisdiction: 'MY-14',
          excludedSubdivisions: ['MY-12', 'MY-13'],
          enactedOn: '2001-07-15',
          inForceFrom: '2002-08-01',
          amendedOn: null,
          repealedOn: '2020-01-01',
        });
        await s.updateDocument('d1', { jurisdiction: null, repealedOn: null, excludedSubdivisions: [] });
        expect(await s.getDocument('d1')).toMatchObject({
          jurisdiction: null,
          excludedSubdivisions: [],
          enactedOn: '2001-07-15',
          repealedOn: null,
        });
        // What a re-reading found replaces what the first reading recorded.
        await s.updateDocument('d1', {
          ocrPages: [1, 2, 3],
          textQualityWarning: null,
          numberingWarnings: [],
        });
        expect(await s.getDocument('d1')).toMatchObject({
          title: 'Renamed',
          ocrPages: [1, 2, 3],
          failedPages: [],
          textQualityWarning: null,
          numberingWarnings: [],
        });
      });

      it('deleting a document removes its clauses, file and suggestions, and says whether it existed', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        await s.insertDocument(newDocument('d2', 'b'));
        await s.replaceSuggestions(
          ['d1', 'd2'],
          [computed('s1', 'd1', 'sec_1', 'CRC.1'), computed('s2', 'd2', 'sec_1', 'CRC.1')],
          NOW,
        );
        expect(await s.deleteDocument('d1')).toBe(true);
        expect(await s.deleteDocument('d1')).toBe(false);
        expect(await s.getDocument('d1')).toBeUndefined();
        expect(await s.listClauses('d1')).toEqual([]);
        expect(await s.getDocumentFile('d1')).toBeUndefined();
        expect((await s.listSuggestions({})).map((x) => x.id)).toEqual(['s2']);
      });

      it('gives the clauses to tag with their document title, country and language', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a', 'PK'));
        await s.insertDocument(newDocument('d2', 'b', 'MY'));
        const all = await s.clausesForTagging();
        expect(all).toHaveLength(6);
        const one = await s.clausesForTagging('d1');
        expect(one.map((c) => [c.clause.id, c.documentTitle, c.country, c.language])).toEqual([
          ['d1:sec_1', 'Act d1', 'PK', 'en'],
          ['d1:sec_2', 'Act d1', 'PK', 'en'],
          ['d1:sec_2_2', 'Act d1', 'PK', 'en'],
        ]);
      });
    });

    describe('what check proposals read', () => {
      it("gives the countries' clauses by law and clause order, and one framework's tags that weigh in checks", async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d2', 'b', 'PK', 'Alpha Act'));
        await s.insertDocument(newDocument('d1', 'a', 'PK', 'Beta Act'));
        await s.insertDocument(newDocument('d3', 'c', 'MY'));
        expect((await s.clauseTexts(['PK'])).map((c) => c.id)).toEqual([
          'd1:sec_1',
          'd1:sec_2',
          'd1:sec_2_2',
          'd2:sec_1',
          'd2:sec_2',
          'd2:sec_2_2',
        ]);
        expect((await s.clauseTexts(['MY', 'KH']))[1]).toEqual({
          id: 'd3:sec_2',
          documentId: 'd3',
          number: '2',
          kind: 'section',
          text: 'In this Act, "child" means a person under eighteen.',
          pageStart: 1,
        });
        expect(await s.clauseTexts([])).toEqual([]);
        await s.replaceSuggestions(
          ['d1', 'd2', 'd3'],
          [
            computed('weak', 'd1', 'sec_1', 'CHK.2', 0.3),
            computed('strong', 'd1', 'sec_2', 'CHK.2', 0.7),
            computed('rejected', 'd2', 'sec_1', 'CHK.3', 0.1),
            computed('accepted', 'd2', 'sec_2', 'CHK.1', 0.2),
            computed('other', 'd2', 'sec_2', 'CRC.1', 0.9),
            computed('elsewhere', 'd3', 'sec_2', 'CHK.1', 0.9),
          ],
          NOW,
        );
        const [rejected, accepted] = await s.getSuggestions(['rejected', 'accepted']);
        await s.saveSuggestion(reviewed(rejected, 'rejected'));
        await s.saveSuggestion(reviewed(accepted, 'accepted', 'full'));
        const tags = await s.frameworkTags('CHK', ['PK'], 0.5);
        // By law title (Alpha Act, d2, first), clause order and score, as listSuggestions orders them.
        expect(tags.map(({ tag }) => [tag.clauseId, tag.provisionId, tag.status, tag.score])).toEqual([
          ['d2:sec_1', 'CHK.3', 'rejected', 0.1],
          ['d2:sec_2', 'CHK.1', 'accepted', 0.2],
          ['d1:sec_2', 'CHK.2', 'suggested', 0.7],
        ]);
        expect(tags[1]).toEqual({
          tag: {
            clauseId: 'd2:sec_2',
            provisionId: 'CHK.1',
            status: 'accepted',
            score: 0.2,
            matched: [{ term: 'child', kind: 'keyword', start: 13, end: 18 }],
          },
          clause: {
            id: 'd2:sec_2',
            documentId: 'd2',
            number: '2',
            kind: 'section',
            text: 'In this Act, "child" means a person under eighteen.',
            pageStart: 1,
          },
        });
        expect(await s.frameworkTags('CHK', [], 0.5)).toEqual([]);
      });

      it('moves the texts counter with every change to a law or a clause, in any process, and not with reviews', async () => {
        const [a, b] = ([store, second] = await openTwo());
        await a.insertDocument(newDocument('d1', 'a', 'PK'));
        await a.replaceSuggestions(['d1'], [computed('s1', 'd1', 'sec_2', 'CHK.1')], NOW);
        const versions: (number | null)[] = [await a.textVersion()];
        const [s1] = await a.getSuggestions(['s1']);
        // Reviews, ratings and settings leave the texts as they were.
        await b.saveSuggestion(reviewed(s1, 'accepted', 'full'));
        await b.setSetting('reviewerName', 'Lead');
        await b.setOverride({
          country: 'PK',
          provisionId: 'CRC.1',
          level: 'gap',
          rationale: 'Searched.',
          reviewedDocumentIds: [],
          pendingCandidates: [],
          citedClauses: [],
          reviewer: 'Lead',
          at: NOW,
        });
        versions.push(await a.textVersion());
        expect(versions[1]).toBe(versions[0]);
        // A clause corrected, a law renamed, a law added or deleted: each moves it, for both processes.
        const [c2] = (await b.listClauses('d1')).filter((c) => c.eid === 'sec_2');
        await b.saveClause({ ...c2, text: 'In this Act, "child" means a person under sixteen.' });
        versions.push(await a.textVersion());
        await b.updateDocument('d1', { title: 'Act d1 (Revised)' });
        versions.push(await a.textVersion());
        await a.insertDocument(newDocument('d2', 'b', 'PK'));
        versions.push(await b.textVersion());
        await a.deleteDocument('d2');
        versions.push(await b.textVersion());
        expect(new Set(versions.slice(1)).size).toBe(5);
        // Inside a transaction, whose writes are not yet counted, there is no number to keep anything by.
        await a.transaction(async (tx) => {
          await tx.updateDocument('d1', { title: 'Act d1' });
          expect(await tx.textVersion()).toBeNull();
          expect(await a.textVersion()).toBeNull();
        });
        expect(await a.textVersion()).not.toBe(versions[5]);
      });
    });

    describe('transactions', () => {
      it('rolls back every write of a transaction that throws', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        await expect(
          s.transaction(async (tx) => {
            await tx.insertDocument(newDocument('d2', 'b'));
            await tx.setSetting('reviewerName', 'Half');
            await tx.appendAudit(
              { actor: 'x', action: 'update', entity: 'document', entityId: 'd1', before: null, after: null },
              NOW,
            );
            throw new Error('stop');
          }),
        ).rejects.toThrow('stop');
        expect((await s.listDocuments()).map((d) => d.id)).toEqual(['d1']);
        expect(await s.listClauses('d2')).toEqual([]);
        expect(await s.getSetting('reviewerName')).toBeUndefined();
        expect(await s.listAudit()).toEqual([]);
      });

      it("rolls back when the backend refuses a write (the same file's bytes twice)", async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'same'));
        await expect(
          s.transaction(async (tx) => {
            await tx.insertDocument(newDocument('d2', 'other'));
            await tx.insertDocument(newDocument('d3', 'same'));
          }),
        ).rejects.toThrow();
        expect((await s.listDocuments()).map((d) => d.id)).toEqual(['d1']);
      });

      it('runs transactions one at a time, in the order they were asked for', async () => {
        const s = await fresh();
        const events: string[] = [];
        const step = (name: string, wait: number) =>
          s.transaction(async (tx) => {
            events.push(`${name} begins`);
            await new Promise((resolve) => setTimeout(resolve, wait));
            await tx.setSetting('last', name);
            events.push(`${name} ends`);
          });
        const first = step('first', 30);
        const failing = s.transaction(async () => {
          events.push('failing begins');
          throw new Error('no');
        });
        const second = step('second', 0);
        await Promise.all([first, failing.catch(() => undefined), second]);
        expect(events).toEqual([
          'first begins',
          'first ends',
          'failing begins',
          'second begins',
          'second ends',
        ]);
        expect(await s.getSetting('last')).toBe('second');
      });

      it('reads inside a transaction see its own writes; a single write outside one commits', async () => {
        const s = await fresh();
        const seen = await s.transaction(async (tx) => {
          await tx.insertDocument(newDocument('d1', 'a'));
          return (await tx.getDocument('d1'))?.title;
        });
        expect(seen).toBe('Act d1');
        await s.setSetting('reviewerName', 'Analyst');
        expect(await s.getSetting('reviewerName')).toBe('Analyst');
      });
    });

    describe('suggestions', () => {
      it('replacing keeps reviewed suggestions, drops stale unreviewed ones, and stores the given ids', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        expect(
          await s.replaceSuggestions(
            ['d1'],
            [computed('s1', 'd1', 'sec_2', 'CRC.1'), computed('s2', 'd1', 'sec_2', 'CRC.19')],
            NOW,
          ),
        ).toEqual([2, 0]);
        const [first] = await s.getSuggestions(['s1']);
        expect(first).toMatchObject({
          status: 'suggested',
          origin: 'matcher',
          createdAt: NOW,
          coverage: null,
        });
        await s.saveSuggestion(reviewed(first, 'rejected'));

        const result = await s.replaceSuggestions(
          ['d1'],
          [computed('s3', 'd1', 'sec_2', 'CRC.1', 0.9), computed('s4', 'd1', 'sec_2', 'CRC.3')],
          NOW,
        );
        expect(result).toEqual([1, 1]);
        const after = await s.listSuggestions({ documentId: 'd1' });
        expect(after.map((x) => `${x.id} ${x.provisionId} ${x.status}`).sort()).toEqual([
          's1 CRC.1 rejected',
          's4 CRC.3 suggested',
        ]);
      });

      it('stores and re-scores more suggestions than one statement can bind', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        const many = (score: number, from = 0) =>
          Array.from({ length: 10_000 - from }, (_, i) =>
            computed(`m${i + from}`, 'd1', i % 2 ? 'sec_1' : 'sec_2', `P.${i + from}`, score),
          );
        expect(await s.replaceSuggestions(['d1'], many(0.5), NOW)).toEqual([10_000, 0]);
        expect(await s.replaceSuggestions(['d1'], many(0.7, 4_000), NOW)).toEqual([6_000, 0]);
        const after = await s.listSuggestions({ documentId: 'd1' });
        expect(after.length).toBe(6_000);
        const ids = Array.from({ length: 40_000 }, (_, i) => `m${i}`);
        expect((await s.getSuggestions(ids)).map((x) => x.id)).toEqual(ids.slice(4_000, 10_000));
        expect(after.every((x) => x.score === 0.7 && Number(x.provisionId.slice(2)) >= 4_000)).toBe(true);
      });

      it('gives back the evidence of every kind as stored, from each read that shows it', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        const matched: Suggestion['matched'] = [
          { term: 'child', kind: 'context', start: -1, end: -1 },
          { term: 'person under eighteen', kind: 'phrase', start: 27, end: 48 },
          { term: 'child', kind: 'keyword', start: 13, end: 18 },
          { term: 'under eighteen', kind: 'negative', start: 34, end: 48 },
          { term: 'anak "kecil" — 子', kind: 'learned', start: -1, end: -1 },
          { term: 'CHK.CHILD_DEFINITION', kind: 'context', start: -1, end: 5 },
        ];
        await s.replaceSuggestions(
          ['d1'],
          [
            { ...computed('s1', 'd1', 'sec_2', 'CHK.1'), matched },
            { ...computed('s2', 'd1', 'sec_2', 'CRC.1'), matched: [] },
          ],
          NOW,
        );
        const [s1, s2] = await s.getSuggestions(['s1', 's2']);
        expect(s1.matched).toEqual(matched);
        expect(JSON.stringify(s1.matched)).toBe(JSON.stringify(matched));
        expect(s2.matched).toEqual([]);
        await s.saveSuggestion(reviewed(s1, 'accepted'));
        expect((await s.listSuggestions({ clauseId: 'd1:sec_2' })).map((x) => x.matched)).toEqual([
          matched,
          [],
        ]);
        expect((await s.acceptedTags(['MY'])).map((t) => t.matched)).toEqual([matched]);
        expect((await s.frameworkTags('CHK', ['MY'], 0.5)).map((t) => t.tag.matched)).toEqual([matched]);
        // A manual tag's evidence, whatever it holds, comes back as saved.
        const odd = [
          { term: 'x', kind: 'keyword', start: 1.5, end: 2, note: 'extra' },
        ] as unknown as Suggestion['matched'];
        await s.saveSuggestion({
          ...reviewed(s2, 'accepted'),
          id: 'm1',
          provisionId: 'CRC.2',
          origin: 'manual',
          matched: odd,
        });
        expect((await s.getSuggestions(['m1']))[0].matched).toEqual(odd);
      });

      it('drops the computed suggestions of a document deleted while they were computed', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        await s.insertDocument(newDocument('d2', 'b'));
        const work = [computed('s1', 'd1', 'sec_1', 'CRC.1'), computed('s2', 'd2', 'sec_1', 'CRC.1')];
        await s.deleteDocument('d2');
        expect(await s.replaceSuggestions(['d1', 'd2'], work, NOW)).toEqual([1, 0]);
        expect((await s.listSuggestions({})).map((x) => x.id)).toEqual(['s1']);
      });

      it('saving a suggestion inserts it, or changes only its review fields', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        await s.replaceSuggestions(['d1'], [computed('s1', 'd1', 'sec_1', 'CRC.1', 0.4)], NOW);
        const [s1] = await s.getSuggestions(['s1']);
        await s.saveSuggestion({ ...reviewed(s1, 'accepted', 'partial'), note: 'why', score: 0.99 });
        expect((await s.getSuggestions(['s1']))[0]).toEqual({
          ...reviewed(s1, 'accepted', 'partial'),
          note: 'why',
          score: 0.4,
        });
        const manual: Suggestion = {
          ...reviewed(s1, 'accepted', 'full'),
          id: 'm1',
          provisionId: 'CRC.19',
          origin: 'manual',
          score: 1,
          matched: [],
        };
        await s.saveSuggestion(manual);
        expect(await s.getSuggestions(['m1', 'missing', 's1'])).toEqual([
          manual,
          (await s.getSuggestions(['s1']))[0],
        ]);
      });

      it('lists suggestions with their clause and document, filtered and paged', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a', 'PK'));
        await s.insertDocument(newDocument('d2', 'b', 'MY'));
        await s.replaceSuggestions(
          ['d1', 'd2'],
          [
            computed('s1', 'd1', 'sec_1', 'CRC.1', 0.2),
            computed('s2', 'd1', 'sec_1', 'CRC.19', 0.8),
            computed('s3', 'd1', 'sec_2', 'OPSC.3', 0.5),
            computed('s4', 'd2', 'sec_1', 'CRC.1', 0.6),
          ],
          NOW,
        );
        await s.saveSuggestion(reviewed((await s.getSuggestions(['s3']))[0], 'accepted', 'full'));
        const ids = async (q: Parameters<Store['listSuggestions']>[0]) =>
          (await s.listSuggestions(q)).map((x) => x.id);
        // Country, then title, then clause order, then the best score first.
        expect(await ids({})).toEqual(['s4', 's2', 's1', 's3']);
        expect(await ids({ country: 'pk' })).toEqual(['s2', 's1', 's3']);
        expect(await ids({ documentId: 'd1', clauseId: 'd1:sec_1' })).toEqual(['s2', 's1']);
        expect(await ids({ framework: 'CRC' })).toEqual(['s4', 's2', 's1']);
        expect(await ids({ status: 'accepted' })).toEqual(['s3']);
        expect(await ids({ minScore: 0.5 })).toEqual(['s4', 's2', 's3']);
        expect(await ids({ limit: 2, offset: 1 })).toEqual(['s2', 's1']);
        const [view] = await s.listSuggestions({ clauseId: 'd1:sec_2' });
        expect(view).toMatchObject({
          country: 'PK',
          documentTitle: 'Act d1',
          clauseNumber: '2',
          clauseKind: 'section',
          clauseHeading: 'Heading sec_2',
          frameworkId: 'OPSC',
        });
      });

      it('gives the page number printed on the first page of a tag where the law has page labels', async () => {
        const s = await fresh();
        await s.insertDocument({ ...newDocument('d1', 'a', 'PK'), pageLabels: ['i', '7', null] });
        await s.replaceSuggestions(['d1'], [computed('s1', 'd1', 'sec_2', 'CRC.1')], NOW);
        const [s1] = await s.getSuggestions(['s1']);
        await s.saveSuggestion(reviewed(s1, 'accepted', 'full'));
        expect((await s.acceptedTags()).map((t) => [t.pageStart, t.printedPage])).toEqual([[1, 'i']]);
      });

      it('gives back the page labels a document was stored with, and none for a law without them', async () => {
        const s = await fresh();
        await s.insertDocument({ ...newDocument('d1', 'a', 'PK'), pageLabels: ['i', '7', null] });
        await s.insertDocument(newDocument('d2', 'b', 'PK'));
        expect(await s.getPageLabels('d1')).toEqual(['i', '7', null]);
        expect(await s.getPageLabels('d2')).toBeUndefined();
        expect(await s.getPageLabels('nope')).toBeUndefined();
      });

      it("keeps a repealed law's accepted tags, marked with the law's status, for the matrix to leave out", async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a', 'PK'));
        await s.replaceSuggestions(['d1'], [computed('s1', 'd1', 'sec_2', 'CRC.1')], NOW);
        const [s1] = await s.getSuggestions(['s1']);
        await s.saveSuggestion(reviewed(s1, 'accepted', 'full'));
        await s.updateDocument('d1', { status: 'repealed' });
        expect((await s.acceptedTags(['PK'])).map((t) => [t.suggestionId, t.documentStatus])).toEqual([
          ['s1', 'repealed'],
        ]);
        await s.updateDocument('d1', { status: 'in_force' });
        expect((await s.acceptedTags(['PK'])).map((t) => t.documentStatus)).toEqual(['in_force']);
      });

      it('gives the accepted tags as every write left them, none of a transaction rolled back', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a', 'PK'));
        await s.replaceSuggestions(
          ['d1'],
          [computed('s1', 'd1', 'sec_2', 'CRC.1'), computed('s2', 'd1', 'sec_1', 'CRC.3')],
          NOW,
        );
        const [s1, s2] = await s.getSuggestions(['s1', 's2']);
        const ids = async () => (await s.acceptedTags(['PK'])).map((t) => t.suggestionId);
        expect(await ids()).toEqual([]);
        await s.saveSuggestion(reviewed(s1, 'accepted', 'full'));
        expect(await ids()).toEqual(['s1']);
        await expect(
          s.transaction(async (tx) => {
            await tx.saveSuggestion(reviewed(s2, 'accepted', 'full'));
            expect((await tx.acceptedTags(['PK'])).map((t) => t.suggestionId)).toEqual(['s2', 's1']);
            throw new Error('stop');
          }),
        ).rejects.toThrow('stop');
        expect(await ids()).toEqual(['s1']);
        // What a caller does with the list it got changes nothing for the next one.
        (await s.acceptedTags(['PK'])).pop();
        expect(await ids()).toEqual(['s1']);
        await s.saveSuggestion(reviewed(s1, 'rejected'));
        expect(await ids()).toEqual([]);
      });

      it('remembers a suggestion a tagging dropped, and one removed otherwise, until it is stored again', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a', 'PK'));
        await s.replaceSuggestions(
          ['d1'],
          [computed('s1', 'd1', 'sec_2', 'CRC.1', 0.7), computed('s2', 'd1', 'sec_1', 'CRC.3')],
          NOW,
        );
        // The next ranking keeps neither: s1 is dropped; s2 is removed by a clause correction.
        await s.transaction(async (tx) => {
          await tx.deleteSuggestion('s2');
          await tx.replaceSuggestions(['d1'], [], NOW);
        });
        const gone = await s.deletedSuggestions(['s1', 's2', 'nope']);
        expect(gone.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
          {
            id: 's1',
            clauseId: 'd1:sec_2',
            documentId: 'd1',
            provisionId: 'CRC.1',
            score: 0.7,
            matched: [{ term: 'child', kind: 'keyword', start: 13, end: 18 }],
            clauseKind: 'section',
            clauseNumber: '2',
            droppedBy: 'tagging',
          },
          expect.objectContaining({ id: 's2', clauseId: 'd1:sec_1', droppedBy: 'removed' }),
        ]);
        // Brought back (a reviewer's decision on it), it is no longer among the deleted.
        const { id, clauseId, documentId, provisionId, score, matched } = gone[0];
        await s.saveSuggestion(
          offeredSuggestion({ id, clauseId, documentId, provisionId, score, matched }, NOW),
        );
        expect(await s.deletedSuggestions(['s1', 's2'])).toEqual([expect.objectContaining({ id: 's2' })]);
      });

      it('gives accepted tags with their citation, and every decision for learning', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a', 'PK'));
        await s.insertDocument(newDocument('d2', 'b', 'MY'));
        await s.replaceSuggestions(
          ['d1', 'd2'],
          [
            computed('s1', 'd1', 'sec_2', 'CRC.1'),
            computed('s2', 'd2', 'sec_2', 'CRC.1'),
            computed('s3', 'd2', 'sec_1', 'CRC.3'),
          ],
          NOW,
        );
        const [s1, s2, s3] = await s.getSuggestions(['s1', 's2', 's3']);
        await s.saveSuggestion(reviewed(s1, 'accepted', 'partial'));
        await s.saveSuggestion(reviewed(s2, 'accepted', 'full'));
        await s.saveSuggestion(reviewed(s3, 'rejected'));
        expect((await s.acceptedTags()).map((t) => [t.suggestionId, t.country, t.coverage])).toEqual([
          ['s2', 'MY', 'full'],
          ['s1', 'PK', 'partial'],
        ]);
        const [tag] = await s.acceptedTags(['PK']);
        expect(tag).toMatchObject({
          provisionId: 'CRC.1',
          documentId: 'd1',
          documentTitle: 'Act d1',
          documentYear: 2001,
          documentStatus: 'unknown',
          clauseId: 'd1:sec_2',
          clauseNumber: '2',
          clauseText: 'In this Act, "child" means a person under eighteen.',
          pageStart: 1,
          pageEnd: 2,
          reviewer: 'Analyst',
          printedPage: null,
          matched: [{ term: 'child', kind: 'keyword', start: 13, end: 18 }],
          clauseSource: 'text',
          ocrConfidence: null,
        });
        expect((await s.listSuggestions({ provisionId: 'CRC.3' })).map((v) => v.id)).toEqual(['s3']);
        await s.replaceSuggestions(['d2'], [computed('s4', 'd2', 'sec_1', 'CRC.4')], NOW);
        // What a re-score after review keeps offered: only the undecided rows, only of the laws asked about.
        expect(await s.offeredSuggestions(['d1', 'd2'])).toEqual([
          { clauseId: 'd2:sec_1', provisionId: 'CRC.4' },
        ]);
        expect(await s.offeredSuggestions(['d1'])).toEqual([]);
        expect(await s.offeredSuggestions([])).toEqual([]);
        const decisions = await s.reviewDecisions();
        expect(decisions.map((d) => [d.provisionId, d.accepted]).sort()).toEqual([
          ['CRC.1', true],
          ['CRC.1', true],
          ['CRC.3', false],
        ]);
        const rejectedOn = await s.getClause(decisions.find((d) => d.provisionId === 'CRC.3')!.clauseId);
        expect(rejectedOn).toMatchObject({ text: 'Short title.', heading: 'Heading sec_1' });
      });
    });

    describe('audit log and undo batches', () => {
      const entry = (entityId: string, action = 'review', batch?: string) => ({
        actor: 'Analyst',
        action,
        entity: 'suggestion',
        entityId,
        before: { status: 'suggested' },
        after: { status: 'accepted' },
        ...(batch ? { batch } : {}),
      });

      it('lists entries newest first, of one entity, up to a limit', async () => {
        const s = await fresh();
        await s.appendAudit(entry('s1'), '2026-01-01T00:00:01.000Z');
        await s.appendAudit(entry('s2'), '2026-01-01T00:00:02.000Z');
        await s.appendAudit(entry('s1', 'tag'), '2026-01-01T00:00:03.000Z');
        const all = await s.listAudit();
        expect(all.map((e) => [e.entityId, e.action, e.at])).toEqual([
          ['s1', 'tag', '2026-01-01T00:00:03.000Z'],
          ['s2', 'review', '2026-01-01T00:00:02.000Z'],
          ['s1', 'review', '2026-01-01T00:00:01.000Z'],
        ]);
        expect(all[0]).toMatchObject({
          actor: 'Analyst',
          entity: 'suggestion',
          before: { status: 'suggested' },
        });
        expect(all[0].id).toBeGreaterThan(all[1].id);
        expect((await s.listAudit('s1')).map((e) => e.action)).toEqual(['tag', 'review']);
        expect((await s.listAudit(undefined, 1)).map((e) => e.action)).toEqual(['tag']);
      });

      it('offers the newest review batch not yet undone, whole and in order', async () => {
        const s = await fresh();
        expect(await s.lastReviewBatch()).toBeUndefined();
        await s.transaction(async (tx) => {
          await tx.appendAudit(entry('s1', 'review', 'b1'), NOW);
          await tx.appendAudit(entry('s2', 'review', 'b1'), NOW);
        });
        await s.appendAudit(entry('s3', 'review', 'b2'), NOW);
        await s.appendAudit(entry('s9', 'tag'), NOW);
        expect(await s.lastReviewBatch()).toMatchObject({ batch: 'b2', entries: [{ entityId: 's3' }] });
        // Undo writes its entries under the batch it took back.
        await s.appendAudit(entry('s3', 'undo', 'b2'), NOW);
        const previous = await s.lastReviewBatch();
        expect(previous?.batch).toBe('b1');
        expect(previous?.entries.map((e) => e.entityId)).toEqual(['s1', 's2']);
        await s.appendAudit(entry('s1', 'undo', 'b1'), NOW);
        expect(await s.lastReviewBatch()).toBeUndefined();
      });

      it("offers one reviewer's newest batch when asked for an actor", async () => {
        const s = await fresh();
        await s.appendAudit(entry('s1', 'review', 'b1'), NOW);
        await s.appendAudit({ ...entry('s2', 'review', 'b2'), actor: 'Ministry' }, NOW);
        expect((await s.lastReviewBatch())?.batch).toBe('b2');
        expect((await s.lastReviewBatch('Analyst'))?.batch).toBe('b1');
        expect((await s.lastReviewBatch('Ministry'))?.batch).toBe('b2');
        expect(await s.lastReviewBatch('Nobody')).toBeUndefined();
      });
    });

    describe('decisions per reviewer', () => {
      const LATER = '2026-02-01T00:00:00.000Z';
      const decision = (
        suggestionId: string,
        reviewer: string,
        status: 'accepted' | 'rejected',
        at = NOW,
      ): ReviewerDecision => ({
        suggestionId,
        reviewer,
        status,
        coverage: status === 'accepted' ? 'full' : null,
        note: `${reviewer} on ${suggestionId}`,
        at,
        recordedAt: at,
      });
      const twoLaws = async (s: Store) => {
        await s.insertDocument(newDocument('d1', 'a', 'PK', 'Alpha Act'));
        await s.insertDocument(newDocument('d2', 'b', 'MY', 'Beta Act'));
        await s.replaceSuggestions(
          ['d1', 'd2'],
          [
            computed('s1', 'd1', 'sec_1', 'CRC.1'),
            computed('s2', 'd1', 'sec_2', 'CRC.19'),
            computed('s3', 'd2', 'sec_1', 'CRC.1'),
          ],
          NOW,
        );
      };

      it('keeps one decision per suggestion and reviewer, with where it belongs, filtered and ordered', async () => {
        const s = await fresh();
        await twoLaws(s);
        await s.setReviewerDecision(decision('s2', 'Lead', 'accepted'));
        await s.setReviewerDecision(decision('s1', 'Ministry', 'rejected'));
        await s.setReviewerDecision(decision('s1', 'Lead', 'accepted'));
        await s.setReviewerDecision(decision('s3', 'Lead', 'rejected'));
        // A second decision of the same reviewer replaces the first.
        await s.setReviewerDecision({
          ...decision('s1', 'Ministry', 'accepted', LATER),
          coverage: 'partial',
        });
        const all = await s.listReviewerDecisions();
        expect(all.map((d) => [d.country, d.suggestionId, d.reviewer, d.status, d.coverage])).toEqual([
          ['MY', 's3', 'Lead', 'rejected', null],
          ['PK', 's1', 'Lead', 'accepted', 'full'],
          ['PK', 's1', 'Ministry', 'accepted', 'partial'],
          ['PK', 's2', 'Lead', 'accepted', 'full'],
        ]);
        expect(all[2]).toEqual({
          ...decision('s1', 'Ministry', 'accepted', LATER),
          coverage: 'partial',
          clauseId: 'd1:sec_1',
          documentId: 'd1',
          provisionId: 'CRC.1',
          country: 'PK',
        });
        expect((await s.listReviewerDecisions({ country: 'my' })).map((d) => d.suggestionId)).toEqual(['s3']);
        expect(
          (await s.listReviewerDecisions({ countries: ['PK', 'my', 'KH'] })).map((d) => d.suggestionId),
        ).toEqual(['s3', 's1', 's1', 's2']);
        expect(await s.listReviewerDecisions({ countries: [] })).toEqual([]);
        expect((await s.listReviewerDecisions({ documentId: 'd1', reviewer: 'Ministry' })).length).toBe(1);
        expect(
          (await s.listReviewerDecisions({ suggestionIds: ['s2', 's3', 'nope'] })).map((d) => d.suggestionId),
        ).toEqual(['s3', 's2']);
        await s.deleteReviewerDecision('s1', 'Lead');
        expect((await s.listReviewerDecisions({ suggestionIds: ['s1'] })).map((d) => d.reviewer)).toEqual([
          'Ministry',
        ]);
        // They go with their suggestion's law.
        await s.deleteDocument('d1');
        expect((await s.listReviewerDecisions()).map((d) => d.suggestionId)).toEqual(['s3']);
      });

      it('re-tagging keeps a suggestion that reviewers decided, even while it stays undecided', async () => {
        const s = await fresh();
        await twoLaws(s);
        await s.setReviewerDecision(decision('s1', 'Lead', 'accepted'));
        await s.setReviewerDecision(decision('s1', 'Ministry', 'rejected'));
        // Disputed: the suggestion's own status is still 'suggested'.
        expect((await s.getSuggestions(['s1']))[0].status).toBe('suggested');
        const [added, kept] = await s.replaceSuggestions(
          ['d1'],
          [computed('s9', 'd1', 'sec_2', 'CRC.3')],
          NOW,
        );
        expect([added, kept]).toEqual([1, 1]);
        expect((await s.listSuggestions({ documentId: 'd1' })).map((x) => x.id).sort()).toEqual(['s1', 's9']);
        expect((await s.listReviewerDecisions()).length).toBe(2);
      });

      it("records a batch of one reviewer's decisions idempotently, adjudicating each suggestion", async () => {
        const s = await fresh();
        await twoLaws(s);
        await s.setReviewerDecision(decision('s1', 'Lead', 'accepted'));
        const [lone] = await s.getSuggestions(['s1']);
        await s.saveSuggestion({
          ...reviewed(lone, 'accepted', 'full'),
          reviewer: 'Lead',
          note: 'Lead on s1',
        });
        const batch = {
          reviewer: 'Ministry',
          lead: 'Lead',
          recordedAt: LATER,
          decisions: [
            {
              suggestionId: 's1',
              status: 'rejected' as const,
              coverage: 'full' as const,
              note: 'no',
              at: NOW,
            },
            { suggestionId: 's2', status: 'accepted' as const, coverage: null, note: null, at: NOW },
            {
              suggestionId: 'gone',
              status: 'accepted' as const,
              coverage: 'full' as const,
              note: null,
              at: NOW,
            },
          ],
        };
        const first = await s.recordReviewerDecisions(batch);
        expect(
          first.changed.map((c) => [c.before, c.after.suggestionId, c.after.coverage, c.after.recordedAt]),
        ).toEqual([
          [null, 's1', null, LATER],
          [null, 's2', 'full', LATER],
        ]);
        expect([first.unchanged, first.missing]).toEqual([0, ['gone']]);
        // The lead's decision stands on s1; s2 takes the only reviewer's.
        expect(first.effective.map((e) => [e.after.id, e.after.status, e.after.reviewer])).toEqual([
          ['s2', 'accepted', 'Ministry'],
        ]);
        const [s1, s2] = await s.getSuggestions(['s1', 's2']);
        expect([s1.status, s1.reviewer, s2.status, s2.coverage, s2.reviewer]).toEqual([
          'accepted',
          'Lead',
          'accepted',
          'full',
          'Ministry',
        ]);
        const stored = await s.listReviewerDecisions();
        const again = await s.recordReviewerDecisions(batch);
        expect(again).toEqual({ changed: [], unchanged: 2, missing: ['gone'], effective: [] });
        expect(await s.listReviewerDecisions()).toEqual(stored);
        // An older decision never replaces a newer one; a newer one does.
        await s.recordReviewerDecisions({
          ...batch,
          decisions: [{ ...batch.decisions[1], status: 'rejected', at: '2025-12-31T00:00:00.000Z' }],
        });
        expect((await s.getSuggestions(['s2']))[0].status).toBe('accepted');
        const newer = await s.recordReviewerDecisions({
          ...batch,
          decisions: [{ ...batch.decisions[1], status: 'rejected', at: LATER }],
        });
        expect(newer.changed[0].before).toMatchObject({ status: 'accepted', reviewer: 'Ministry' });
        expect((await s.getSuggestions(['s2']))[0].status).toBe('rejected');
        // Another reviewer's decisions are never touched.
        expect((await s.listReviewerDecisions({ reviewer: 'Lead' })).length).toBe(1);
      });

      it('records all of a batch or, inside a transaction that throws, none of it', async () => {
        const s = await fresh();
        await twoLaws(s);
        const decisions = [
          { suggestionId: 's1', status: 'accepted' as const, coverage: 'full' as const, note: null, at: NOW },
        ];
        await expect(
          s.transaction(async (tx) => {
            await tx.recordReviewerDecisions({
              reviewer: 'Ministry',
              lead: 'Lead',
              recordedAt: NOW,
              decisions,
            });
            throw new Error('interrupted');
          }),
        ).rejects.toThrow('interrupted');
        expect(await s.listReviewerDecisions()).toEqual([]);
        expect((await s.getSuggestions(['s1']))[0].status).toBe('suggested');
        await expect(
          s.recordReviewerDecisions({
            reviewer: 'Ministry',
            lead: 'Lead',
            recordedAt: NOW,
            decisions: [...decisions, { ...decisions[0], suggestionId: 's2' }, decisions[0]],
          }),
        ).rejects.toThrow(/suggestion s1 twice/);
        expect(await s.listReviewerDecisions()).toEqual([]);
      });
    });

    describe('clause corrections', () => {
      it('inserts a clause where orderClauses puts it, rewrites one in place, and deletes one', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        const [one, two, twoB] = await s.listClauses('d1');
        const inserted = { ...two, id: 'd1:sec_2A', eid: 'sec_2A', number: '2A', text: 'Split off.' };
        await s.transaction(async (tx) => {
          await tx.saveClause(inserted);
          await tx.orderClauses('d1', [one.id, two.id, inserted.id, twoB.id]);
        });
        const ordered = await s.listClauses('d1');
        expect(ordered.map((c) => [c.id, c.ordinal])).toEqual([
          [one.id, 0],
          [two.id, 1],
          [inserted.id, 2],
          [twoB.id, 3],
        ]);
        expect(ordered[2]).toMatchObject({ number: '2A', text: 'Split off.', documentId: 'd1' });
        expect((await s.getDocument('d1'))?.clauses).toBe(4);

        await s.saveClause({ ...two, number: '2B', heading: 'Renamed', text: 'Shorter.', pageEnd: 3 });
        expect(await s.getClause(two.id)).toEqual({
          ...two,
          number: '2B',
          heading: 'Renamed',
          text: 'Shorter.',
          pageEnd: 3,
        });

        await s.deleteClause(inserted.id);
        expect((await s.listClauses('d1')).map((c) => c.id)).toEqual([one.id, two.id, twoB.id]);
      });

      it('moves a suggestion to another clause in full, and deletes one', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'a'));
        await s.replaceSuggestions(
          ['d1'],
          [computed('s1', 'd1', 'sec_2', 'CRC.1'), computed('s2', 'd1', 'sec_2', 'CRC.3')],
          NOW,
        );
        const [s1] = await s.getSuggestions(['s1']);
        const moved: Suggestion = {
          ...reviewed(s1, 'accepted', 'partial'),
          clauseId: 'd1:sec_2_2',
          score: 0.7,
          matched: [{ term: 'eighteen', kind: 'keyword', start: 0, end: 8 }],
        };
        await s.rewriteSuggestion(moved);
        expect(await s.getSuggestions(['s1'])).toEqual([moved]);
        expect((await s.listSuggestions({ clauseId: 'd1:sec_2_2' })).map((x) => x.id)).toEqual(['s1']);
        await s.deleteSuggestion('s2');
        expect((await s.listSuggestions({ documentId: 'd1' })).map((x) => x.id)).toEqual(['s1']);
      });
    });

    describe('check reviews', () => {
      const review = (country: string, provisionId: string, status: 'confirmed' | 'rejected') => ({
        country,
        provisionId,
        status,
        found: 18,
        verdict: 'meets' as const,
        proposedFound: 16,
        proposedVerdict: 'contradicts' as const,
        evidence: [
          {
            documentId: 'd1',
            document: 'Act d1',
            clauseId: 'd1:sec_2',
            clause: '2',
            citation: 'Act d1, s. 2',
            page: 1,
            words: 'under eighteen',
            value: 18,
            governs: true,
          },
        ],
        note: null,
        reviewer: 'Analyst',
        at: NOW,
      });

      it('sets, replaces, lists by country and removes (null) a decision on a check', async () => {
        const s = await fresh();
        await s.setCheckReview('MY', 'CHK.MARRIAGE_AGE', review('MY', 'CHK.MARRIAGE_AGE', 'rejected'));
        await s.setCheckReview('PK', 'CHK.MARRIAGE_AGE', review('PK', 'CHK.MARRIAGE_AGE', 'confirmed'));
        await s.setCheckReview('MY', 'CHK.MARRIAGE_AGE', review('MY', 'CHK.MARRIAGE_AGE', 'confirmed'));
        expect(await s.listCheckReviews(['MY'])).toEqual([review('MY', 'CHK.MARRIAGE_AGE', 'confirmed')]);
        expect(await s.listCheckReviews()).toHaveLength(2);
        await s.setCheckReview('MY', 'CHK.MARRIAGE_AGE', null);
        expect((await s.listCheckReviews()).map((r) => r.country)).toEqual(['PK']);
      });
    });

    describe('recommendations', () => {
      const recommendation = (
        id: string,
        at: string,
        text = 'Raise the minimum age of marriage to 18.',
      ): Recommendation => ({
        id,
        cells: [
          { country: 'PK', subdivision: null, provisionId: 'CRC.1' },
          { country: 'PK', subdivision: 'PK-IS', provisionId: 'CHK.MARRIAGE_AGE' },
        ],
        type: 'amend',
        text,
        responsibleBody: 'Ministry of Law and Justice',
        priority: 'high',
        targetDate: '2027-06',
        status: 'proposed',
        origin: 'workshop',
        evidence: [
          {
            kind: 'clause',
            id: 'd1:sec_2',
            documentId: 'd1',
            clauseId: 'd1:sec_2',
            citation: 'Act d1, s. 2',
            lawDeleted: false,
          },
        ],
        createdBy: 'Analyst',
        createdAt: at,
        updatedBy: 'Analyst',
        updatedAt: at,
      });

      it('saves, replaces in full, lists oldest first, reads one and deletes one', async () => {
        const s = await fresh();
        await s.saveRecommendation(recommendation('r2', '2026-01-02T00:00:00.000Z'));
        await s.saveRecommendation(recommendation('r1', NOW));
        const edited = {
          ...recommendation('r2', '2026-01-02T00:00:00.000Z', 'Enact a new Act.'),
          targetDate: null,
          responsibleBody: null,
          evidence: [],
        };
        await s.saveRecommendation(edited);
        expect((await s.listRecommendations()).map((r) => r.id)).toEqual(['r1', 'r2']);
        const stored = { ...edited, version: expect.any(Number) };
        expect(await s.getRecommendation('r2')).toEqual(stored);
        expect(await s.getRecommendation('r9')).toBeUndefined();
        expect(await s.deleteRecommendation('r1')).toBe(true);
        expect(await s.deleteRecommendation('r1')).toBe(false);
        expect(await s.listRecommendations()).toEqual([stored]);
      });
    });

    describe('versions and amendments', () => {
      const version = (documentId: string, n: number, sha: string): DocumentVersion => ({
        documentId,
        version: n,
        file: `v${n}.pdf`,
        sha256: sha,
        pages: 3,
        importedAt: NOW,
        reason: n === 1 ? 'import' : 'new_text',
        actor: 'Analyst',
        counts: { unchanged: 2, renumbered: 0, changed: 1, added: 0, removed: 0, carried: 4 },
        changes: [
          {
            change: 'changed',
            clauseId: `${documentId}:sec_2`,
            number: '2',
            heading: 'Interpretation',
            previousNumber: '2',
            previousHeading: 'Interpretation',
            previousText: 'old words',
            previousDecisions: [
              { provisionId: 'CRC.1', status: 'accepted', coverage: 'full', note: null, reviewer: 'Analyst' },
            ],
          },
        ],
      });

      it('records versions oldest first, finds an earlier text by its bytes, and replaces the current text', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'sha-1'));
        await s.addVersion(version('d1', 2, 'sha-2'));
        await s.addVersion(version('d1', 1, 'sha-1'));
        expect(await s.listVersions('d1')).toEqual([version('d1', 1, 'sha-1'), version('d1', 2, 'sha-2')]);
        expect(await s.listVersions('d9')).toEqual([]);
        expect(await s.findVersionBySha('sha-1')).toEqual({ documentId: 'd1', version: 1 });
        expect(await s.findVersionBySha('sha-9')).toBeUndefined();

        const bytes = new Uint8Array([37, 80, 68, 70, 1, 2, 3]);
        await s.replaceDocumentText('d1', {
          file: 'reprint.pdf',
          sha256: 'sha-2',
          pages: 5,
          importedAt: '2026-02-01T00:00:00.000Z',
          fileBytes: bytes,
          pageLabels: ['i', '1', '2', '3', '4'],
        });
        expect(await s.getDocument('d1')).toMatchObject({
          file: 'reprint.pdf',
          sha256: 'sha-2',
          pages: 5,
          importedAt: '2026-02-01T00:00:00.000Z',
        });
        expect((await s.findDocumentBySha('sha-2'))?.id).toBe('d1');
        const file = await s.getDocumentFile('d1');
        expect(file?.name).toBe('reprint.pdf');
        expect([...(file?.data ?? [])]).toEqual([...bytes]);
        // Versions go with their law.
        await s.deleteDocument('d1');
        expect(await s.listVersions('d1')).toEqual([]);
      });

      it('saves an amendment link, replaces its status, lists it from either act, and drops it with either', async () => {
        const s = await fresh();
        await s.insertDocument(newDocument('d1', 'sha-1', 'PK'));
        await s.insertDocument(newDocument('d2', 'sha-2', 'PK'));
        await s.insertDocument(newDocument('d3', 'sha-3', 'PK'));
        const link: Amendment = {
          amendingDocumentId: 'd2',
          amendedDocumentId: 'd1',
          status: 'proposed',
          evidence: 'title: “Act d1 (Amendment)”',
          sections: [
            {
              amendingClauseId: 'd2:sec_2',
              amendingNumber: '2',
              amendedNumber: '2',
              amendedClauseId: 'd1:sec_2',
            },
          ],
          reviewer: null,
          at: NOW,
        };
        await s.saveAmendment(link);
        const confirmed = {
          ...link,
          status: 'confirmed' as const,
          reviewer: 'Analyst',
          at: '2026-01-02T00:00:00.000Z',
        };
        await s.saveAmendment(confirmed);
        expect(await s.listAmendments()).toEqual([confirmed]);
        expect(await s.listAmendments('d1')).toEqual([confirmed]);
        expect(await s.listAmendments('d2')).toEqual([confirmed]);
        expect(await s.listAmendments('d3')).toEqual([]);
        await s.deleteDocument('d1');
        expect(await s.listAmendments()).toEqual([]);
      });
    });

    describe('baselines', () => {
      it('stores a baseline with its contents once, lists them oldest first, and refuses a name twice', async () => {
        const s = await fresh();
        const baseline = (id: string, name: string, at: string) => ({
          id,
          name,
          createdAt: at,
          createdBy: 'Analyst',
          catalog: '1.1.0 abcd1234',
          laws: [{ id: 'd1', title: 'Act d1', year: 2001, status: 'in_force' as const }],
          cells: [
            {
              country: 'MY',
              provisionId: 'CRC.19',
              level: 'full' as const,
              evidence: [
                { suggestionId: 's1', documentId: 'd1', citation: 'Act d1, s. 2', coverage: 'full' as const },
              ],
              rating: null,
            },
          ],
        });
        await s.insertBaseline(baseline('n2', 'Follow-up 2028', '2028-01-01T00:00:00.000Z'));
        await s.insertBaseline(baseline('n1', 'Baseline 2026', NOW));
        expect(await s.listBaselines()).toEqual([
          baseline('n1', 'Baseline 2026', NOW),
          baseline('n2', 'Follow-up 2028', '2028-01-01T00:00:00.000Z'),
        ]);
        await expect(s.insertBaseline(baseline('n3', 'Baseline 2026', NOW))).rejects.toThrow();
        expect(await s.listBaselines()).toHaveLength(2);
      });
    });

    describe('row versions (a change names the version it saw)', () => {
      const rating = (level: 'gap' | 'full', reviewer: string) => ({
        country: 'MY',
        provisionId: 'CRC.19',
        level,
        rationale: level === 'gap' ? 'nothing found' : '',
        reviewedDocumentIds: [],
        pendingCandidates: [],
        citedClauses: [],
        reviewer,
        at: NOW,
      });

      it("writes a law's details only at the version named, whichever process wrote in between", async () => {
        const [a, b] = ([store, second] = await openTwo());
        await a.insertDocument(newDocument('d1', 'sha-1'));
        const seen = (await a.getDocument('d1'))?.version;
        expect(seen).toEqual(expect.any(Number));
        expect(await b.updateDocument('d1', { title: 'By B' }, seen)).toBe(true);
        const now = (await a.getDocument('d1'))?.version;
        expect(now).toBeGreaterThan(seen!);
        expect(await a.updateDocument('d1', { title: 'By A', year: 1999 }, seen)).toBe(false);
        expect(await a.getDocument('d1')).toMatchObject({ title: 'By B', year: 2001, version: now });
        expect(await a.updateDocument('d1', { title: 'By A' }, now)).toBe(true);
        // Without a version (the command line) the write always goes through, and still moves it on.
        expect(await b.updateDocument('d1', { title: 'By B again' })).toBe(true);
        expect((await a.getDocument('d1'))?.version).toBeGreaterThan(now!);
        expect(await a.updateDocument('nope', { title: 'x' }, 1)).toBe(false);
      });

      it('rates a cell at the version named (0: not yet rated), and a cleared and re-rated cell takes a new version', async () => {
        const [a, b] = ([store, second] = await openTwo());
        expect(await a.setOverride(rating('gap', 'A'), 0)).toBe(true);
        expect(await b.setOverride(rating('full', 'B'), 0)).toBe(false);
        const [first] = await b.listOverrides(['MY']);
        expect(first).toMatchObject({ reviewer: 'A', level: 'gap', version: expect.any(Number) });
        expect(await b.setOverride(rating('full', 'B'), first.version)).toBe(true);
        expect(await a.setOverride(rating('gap', 'A'), first.version)).toBe(false);
        expect(await a.clearOverride('MY', 'CRC.19', first.version)).toBe(false);
        const [second_] = await a.listOverrides(['MY']);
        expect(second_).toMatchObject({ reviewer: 'B', level: 'full' });
        expect(await a.clearOverride('MY', 'CRC.19', second_.version)).toBe(true);
        expect(await b.setOverride(rating('gap', 'B'))).toBe(true);
        const [third] = await a.listOverrides(['MY']);
        expect([first.version, second_.version]).not.toContain(third.version);
        expect(await a.setOverride(rating('full', 'A'), second_.version)).toBe(false);
        expect((await a.listOverrides(['MY']))[0]).toMatchObject({ reviewer: 'B', level: 'gap' });
      });

      it('replaces a recommendation only at the version named', async () => {
        const [a, b] = ([store, second] = await openTwo());
        const r = {
          id: 'r1',
          cells: [{ country: 'PK', subdivision: null, provisionId: 'CRC.1' }],
          type: 'amend' as const,
          text: 'Raise the minimum age of marriage to 18.',
          responsibleBody: null,
          priority: 'high' as const,
          targetDate: null,
          status: 'proposed' as const,
          origin: 'workshop' as const,
          evidence: [],
          createdBy: 'A',
          createdAt: NOW,
          updatedBy: 'A',
          updatedAt: NOW,
        };
        expect(await a.saveRecommendation(r)).toBe(true);
        const seen = (await b.getRecommendation('r1'))!.version;
        expect(await b.saveRecommendation({ ...r, text: 'By B' }, seen)).toBe(true);
        expect(await a.saveRecommendation({ ...r, text: 'By A' }, seen)).toBe(false);
        expect(await a.getRecommendation('r1')).toMatchObject({ text: 'By B' });
      });
    });

    describe('cell overrides and settings', () => {
      const override = (country: string, provisionId: string, level: 'gap' | 'full', rationale = '') => ({
        country,
        provisionId,
        level,
        rationale,
        reviewedDocumentIds: ['d1'],
        pendingCandidates: [
          {
            suggestionId: 's9',
            clauseId: 'd1:sec_2',
            documentId: 'd1',
            citation: 'Act d1, s. 2',
            score: 0.71,
          },
        ],
        // The clause the analyst cites as the rating's grounds, with its page as printed.
        citedClauses: [
          {
            clauseId: 'd1:sec_3',
            documentId: 'd1',
            documentTitle: 'Act d1',
            clauseNumber: '3',
            citation: 'Act d1, s. 3',
            page: 2,
            printedPage: 'ii',
            clauseText: '3. No child shall be married.',
          },
        ],
        reviewer: 'Analyst',
        at: NOW,
      });

      it('sets, replaces, lists by country and clears an override', async () => {
        const s = await fresh();
        await s.setOverride(override('MY', 'CRC.19', 'gap', 'nothing found'));
        await s.setOverride(override('PK', 'CRC.19', 'full'));
        await s.setOverride(override('MY', 'CRC.19', 'full', 'found later'));
        expect(await s.listOverrides(['MY'])).toEqual([
          { ...override('MY', 'CRC.19', 'full', 'found later'), version: expect.any(Number) },
        ]);
        expect(await s.listOverrides()).toHaveLength(2);
        expect(await s.clearOverride('MY', 'CRC.19')).toBe(true);
        expect(await s.clearOverride('MY', 'CRC.19')).toBe(false);
        expect((await s.listOverrides()).map((o) => o.country)).toEqual(['PK']);
      });

      it('adds accounts, changes their role, password hash and disabled flag, and lists them by name', async () => {
        const s = await fresh();
        const account = (name: string, role: Role, passwordHash = 'scrypt$1$8$1$c2FsdA==$aGFzaA==') => ({
          name,
          role,
          passwordHash,
          disabled: false,
          createdAt: NOW,
          updatedAt: NOW,
        });
        expect(await s.getAccount('Ayesha Khan')).toBeUndefined();
        await s.saveAccount(account('Ayesha Khan', 'reviewer'));
        await s.saveAccount(account('Lead', 'lead'));
        const later = '2026-02-01T00:00:00.000Z';
        await s.saveAccount({
          ...account('Ayesha Khan', 'analyst', 'other'),
          disabled: true,
          createdAt: later,
          updatedAt: later,
        });
        expect(await s.getAccount('Ayesha Khan')).toEqual({
          ...account('Ayesha Khan', 'analyst', 'other'),
          disabled: true,
          updatedAt: later,
        });
        expect((await s.listAccounts()).map((a) => [a.name, a.role])).toEqual([
          ['Ayesha Khan', 'analyst'],
          ['Lead', 'lead'],
        ]);
      });

      it('keeps sessions by token hash, moves only their last-seen time, and ends them by token, account or age', async () => {
        const s = await fresh();
        for (const name of ['Ayesha Khan', 'Lead'])
          await s.saveAccount({
            name,
            role: 'reviewer',
            passwordHash: 'scrypt$1$8$1$c2FsdA==$aGFzaA==',
            disabled: false,
            createdAt: NOW,
            updatedAt: NOW,
          });
        const session = (tokenHash: string, account: string, lastSeenAt = NOW) => ({
          tokenHash,
          account,
          csrfToken: `csrf-${tokenHash}`,
          createdAt: NOW,
          lastSeenAt,
          expiresAt: '2026-01-08T00:00:00.000Z',
        });
        expect(await s.getSession('a1')).toBeUndefined();
        await s.saveSession(session('a1', 'Ayesha Khan'));
        await s.saveSession(session('a2', 'Ayesha Khan'));
        await s.saveSession(session('l1', 'Lead'));
        await s.saveSession(session('l2', 'Lead'));
        const later = '2026-01-01T10:00:00.000Z';
        // Touching a session keeps its account and CSRF token whatever else is sent.
        await s.saveSession({ ...session('a1', 'Lead', later), csrfToken: 'other' });
        expect(await s.getSession('a1')).toEqual(session('a1', 'Ayesha Khan', later));
        expect(await s.deleteSession('a2')).toBe(true);
        expect(await s.deleteSession('a2')).toBe(false);
        expect(await s.getSession('a2')).toBeUndefined();
        // l1 and l2 were last seen at NOW: idle since before 05:00 ends them, a1 (seen at 10:00) stays.
        expect(await s.deleteExpiredSessions(NOW, '2026-01-01T05:00:00.000Z')).toBe(2);
        expect(await s.getSession('a1')).toBeDefined();
        await s.saveSession(session('l3', 'Lead', later));
        // Past its absolute end, a session goes however recently it was seen.
        expect(await s.deleteExpiredSessions('2026-01-08T00:00:00.000Z', NOW)).toBe(2);
        await s.saveSession(session('a3', 'Ayesha Khan', later));
        await s.saveSession(session('a4', 'Ayesha Khan', later));
        await s.saveSession(session('l4', 'Lead', later));
        expect(await s.deleteAccountSessions('Ayesha Khan')).toBe(2);
        expect(await s.getSession('a3')).toBeUndefined();
        expect(await s.getSession('l4')).toBeDefined();
      });

      it('keeps settings by key, the last value winning', async () => {
        const s = await fresh();
        expect(await s.getSetting('reviewerName')).toBeUndefined();
        await s.setSetting('reviewerName', 'First');
        await s.setSetting('reviewerName', 'Second');
        expect(await s.getSetting('reviewerName')).toBe('Second');
      });

      it('sets a setting only at the version named (0: not set yet)', async () => {
        const [a, b] = ([store, second] = await openTwo());
        expect(await a.getSettingVersion('leadReviewer')).toBe(0);
        expect(await a.setSetting('leadReviewer', 'amina', 0)).toBe(true);
        expect(await b.setSetting('leadReviewer', 'bilal', 0)).toBe(false);
        const seen = await b.getSettingVersion('leadReviewer');
        expect(seen).toBeGreaterThan(0);
        expect(await b.setSetting('leadReviewer', 'bilal', seen)).toBe(true);
        expect(await a.setSetting('leadReviewer', 'chen', seen)).toBe(false);
        expect(await a.getSetting('leadReviewer')).toBe('bilal');
        expect(await a.getSettingVersion('leadReviewer')).toBeGreaterThan(seen);
      });
    });
  });
}
