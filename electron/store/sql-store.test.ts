import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/paths';
import { openSqlite } from './sqlite-driver';
import { openSqliteStore } from './sql-store';
import type { Store } from './store';
import { newDocument, storeConformance } from './store-conformance';
import { compareBaselines } from '../../shared/baselines/compare-baselines';
import type { Baseline } from '../../shared/baselines/types';
import { MIGRATIONS } from './migrations';

storeConformance(
  'sqlite',
  () => openSqliteStore(path.join(tempDir(), 'db.sqlite')),
  async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    return [await openSqliteStore(file), await openSqliteStore(file)];
  },
);

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

  it("keeps each decision of a database from before decisions per reviewer (schema 6) under its recorded reviewer, or 'unknown'", async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    store = await openSqliteStore(file);
    await store.insertDocument(newDocument('d1', 'aaa'));
    await store.close();
    // Written as a version-6 Lexgap wrote them: the decision on the suggestion alone.
    const old = await openSqlite(file);
    await old.exec('PRAGMA user_version = 6');
    await old.exec('DROP TABLE reviewer_decisions');
    await old.exec('DROP TABLE data_version');
    // Nor the tables and columns of later versions (9: versions and amendments; 10: baselines;
    // 11: accounts; 12: sessions; 13: row versions; 15: suggestions' changed_in; 16: deleted suggestions;
    // 17: the clauses a rating cites).
    for (const table of ['documents', 'cell_overrides', 'recommendations', 'settings'])
      await old.exec(`ALTER TABLE ${table} DROP COLUMN version`);
    await old.exec('ALTER TABLE cell_overrides DROP COLUMN cited_clauses');
    await old.exec('DROP INDEX suggestions_changed_in');
    await old.exec('ALTER TABLE suggestions DROP COLUMN changed_in');
    await old.exec('DROP TABLE deleted_suggestions');
    await old.exec('DROP TABLE amendments');
    await old.exec('DROP TABLE document_versions');
    await old.exec('DROP TABLE baselines');
    await old.exec('DROP TABLE sessions');
    await old.exec('DROP TABLE accounts');
    const row = (
      id: string,
      clause: string,
      status: string,
      coverage: string | null,
      reviewer: string | null,
    ) =>
      old.run(
        `INSERT INTO suggestions (id, clause_id, document_id, provision_id, score, matched, status, coverage, note,
           reviewer, reviewed_at, origin, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
        [
          id,
          clause,
          'd1',
          'CRC.1',
          0.5,
          '[]',
          status,
          coverage,
          `note ${id}`,
          reviewer,
          reviewer ? '2026-03-01T00:00:00.000Z' : null,
          'matcher',
          '2026-01-01T00:00:00.000Z',
        ],
      );
    await row('s1', 'd1:sec_1', 'accepted', 'partial', 'Ayesha Khan');
    await row('s2', 'd1:sec_2', 'rejected', null, null);
    await row('s3', 'd1:sec_2_2', 'suggested', null, null);
    await old.close();

    store = await openSqliteStore(file);
    const decisions = await store.listReviewerDecisions();
    expect(decisions.map((d) => [d.suggestionId, d.reviewer, d.status, d.coverage, d.note, d.at])).toEqual([
      ['s1', 'Ayesha Khan', 'accepted', 'partial', 'note s1', '2026-03-01T00:00:00.000Z'],
      ['s2', 'unknown', 'rejected', null, 'note s2', '2026-01-01T00:00:00.000Z'],
    ]);
    // The suggestions' own (effective) decisions are as they were.
    expect(
      (await store.getSuggestions(['s1', 's2', 's3'])).map((s) => [s.status, s.coverage, s.reviewer]),
    ).toEqual([
      ['accepted', 'partial', 'Ayesha Khan'],
      ['rejected', null, null],
      ['suggested', null, null],
    ]);
    expect(await store.integrityCheck()).toBe('ok');
  });

  it("opens a database of schema 19 with a baseline frozen before marks were kept: the baseline reads as stored, and says no cited clause's mark changed", async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    store = await openSqliteStore(file);
    // As a version-19 Lexgap froze it: the rating's cited clauses, without what had become of them.
    const older: Baseline = {
      id: 'n0123456789',
      name: 'Baseline 2026',
      createdAt: '2026-06-01T00:00:00.000Z',
      createdBy: 'Nur Aisyah',
      catalog: null,
      laws: [{ id: 'd1', title: 'Child Marriage Restraint Act', year: 1929, status: 'in_force' }],
      cells: [
        {
          country: 'PK',
          provisionId: 'CHK.MARRIAGE_AGE',
          level: 'contradicts',
          evidence: [],
          rating: {
            level: 'contradicts',
            rationale: 'Under 16.',
            reviewer: 'Nur Aisyah',
            at: '2026-05-01T00:00:00.000Z',
            cited: ['Child Marriage Restraint Act, 1929, s. 2'],
          },
        },
      ],
    };
    await store.insertBaseline(older);
    await store.close();
    const old = await openSqlite(file);
    await old.exec('PRAGMA user_version = 19');
    await old.close();

    store = await openSqliteStore(file);
    const reopened = await openSqlite(file);
    expect((await reopened.get<{ user_version: number }>('PRAGMA user_version'))?.user_version).toBe(
      MIGRATIONS.at(-1)?.version,
    );
    await reopened.close();
    const [read] = await store.listBaselines();
    expect(read).toEqual(older);
    // Today the clause reads otherwise: unknown then, so no change is made up.
    const cell = older.cells[0];
    const today = { ...cell, rating: { ...cell.rating!, citedChanges: ['changed since rated'] } };
    expect(compareBaselines(read, { ...older, id: null, cells: [today] }).changes).toEqual([]);
  });
});
