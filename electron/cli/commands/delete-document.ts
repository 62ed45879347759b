import type { Command } from 'commander';
import { type CliContext, printJson } from '../context';
import { reviewerOption } from '../reviewer-option';

export function registerDeleteDocument(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('delete-document')
      .description('delete a document with its clauses and suggestions (recorded in the audit trail)')
      .argument('<documentId>', 'document id (see `documents`)')
      .option('--json', 'print the API result ({ deleted, citingRecommendations }) as one JSON document'),
  ).action(async (documentId: string, opts: { json?: boolean }) => {
    const result = await ctx.call('deleteDocument', { documentId }, { documentId: 'DOC_ID' });
    if (opts.json) return printJson(ctx, result);
    ctx.stdout(`${documentId} ${result.deleted ? 'deleted' : 'was not there'}\n`);
    const citing = result.citingRecommendations.length;
    if (citing)
      ctx.stderr(
        `${citing} recommendation(s) citing it kept, marked as citing a deleted law: ${result.citingRecommendations.join(', ')}\n`,
      );
  });
}
