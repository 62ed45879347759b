import type { Command } from 'commander';
import type { TagCoverage } from '../../../shared/model';
import { choicesOf } from '../choices-of';
import { type CliContext, orList, printJson } from '../context';
import { reviewerOption } from '../reviewer-option';

export function registerAddTag(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('add-tag')
      .description('tag a clause with a standard by hand (an accepted suggestion)')
      .argument('<clauseId>', 'clause id (see `clauses DOC_ID`)')
      .argument('<provisionId>', 'provision id (see `standards --framework ID`)')
      .requiredOption('--coverage <level>', orList(choicesOf('addManualTag', 'coverage')))
      .option('--note <text>', "the reviewer's note")
      .option('--json', 'print the API result (Suggestion) as one JSON document'),
  ).action(
    async (
      clauseId: string,
      provisionId: string,
      opts: { coverage: string; note?: string; json?: boolean },
    ) => {
      const tag = await ctx.call(
        'addManualTag',
        { clauseId, provisionId, coverage: opts.coverage as TagCoverage, note: opts.note },
        { clauseId: 'CLAUSE_ID', provisionId: 'PROVISION_ID' },
      );
      if (opts.json) return printJson(ctx, tag);
      ctx.stdout(`${tag.id}  ${tag.provisionId}  ${tag.status} (${tag.coverage})\n`);
    },
  );
}
