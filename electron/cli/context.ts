// What every command gets: a typed call into the API (in-process dispatch) and injectable output.
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract';
import type { ApiErrorInfo } from '../../shared/api/errors';
import { checkArgs } from '../../shared/api/check-args';
import { explainIssues, jsonPath, type FieldNamer } from '../../shared/api/explain-issues';
import type { Dispatch } from '../api/dispatch';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress may be drawn there and redrawn. */
  interactive: boolean;
}

/** How a command names the API's fields: top-level keys to flags or arguments; the rest `--kebab-case`. */
export type FieldNames = Record<string, string>;

export interface CliContext extends CliIo {
  /** Checks args with the method's schema (errors name the command's flags), then calls the API. */
  call<M extends MethodName>(method: M, args: ArgsOf<M>, names?: FieldNames): Promise<ResultOf<M>>;
  /** The same for a method and args given at run time (`lexgap call`); errors name JSON keys. */
  callAny(method: string, args: unknown): Promise<unknown>;
  /** The database `--db` names (or the default), for the commands that are not API calls. */
  database(): string;
}

const kebab = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function flagNamer(names: FieldNames = {}): FieldNamer {
  return (path) => {
    const [head, ...more] = path;
    if (head === undefined) return 'the arguments';
    const flag = names[String(head)] ?? kebab(String(head));
    // A repeated flag or argument holds a list; its values are named by the flag, not by place.
    const rest = typeof more[0] === 'number' ? more.slice(1) : more;
    return rest.length ? `${flag} ${jsonPath(rest)}` : flag;
  };
}

/** Opens the API on first use, for the method about to be called (some may run without a database). */
export type OpenDispatch = (method: MethodName) => Promise<Dispatch>;

/**
 * Args as a transport carries them: an option not given (a key holding undefined) is no key, as JSON
 * over IPC or HTTP has it, so a command with no options given calls with `{}`.
 */
function definedOnly(args: unknown): unknown {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return args;
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined));
}

/** Where in `args` a value given is (a field, or an item of a list or object in it), if anywhere. */
function pathOf(args: unknown, value: string, at: PropertyKey[] = []): PropertyKey[] | undefined {
  if (typeof args === 'string') return args.trim().toUpperCase() === value.toUpperCase() ? at : undefined;
  if (typeof args !== 'object' || args === null) return undefined;
  for (const [key, inner] of Object.entries(args)) {
    const found = pathOf(inner, value, [...at, Array.isArray(args) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The API's refusal as a command-line error. A value the user gave that the API does not know (a
 * well-formed but unknown country, `--country QQ`; a subdivision not of the country; a framework not in
 * the catalog) is a usage error like a malformed one: it names the flag, with exit 2.
 */
function refusal(error: ApiErrorInfo, args: unknown, name: FieldNamer): CliError {
  const quoted = /"([^"]+)"/.exec(error.message)?.[1];
  const at = quoted === undefined ? undefined : pathOf(args, quoted);
  if (at?.length && (error.code === 'unknown_country' || error.code === 'invalid_args'))
    return new CliError(`${name(at)}: ${error.message}`, 2);
  return new CliError(error.message, error.code === 'unknown_country' ? 2 : 1);
}

export function createContext(open: OpenDispatch, io: CliIo, database: () => string): CliContext {
  const callChecked = async (method: string, args: unknown, name: FieldNamer): Promise<unknown> => {
    const given = definedOnly(args);
    const checked = await checkArgs(method, given);
    if (!checked.ok) {
      if (checked.unknownMethod)
        throw new CliError(`unknown method "${method}" (see \`lexgap call --help\`)`, 2);
      throw new CliError(explainIssues(checked.error, args, name), 2);
    }
    const result = await (await open(checked.method))(checked.method, given);
    if (!result.ok) throw refusal(result.error, given, name);
    return result.value;
  };
  return {
    ...io,
    call: async (method, args, names) =>
      (await callChecked(method, args, flagNamer(names))) as ResultOf<typeof method>,
    callAny: (method, args) => callChecked(method, args, jsonPath),
    database,
  };
}

/** Prints exactly one JSON document on stdout. */
export function printJson(ctx: CliIo, value: unknown): void {
  ctx.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain fixed-width table for humans; with no rows, a line saying so (`empty`: "No documents.") instead. */
export function printTable(ctx: CliIo, headers: string[], rows: (string | number)[][], empty: string): void {
  if (rows.length === 0) return ctx.stdout(`${empty}\n`);
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.min(60, Math.max(...cells.map((r) => (r[i] ?? '').length))));
  const fit = (text: string, width: number) =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
  for (const row of cells)
    ctx.stdout(
      `${row
        .map((c, i) => fit(c, widths[i]))
        .join('  ')
        .trimEnd()}\n`,
    );
}

/** "a, b or c" */
export function orList(values: string[]): string {
  return values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}
