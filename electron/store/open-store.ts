// Which store a database location names: `sqlite:PATH` or a plain path, or a PostgreSQL URL
// (`postgres://user@host/db`). Both are the one SQL store over a driver; another SQL database is a
// driver and one entry in BACKENDS, and must pass store-conformance.ts.
import type { SqlDriver } from './sql-driver';
import { openSqlStore } from './sql-store';
import { openSqlite } from './sqlite-driver';
import type { Store } from './store';

interface Backend {
  /** How help and errors show a location of this kind. */
  form: string;
  /** Gets the whole location and the part after `scheme:`. */
  driver(database: string, rest: string): Promise<SqlDriver>;
}

// Loaded on use: a SQLite project's commands never pay for the PostgreSQL client's start-up.
const postgres: Backend = {
  form: 'postgres://USER@HOST/DB',
  driver: async (database) => (await import('./pg-driver')).openPostgres(database),
};

const BACKENDS: Record<string, Backend> = {
  sqlite: { form: 'sqlite:PATH', driver: (_database, rest) => openSqlite(rest) },
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

/** The driver for a location, not yet migrated. */
export async function openSqlDriver(database: string): Promise<SqlDriver> {
  const { scheme, location } = parseDatabaseLocation(database);
  const backend = Object.prototype.hasOwnProperty.call(BACKENDS, scheme) ? BACKENDS[scheme] : undefined;
  // The command line works on a database, never through a team server: no session of anyone's is
  // opened or kept alive by a script, whoever runs it (README, Command line).
  if (scheme === 'http' || scheme === 'https')
    throw new Error(
      `${database} is a team server's address, not a database: the command line opens the server's database (postgres://USER@HOST/DB, as given to \`lexgap serve\`); to work on the server as yourself, sign in to it in a browser or in the app (Settings › Team server)`,
    );
  if (!backend) {
    const known = [...new Set(Object.values(BACKENDS).map((b) => b.form))].join(', ');
    throw new Error(
      `${database}: no store for "${scheme}:" databases (known: ${known}, or a plain file path)`,
    );
  }
  if (!location || location === '//') throw new Error(`${database}: no path after "${scheme}:"`);
  return backend.driver(database, location);
}

export async function openStore(database: string): Promise<Store> {
  return openSqlStore(await openSqlDriver(database));
}
