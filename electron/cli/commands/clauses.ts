import type { Command } from 'commander';
import { type CliContext, printJson, printTable } from '../context';

export function registerClauses(program: Command, ctx: CliContext): void {
  program
    .command('clauses')
    .description("list a document's clauses")
    .argument('<documentId>', 'document id (see `documents`)')
    .option('--json', 'print the API result (Clause[]) as one JSON document')
    .action(async (documentId: string, opts: { json?: boolean }) => {
      const clauses = await ctx.call('listClauses', { documentId }, { documentId: 'DOC_ID' });
      if (opts.json) return printJson(ctx, clauses);
      printTable(
        ctx,
        ['ID', 'NUMBER', 'KIND', 'HEADING', 'PAGES', 'PATH'],
        clauses.map((c) => [
          c.id,
          c.number,
          c.kind,
          c.heading,
          c.pageStart === c.pageEnd ? c.pageStart : `${c.pageStart}-${c.pageEnd}`,
          c.path.join(' › '),
        ]),
        'No clauses.',
      );
    });
}
