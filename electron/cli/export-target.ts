// Where an export goes and in what format, for `matrix` and `report`: --format, else the extension of
// --out, else the command's default; bytes a terminal cannot show need --out, into a folder that exists.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../shared/api/contract';
import type { ExportFormatInfo } from '../../shared/export/formats';
import { CliError, type CliIo } from './context';

export function exportTarget(
  formats: readonly ExportFormatInfo[],
  opts: { format?: string; out?: string; json?: boolean },
  fallback: string,
  /** What the file holds, for the message: "matrix", "report". */
  noun: string,
): { format: string; path?: string } {
  const fromExt = opts.out ? path.extname(opts.out).slice(1).toLowerCase() : '';
  const format = opts.format ?? (formats.some((f) => f.id === fromExt) ? fromExt : fallback);
  const info = formats.find((f) => f.id === format);
  if (info?.binary && !opts.out && !opts.json)
    throw new CliError(
      `${/^[AEFHILMNORSX]/.test(format.toUpperCase()) ? 'an' : 'a'} ${format.toUpperCase()} ${noun} needs --out FILE${info.extension}`,
      2,
    );
  if (opts.out && !fs.existsSync(path.dirname(path.resolve(opts.out)))) {
    throw new CliError(`${opts.out}: the folder does not exist`);
  }
  return { format, path: opts.out ? path.resolve(opts.out) : undefined };
}

/** A line on stderr for each file an export wrote: the one --out names, then those beside it. */
export function sayWritten(ctx: CliIo, result: Pick<ExportResult, 'path' | 'bytes' | 'alsoWritten'>): void {
  for (const file of [{ path: result.path, bytes: result.bytes }, ...(result.alsoWritten ?? [])])
    ctx.stderr(`wrote ${file.path} (${file.bytes} bytes)\n`);
}
