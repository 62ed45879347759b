// Every row of every table of a SQLite project, in key order: what "the database is as it was" means.
import { createHash } from 'node:crypto';
import type { Row } from '../../electron/store/sql-driver';
import { openSqlite } from '../../electron/store/sqlite-driver';

/**
 * Each blob (a law's PDF) is given as its SHA-256: the same bytes give the same digest, and
 * comparing megabytes of PDF byte by byte took a minute.
 */
export async function allRows(file: string, skip: readonly string[] = []): Promise<Record<string, Row[]>> {
  const db = await openSqlite(file);
  try {
    const out: Record<string, Row[]> = {};
    for (const t of await db.tables()) {
      if (skip.includes(t.name)) continue;
      const order = t.key.length ? t.key.map((k) => `"${k}"`).join(', ') : '1';
      const rows = await db.all<Row>(`SELECT * FROM "${t.name}" ORDER BY ${order}`);
      out[t.name] = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => [
            column,
            value instanceof Uint8Array
              ? `sha256:${createHash('sha256').update(value).digest('hex')}`
              : value,
          ]),
        ),
      );
    }
    return out;
  } finally {
    await db.close();
  }
}
