import type { Command } from 'commander';
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
        ['ID', 'COUNTRY', 'TITLE', 'YEAR', 'STATUS', 'PAGES', 'CLAUSES', 'FILE'],
        docs.map((d) => [d.id, d.country, d.title, d.year ?? '', d.status, d.pages, d.clauses, d.file]),
      );
    });
}
