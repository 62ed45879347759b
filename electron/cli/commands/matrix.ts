import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ExportFormat } from '../../../shared/matrix/types';
import { type CliContext, CliError } from '../context';

const FORMATS: ExportFormat[] = ['xlsx', 'csv', 'html', 'json'];

export function registerMatrix(program: Command, ctx: CliContext): void {
  program
    .command('matrix')
    .description('export the gap matrix (standards × countries) with its evidence')
    .option('--framework <id>', 'only this instrument (repeatable)', (v: string, acc: string[] = []) => [
      ...acc,
      v,
    ])
    .option('--country <ISO2>', 'only this country (repeatable)', (v: string, acc: string[] = []) => [
      ...acc,
      v,
    ])
    .option('--format <format>', 'xlsx, csv, html or json (default: from --out, else json)')
    .option('--out <file>', 'write to this file (CSV also writes FILE.evidence.csv)')
    .action(async (opts: { framework?: string[]; country?: string[]; format?: string; out?: string }) => {
      const fromExt = opts.out ? path.extname(opts.out).slice(1).toLowerCase() : '';
      const format = (opts.format ??
        (FORMATS.includes(fromExt as ExportFormat) ? fromExt : 'json')) as ExportFormat;
      if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}`, 2);
      if (format === 'xlsx' && !opts.out) throw new CliError('an XLSX matrix needs --out FILE.xlsx', 2);
      if (opts.out && !fs.existsSync(path.dirname(path.resolve(opts.out)))) {
        throw new CliError(`${opts.out}: the folder does not exist`);
      }
      const result = await ctx.call('exportMatrix', {
        format,
        frameworks: opts.framework,
        countries: opts.country,
        path: opts.out ? path.resolve(opts.out) : undefined,
      });
      if (result.path) ctx.stderr(`wrote ${result.path} (${result.bytes} bytes)\n`);
      else ctx.stdout(Buffer.from(result.dataBase64 ?? '', 'base64').toString('utf8'));
    });
}
