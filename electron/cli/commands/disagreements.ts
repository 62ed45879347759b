import type { Command } from 'commander';
import { clauseLabel } from '../../../shared/review/describe-review';
import { decisionValue } from '../../../shared/review/agreement';
import { type CliContext, printJson } from '../context';

export function registerDisagreements(program: Command, ctx: CliContext): void {
  program
    .command('disagreements')
    .description(
      'clause × standard pairs where reviewers differ (accept vs reject, full vs partial), each reviewer beside the others; the lead resolves one with `lexgap review ID accept|reject`',
    )
    .option('--country <ISO2>', 'only the laws of this country')
    .option('--all', 'also those the lead has resolved')
    .option('--json', 'print the API result (DisagreementList) as one JSON document')
    .action(async (opts: { country?: string; all?: boolean; json?: boolean }) => {
      const list = await ctx.call(
        'listDisagreements',
        { country: opts.country, includeResolved: opts.all },
        { country: '--country', includeResolved: '--all' },
      );
      if (opts.json) return printJson(ctx, list);
      if (list.disagreements.length === 0)
        ctx.stdout(opts.all || list.resolved === 0 ? 'No disagreements.\n' : 'No open disagreements.\n');
      for (const d of list.disagreements) {
        ctx.stdout(
          `${d.suggestionId}  ${d.country}  ${d.documentTitle}, ${clauseLabel(d.clauseKind, d.clauseNumber)}  ${d.provisionId}  ${d.state}\n`,
        );
        for (const r of d.decisions)
          ctx.stdout(`    ${r.reviewer}: ${decisionValue(r)}${r.note ? ` — ${r.note}` : ''}\n`);
      }
      ctx.stderr(`${list.open} open, ${list.resolved} resolved (lead: ${list.lead})\n`);
    });
}
