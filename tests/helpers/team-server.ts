// A team server as an administrator sets one up for the tests: a Pakistani act imported and tagged
// on the command line, three accounts (a lead, a reviewer, a viewer) added with `lexgap account
// add`, and `lexgap serve`'s own starter in front, on a free port of 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { openTeamServer, type OpenedTeamServer } from '../../electron/http/open-team-server';
import { law, repoRoot, tempDir } from './paths';
import { lexgap } from './run-cli';

/** Each account's password; a test that resets one writes the new one here. */
export const PASSWORDS: Record<string, string> = {
  lena: 'lead password 2026',
  amina: 'reviewer password 2026',
  vik: 'viewer password 2026',
};

/** `lexgap account add NAME --role ROLE`, the password from LEXGAP_PASSWORD as the administrator gives it. */
export async function addAccount(db: string, name: string, role: string, password: string): Promise<void> {
  process.env.LEXGAP_PASSWORD = password;
  try {
    const run = await lexgap(db, 'account', 'add', name, '--role', role);
    if (run.code !== 0) throw new Error(run.stderr);
  } finally {
    delete process.env.LEXGAP_PASSWORD;
  }
}

/** The team's database: the act imported and tagged, and the three accounts. */
export async function teamDatabase(): Promise<string> {
  const db = path.join(tempDir('lexgap-team-'), 'team.sqlite');
  const imported = await lexgap(
    db,
    'import',
    law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
    '--country',
    'PK',
  );
  if (imported.code !== 0) throw new Error(imported.stderr);
  await lexgap(db, 'tag');
  await addAccount(db, 'lena', 'lead', PASSWORDS.lena);
  await addAccount(db, 'amina', 'reviewer', PASSWORDS.amina);
  await addAccount(db, 'vik', 'viewer', PASSWORDS.vik);
  return db;
}

/** With `ui`, the built renderer (dist/renderer) is served too, for a browser; `now` moves its clock. */
export async function startTeamServer(
  options: { ui?: boolean; now?: () => number } = {},
): Promise<OpenedTeamServer> {
  return openTeamServer({
    database: await teamDatabase(),
    port: 0,
    ...(options.ui ? { staticDir: path.join(repoRoot, 'dist/renderer') } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}

/** A `lexgap serve` process of its own, once it has printed its URL. */
export interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function serve(db: string, ...args: string[]): Promise<Running> {
  const child = spawn(process.execPath, ['bin/lexgap.mjs', '--db', db, 'serve', '--port', '0', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const line = /^(https?:\/\/[^\s]+\/)\n/.exec(stdout);
      if (line) resolve({ child, url: line[1], stdout: () => stdout, stderr: () => stderr, exited });
    });
    void exited.then((code) =>
      reject(new Error(`lexgap serve exited (${code}) before printing its URL: ${stderr}`)),
    );
  });
}
