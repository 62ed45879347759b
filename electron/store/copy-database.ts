// `lexgap db copy`: every row of one Lexgap database into another, empty one, whatever the two
// backends (a local SQLite project to a team's PostgreSQL server and back). Both are first brought
// to the current schema; the source is read from one snapshot; the target is written in one
// transaction and its row counts checked before it commits, so a failed copy leaves it empty.
import fs from 'node:fs';
import { openSqlDriver, parseDatabaseLocation } from './open-store';
import { DATA_VERSION_TABLE, raiseDataVersion } from './read-cache';
import type { SqlConnection, SqlDriver, SqlValue, TableInfo } from './sql-driver';
import { migrate } from './sql-store';

/** Rows read at a time, so a library's PDFs are never all in memory at once. */
const PAGE_ROWS = 200;
/** Parameters bound per INSERT: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;

export interface CopyReport {
  from: string;
  to: string;
  /** In the order copied: parents before the tables that refer to them. */
  tables: { name: string; rows: number }[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Parents first; a table's references to itself do not hold it back. */
export function copyOrder(tables: TableInfo[]): TableInfo[] {
  const done = new Set<string>();
  const ordered: TableInfo[] = [];
  let left = tables;
  while (left.length) {
    const ready = left.filter((t) => t.references.every((r) => r === t.name || done.has(r)));
    if (!ready.length)
      throw new Error(`tables refer to each other in a circle: ${left.map((t) => t.name).join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      done.add(t.name);
    }
    left = left.filter((t) => !done.has(t.name));
  }
  return ordered;
}

async function count(c: SqlConnection, table: string): Promise<number> {
  return Number((await c.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`))?.n ?? 0);
}

async function copyTable(from: SqlConnection, to: SqlConnection, table: TableInfo): Promise<number> {
  const order = (table.key.length ? table.key : ['1']).map((k) => (k === '1' ? k : quote(k))).join(', ');
  let copied = 0;
  for (;;) {
    const rows = await from.all(`SELECT * FROM ${quote(table.name)} ORDER BY ${order} LIMIT ? OFFSET ?`, [
      PAGE_ROWS,
      copied,
    ]);
    if (!rows.length) return copied;
    const columns = Object.keys(rows[0]);
    const perInsert = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    for (let start = 0; start < rows.length; start += perInsert) {
      const chunk = rows.slice(start, start + perInsert);
      const params: SqlValue[] = chunk.flatMap((r) => columns.map((col) => r[col]));
      const marks = `(${columns.map(() => '?').join(',')})`;
      await to.run(
        `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES ${chunk.map(() => marks).join(',')}`,
        params,
      );
    }
    copied += rows.length;
  }
}

function isNewSqliteFile(database: string): string | undefined {
  const { scheme, location } = parseDatabaseLocation(database);
  return scheme === 'sqlite' && location !== ':memory:' && !fs.existsSync(location) ? location : undefined;
}

export async function copyDatabase(from: string, to: string): Promise<CopyReport> {
  const missing = isNewSqliteFile(from);
  if (missing) throw new Error(`no database at ${missing} to copy from`);
  if (from === to) throw new Error(`${from}: a database cannot be copied onto itself`);
  const created = isNewSqliteFile(to);
  let source: SqlDriver | undefined;
  let target: SqlDriver | undefined;
  try {
    source = await openSqlDriver(from);
    target = await openSqlDriver(to);
    await migrate(source);
    await migrate(target);
    const [src, dst] = [source, target];
    // Bookkeeping stays behind: the write counter and the deletions it numbered, and sign-ins, which
    // belong to the server that made them.
    const bookkeeping = new Set([DATA_VERSION_TABLE, 'deleted_suggestions', 'sessions']);
    const project = (all: TableInfo[]) => all.filter((t) => !bookkeeping.has(t.name));
    const tables = copyOrder(project(await src.tables()));
    const targetTables = new Set(project(await dst.tables()).map((t) => t.name));
    const absent = tables.filter((t) => !targetTables.has(t.name)).map((t) => t.name);
    if (absent.length) throw new Error(`${dst.location} has no table ${absent.join(', ')}`);
    for (const t of targetTables) {
      const rows = await count(dst, t);
      if (rows)
        throw new Error(
          `${dst.location} is not empty (${rows} rows in ${t}): copy into a new database, so nothing there is mixed or lost`,
        );
    }
    const copied = await src.transaction(
      (read) =>
        dst.transaction(async (write) => {
          const report: CopyReport['tables'] = [];
          for (const table of tables) {
            const rows = await copyTable(read, write, table);
            await dst.continueIds(write, table.name);
            const stored = await count(write, table.name);
            if (stored !== rows || stored !== (await count(read, table.name)))
              throw new Error(`${table.name}: ${rows} rows read but ${stored} stored; nothing was copied`);
            report.push({ name: table.name, rows });
          }
          // A Lexgap already serving the target reads it anew; the counter passes every version
          // the rows were stamped with where they came from (changed_in), so that none seems newer.
          await raiseDataVersion(write);
          const stamped = await write.get<{ v: number | null }>(
            'SELECT MAX(changed_in) AS v FROM suggestions',
          );
          await write.run(`UPDATE ${DATA_VERSION_TABLE} SET version = ? WHERE id = 1 AND version <= ?`, [
            Number(stamped?.v ?? 0) + 1,
            Number(stamped?.v ?? 0),
          ]);
          return report;
        }),
      'snapshot',
    );
    return { from: src.location, to: dst.location, tables: copied };
  } catch (error) {
    if (created) {
      await target?.close();
      target = undefined;
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${created}${suffix}`, { force: true });
    }
    throw error;
  } finally {
    await source?.close();
    await target?.close();
  }
}
