import type { Command } from 'commander';
import { type CliContext, printJson } from '../context';

export function registerTag(program: Command, ctx: CliContext): void {
  program
    .command('tag')
    .description('suggest standards for every clause (reviewed suggestions are kept)')
    .option('--document <id>', 'only this document')
    .option('--json', 'print one JSON document')
    .action(async (opts: { document?: string; json?: boolean }) => {
      const result = await ctx.call('tagDocuments', { documentId: opts.document });
      if (opts.json) return printJson(ctx, result);
      ctx.stdout(
        `${result.clauses} clauses in ${result.documents} document(s): ${result.suggestions} new suggestions, ` +
          `${result.kept} reviewed kept (${result.durationMs} ms)\n`,
      );
    });
}
