// The import commands as DESIGN.md fixes them, on real laws and broken files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexgap } from './helpers/run-cli';
import { law, robustnessDir, tempDir } from './helpers/paths';

const evidenceBill = law('MY/Evidence_of_Child_Witness_Bill_2007.pdf');
const marriageAct = law('PK/Child_Marriage_Restraint_Act_1929.pdf');

async function snapshot(db: string) {
  const docs = await lexgap(db, 'documents', '--json');
  return docs.stdout;
}

describe('lexgap import / documents / clauses', () => {
  it('imports laws, lists them and their clauses with the documented JSON shapes', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    const run = await lexgap(db, 'import', evidenceBill, '--country', 'my', '--json');
    expect(run.code).toBe(0);
    const result = run.json<{
      documents: {
        id: string;
        file: string;
        title: string;
        country: string;
        pages: number;
        clauses: number;
      }[];
      failed: unknown[];
    }>();
    expect(result.failed).toEqual([]);
    expect(result.documents).toHaveLength(1);
    const [doc] = result.documents;
    expect(doc).toMatchObject({ file: 'Evidence_of_Child_Witness_Bill_2007.pdf', country: 'MY', pages: 15 });
    expect(doc.title).toMatch(/Evidence of Child Witness/i);

    const clauses = (await lexgap(db, 'clauses', doc.id, '--json')).json<
      {
        id: string;
        number: string;
        kind: string;
        heading: string;
        path: string[];
        text: string;
        pageStart: number;
        pageEnd: number;
      }[]
    >();
    expect(clauses.length).toBe(doc.clauses);
    expect(clauses.slice(0, 3).map((c) => c.number)).toEqual(['1', '2', '3']);
    for (const c of clauses) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['id', 'number', 'kind', 'heading', 'path', 'text', 'pageStart', 'pageEnd']),
      );
      expect(c.pageStart).toBeLessThanOrEqual(c.pageEnd);
    }

    const docs = (await lexgap(db, 'documents', '--country', 'MY', '--json')).json<{ id: string }[]>();
    expect(docs.map((d) => d.id)).toEqual([doc.id]);
  });

  it('skips a file already imported (same bytes) with a notice, and imports the rest', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    const copy = path.join(tempDir(), 'renamed.pdf');
    fs.copyFileSync(evidenceBill, copy);
    expect((await lexgap(db, 'import', evidenceBill, '--country', 'MY')).code).toBe(0);
    const again = await lexgap(db, 'import', copy, marriageAct, '--country', 'MY', '--json');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/renamed\.pdf is already imported/);
    // A born-digital law (text on every page): no advice to read it with OCR.
    expect(again.stderr).not.toMatch(/OCR/);
    const result = again.json<{ documents: { file: string }[]; skipped: { file: string }[] }>();
    expect(result.skipped.map((s) => s.file)).toEqual(['renamed.pdf']);
    expect(result.documents.map((d) => d.file)).toEqual(['Child_Marriage_Restraint_Act_1929.pdf']);
  });

  it.each([
    ['not a PDF', () => writeTemp('notes.pdf', 'just some text, not a PDF'), /notes\.pdf is not a PDF/],
    ['empty', () => writeTemp('download.pdf', ''), /download\.pdf is empty \(0 bytes\)/],
    ['damaged', () => path.join(robustnessDir, 'bug1020226.pdf'), /bug1020226\.pdf is damaged/],
    [
      'encrypted, no password',
      () => path.join(robustnessDir, 'password-example.pdf'),
      /password-example\.pdf needs a password/,
    ],
    ['missing', () => path.join(tempDir(), 'nowhere.pdf'), /nowhere\.pdf: no such file/],
  ])(
    'a %s file ends with one line naming it, a non-zero exit and the database unchanged',
    async (_label, make, message) => {
      const db = path.join(tempDir(), 'db.sqlite');
      await lexgap(db, 'import', marriageAct, '--country', 'PK');
      const before = await snapshot(db);
      const run = await lexgap(db, 'import', make(), '--country', 'PK');
      expect(run.code).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(await snapshot(db)).toBe(before);
    },
  );

  it('a wrong password is refused, the right one imports', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    const file = path.join(robustnessDir, 'password-example.pdf');
    const wrong = await lexgap(db, 'import', file, '--country', 'PK', '--password', 'nope');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/password-example\.pdf: the password is wrong/);
    const right = await lexgap(db, 'import', file, '--country', 'PK', '--password', 'test', '--json');
    expect(right.code).toBe(0);
    expect(right.json<{ documents: unknown[] }>().documents).toHaveLength(1);
  });

  it('an unknown country code is refused before anything is read', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    const run = await lexgap(db, 'import', evidenceBill, '--country', 'XX');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/"XX" is not a known country code/);
    // The database the import would have started is not left behind, empty.
    expect(fs.existsSync(db)).toBe(false);
  });

  it('an unknown document id is reported plainly', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    const run = await lexgap(db, '--create', 'clauses', 'd0000000000', '--json');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/no document d0000000000/);
  });
});

function writeTemp(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}
