// Reads a screen repeats (the matrix's laws) kept in memory while nothing has been written: every
// write transaction raises data_version (migration 8), in this process or another on the same
// server, and one read of it tells whether a kept result still holds. Sign-ins alone raise nothing.
import type { SqlConnection } from './sql-driver';

const KEPT = 12;

/** The counter's table: bookkeeping of each database, not project data (`lexgap db copy` leaves it). */
export const DATA_VERSION_TABLE = 'data_version';

export interface ReadCache {
  /**
   * `load()`'s result, or the one kept under `key` if no write has committed since; with `texts`, if
   * no write that may change a law's record or clauses has (what `load` reads depends on nothing else).
   */
  get<T>(key: string, load: () => Promise<T>, texts?: boolean): Promise<T>;
}

/**
 * Called inside every write transaction (before its first write), so that every process's kept reads are read again; `texts`
 * where it may have changed a law's record or clauses (migration 14), which is assumed unless told.
 */
export async function raiseDataVersion(c: SqlConnection, texts = true): Promise<void> {
  await c.run(
    `UPDATE ${DATA_VERSION_TABLE} SET version = version + 1${texts ? ', text_version = text_version + 1' : ''} WHERE id = 1`,
  );
}

/** After `raiseDataVersion(c, false)` in the same transaction: a law's record or clauses changed too. */
export async function raiseTextVersion(c: SqlConnection): Promise<void> {
  await c.run(`UPDATE ${DATA_VERSION_TABLE} SET text_version = text_version + 1 WHERE id = 1`);
}

/** The texts' counter (raised by `raiseDataVersion` with `texts`). */
export async function textVersion(c: SqlConnection): Promise<number> {
  return Number((await c.get<{ v: number }>(`SELECT text_version AS v FROM ${DATA_VERSION_TABLE}`))?.v);
}

export function readCache(db: SqlConnection, writing: () => boolean): ReadCache {
  const kept = new Map<string, { version: number; value: unknown }>();
  return {
    async get<T>(key: string, load: () => Promise<T>, texts = false): Promise<T> {
      // On SQLite's one connection a running transaction's writes are visible and may yet roll back.
      if (writing()) return load();
      // The version is read first: what is loaded then is at least that new.
      const column = texts ? 'text_version' : 'version';
      const version = Number(
        (await db.get<{ version: number }>(`SELECT ${column} AS version FROM ${DATA_VERSION_TABLE}`))
          ?.version,
      );
      const hit = kept.get(key);
      if (hit && hit.version === version) return hit.value as T;
      const value = await load();
      if (!writing()) {
        kept.delete(key);
        kept.set(key, { version, value });
        if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
      }
      return value;
    },
  };
}
