import type { Command } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/report/report-formats';
import { choicesOf } from '../choices-of';
import { type CliContext, orList, printJson } from '../context';
import { exportTarget, sayWritten } from '../export-target';
import { collect } from '../parse-option';

export function registerReport(program: Command, ctx: CliContext): void {
  const formats = choicesOf('exportReport', 'format');
  program
    .command('report')
    .description(
      'the country report: method, summary, matrix, findings with quotes, gaps with recommendations, annexes',
    )
    .option(
      '--country <code>',
      'a country of the report, or a subdivision (PK-IS), as `matrix` takes it (repeatable; at least one)',
      collect,
    )
    .option('--framework <id>', 'only this instrument (repeatable)', collect)
    .option('--format <format>', `${orList(formats)} (default: from --out, else docx)`)
    .option('--out <file>', 'write to this file')
    .option('--json', 'print the API result (ExportResult) instead of the report')
    .action(
      async (opts: {
        country?: string[];
        framework?: string[];
        format?: string;
        out?: string;
        json?: boolean;
      }) => {
        const { format, path } = exportTarget(REPORT_FORMATS, opts, 'docx', 'report');
        const result = await ctx.call(
          'exportReport',
          { countries: opts.country ?? [], frameworks: opts.framework, format: format as ReportFormat, path },
          { countries: '--country', frameworks: '--framework', path: '--out' },
        );
        if (opts.json) printJson(ctx, result);
        else if (result.path) sayWritten(ctx, result);
        else ctx.stdout(Buffer.from(result.dataBase64 ?? '', 'base64').toString('utf8'));
      },
    );
}
