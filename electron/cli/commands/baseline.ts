import path from 'node:path';
import type { Command } from 'commander';
import { BASELINE_EXPORT_FORMATS } from '../../../shared/api/contract';
import { CHANGE_CAUSE_LABELS } from '../../../shared/baselines/types';
import { type CliContext, CliError, orList, printJson, printTable } from '../context';
import { sayWritten } from '../export-target';
import { reviewerOption } from '../reviewer-option';

/** `baseline create|list|compare`: the matrix frozen under a name, and what changed since. */
export function registerBaseline(program: Command, ctx: CliContext): void {
  const group = program
    .command('baseline')
    .description('freeze the matrix as a named baseline, list baselines, compare two or one with today');

  reviewerOption(
    group
      .command('create')
      .description('freeze the whole matrix under a name (it never changes afterwards)')
      .argument('<name>', 'e.g. "Baseline 2026"')
      .option('--json', 'print the API result (BaselineSummary) as one JSON document'),
  ).action(async (name: string, opts: { json?: boolean }) => {
    const made = await ctx.call('createBaseline', { name }, { name: 'NAME' });
    if (opts.json) return printJson(ctx, made);
    ctx.stdout(`${made.id}  ${made.name}: ${made.cells} cells, ${made.laws} laws\n`);
  });

  group
    .command('list')
    .description('the baselines, oldest first')
    .option('--json', 'print the API result (BaselineSummary[]) as one JSON document')
    .action(async (opts: { json?: boolean }) => {
      const list = await ctx.call('listBaselines', {});
      if (opts.json) return printJson(ctx, list);
      printTable(
        ctx,
        ['ID', 'NAME', 'CREATED', 'BY', 'CELLS', 'LAWS'],
        list.map((b) => [b.id, b.name, b.createdAt.slice(0, 10), b.createdBy, b.cells, b.laws]),
        'No baselines.',
      );
    });

  group
    .command('compare')
    .description('every cell changed since a baseline (or between two), with its causes')
    .argument('<from>', 'baseline name or id')
    .option('--to <baseline>', 'the later baseline (default: the matrix today)')
    .option(
      '--format <format>',
      `write a file: ${orList([...BASELINE_EXPORT_FORMATS])} (with --out; default: from --out)`,
    )
    .option('--out <file>', 'where to write the file')
    .option('--json', 'print the API result (BaselineComparison) as one JSON document')
    .action(async (from: string, opts: { to?: string; format?: string; out?: string; json?: boolean }) => {
      if (opts.format || opts.out) {
        // As `matrix --out m.xlsx`: the file's extension says the format when --format does not.
        const extension = path
          .extname(opts.out ?? '')
          .slice(1)
          .toLowerCase();
        const format = opts.format ?? BASELINE_EXPORT_FORMATS.find((f) => f === extension);
        if (!opts.out) throw new CliError('--format needs --out FILE', 2);
        if (!format)
          throw new CliError(
            `--out ${opts.out}: give --format ${BASELINE_EXPORT_FORMATS.join('|')}, or a file name ending ${orList(BASELINE_EXPORT_FORMATS.map((f) => `.${f}`))}`,
            2,
          );
        const file = await ctx.call(
          'exportBaselineComparison',
          {
            from,
            to: opts.to,
            format: format as (typeof BASELINE_EXPORT_FORMATS)[number],
            path: opts.out,
          },
          { from: 'FROM', to: '--to', path: '--out' },
        );
        if (opts.json) return printJson(ctx, file);
        sayWritten(ctx, file);
        return;
      }
      const comparison = await ctx.call(
        'compareBaselines',
        { from, to: opts.to },
        { from: 'FROM', to: '--to' },
      );
      if (opts.json) return printJson(ctx, comparison);
      printTable(
        ctx,
        ['COUNTRY', 'PROVISION', 'BEFORE', 'AFTER', 'CAUSE', 'WHAT CHANGED'],
        comparison.changes.map((c) => [
          c.country,
          c.provisionId,
          c.before,
          c.after,
          c.causes.map((x) => CHANGE_CAUSE_LABELS[x]).join('; '),
          c.details.join('; '),
        ]),
        'No changes.',
      );
      ctx.stderr(
        `${comparison.changes.length} cell(s) changed from ${comparison.from.name} to ${comparison.to.name}\n`,
      );
    });
}
