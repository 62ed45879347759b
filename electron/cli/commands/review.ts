import type { Command } from 'commander';
import { type CliContext, CliError, printJson } from '../context';

const DECISIONS = ['accept', 'reject', 'reset'] as const;

export function registerReview(program: Command, ctx: CliContext): void {
  program
    .command('review')
    .description('accept or reject suggestions: review ID... accept|reject')
    .argument('<items...>', 'suggestion ids followed by accept or reject')
    .option('--coverage <level>', 'full or partial (for accept)')
    .option('--note <text>', "the reviewer's note")
    .option('--json', 'print one JSON document')
    .action(async (items: string[], opts: { coverage?: string; note?: string; json?: boolean }) => {
      const decision = items[items.length - 1] as (typeof DECISIONS)[number];
      const ids = items.slice(0, -1);
      if (!DECISIONS.includes(decision) || ids.length === 0) {
        throw new CliError(
          'usage: review SUGGESTION_ID... accept|reject [--coverage full|partial] [--note TEXT]',
          2,
        );
      }
      if (opts.coverage && opts.coverage !== 'full' && opts.coverage !== 'partial') {
        throw new CliError('--coverage must be full or partial', 2);
      }
      const updated = await ctx.call('reviewSuggestions', {
        ids,
        decision,
        coverage: opts.coverage as 'full' | 'partial' | undefined,
        note: opts.note,
      });
      if (opts.json) return printJson(ctx, updated);
      for (const s of updated) {
        ctx.stdout(`${s.id}  ${s.provisionId}  ${s.status}${s.coverage ? ` (${s.coverage})` : ''}\n`);
      }
    });
}
