import type { Command } from 'commander';
import type { ReviewArgs } from '../../../shared/api/contract';
import type { TagCoverage } from '../../../shared/model';
import { type CliContext, choicesOf, orList, printJson } from '../context';
import { reviewerOption } from '../reviewer-option';

export function registerReview(program: Command, ctx: CliContext): void {
  const decisions = choicesOf('reviewSuggestions', 'decision');
  reviewerOption(
    program
      .command('review')
      .description(`decide on suggestions: review SUGGESTION_ID... ${decisions.join('|')}`)
      .argument('<items...>', `suggestion ids followed by ${orList(decisions)}`)
      .option('--coverage <level>', `${orList(choicesOf('reviewSuggestions', 'coverage'))} (for accept)`)
      .option('--note <text>', "the reviewer's note")
      .option('--json', 'print the API result (Suggestion[]) as one JSON document'),
  ).action(async (items: string[], opts: { coverage?: string; note?: string; json?: boolean }) => {
    const updated = await ctx.call(
      'reviewSuggestions',
      {
        ids: items.slice(0, -1),
        decision: items.at(-1) as ReviewArgs['decision'],
        coverage: opts.coverage as TagCoverage | undefined,
        note: opts.note,
      },
      { ids: 'SUGGESTION_ID', decision: `the decision (the last argument)` },
    );
    if (opts.json) return printJson(ctx, updated);
    for (const s of updated) {
      ctx.stdout(`${s.id}  ${s.provisionId}  ${s.status}${s.coverage ? ` (${s.coverage})` : ''}\n`);
    }
  });
}
