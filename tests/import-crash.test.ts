// A crash during import never leaves half a document: kill the real CLI process at several moments.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../electron/store/sql-store';
import { lexgap } from './helpers/run-cli';
import { law, repoRoot, tempDir } from './helpers/paths';

const files = [
  law('MY/Sexual_Offences_against_Children_Bill_2017.pdf'),
  law('MY/Anti-Trafficking_in_Persons_Bill_2007.pdf'),
  law('MY/Evidence_of_Child_Witness_Bill_2007.pdf'),
];

function importThenKill(db: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['bin/lexgap.mjs', '--db', db, 'import', ...files, '--country', 'MY'],
      { cwd: repoRoot, stdio: 'ignore' },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('import crash safety', () => {
  it('after SIGKILL at any moment the database is intact and holds only whole documents', async () => {
    const reference = path.join(tempDir(), 'reference.sqlite');
    const clean = (await lexgap(reference, 'import', ...files, '--country', 'MY', '--json')).json<{
      documents: { file: string; clauses: number }[];
    }>();
    const expected = new Map(clean.documents.map((d) => [d.file, d.clauses]));
    expect(expected.size).toBe(3);

    const db = path.join(tempDir(), 'crashed.sqlite');
    const seen = new Set<number>();
    for (const delay of [700, 1500, 2300, 3100, 3900, 4700]) {
      await importThenKill(db, delay);
      const store = await openSqliteStore(db);
      try {
        expect(await store.integrityCheck()).toBe('ok');
        const docs = await store.listDocuments();
        seen.add(docs.length);
        for (const d of docs) {
          expect(d.clauses).toBe(expected.get(d.file));
          expect(await store.getDocumentFile(d.id)).toBeDefined();
        }
      } finally {
        await store.close();
      }
    }
    // Finishing the import afterwards completes the set without duplicates.
    const finish = await lexgap(db, 'import', ...files, '--country', 'MY', '--json');
    expect(finish.code).toBe(0);
    const final = (await lexgap(db, 'documents', '--json')).json<{ file: string; clauses: number }[]>();
    expect(new Map(final.map((d) => [d.file, d.clauses]))).toEqual(expected);
  }, 300_000); // Eight imports of three laws and six process starts: minutes when the machine is shared.
});
