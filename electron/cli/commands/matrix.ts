import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats';
import { choicesOf } from '../choices-of';
import { type CliContext, orList, printJson } from '../context';
import { exportTarget, sayWritten } from '../export-target';
import { collect } from '../parse-option';

export function registerMatrix(program: Command, ctx: CliContext): void {
  const formats = choicesOf('exportMatrix', 'format');
  program
    .command('matrix')
    .description('export the gap matrix (standards × countries) with its evidence')
    .option('--framework <id>', 'only this instrument (repeatable)', collect)
    .option('--country <code>', 'only this country, or subdivision (PK-IS) (repeatable)', collect)
    .option(
      '--split <ISO2>',
      'show this country split: its national laws, and each subdivision with laws (repeatable)',
      collect,
    )
    .option('--as-of <date>', 'coverage on this date (YYYY-MM-DD): laws not in force then give no evidence')
    .option('--format <format>', `${orList(formats)} (default: from --out, else json)`)
    .option(
      '--out <file>',
      'write to this file (CSV also writes FILE.evidence.csv, FILE.ratifications.csv and FILE.recommendations.csv beside it)',
    )
    .option('--json', 'print the API result (ExportResult) instead of the exported file')
    .option('--include-procedural', 'also show final clauses and committee machinery (hidden by default)')
    .action(
      async (opts: {
        framework?: string[];
        country?: string[];
        split?: string[];
        asOf?: string;
        format?: string;
        out?: string;
        json?: boolean;
        includeProcedural?: boolean;
      }) => {
        const { format, path: out } = exportTarget(EXPORT_FORMATS, opts, 'json', 'matrix');
        const result = await ctx.call(
          'exportMatrix',
          {
            format: format as ExportFormat,
            frameworks: opts.framework,
            countries: opts.country,
            split: opts.split,
            asOf: opts.asOf,
            includeProcedural: opts.includeProcedural,
            path: out,
          },
          {
            frameworks: '--framework',
            countries: '--country',
            split: '--split',
            asOf: '--as-of',
            path: '--out',
          },
        );
        if (opts.json) printJson(ctx, result);
        else if (result.path) sayWritten(ctx, result);
        else ctx.stdout(Buffer.from(result.dataBase64 ?? '', 'base64').toString('utf8'));
      },
    );
}
