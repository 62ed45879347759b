// Every row of every table of a SQLite project, in key order: what "the database is as it was" means.
import type { Row } from '../../electron/store/sql-driver';
import { openSqlite } from '../../electron/store/sqlite-driver';

export async function allRows(file: string, skip: readonly string[] = []): Promise<Record<string, Row[]>> {
  const db = await openSqlite(file);
  try {
    const out: Record<string, Row[]> = {};
    for (const t of await db.tables()) {
      if (skip.includes(t.name)) continue;
      const order = t.key.length ? t.key.map((k) => `"${k}"`).join(', ') : '1';
      out[t.name] = await db.all(`SELECT * FROM "${t.name}" ORDER BY ${order}`);
    }
    return out;
  } finally {
    await db.close();
  }
}
