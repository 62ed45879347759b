// Runs the real command line in-process, capturing what a user would see.
import { runCli } from '../../electron/cli/cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

async function run(db: string, args: string[], interactive: boolean): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--db', db, ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    interactive,
  });
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}

export function lexgap(db: string, ...args: string[]): Promise<CliRun> {
  return run(db, args, false);
}

/** As with stderr on a terminal, where progress is drawn live. */
export function lexgapOnTerminal(db: string, ...args: string[]): Promise<CliRun> {
  return run(db, args, true);
}
