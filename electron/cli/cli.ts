// The `lexgap` command line: each command calls the API in-process through dispatch.
import fs from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { MethodName } from '../../shared/api/contract';
import type { Dispatch } from '../api/dispatch';
import { openApp, type App } from '../app/open-app';
import { APP_VERSION } from '../services/app-version';
import { defaultDbPath } from '../store/default-db-path';
import { parseDatabaseLocation } from '../store/open-store';
import { COMMANDS, type CommandEntry } from './commands';
import { databaseOption } from './database-option';
import { CliError, createContext, type CliIo } from './context';

export interface CliOptions extends Partial<CliIo> {
  /** Where `standards/` lives, when not beside the code. */
  resourcesDir?: string;
}

/** Methods that may create the database they are pointed at: a first import starts a project. */
const CREATES_DATABASE = new Set<MethodName>(['importDocuments', 'startImport']);
/** Methods that read nothing from the database: they run without one rather than create it. */
const NEEDS_NO_DATABASE = new Set<MethodName>(['listStandards']);

/** The file of a SQLite database that does not exist yet; other backends are not files. */
function missingFile(database: string): string | undefined {
  const { scheme, location } = parseDatabaseLocation(database);
  if (scheme !== 'sqlite' || location === ':memory:') return undefined;
  return fs.existsSync(location) ? undefined : location;
}

/**
 * The commands to declare: only the one the command line names, so a short command loads nothing of
 * the others; all of them for help, a mistyped name (commander then suggests the nearest) or none.
 * Global options come before the command: `--db` is the only one that takes a value.
 */
export function commandsFor(argv: readonly string[]): CommandEntry[] {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') i++;
    else if (arg === '-h' || arg === '--help' || arg === '--') break;
    else if (!arg.startsWith('-')) {
      const named = COMMANDS.filter((c) => c.name === arg);
      return named.length ? named : COMMANDS;
    }
  }
  return COMMANDS;
}

/**
 * Commander's messages in the command line's own words: a value an option's parser refused names the
 * flag as the API's validation does (`--year: "nineteen" is not a whole number`).
 */
function plainError(text: string): string {
  const refused = /^error: option '[^']*?(--[\w-]+)[^']*' argument '[\s\S]*' is invalid\. ([\s\S]*)$/.exec(
    text,
  );
  return refused ? `lexgap: ${refused[1]}: ${refused[2]}` : text.replace(/^error: /, 'lexgap: ');
}

/** Runs one command line; resolves to the process exit code. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<number> {
  const io: CliIo = {
    stdout: options.stdout ?? ((t) => process.stdout.write(t)),
    stderr: options.stderr ?? ((t) => process.stderr.write(t)),
    interactive: options.interactive ?? false,
  };
  let dbPath = defaultDbPath();
  let create = false;
  let reviewer: string | undefined;
  let opened: App | undefined;
  let dispatch: Dispatch | undefined;
  /** The SQLite file an import made because none was there: a failed import leaves no empty one. */
  let madeByImport: string | undefined;
  const open = async (method: MethodName) => {
    if (!dispatch) {
      let database = dbPath;
      const missing = missingFile(database);
      if (missing) {
        if (NEEDS_NO_DATABASE.has(method)) database = ':memory:';
        else if (!create && !CREATES_DATABASE.has(method))
          throw new CliError(
            `no database at ${missing} (check --db; \`lexgap import\` or --create starts a new one there)`,
          );
        else if (!create) madeByImport = missing;
      }
      opened = await openApp({ database, resourcesDir: options.resourcesDir, reviewer });
      dispatch = opened.dispatch;
    }
    return dispatch;
  };

  const ctx = createContext(open, io, () => dbPath);
  const program = new Command('lexgap')
    .description('Lexgap: legislative gap analysis for child protection')
    .option(
      '--db <file>',
      "database file, sqlite:PATH or postgres://USER@HOST/DB (default: the desktop app's; LEXGAP_DB overrides)",
      databaseOption,
    )
    .option('--create', 'create the database if it does not exist (import always may)')
    .version(APP_VERSION, '-V, --version', 'print the version of Lexgap')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(plainError(text)),
    })
    .showHelpAfterError(false)
    .hook('preAction', (cmd, action) => {
      const opts = cmd.opts<{ db?: string; create?: boolean }>();
      if (opts.db) dbPath = opts.db;
      create = opts.create === true;
      reviewer = action.opts<{ reviewer?: string }>().reviewer;
      if (reviewer !== undefined && !reviewer.trim()) throw new CliError('--reviewer must not be empty', 2);
    });

  let code: number;
  try {
    const registers = await Promise.all(commandsFor(argv).map((c) => c.load()));
    for (const register of registers) register(program, ctx);
    await program.parseAsync(argv, { from: 'user' });
    code = 0;
  } catch (error) {
    code = exitCodeOf(error, io);
  }
  // An import that brought in nothing (an unknown country, a mistyped file name) leaves no database.
  const nothingIn = code !== 0 && madeByImport !== undefined && (await holdsNoDocument(dispatch));
  await opened?.close();
  if (nothingIn)
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${madeByImport}${suffix}`, { force: true });
  return code;
}

/** The exit code of a command that failed, its message written to stderr. */
function exitCodeOf(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof CliError) {
    io.stderr(`${error.message.replace(/^/gm, 'lexgap: ')}\n`);
    return error.exitCode;
  }
  io.stderr(`lexgap: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

/** Whether the database opened (if any was) holds no document. */
async function holdsNoDocument(dispatch: Dispatch | undefined): Promise<boolean> {
  if (!dispatch) return false;
  const listed = await dispatch('listDocuments', {});
  return listed.ok && Array.isArray(listed.value) && listed.value.length === 0;
}
