// The built command line on a database it may read but not write (a file shared read-only, a folder
// without write permission): a change is refused in one plain line naming the file, and nothing in
// the database changes. Permissions do not bind root, so as root the command runs without root's
// capabilities (`setpriv`): still root, and so still able to read the build wherever the clone is
// (CI's may sit in a folder only root may enter, which `nobody` could not).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { law, repoRoot, tempDir } from './helpers/paths';

const cli = path.join(repoRoot, 'dist/cli.mjs');
const asRoot = process.getuid?.() === 0;

function lexgap(db: string, ...args: string[]) {
  const argv = [cli, '--db', db, ...args];
  const [command, commandArgs] = asRoot
    ? ['setpriv', ['--bounding-set=-all', '--inh-caps=-all', '--', process.execPath, ...argv]]
    : [process.execPath, argv];
  const run = spawnSync(command, commandArgs, { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A project with two laws, tagged, in a folder anyone may write; `db` is its file. */
function project(): { dir: string; db: string; suggestion: string } {
  const dir = tempDir('lexgap-read-only-');
  fs.chmodSync(dir, 0o777);
  const db = path.join(dir, 'project.sqlite');
  const setUp = (...args: string[]) => {
    const run = spawnSync(process.execPath, [cli, '--db', db, ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout;
  };
  setUp(
    'import',
    law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
    law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf'),
    '--country',
    'PK',
  );
  setUp('tag');
  const [first] = JSON.parse(setUp('suggestions', '--limit', '1', '--json')) as { id: string }[];
  return { dir, db, suggestion: first.id };
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: npm run build`);
});

describe('a database the user may not write', () => {
  it('a read-only file: a review is refused by the file’s name, and the file is as it was', () => {
    const { db, suggestion } = project();
    fs.chmodSync(db, 0o444);
    const before = fs.readFileSync(db);
    const run = lexgap(db, 'review', suggestion, 'accept', '--coverage', 'full');
    expect(run.stderr).toBe(
      `lexgap: ${db} is read-only: nothing was changed (check that you may write to the file and to its folder)\n`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    // Reading it still works.
    expect(lexgap(db, 'suggestions', '--status', 'accepted', '--json').stdout).toBe('[]\n');
  });

  it('a read-only file: `tag` ends with that one line too, not a crash, and stores nothing', () => {
    const { db } = project();
    fs.chmodSync(db, 0o444);
    const before = fs.readFileSync(db);
    const run = lexgap(db, 'tag');
    expect(run.stderr).toBe(
      `lexgap: ${db} is read-only: nothing was changed (check that you may write to the file and to its folder)\n`,
    );
    expect(run.code).toBe(1);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('a folder that may not be written (where SQLite keeps its journal): the same line', () => {
    const { dir, db } = project();
    fs.chmodSync(db, 0o666);
    fs.chmodSync(dir, 0o555);
    const run = lexgap(db, 'documents');
    expect(run.stderr).toBe(
      `lexgap: ${db} is read-only: nothing was changed (check that you may write to the file and to its folder)\n`,
    );
    expect(run.code).toBe(1);
  });
});
