// What every command gets: a typed call into the API (in-process dispatch) and injectable output.
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract';
import type { ApiErrorInfo } from '../../shared/api/errors';
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
}

export interface CliContext extends CliIo {
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
}

export function errorLine(error: ApiErrorInfo): string {
  return error.message;
}

export function createContext(getDispatch: () => Promise<Dispatch>, io: CliIo): CliContext {
  return {
    ...io,
    async call(method, args) {
      const result = await (await getDispatch())(method, args);
      if (!result.ok) throw new CliError(errorLine(result.error));
      return result.value as ResultOf<typeof method>;
    },
  };
}

/** Prints exactly one JSON document on stdout. */
export function printJson(ctx: CliIo, value: unknown): void {
  ctx.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain fixed-width table for humans. */
export function printTable(ctx: CliIo, headers: string[], rows: (string | number)[][]): void {
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
