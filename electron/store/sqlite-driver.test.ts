// insertRows on SQLite: rows sent as one JSON parameter come back exactly as bound values would,
// values JSON cannot carry exactly (bytes, numbers needing 17 digits) take the bound path, and a
// JSON column is stored as the text JSON.stringify gives on either path; a value every row shares,
// bound once, is stored as it would be from each row; statements kept prepared hold no read open.
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/paths';
import type { SqlDriver, SqlValue } from './sql-driver';
import { sqlite3 } from './load-sqlite3';
import { openSqlite, PAGE_SIZE } from './sqlite-driver';

let db: SqlDriver | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const TABLE =
  'CREATE TABLE t (k TEXT PRIMARY KEY, n REAL, i INTEGER, s TEXT, b BLOB, hits INTEGER DEFAULT 0)';
const COLUMNS = ['k', 'n', 'i', 's', 'b'];
type Stored = Record<string, SqlValue>;
const rowsOf = async (d: SqlDriver): Promise<Stored[]> =>
  (await d.all<Stored>('SELECT k, n, i, s, b, hits FROM t ORDER BY k')).map((r) => ({
    ...r,
    b: r.b === null ? null : Buffer.from(r.b as Uint8Array).toString('hex'),
  }));

/** The same rows inserted one bound statement at a time, for comparison. */
async function bound(rows: SqlValue[][]) {
  const d = await openSqlite(path.join(tempDir(), 'bound.sqlite'));
  await d.exec(TABLE);
  for (const r of rows) await d.run('INSERT INTO t (k, n, i, s, b) VALUES (?,?,?,?,?)', r);
  const out = await rowsOf(d);
  await d.close();
  return out;
}

it('stores text, numbers and nulls sent as one JSON parameter exactly as bound values, with ON CONFLICT', async () => {
  db = await openSqlite(path.join(tempDir(), 'db.sqlite'));
  await db.exec(TABLE);
  const rows: SqlValue[][] = Array.from({ length: 2_000 }, (_, k) => [
    `k${String(k).padStart(5, '0')}`,
    Math.round(k * 7.919) / 1000,
    k * 1_000_003,
    k % 3 ? `"quoted" ü 中文 \\ ${k}\n` : null,
    null,
  ]);
  await db.transaction((c) => c.insertRows('t', COLUMNS, rows));
  expect(await rowsOf(db)).toEqual(await bound(rows));
  await db.transaction((c) =>
    c.insertRows('t', COLUMNS, rows.slice(0, 2), 'ON CONFLICT (k) DO UPDATE SET hits = t.hits + 1'),
  );
  expect((await rowsOf(db)).slice(0, 3).map((r) => r.hits)).toEqual([1, 1, 0]);
});

it('falls back to bound values for bytes and for numbers that 15 digits do not give back', async () => {
  db = await openSqlite(path.join(tempDir(), 'db.sqlite'));
  await db.exec(TABLE);
  const rows: SqlValue[][] = [
    ['a', 0.1 + 0.2, 1, 'x', null],
    ['b', 1 / 3, 2, null, new Uint8Array([0, 255, 7])],
  ];
  await db.insertRows('t', COLUMNS, rows);
  const stored = await rowsOf(db);
  expect(stored).toEqual(await bound(rows));
  expect(stored[0].n).toBe(0.1 + 0.2);
});

it('stores text (JSON text too) exactly as given, sent inside the rows or bound', async () => {
  db = await openSqlite(path.join(tempDir(), 'db.sqlite'));
  await db.exec(TABLE);
  const texts = [
    JSON.stringify([['child "labour"', 'p', 0, 14]]),
    JSON.stringify([
      { term: 'back\\slash / ü 中文 😀 \u2028 \t\n\u0001', kind: 'context', start: -1, end: -1 },
    ]),
    'back\\slash "quoted" ü 中文 😀 \u2028 \t\n\u0001',
    '[]',
    '',
  ];
  const rowOf = (v: string, k: number, b: Uint8Array | null) => [`k${k}`, k, k, v, b];
  await db.insertRows(
    't',
    COLUMNS,
    texts.map((v, k) => rowOf(v, k, null)),
  );
  expect((await rowsOf(db)).map((r) => r.s)).toEqual(texts);
  // A byte value sends the same rows as bound values.
  await db.exec('DELETE FROM t');
  await db.insertRows(
    't',
    COLUMNS,
    texts.map((v, k) => rowOf(v, k, new Uint8Array([k]))),
  );
  expect((await rowsOf(db)).map((r) => r.s)).toEqual(texts);
});

it('stores a value every row shares (bound once) as it stores the same value sent in each row', async () => {
  db = await openSqlite(path.join(tempDir(), 'db.sqlite'));
  await db.exec(TABLE);
  const typed = (d: SqlDriver) =>
    d.all(
      'SELECT k, typeof(n) AS tn, n, typeof(i) AS ti, i, typeof(s) AS ts, s, typeof(b) AS tb, b FROM t ORDER BY k',
    );
  // Every row alike but the key (shared columns), then each value in a row of its own (nothing shared).
  const shared = (k: string, b: number | null): SqlValue[] => [k, 0.25, 3_000_000_000, 'same', b];
  for (const b of [-0, 7, 2 ** 40, null]) {
    await db.exec('DELETE FROM t');
    await db.insertRows('t', COLUMNS, [shared('a', b), shared('b', b)]);
    const together = await typed(db);
    await db.exec('DELETE FROM t');
    await db.insertRows('t', COLUMNS, [shared('a', b), ['x', 1, 2, 'other', 3]]);
    await db.insertRows('t', COLUMNS, [shared('b', b), ['y', 1, 2, 'other', 3]]);
    const apart = (await typed(db)).filter((r) => r.k === 'a' || r.k === 'b');
    expect(together).toEqual(apart);
  }
  expect((await typed(db))[0]).toMatchObject({ tn: 'real', ti: 'integer', ts: 'text', tb: 'null' });
  // One row: every column bound, and ON CONFLICT still sees the new row as `excluded`.
  await db.insertRows(
    't',
    COLUMNS,
    [['a', 0.5, 1, 'again', 7]],
    'ON CONFLICT (k) DO UPDATE SET s = excluded.s',
  );
  expect((await typed(db))[0]).toMatchObject({ k: 'a', n: 0.25, s: 'again' });
});

it('keeps statements prepared without holding reads open, and names the SQL of one that fails', async () => {
  const file = path.join(tempDir(), 'db.sqlite');
  db = await openSqlite(file);
  await db.exec(TABLE);
  await db.insertRows('t', COLUMNS, [
    ['a', 1, 1, 'x', null],
    ['b', 2, 2, 'y', null],
  ]);
  // A first row read, then a row written by another connection: the next reads see it.
  expect(await db.get('SELECT k FROM t ORDER BY k')).toEqual({ k: 'a' });
  const other = await openSqlite(file);
  await other.run('INSERT INTO t (k) VALUES (?)', ['c']);
  await other.close();
  for (let i = 0; i < 2; i += 1) {
    expect(await db.get('SELECT count(*) AS n FROM t')).toEqual({ n: 3 });
    await expect(db.all('SELECT nope FROM t')).rejects.toThrow(
      /no such column: nope \(SQL: SELECT nope FROM t\)/,
    );
  }
});

it('makes a new database with 16 KiB pages and a 64 MiB page cache, and opens one with 4 KiB pages as it is', async () => {
  const fresh = path.join(tempDir(), 'new.sqlite');
  db = await openSqlite(fresh);
  await db.exec(TABLE);
  expect(await db.get('PRAGMA page_size')).toEqual({ page_size: PAGE_SIZE });
  // A tagging's transaction of tens of MB stays in memory instead of being spilled and read back.
  expect(await db.get('PRAGMA cache_size')).toEqual({ cache_size: -65_536 });
  await db.close();

  // A database an earlier Lexgap made, with SQLite's default pages, written by sqlite3 itself.
  const older = path.join(tempDir(), 'older.sqlite');
  await new Promise<void>((resolve, reject) => {
    const raw = new sqlite3.Database(older);
    raw.exec(
      `PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; ${TABLE}; INSERT INTO t (k) VALUES ('kept')`,
      (err) => raw.close(() => (err ? reject(err) : resolve())),
    );
  });
  db = await openSqlite(older);
  expect(await db.get('PRAGMA page_size')).toEqual({ page_size: 4096 });
  await db.insertRows('t', COLUMNS, [['new', 1, 1, 'x', null]]);
  expect((await db.all<{ k: string }>('SELECT k FROM t ORDER BY k')).map((r) => r.k)).toEqual([
    'kept',
    'new',
  ]);
});
