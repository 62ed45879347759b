// Quitting while an import runs cancels it promptly and leaves no half-imported law.
import path from 'node:path';
import { expect, it } from 'vitest';
import { openApp } from '../electron/app/open-app';
import { openSqliteStore } from '../electron/store/sql-store';
import { law, tempDir } from './helpers/paths';

it('closing the services cancels a running import and keeps the database whole', async () => {
  const dbPath = path.join(tempDir(), 'db.sqlite');
  const opened = await openApp({ database: dbPath });
  const { jobId } = await opened.api.startImport({
    files: [
      { path: law('MY/Child_Bill_1999.pdf') },
      { path: law('MY/Anti-Trafficking_in_Persons_Bill_2007.pdf') },
    ],
    country: 'MY',
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const closing = opened.close();
  const status = opened.api.getJob({ jobId });
  await closing;
  expect((await status).progress).toHaveLength(2);

  const store = await openSqliteStore(dbPath);
  try {
    expect(await store.integrityCheck()).toBe('ok');
    // Whatever finished is whole; what was cancelled left nothing.
    for (const d of await store.listDocuments()) expect(d.clauses).toBeGreaterThan(50);
    expect((await store.listDocuments()).length).toBeLessThan(2);
  } finally {
    await store.close();
  }
});
