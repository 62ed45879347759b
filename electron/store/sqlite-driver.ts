// npm sqlite3 wrapped once: promises, and the SQL in every error. The rest of the app sees only Store.
import sqlite3 from 'sqlite3';

export type SqlValue = string | number | null | Uint8Array;
export type Row = Record<string, SqlValue>;

export interface SqliteDriver {
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number; lastID: number }>;
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

function withSql(error: Error, sql: string): Error {
  const wrapped = new Error(`${error.message} (SQL: ${sql.replace(/\s+/g, ' ').slice(0, 300)})`);
  (wrapped as Error & { code?: string }).code = (error as Error & { code?: string }).code;
  return wrapped;
}

export function openSqlite(file: string): Promise<SqliteDriver> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (error) => {
      if (error) {
        reject(new Error(`cannot open database ${file}: ${error.message}`));
        return;
      }
      db.configure('busyTimeout', 10_000);
      resolve({
        run: (sql, params = []) =>
          new Promise((res, rej) => {
            db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
              if (err) rej(withSql(err, sql));
              else res({ changes: this.changes, lastID: this.lastID });
            });
          }),
        all: <T>(sql: string, params: SqlValue[] = []) =>
          new Promise<T[]>((res, rej) => {
            db.all(sql, params, (err: Error | null, rows: T[]) => (err ? rej(withSql(err, sql)) : res(rows)));
          }),
        get: <T>(sql: string, params: SqlValue[] = []) =>
          new Promise<T | undefined>((res, rej) => {
            db.get(sql, params, (err: Error | null, row: T | undefined) =>
              err ? rej(withSql(err, sql)) : res(row),
            );
          }),
        exec: (sql) =>
          new Promise((res, rej) => {
            db.exec(sql, (err: Error | null) => (err ? rej(withSql(err, sql)) : res()));
          }),
        close: () => new Promise((res, rej) => db.close((err) => (err ? rej(err) : res()))),
      });
    });
  });
}
