// Ctrl-C on `lexgap tag` as a user presses it: the built command line runs on a terminal (a pseudo-
// terminal from util-linux `script`, so its progress is drawn live), the test presses Ctrl-C once
// the progress has begun, and the command ends with "cancelled" and exit code 130 leaving every row
// of the database as it was; `lexgap tag` then completes. Real laws, real SQLite.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRows } from './helpers/all-rows';
import { law, repoRoot, tempDir } from './helpers/paths';

const cli = path.join(repoRoot, 'dist/cli.mjs');
const dir = tempDir('lexgap-cli-tag-cancel-');
const db = path.join(dir, 'db.sqlite');
/** Byte-distinct copies of the Child Bill (137 clauses each): a tagging long enough to be interrupted. */
const COPIES = 12;

function lexgap(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [cli, '--db', db, ...args], {
    encoding: 'utf8',
    // `suggestions --json` of fifteen laws is tens of megabytes.
    maxBuffer: 1 << 30,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json<T>(...args: string[]): T {
  const run = lexgap(...args, '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

interface SuggestionJson {
  id: string;
  documentId: string;
  status: string;
  score: number;
}

/**
 * `lexgap tag` on a terminal, Ctrl-C typed once its progress line shows: what the terminal showed
 * (stderr; stdout goes to a file), the exit code, and the progress seen when Ctrl-C was typed.
 */
function tagThenCtrlC(): Promise<{ code: number | null; terminal: string; stdout: string; at: string }> {
  const stdoutFile = path.join(dir, 'tag-stdout.txt');
  const command = `exec "${process.execPath}" "${cli}" --db "${db}" tag > "${stdoutFile}"`;
  // -e: script exits with the command's code; -q: no "Script started" lines.
  const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let terminal = '';
  let at = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    terminal += text;
    const progress = /suggestions: matching (\d+)%/.exec(terminal);
    if (!at && progress) {
      at = progress[0];
      child.stdin.write('\x03');
    }
  });
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, terminal, stdout: fs.readFileSync(stdoutFile, 'utf8'), at })),
  );
}

let reviewed: string[];

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: npm run build`);
  if (spawnSync('script', ['--version']).status !== 0)
    throw new Error('util-linux `script` is needed to run the command line on a terminal');
  // Three laws tagged and reviewed.
  const first = json<{ documents: unknown[] }>(
    'import',
    law('MY/Child_Bill_1999.pdf'),
    law('MY/Anti-Trafficking_in_Persons_Bill_2007.pdf'),
    law('MY/Sexual_Offences_against_Children_Bill_2017.pdf'),
    '--country',
    'MY',
  );
  expect(first.documents).toHaveLength(3);
  expect(lexgap('tag').code).toBe(0);
  const offered = json<SuggestionJson[]>('suggestions').filter((s) => s.score >= 0.3);
  reviewed = offered.slice(0, 3).map((s) => s.id);
  expect(
    lexgap('review', reviewed[0], reviewed[1], 'accept', '--coverage', 'full', '--note', 'cited').code,
  ).toBe(0);
  expect(lexgap('review', reviewed[2], 'reject').code).toBe(0);
  // Then copies of the Child Bill, each a law of its own, not tagged yet.
  const bill = fs.readFileSync(law('MY/Child_Bill_1999.pdf'));
  const copies = Array.from({ length: COPIES }, (_, i) => {
    const file = path.join(dir, `Child_Bill_1999-copy-${i}.pdf`);
    fs.writeFileSync(file, Buffer.concat([bill, Buffer.from(`\n%copy ${i}\n`)]));
    return file;
  });
  const more = json<{ documents: unknown[] }>('import', ...copies, '--separate', '--country', 'MY');
  expect(more.documents).toHaveLength(COPIES);
}, 300_000);

describe('Ctrl-C on lexgap tag', () => {
  it('cancels the tagging with exit code 130 and "cancelled", the database as it was; tagging again completes', async () => {
    const before = await allRows(db);
    const suggestionsBefore = json<SuggestionJson[]>('suggestions');
    expect(new Set(suggestionsBefore.map((s) => s.documentId)).size).toBe(3);

    const run = await tagThenCtrlC();
    // Ctrl-C was typed while the progress showed, and stopped the run: not a finished tagging.
    expect(run.at, run.terminal).toMatch(/suggestions: matching \d+%/);
    expect(run.code, run.terminal).toBe(130);
    expect(run.terminal).toContain('lexgap: cancelled');
    expect(run.terminal).not.toContain('100%');
    expect(run.stdout).toBe('');

    expect(json<SuggestionJson[]>('suggestions')).toEqual(suggestionsBefore);
    expect(await allRows(db)).toEqual(before);

    // Tagging again completes: every law tagged, the decisions kept.
    const again = json<{ documents: number; kept: number }>('tag');
    expect(again).toMatchObject({ documents: 3 + COPIES, kept: 3 });
    const after = json<SuggestionJson[]>('suggestions');
    expect(new Set(after.map((s) => s.documentId)).size).toBe(3 + COPIES);
    expect(
      after
        .filter((s) => s.status !== 'suggested')
        .map((s) => [s.id, s.status])
        .sort(),
    ).toEqual(
      [
        [reviewed[0], 'accepted'],
        [reviewed[1], 'accepted'],
        [reviewed[2], 'rejected'],
      ].sort(),
    );
  });
});
