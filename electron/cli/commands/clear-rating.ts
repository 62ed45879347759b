import type { Command } from 'commander';
import { type CliContext, printJson } from '../context';
import { reviewerOption } from '../reviewer-option';

export function registerClearRating(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('clear-rating')
      .description("remove a cell's hand-set coverage: the matrix computes it from the tags again")
      .argument('<country>', 'country code, e.g. MY')
      .argument('<provisionId>', 'provision id')
      .option('--json', 'print the API result ({ cleared }) as one JSON document'),
  ).action(async (country: string, provisionId: string, opts: { json?: boolean }) => {
    const result = await ctx.call(
      'clearCellOverride',
      { country, provisionId },
      { country: 'COUNTRY', provisionId: 'PROVISION_ID' },
    );
    if (opts.json) return printJson(ctx, result);
    ctx.stdout(
      result.cleared ? `${country} ${provisionId}: cleared\n` : `${country} ${provisionId}: had no rating\n`,
    );
  });
}
