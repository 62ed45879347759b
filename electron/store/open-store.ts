// Which store a database location names: `sqlite:PATH` or a plain path today. A new backend is one
// entry in BACKENDS (e.g. `postgres: openPostgresStore`) and must pass store-conformance.ts.
import { openSqliteStore } from './sqlite-store';
import type { Store } from './store';

const BACKENDS: Record<string, (location: string) => Promise<Store>> = {
  sqlite: openSqliteStore,
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
  const open = Object.prototype.hasOwnProperty.call(BACKENDS, scheme) ? BACKENDS[scheme] : undefined;
  if (!open) {
    const known = Object.keys(BACKENDS)
      .map((s) => `${s}:PATH`)
      .join(', ');
    throw new Error(
      `${database}: no store for "${scheme}:" databases (known: ${known}, or a plain file path)`,
    );
  }
  if (!location) throw new Error(`${database}: no path after "${scheme}:"`);
  return open(location);
}
