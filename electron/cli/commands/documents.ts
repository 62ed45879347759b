import type { Command } from 'commander';
import { describeLife } from '../../../shared/lifecycle/describe-law';
import { type CliContext, printJson, printTable } from '../context';

export function registerDocuments(program: Command, ctx: CliContext): void {
  program
    .command('documents')
    .description('list imported documents')
    .option('--country <ISO2>', 'only this country')
    .option('--json', 'print the API result (DocumentRecord[]) as one JSON document')
    .action(async (opts: { country?: string; json?: boolean }) => {
      const docs = await ctx.call('listDocuments', { country: opts.country });
      if (opts.json) return printJson(ctx, docs);
      printTable(
        ctx,
        ['ID', 'COUNTRY', 'APPLIES IN', 'TITLE', 'YEAR', 'STATUS', 'PAGES', 'CLAUSES', 'FILE'],
        docs.map((d) => [
          d.id,
          d.country,
          d.jurisdiction ?? 'national',
          d.title,
          d.year ?? '',
          describeLife(d),
          d.pages,
          d.clauses,
          d.file,
        ]),
        'No documents.',
      );
    });
}
