import type { Command } from 'commander';
import type { CoverageLevel } from '../../../shared/model';
import { choicesOf } from '../choices-of';
import { type CliContext, orList, printJson } from '../context';
import { collect } from '../parse-option';
import { reviewerOption } from '../reviewer-option';

export function registerRate(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('rate')
      .description("set a matrix cell's coverage by hand, with the reason (overrides the computed level)")
      .argument('<country>', 'country code, e.g. MY')
      .argument('<provisionId>', 'provision id (see `standards --framework ID`)')
      .argument('<level>', orList(choicesOf('setCellOverride', 'level')))
      .requiredOption('--rationale <text>', 'why: what the laws say or lack')
      .option('--reviewed <documentId>', 'a document searched for it (repeatable)', collect)
      .option('--cite <clauseId>', 'a clause the rating rests on (repeatable; see `clauses DOC_ID`)', collect)
      .option('--json', 'print the API result (CellOverride) as one JSON document'),
  ).action(
    async (
      country: string,
      provisionId: string,
      level: string,
      opts: { rationale: string; reviewed?: string[]; cite?: string[]; json?: boolean },
    ) => {
      const rating = await ctx.call(
        'setCellOverride',
        {
          country,
          provisionId,
          level: level as CoverageLevel,
          rationale: opts.rationale,
          reviewedDocumentIds: opts.reviewed,
          citedClauseIds: opts.cite,
        },
        {
          country: 'COUNTRY',
          provisionId: 'PROVISION_ID',
          level: 'LEVEL',
          reviewedDocumentIds: '--reviewed',
          citedClauseIds: '--cite',
        },
      );
      if (opts.json) return printJson(ctx, rating);
      const cites = rating.citedClauses.map((c) => c.citation).join('; ');
      ctx.stdout(
        `${rating.country} ${rating.provisionId}: ${rating.level} (by ${rating.reviewer})${cites ? `, citing ${cites}` : ''}\n`,
      );
    },
  );
}
