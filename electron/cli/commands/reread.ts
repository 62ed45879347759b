import type { Command } from 'commander';
import type { CliContext } from '../context';
import { reviewerOption } from '../reviewer-option';
import { followJob } from '../run-job';
import { printImportResult } from './import';

export function registerReread(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('reread')
      .description(
        'read an imported law again from its stored PDF with OCR, replacing its clauses (reviews of unchanged clauses are kept)',
      )
      .argument('<documentId>', 'document id (see `documents`)')
      .option('--password <pw>', 'password, if the PDF is encrypted')
      .option('--json', 'print the API result (ImportResult) as one JSON document'),
  ).action(async (documentId: string, opts: { password?: string; json?: boolean }) => {
    const { jobId } = await ctx.call('startReread', { documentId, password: opts.password });
    printImportResult(ctx, (await followJob(ctx, jobId)).importResult, opts.json === true);
  });
}
