import type { Command } from 'commander';
import type { Clause } from '../../../shared/model';
import { type CliContext, printJson } from '../context';
import { wholeNumber } from '../parse-option';
import { reviewerOption } from '../reviewer-option';

const line = (c: Clause) =>
  `${c.id}  ${c.number}  ${c.heading || '(no heading)'}  (${c.text.length} characters)\n`;

/** `clause split|merge|edit`: corrections of segmentation, each audited, reviews kept with their text. */
export function registerClause(program: Command, ctx: CliContext): void {
  const clause = program
    .command('clause')
    .description('correct a clause: split it, merge it with the next, renumber or re-head it');

  reviewerOption(
    clause
      .command('split')
      .description('split a clause at a character offset of its text (see `clauses DOC_ID --json`)')
      .argument('<clauseId>', 'clause id (see `clauses DOC_ID`)')
      .requiredOption(
        '--at <offset>',
        'where the new clause starts: a character offset in the text',
        wholeNumber,
      )
      .option('--number <n>', "the new clause's number (default: the number its text starts with)")
      .option('--heading <text>', "the new clause's heading (default: read after the number)")
      .option('--json', 'print the API result (Clause[], both parts) as one JSON document'),
  ).action(
    async (clauseId: string, opts: { at: number; number?: string; heading?: string; json?: boolean }) => {
      const parts = await ctx.call(
        'splitClause',
        { clauseId, at: opts.at, number: opts.number, heading: opts.heading },
        { clauseId: 'CLAUSE_ID', at: '--at', number: '--number', heading: '--heading' },
      );
      if (opts.json) return printJson(ctx, parts);
      for (const c of parts) ctx.stdout(line(c));
    },
  );

  reviewerOption(
    clause
      .command('merge')
      .description('merge a clause with the next one of its law (both keep their reviews)')
      .argument('<clauseId>', 'clause id (see `clauses DOC_ID`)')
      .option('--json', 'print the API result (Clause) as one JSON document'),
  ).action(async (clauseId: string, opts: { json?: boolean }) => {
    const merged = await ctx.call('mergeClauseWithNext', { clauseId }, { clauseId: 'CLAUSE_ID' });
    if (opts.json) return printJson(ctx, merged);
    ctx.stdout(line(merged));
  });

  reviewerOption(
    clause
      .command('edit')
      .description('renumber or re-head a clause; its id and reviews stay')
      .argument('<clauseId>', 'clause id (see `clauses DOC_ID`)')
      .option('--number <n>', 'the number as printed ("7", "10A")')
      .option('--heading <text>', 'the heading')
      .option('--json', 'print the API result (Clause) as one JSON document'),
  ).action(async (clauseId: string, opts: { number?: string; heading?: string; json?: boolean }) => {
    const updated = await ctx.call(
      'updateClause',
      { clauseId, number: opts.number, heading: opts.heading },
      { clauseId: 'CLAUSE_ID', number: '--number', heading: '--heading' },
    );
    if (opts.json) return printJson(ctx, updated);
    ctx.stdout(line(updated));
  });
}
