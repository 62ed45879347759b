import type { Command } from 'commander';
import type { ReviewArgs } from '../../../shared/api/contract';
import type { TagCoverage } from '../../../shared/model';
import { choicesOf } from '../choices-of';
import { type CliContext, CliError, orList, printJson } from '../context';
import { reviewerOption } from '../reviewer-option';

export function registerReview(program: Command, ctx: CliContext): void {
  const decisions = choicesOf('reviewSuggestions', 'decision');
  reviewerOption(
    program
      .command('review')
      .description(
        `decide on suggestions: review SUGGESTION_ID... ${decisions.join('|')}, or only set a note: review SUGGESTION_ID... --note TEXT`,
      )
      .argument('<items...>', `suggestion ids, then ${orList(decisions)} (none with --note alone)`)
      .option('--coverage <level>', `${orList(choicesOf('reviewSuggestions', 'coverage'))} (for accept)`)
      .option('--note <text>', "the reviewer's note")
      .option('--json', 'print the API result (Suggestion[]) as one JSON document'),
  ).action(async (items: string[], opts: { coverage?: string; note?: string; json?: boolean }) => {
    // The last argument is the decision; with --note and no decision, only the note changes.
    const last = items.at(-1) ?? '';
    const noteOnly = opts.note !== undefined && !decisions.includes(last);
    // A coverage is an acceptance's: with anything else it would be silently left out.
    if (opts.coverage !== undefined && (noteOnly || (decisions.includes(last) && last !== 'accept')))
      throw new CliError(`--coverage goes with accept, not with ${noteOnly ? 'a note alone' : last}`, 2);
    const updated = await ctx.call(
      'reviewSuggestions',
      {
        ids: noteOnly ? items : items.slice(0, -1),
        decision: noteOnly ? undefined : (last as ReviewArgs['decision']),
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
