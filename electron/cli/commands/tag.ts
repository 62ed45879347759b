import type { Command } from 'commander';
import { type CliContext, CliError, printJson } from '../context';
import { followJob } from '../run-job';

export function registerTag(program: Command, ctx: CliContext): void {
  program
    .command('tag')
    .description('suggest standards for every clause (reviewed suggestions are kept)')
    .option('--document <id>', 'only this document')
    .option('--json', 'print the API result (TagResult) as one JSON document')
    .action(async (opts: { document?: string; json?: boolean }) => {
      const { jobId } = await ctx.call(
        'startTagging',
        { documentId: opts.document },
        { documentId: '--document' },
      );
      const result = (await followJob(ctx, jobId)).tagResult;
      if (!result) throw new CliError('tagging ended without a result');
      if (opts.json) return printJson(ctx, result);
      ctx.stdout(
        `${result.clauses} clauses in ${result.documents} document(s): ${result.suggestions} new suggestions, ` +
          `${result.kept} reviewed kept (${result.durationMs} ms)\n`,
      );
    });
}
