// `lexgap db copy` moves a real project (the b424648 release's three tagged, reviewed and rated
// Pakistani acts) from SQLite to PostgreSQL and back: the API reports the same library from the
// server, every row of every table comes back the same, and a copy never lands on a database that
// holds something.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../electron/app/open-app';
import { DATA_VERSION_TABLE } from '../electron/store/read-cache';
import { snapshot } from './fixtures/release-db/snapshot';
import { allRows as allRowsOf } from './helpers/all-rows';
import { repoRoot, tempDir } from './helpers/paths';
import { startTestPostgres } from './helpers/postgres-cluster';
import { lexgap } from './helpers/run-cli';

const server = await startTestPostgres();
afterAll(() => server?.stop());

const dir = tempDir('lexgap-db-copy-');
const original = path.join(dir, 'project.sqlite');
fs.writeFileSync(
  original,
  zlib.gunzipSync(
    fs.readFileSync(path.join(repoRoot, 'tests/fixtures/release-db/release-b424648.sqlite.gz')),
  ),
);

async function apiSnapshot(database: string) {
  const app = await openApp({ database });
  try {
    return await snapshot(async (method, args) => {
      const result = await app.dispatch(method as Parameters<typeof app.dispatch>[0], args as never);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    });
  } finally {
    await app.close();
  }
}

/** Every row of every project table (not the data version, each database's own), in key order. */
const allRows = (file: string) => allRowsOf(file, [DATA_VERSION_TABLE]);

describe.runIf(server)('lexgap db copy', () => {
  it('copies a SQLite project to PostgreSQL and back with nothing lost, and never onto a database that holds something', async () => {
    const url = await server!.freshSchema();
    const toServer = await lexgap(original, 'db', 'copy', '--from', original, '--to', url, '--json');
    expect(toServer.stderr).toBe('');
    expect(toServer.code).toBe(0);
    const report = toServer.json<{ tables: { name: string; rows: number }[] }>();
    const rows = Object.fromEntries(report.tables.map((t) => [t.name, t.rows]));
    expect(rows).toMatchObject({ documents: 3, document_files: 3, check_reviews: 2 });
    expect(rows.clauses).toBeGreaterThan(30);
    expect(rows.suggestions).toBeGreaterThan(100);
    // Parents before the tables that refer to them.
    const order = report.tables.map((t) => t.name);
    expect(order.indexOf('documents')).toBeLessThan(order.indexOf('clauses'));
    expect(order.indexOf('clauses')).toBeLessThan(order.indexOf('suggestions'));

    // The server's library is the one the API reported from the file.
    expect(await apiSnapshot(url)).toEqual(await apiSnapshot(original));

    // Generated ids go on after the copied ones.
    const app = await openApp({ database: url });
    try {
      const before = await app.store.listAudit(undefined, 1);
      await app.store.appendAudit(
        { actor: 'Lead', action: 'update', entity: 'setting', entityId: 'x', before: null, after: null },
        '2026-12-04T00:00:00.000Z',
      );
      expect((await app.store.listAudit(undefined, 1))[0].id).toBe(before[0].id + 1);
    } finally {
      await app.close();
    }

    const back = path.join(dir, 'back.sqlite');
    const fromServer = await lexgap(original, 'db', 'copy', '--from', url, '--to', back);
    expect(fromServer.stderr).toBe('');
    expect(fromServer.stdout).toMatch(
      /^copied \d+ rows in \d+ tables from postgres:\/\/.* to .*back\.sqlite$/m,
    );
    const [was, is] = [await allRows(original), await allRows(back)];
    // All but the audit entry written on the server since.
    expect(is.audit_log.at(-1)).toMatchObject({ actor: 'Lead', entity_id: 'x' });
    expect({ ...is, audit_log: is.audit_log.slice(0, -1) }).toEqual(was);

    const again = await lexgap(original, 'db', 'copy', '--from', original, '--to', back);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^lexgap: .*back\.sqlite is not empty \(\d+ rows in \w+\): copy into a new database/,
    );
    expect(await allRows(back)).toEqual(is);

    const missing = path.join(dir, 'missing.sqlite');
    const none = await lexgap(
      original,
      'db',
      'copy',
      '--from',
      missing,
      '--to',
      path.join(dir, 'new.sqlite'),
    );
    expect(none.stderr).toBe(`lexgap: no database at ${missing} to copy from\n`);
    expect(fs.existsSync(path.join(dir, 'new.sqlite'))).toBe(false);
  });
});
