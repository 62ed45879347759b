// Which store a database location names: `sqlite:PATH` or a plain path, or a PostgreSQL URL
// (`postgres://user@host/db`). A new backend is one entry in BACKENDS and must pass store-conformance.ts.
import { openPostgresStore, openSqliteStore } from './sql-store';
import type { Store } from './store';

interface Backend {
  /** How help and errors show a location of this kind. */
  form: string;
  /** Gets the whole location and the part after `scheme:`. */
  open(database: string, rest: string): Promise<Store>;
}

const postgres: Backend = { form: 'postgres://USER@HOST/DB', open: (database) => openPostgresStore(database) };

const BACKENDS: Record<string, Backend> = {
  sqlite: { form: 'sqlite:PATH', open: (_database, rest) => openSqliteStore(rest) },
  postgres,
  postgresql: postgres,
};

/**
 * `scheme:rest` → [scheme, rest]; anything else is a file path for SQLite. A one-letter scheme is a
 * Windows drive (`C:\…`), and `:memory:` has none.
 */
export function parseDatabaseLocation(database: string): { scheme: string; location: string } {
  const match = /^([A-Za-z][A-Za-z0-9+.-]+):(.*)$/s.exec(database);
  if (!match) return { scheme: 'sqlite', location: database };
  return { scheme: match[1].toLowerCase(), location: match[2] };
}

export async function openStore(database: string): Promise<Store> {
  const { scheme, location } = parseDatabaseLocation(database);
  const backend = Object.prototype.hasOwnProperty.call(BACKENDS, scheme) ? BACKENDS[scheme] : undefined;
  if (!backend) {
    const known = [...new Set(Object.values(BACKENDS).map((b) => b.form))].join(', ');
    throw new Error(`${database}: no store for "${scheme}:" databases (known: ${known}, or a plain file path)`);
  }
  if (!location || location === '//') throw new Error(`${database}: no path after "${scheme}:"`);
  return backend.open(database, location);
}
