// The `lexgap` command line: each command calls the API in-process through dispatch.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import type { Dispatch } from '../api/dispatch';
import { openApp, type App } from '../app/open-app';
import { defaultDbPath } from '../store/default-db-path';
import { registerClauses } from './commands/clauses';
import { registerDocuments } from './commands/documents';
import { registerImport } from './commands/import';
import { registerMatrix } from './commands/matrix';
import { registerReview } from './commands/review';
import { registerStandards } from './commands/standards';
import { registerSuggestions } from './commands/suggestions';
import { registerTag } from './commands/tag';
import { CliError, createContext, type CliIo } from './context';

export interface CliOptions extends Partial<CliIo> {
  /** Where `standards/` lives, when not beside the code. */
  resourcesDir?: string;
}

/** Runs one command line; resolves to the process exit code. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<number> {
  const io: CliIo = {
    stdout: options.stdout ?? ((t) => process.stdout.write(t)),
    stderr: options.stderr ?? ((t) => process.stderr.write(t)),
  };
  let dbPath = defaultDbPath();
  let opened: App | undefined;
  let dispatch: Dispatch | undefined;
  const getDispatch = async () => {
    if (!dispatch) {
      opened = await openApp({ database: dbPath, resourcesDir: options.resourcesDir });
      dispatch = opened.dispatch;
    }
    return dispatch;
  };

  const ctx = createContext(getDispatch, io);
  const program = new Command('lexgap')
    .description('Lexgap: legislative gap analysis for child protection')
    .option('--db <file>', "database file (default: the desktop app's; LEXGAP_DB overrides)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(false)
    .hook('preAction', (cmd) => {
      const db = cmd.opts().db as string | undefined;
      if (db) dbPath = path.resolve(db);
    });
  for (const register of [
    registerImport,
    registerDocuments,
    registerClauses,
    registerTag,
    registerSuggestions,
    registerReview,
    registerMatrix,
    registerStandards,
  ]) {
    register(program, ctx);
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr(`lexgap: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`lexgap: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await opened?.close();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
