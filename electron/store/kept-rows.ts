// The matrix's large reads (every accepted tag, every reviewer's decision, the checklist's tags of
// the countries shown), kept in memory and brought up to date after a write by reading only the
// suggestions written since: each suggestion names the version of the write that last changed it
// or its decisions (changed_in, migration 15), and each suggestion deleted by such a write is
// remembered for a while with its version (deleted_suggestions, migration 16). A change to a law or
// a clause (text_version) reads everything again, and so does a reader whose rows are older than the
// deletions remembered.
import type { SqlConnection } from './sql-driver';
import { DATA_VERSION_TABLE } from './read-cache';

/** Where a row sorts: its values compared in turn, as the SQL's ORDER BY would. */
export type SortKey = readonly (string | number)[];

/** A row, the suggestion it belongs to, and where it sorts. */
export interface Keyed<T> {
  suggestionId: string;
  key: SortKey;
  row: T;
}

export interface KeptRowsSource<T> {
  /** Every row, as the kept list holds them. */
  all(c: SqlConnection): Promise<Keyed<T>[]>;
  /**
   * The suggestions written or deleted after `version` (their ids, whatever they hold now, if they
   * are still there) and their rows now; undefined where so many were written that `all` is better.
   */
  since(c: SqlConnection, version: number): Promise<{ touched: string[]; rows: Keyed<T>[] } | undefined>;
}

const KEPT = 12;

/** UTF-16 code units ordered as UTF-8 bytes (and code points) order them: SQLite's and PostgreSQL's C collation. */
function codeUnitRank(u: number): number {
  return u >= 0xd800 ? (u < 0xe000 ? u + 0x2000 : u - 0x800) : u;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codeUnitRank(x) - codeUnitRank(y);
  }
  return a.length - b.length;
}

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return compareText(String(x), String(y));
  }
  return 0;
}

/** In key order: as read where the database sorted as the keys do, else sorted here (another collation). */
function inKeyOrder<T>(rows: Keyed<T>[]): Keyed<T>[] {
  for (let i = 1; i < rows.length; i++)
    if (compareKeys(rows[i - 1].key, rows[i].key) > 0) return rows.sort((a, b) => compareKeys(a.key, b.key));
  return rows;
}

/** `kept` without the touched suggestions' rows, merged with their rows now (both in key order). */
function merge<T>(kept: readonly Keyed<T>[], touched: ReadonlySet<string>, fresh: Keyed<T>[]): Keyed<T>[] {
  const out: Keyed<T>[] = [];
  let j = 0;
  for (const k of kept) {
    if (touched.has(k.suggestionId)) continue;
    while (j < fresh.length && compareKeys(fresh[j].key, k.key) < 0) out.push(fresh[j++]);
    out.push(k);
  }
  while (j < fresh.length) out.push(fresh[j++]);
  return out;
}

interface Counters {
  version: number;
  texts: number;
}

async function counters(c: SqlConnection): Promise<Counters> {
  const r = await c.get<{ version: number; text_version: number }>(
    `SELECT version, text_version FROM ${DATA_VERSION_TABLE} WHERE id = 1`,
  );
  return { version: Number(r?.version), texts: Number(r?.text_version) };
}

export interface KeptRows {
  /** The rows `source` gives now, in key order, frozen: what is kept, brought up to date. */
  get<T extends object>(key: string, source: KeptRowsSource<T>): Promise<T[]>;
}

/**
 * `writing()`: a transaction of this process is running on the connection reads use (SQLite), whose
 * writes are visible there and may yet roll back: read afresh and keep nothing. `snapshot(fn)`: fn
 * on one connection that sees one committed state of the database. `remembered`: how many versions
 * back deletions are known.
 */
export function keptRows(
  db: SqlConnection,
  writing: () => boolean,
  snapshot: <R>(fn: (c: SqlConnection) => Promise<R>) => Promise<R>,
  remembered: number,
): KeptRows {
  const kept = new Map<string, Counters & { rows: Keyed<object>[]; values: object[] }>();
  const keep = (key: string, at: Counters, rows: Keyed<object>[]) => {
    const values = rows.map((r) => Object.freeze(r.row));
    kept.delete(key);
    kept.set(key, { ...at, rows, values });
    if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    return values;
  };
  return {
    async get<T extends object>(key: string, source: KeptRowsSource<T>): Promise<T[]> {
      if (writing()) return inKeyOrder(await source.all(db)).map((r) => r.row);
      const hit = kept.get(key);
      // Nothing written since: no snapshot needed to say so.
      if (hit && hit.version === (await counters(db)).version) return hit.values.slice() as T[];
      const values = await snapshot(async (c) => {
        const at = await counters(c);
        if (hit && hit.texts === at.texts && at.version - hit.version < remembered) {
          const since = await source.since(c, hit.version);
          if (since)
            return keep(
              key,
              at,
              merge(hit.rows, new Set(since.touched), inKeyOrder(since.rows as Keyed<object>[])),
            );
        }
        return keep(key, at, inKeyOrder((await source.all(c)) as Keyed<object>[]));
      });
      return values.slice() as T[];
    },
  };
}
