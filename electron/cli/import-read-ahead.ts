// `lexgap import FILE…` as the process starts: the first file's PDF readers start before the rest of
// the command line (commander, the commands, the API's schemas) loads, about 70 ms sooner than the
// import command could start them itself. The arguments are read here only as far as needed to know
// the command and its first file; anything unexpected (an option this does not know) starts nothing,
// and the command proper parses them as always and takes the reading over (read-ahead.ts).
import { dropReadAheads, readAhead } from '../services/read-ahead';
import { commandAt } from './command-at';

/** The import command's options that take a value (electron/cli/commands/import.ts). */
const WITH_VALUE = new Set([
  '--country',
  '--jurisdiction',
  '--title',
  '--year',
  '--language',
  '--password',
  '--new-version-of',
]);
const FLAGS = new Set(['--ocr', '--no-ocr-missing', '--separate', '--json']);

/** The first file and the password of an import command line, or undefined when it is not one (or unclear). */
export function importedFirst(argv: readonly string[]): { file: string; password?: string } | undefined {
  const at = commandAt(argv);
  if (at === undefined || argv[at] !== 'import') return undefined;
  let file: string | undefined;
  let password: string | undefined;
  for (let i = at + 1; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      file ??= argv[i + 1];
      break;
    }
    if (!arg.startsWith('-')) {
      file ??= arg;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (WITH_VALUE.has(name)) {
      const value = equals < 0 ? argv[(i += 1)] : arg.slice(equals + 1);
      if (name === '--password') password = value;
    } else if (!FLAGS.has(arg)) return undefined;
  }
  return file === undefined ? undefined : { file, ...(password !== undefined ? { password } : {}) };
}

/** Starts reading an import's first file, if the command line is an import. */
export function readAheadOfImport(argv: readonly string[]): void {
  const first = importedFirst(argv);
  if (first) readAhead(first.file, first.password);
}

/** Stops a reading the command did not take over (a usage error, --help): it must not hold the process open. */
export const stopReadAheads = dropReadAheads;
