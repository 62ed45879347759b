import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/paths';
import { openSqliteStore } from './sql-store';
import type { Store } from './store';
import { newDocument, storeConformance } from './store-conformance';

storeConformance('sqlite', () => openSqliteStore(path.join(tempDir(), 'db.sqlite')));

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('sqlite store', () => {
  it('migrates a new file to the latest schema, in WAL mode, and reopens it unchanged', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    store = await openSqliteStore(file);
    await store.insertDocument(newDocument('d1', 'aaa'));
    await store.close();
    store = await openSqliteStore(file);
    const docs = await store.listDocuments();
    expect(docs.map((d) => [d.id, d.clauses])).toEqual([['d1', 3]]);
    expect(await store.integrityCheck()).toBe('ok');
    const clauses = await store.listClauses('d1');
    expect(clauses.map((c) => c.id)).toEqual(['d1:sec_1', 'd1:sec_2', 'd1:sec_2_2']);
    expect(clauses[1].boxes[0]).toEqual({ page: 1, x: 10, y: 20, width: 100, height: 12 });
  });
});
