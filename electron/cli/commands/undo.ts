import type { Command } from 'commander';
import { type CliContext, printJson } from '../context';
import { reviewerOption } from '../reviewer-option';

export function registerUndo(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('undo')
      .description("take back the last batch of a reviewer's review decisions")
      .option('--json', 'print the API result ({ undone }) as one JSON document'),
    "take back this reviewer's last batch, and only theirs",
  ).action(async (opts: { json?: boolean }) => {
    const result = await ctx.call('undoLastReview', {});
    if (opts.json) return printJson(ctx, result);
    ctx.stdout(result.undone ? `undid ${result.summary}\n` : 'nothing to undo\n');
  });
}
