import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SegmentedClause } from '../../shared/model';
import { tempDir } from '../../tests/helpers/paths';
import { openSqliteStore } from './sqlite-store';
import type { Store } from './store';

const clause = (number: string, text: string): SegmentedClause => ({
  eid: `sec_${number}`,
  number,
  kind: 'section',
  heading: `Heading ${number}`,
  path: ['Part I — Preliminary'],
  text,
  pageStart: 1,
  pageEnd: 1,
  boxes: [{ page: 1, x: 10, y: 20, width: 100, height: 12 }],
  source: 'text',
  ocrConfidence: null,
});

const doc = (id: string, sha: string) => ({
  record: {
    id,
    file: `${id}.pdf`,
    title: `Act ${id}`,
    country: 'MY',
    year: 2001,
    language: 'en',
    status: 'unknown' as const,
    pages: 3,
    sha256: sha,
    importedAt: '2026-01-01T00:00:00Z',
    ocrPages: [],
    failedPages: [],
  },
  fileName: `${id}.pdf`,
  fileBytes: new Uint8Array([37, 80, 68, 70]),
  clauses: [clause('1', 'Short title.'), clause('2', 'In this Act, "child" means a person under eighteen.')],
});

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('sqlite store', () => {
  it('migrates a new file to the latest schema, in WAL mode, and reopens it unchanged', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    store = await openSqliteStore(file);
    await store.insertDocument(doc('d1', 'aaa'));
    await store.close();
    store = await openSqliteStore(file);
    const docs = await store.listDocuments();
    expect(docs.map((d) => [d.id, d.clauses])).toEqual([['d1', 2]]);
    expect(await store.integrityCheck()).toBe('ok');
    const clauses = await store.listClauses('d1');
    expect(clauses.map((c) => c.id)).toEqual(['d1:sec_1', 'd1:sec_2']);
    expect(clauses[1].boxes[0]).toEqual({ page: 1, x: 10, y: 20, width: 100, height: 12 });
  });

  it('rolls a failed transaction back completely', async () => {
    store = await openSqliteStore(path.join(tempDir(), 'db.sqlite'));
    await store.insertDocument(doc('d1', 'aaa'));
    await expect(
      store.transaction(async (tx) => {
        await tx.insertDocument(doc('d2', 'bbb'));
        await tx.insertDocument(doc('d3', 'aaa')); // same bytes as d1: UNIQUE fails
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect((await store.listDocuments()).map((d) => d.id)).toEqual(['d1']);
    expect(await store.listClauses('d2')).toEqual([]);
  });

  it('keeps reviewed suggestions when suggestions are replaced, and drops stale unreviewed ones', async () => {
    store = await openSqliteStore(path.join(tempDir(), 'db.sqlite'));
    await store.insertDocument(doc('d1', 'aaa'));
    const now = '2026-01-01T00:00:00Z';
    const computed = (provisionId: string, clauseId = 'd1:sec_2') => ({
      clauseId,
      documentId: 'd1',
      provisionId,
      score: 0.8,
      matched: [],
    });
    await store.replaceSuggestions(['d1'], [computed('CRC.1'), computed('CRC.19')], now);
    const [first] = await store.listSuggestions({ documentId: 'd1', clauseId: 'd1:sec_2' });
    await store.saveSuggestion({ ...first, status: 'rejected', reviewer: 'ana', reviewedAt: now });

    const [added, kept] = await store.replaceSuggestions(['d1'], [computed('CRC.1'), computed('CRC.3')], now);
    expect([added, kept]).toEqual([1, 1]);
    const after = await store.listSuggestions({ documentId: 'd1' });
    expect(after.map((s) => `${s.provisionId}:${s.status}`).sort()).toEqual(
      [`${first.provisionId}:rejected`, 'CRC.3:suggested'].sort(),
    );
  });

  it('deleting a document removes its clauses, file and suggestions', async () => {
    store = await openSqliteStore(path.join(tempDir(), 'db.sqlite'));
    await store.insertDocument(doc('d1', 'aaa'));
    await store.replaceSuggestions(
      ['d1'],
      [{ clauseId: 'd1:sec_1', documentId: 'd1', provisionId: 'CRC.1', score: 1, matched: [] }],
      'now',
    );
    expect(await store.deleteDocument('d1')).toBe(true);
    expect(await store.listClauses('d1')).toEqual([]);
    expect(await store.listSuggestions({})).toEqual([]);
    expect(await store.getDocumentFile('d1')).toBeUndefined();
  });
});
