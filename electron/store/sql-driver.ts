// What the SQL store needs of a database: statements with `?` placeholders, transactions on one
// connection, and the few things each dialect does its own way (schema version, DDL types, checks).
// sqlite-driver.ts and pg-driver.ts implement it; sql-store.ts is the one Store over both.

export type SqlValue = string | number | null | Uint8Array;
export type Row = Record<string, SqlValue>;

/** One connection (or, outside a transaction, any free one): `?` placeholders in every dialect. */
export interface SqlConnection {
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Many rows into one table, `INSERT INTO table (columns) … suffix`, in as few statements and bound
   * values as the dialect allows; `suffix` (an ON CONFLICT clause) names the new row `excluded`.
   * `constants` are columns every row holds the same value in, given once rather than in each row.
   */
  insertRows(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    suffix?: string,
    constants?: Readonly<Record<string, SqlValue>>,
  ): Promise<void>;
}

/** Multi-row `INSERT … VALUES (?,…),(?,…) suffix` statements of at most `maxParams` bound values each. */
export async function insertRowsAsValues(
  run: SqlConnection['run'],
  maxParams: number,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  suffix = '',
  constants: Readonly<Record<string, SqlValue>> = {},
): Promise<void> {
  const given = Object.values(constants);
  const named = given.length ? [...columns, ...Object.keys(constants)] : columns;
  const full = given.length ? rows.map((r) => [...r, ...given]) : rows;
  const perStatement = Math.max(1, Math.floor(maxParams / named.length));
  const row = `(${named.map(() => '?').join(',')})`;
  for (let start = 0; start < full.length; start += perStatement) {
    const chunk = full.slice(start, start + perStatement);
    await run(
      `INSERT INTO ${table} (${named.join(', ')}) VALUES ${chunk.map(() => row).join(',')} ${suffix}`,
      chunk.flat(),
    );
  }
}

/** A table as `lexgap db copy` needs it: its primary key, and the tables its foreign keys name. */
export interface TableInfo {
  name: string;
  key: string[];
  references: string[];
}

export interface SqlDriver extends SqlConnection {
  readonly dialect: 'sqlite' | 'postgres';
  /** The database as messages name it: a file, or a URL without its password. */
  readonly location: string;
  /**
   * Runs `fn` between BEGIN and COMMIT on one connection, or ROLLBACK if it throws. The driver does
   * not queue: the store runs its transactions one at a time. A `snapshot` reads one consistent
   * state of the database and writes nothing (copying a database out).
   */
  transaction<T>(fn: (c: SqlConnection) => Promise<T>, mode?: 'write' | 'snapshot'): Promise<T>;
  /** A migration written in SQLite's types, in this dialect's. */
  ddl(sql: string): string;
  /** The last migration applied; in a transaction, which on a server it holds the migration lock for. */
  schemaVersion(c: SqlConnection): Promise<number>;
  setSchemaVersion(c: SqlConnection, version: number): Promise<void>;
  /** The project's tables (not the driver's own bookkeeping). */
  tables(): Promise<TableInfo[]>;
  /** After rows were copied in with their ids: generated ids continue after the largest. */
  continueIds(c: SqlConnection, table: string): Promise<void>;
  /** 'ok', or what is wrong. */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

export function withSql(error: Error, sql: string): Error {
  const wrapped = new Error(`${error.message} (SQL: ${sql.replace(/\s+/g, ' ').slice(0, 300)})`);
  (wrapped as Error & { code?: string }).code = (error as Error & { code?: string }).code;
  return wrapped;
}
