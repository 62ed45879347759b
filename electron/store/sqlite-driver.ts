// npm sqlite3 as an SqlDriver: promises, the SQL in every error, PRAGMA user_version as the schema
// version. One connection: reads outside a transaction see what a running one has written.
import fs from 'node:fs';
import path from 'node:path';
import {
  insertRowsAsValues,
  withSql,
  type SqlConnection,
  type SqlDriver,
  type SqlValue,
  type TableInfo,
} from './sql-driver';
import { sqlite3, type Sqlite3 } from './load-sqlite3';

/** SQLITE_MAX_VARIABLE_NUMBER of the SQLite that sqlite3 5.1.7 bundles (3.44, default since 3.32). */
const MAX_BOUND_PARAMS = 32766;

/**
 * Whether a number reaches SQLite through JSON exactly as it would bound: when 15 significant digits
 * give it back (SQLite's own text-to-number reading is exact for those).
 */
const numberTravelsAsJson = (v: number): boolean => Number(v.toPrecision(15)) === v;

/**
 * A value every row has in a column, bound once instead of travelling in each row: what SQLite stores
 * from it is what it stores from the row's JSON. Integers only within 32 bits (sqlite3 binds larger
 * ones as REAL, where JSON gives INTEGER), and not -0 (JSON writes it as 0).
 */
const bindsAsInJson = (v: SqlValue): boolean =>
  v === null ||
  typeof v === 'string' ||
  (typeof v === 'number' && (!Number.isInteger(v) || ((v | 0) === v && !Object.is(v, -0))));

/**
 * Rows as `INSERT … SELECT` from one JSON parameter holding every row: sqlite3 converts each bound
 * value from JavaScript on the main thread, which for tens of thousands of rows costs more than
 * SQLite parsing their JSON in its own thread. (A column that holds JSON text travels as a string:
 * nested in the row instead, SQLite would spend more writing it out again than unescaping it.)
 * Taking values out of the rows' text is most of SQLite's time in a large insert, so: a column whose
 * every row holds the same value (a status, a time, a version: given as `constants`, or found so) is
 * bound once instead; and each row's text is read once, in a subquery SQLite cannot flatten (its
 * OFFSET), where otherwise every column would write the row out and look it up again. (`WHERE
 * true` tells SQLite's parser that an ON CONFLICT clause follows the SELECT, not a join.) Undefined
 * where some value cannot travel as JSON exactly as it would bound.
 */
function insertFromJson(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  suffix: string,
  constants: Readonly<Record<string, SqlValue>>,
): { sql: string; params: SqlValue[] } | undefined {
  const first = rows[0];
  // Plain loops and a typed array: tens of thousands of rows are checked on the main thread, once
  // per law tagged, and V8 deoptimised its inlined Array.map over rows of mixed values each time.
  // A score repeats across rows, so each number is checked once.
  const shared = new Uint8Array(first.length);
  for (let i = 0; i < first.length; i += 1) shared[i] = bindsAsInJson(first[i]) ? 1 : 0;
  const exact = new Set<number>();
  for (const row of rows) {
    for (let i = 0; i < row.length; i += 1) {
      const v = row[i];
      if (shared[i] === 1 && v !== first[i]) shared[i] = 0;
      if (v === null || typeof v === 'string') continue;
      if (typeof v !== 'number') return undefined;
      if (exact.has(v)) continue;
      if (!numberTravelsAsJson(v)) return undefined;
      exact.add(v);
    }
  }
  const varying: number[] = [];
  for (let i = 0; i < columns.length; i += 1) if (shared[i] === 0) varying.push(i);
  const params: SqlValue[] = [];
  let values = '';
  for (let i = 0; i < columns.length; i += 1) {
    if (shared[i] === 1) params.push(first[i]);
    values += `${i ? ', ' : ''}${shared[i] === 1 ? `?${params.length + 1}` : `item ->> ${varying.indexOf(i)}`}`;
  }
  let slim = rows;
  if (varying.length < columns.length) {
    const out: SqlValue[][] = new Array<SqlValue[]>(rows.length);
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r];
      const picked: SqlValue[] = new Array<SqlValue>(varying.length);
      for (let k = 0; k < varying.length; k += 1) picked[k] = row[varying[k]];
      out[r] = picked;
    }
    slim = out;
  }
  for (const value of Object.values(constants)) {
    params.push(value);
    values += `, ?${params.length + 1}`;
  }
  const named = [...columns, ...Object.keys(constants)];
  return {
    sql:
      `INSERT INTO ${table} (${named.join(', ')}) SELECT ${values} ` +
      `FROM (SELECT value AS item FROM json_each(?1) LIMIT -1 OFFSET 0) WHERE true ${suffix}`,
    params: [JSON.stringify(slim), ...params],
  };
}

function connect(file: string): Promise<Sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (error) =>
      error ? reject(new Error(`cannot open database ${file}: ${error.message}`)) : resolve(db),
    );
  });
}

/** The page size of a database this driver creates, in bytes, unless told otherwise. */
export const PAGE_SIZE = 16_384;
/** The most memory SQLite's page cache of a connection may take, in KiB. */
const CACHE_KIB = 65_536;

/** Statements kept prepared per connection (see `statements`), the least recently used let go first. */
const KEPT_STATEMENTS = 64;
/** Bound text past this size is let go once its statement ran, not kept until the statement's next use. */
const LARGE_PARAMS = 1 << 20;

/**
 * The connection's statements, prepared once per SQL text and kept. sqlite3 finalizes the statement
 * of each db.run/all/get in the main thread, which waits there for SQLite's lock while another
 * statement runs in sqlite3's own threads: during tagging, a law's insert of thousands of rows held
 * the main thread (and the matching of the next law) for most of its time. A kept statement is
 * reset and bound again in sqlite3's threads; it is finalized when let go or when the database closes.
 */
function statements(db: Sqlite3.Database) {
  const kept = new Map<string, Promise<Sqlite3.Statement>>();
  const finalize = (statement: Promise<Sqlite3.Statement>) =>
    statement.then(
      (s) => new Promise<void>((res) => s.finalize(() => res())),
      () => undefined,
    );
  return {
    /** The statement of `sql`, prepared (a statement that fails to prepare is not kept). */
    of(sql: string): Promise<Sqlite3.Statement> {
      const known = kept.get(sql);
      if (known) {
        kept.delete(sql);
        kept.set(sql, known);
        return known;
      }
      const prepared = new Promise<Sqlite3.Statement>((res, rej) => {
        const statement = db.prepare(sql, (err: Error | null) =>
          err ? rej(withSql(err, sql)) : res(statement),
        );
      });
      prepared.catch(() => {
        if (kept.get(sql) === prepared) kept.delete(sql);
      });
      kept.set(sql, prepared);
      if (kept.size > KEPT_STATEMENTS) {
        const [oldest, statement] = kept.entries().next().value as [string, Promise<Sqlite3.Statement>];
        kept.delete(oldest);
        void finalize(statement);
      }
      return prepared;
    },
    /** After a statement ran with large values bound: lets them go (bound again as nulls). */
    release(statement: Sqlite3.Statement, params: SqlValue[]): void {
      let size = 0;
      for (const p of params)
        size += typeof p === 'string' ? p.length : p instanceof Uint8Array ? p.length : 0;
      // A failure here only keeps the values: the statement's next use binds its own.
      if (size > LARGE_PARAMS)
        statement.bind(
          params.map(() => null),
          () => undefined,
        );
    },
    async close(): Promise<void> {
      const all = [...kept.values()];
      kept.clear();
      await Promise.all(all.map(finalize));
    },
  };
}

export interface SqliteOptions {
  /** The page size of the database if this creates it (PAGE_SIZE unless given). */
  pageSize?: number;
}

/**
 * An error of a statement, with its SQL; a write refused because the file (or its folder, where SQLite
 * keeps its journal) may not be written says so in plain words, naming the file.
 */
function failure(file: string): (error: Error, sql: string) => Error {
  return (error, sql) => {
    if ((error as Error & { code?: string }).code !== 'SQLITE_READONLY') return withSql(error, sql);
    const plain = new Error(
      `${file} is read-only: nothing was changed (check that you may write to the file and to its folder)`,
    );
    return Object.assign(plain, { code: 'SQLITE_READONLY' });
  };
}

/**
 * One sqlite3 connection as an SqlConnection, its statements kept prepared, `setup` (its PRAGMAs)
 * run first; `close` lets it go.
 */
async function openConnection(
  file: string,
  setup: string,
): Promise<{ c: SqlConnection; close: () => Promise<void> }> {
  const db = await connect(file);
  db.configure('busyTimeout', 10_000);
  const kept = statements(db);
  const fail = failure(file);
  const c: SqlConnection = {
    run: async (sql, params = []) => {
      const statement = await kept.of(sql);
      const result = await new Promise<{ changes: number }>((res, rej) => {
        statement.run(params, function (this: Sqlite3.RunResult, err: Error | null) {
          if (err) rej(fail(err, sql));
          else res({ changes: this.changes });
        });
      });
      kept.release(statement, params);
      return result;
    },
    all: async <T>(sql: string, params: SqlValue[] = []) => {
      const statement = await kept.of(sql);
      return new Promise<T[]>((res, rej) => {
        statement.all(params, (err: Error | null, rows: T[]) => (err ? rej(fail(err, sql)) : res(rows)));
      });
    },
    get: async <T>(sql: string, params: SqlValue[] = []) => {
      const statement = await kept.of(sql);
      const row = new Promise<T | undefined>((res, rej) => {
        statement.get(params, (err: Error | null, first: T | undefined) =>
          err ? rej(fail(err, sql)) : res(first),
        );
      });
      // A statement stopped at its first row holds its read: reset it (in sqlite3's thread).
      statement.reset(() => undefined);
      return row;
    },
    exec: (sql) =>
      new Promise((res, rej) => {
        db.exec(sql, (err: Error | null) => (err ? rej(fail(err, sql)) : res()));
      }),
    async insertRows(table, columns, rows, suffix = '', constants = {}) {
      if (!rows.length) return;
      const fromJson = insertFromJson(table, columns, rows, suffix, constants);
      if (fromJson) await c.run(fromJson.sql, fromJson.params);
      else await insertRowsAsValues(c.run, MAX_BOUND_PARAMS, table, columns, rows, suffix, constants);
    },
  };
  await c.exec(setup);
  return {
    c,
    close: async () => {
      await kept.close();
      await new Promise<void>((res, rej) => db.close((err) => (err ? rej(err) : res())));
    },
  };
}

export async function openSqlite(file: string, options: SqliteOptions = {}): Promise<SqlDriver> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // In one exec, one trip to sqlite3's thread:
  // - page_size, before anything is written: a new database gets 16 KiB pages (an existing one keeps
  //   its own). SQLite writes, reads back and checkpoints page by page, and tagging writes tens of
  //   thousands of rows at once: 16 laws' tagging made 13,700 writes and 8,800 reads with 4 KiB pages.
  // - cache_size: a page cache of up to 64 MiB (SQLite's default is 2 MiB) holds such a transaction's
  //   pages instead of spilling them to the WAL and reading them back: 2,500 writes and 1,100 reads
  //   with both (README, issue 16).
  // - temp_store: a statement in a transaction keeps the pages it changes, to undo itself alone, in
  //   a statement journal that SQLite spills to a file past 64 KiB: tagging wrote 46 MB to /var/tmp
  //   and threw it away. In memory it is a few MB at most (one law's insert) and no system calls.
  const main = await openConnection(
    file,
    `PRAGMA page_size = ${Math.trunc(options.pageSize ?? PAGE_SIZE)}; PRAGMA journal_mode = WAL;
     PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = ${-CACHE_KIB};
     PRAGMA temp_store = MEMORY;`,
  );
  const c = main.c;

  return {
    ...c,
    dialect: 'sqlite',
    location: file,
    async transaction(fn, mode = 'write') {
      // In WAL mode a deferred transaction reads one snapshot from its first read on.
      await c.exec(mode === 'snapshot' ? 'BEGIN' : 'BEGIN IMMEDIATE');
      try {
        const result = await fn(c);
        await c.exec('COMMIT');
        return result;
      } catch (error) {
        await c.exec('ROLLBACK');
        throw error;
      }
    },
    ddl: (sql) => sql,
    async schemaVersion(t) {
      return (await t.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
    },
    async setSchemaVersion(t, version) {
      await t.exec(`PRAGMA user_version = ${Math.trunc(version)}`);
    },
    async tables() {
      const names = await c.all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      );
      const tables: TableInfo[] = [];
      for (const { name } of names) {
        const columns = await c.all<{ name: string; pk: number }>(
          'SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk',
          [name],
        );
        const refs = await c.all<{ table: string }>(
          'SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)',
          [name],
        );
        tables.push({ name, key: columns.map((k) => k.name), references: refs.map((r) => r.table) });
      }
      return tables;
    },
    // AUTOINCREMENT already continues after the largest id inserted.
    continueIds: async () => undefined,
    async integrityCheck() {
      return (
        (await c.get<{ integrity_check: string }>('PRAGMA integrity_check'))?.integrity_check ?? 'unknown'
      );
    },
    close: () => main.close(),
  };
}
