import type { Command } from 'commander';
import { formatFound, formatRequired, parseFound } from '../../../shared/checks/format-check';
import type { CheckDecision } from '../../../shared/checks/review-check';
import type { CheckValue, CheckVerdict } from '../../../shared/checks/types';
import { choicesOf } from '../choices-of';
import { type CliContext, CliError, orList, printJson, printTable } from '../context';
import { reviewerOption } from '../reviewer-option';

export function registerChecks(program: Command, ctx: CliContext): void {
  program
    .command('checks')
    .description('measurable checks: the ages and bans the laws state, against the checklist')
    .option('--country <ISO2>', 'only this country')
    .option('--all', 'also list the items where nothing was found')
    .option('--json', 'print the API result (CheckEntry[]) as one JSON document')
    .action(async (opts: { country?: string; all?: boolean; json?: boolean }) => {
      const checks = await ctx.call('listChecks', { country: opts.country });
      if (opts.json) return printJson(ctx, checks);
      const shown = opts.all ? checks : checks.filter((c) => c.found !== null || c.status !== 'proposed');
      printTable(
        ctx,
        ['COUNTRY', 'ITEM', 'FOUND', 'REQUIRED', 'VERDICT', 'STATUS', 'EVIDENCE'],
        shown.map((c) => {
          const cited = c.evidence.some((e) => e.governs) ? c.evidence.filter((e) => e.governs) : c.evidence;
          return [
            c.country,
            c.provisionId,
            formatFound(c),
            formatRequired(c),
            c.verdict,
            c.status,
            cited
              .slice(0, 2)
              .map((e) => e.citation)
              .join('; '),
          ];
        }),
        opts.all ? 'No checks.' : 'No checks with something found or decided.',
      );
      const hidden = checks.length - shown.length;
      if (hidden) ctx.stderr(`${hidden} item(s) with nothing found are not listed (--all lists them)\n`);
    });
}

function foundOption(text: string): CheckValue | null {
  const found = parseFound(text);
  if (found === undefined) {
    throw new CliError(`--found must be an age (0 to 99), true, false or none, not "${text}"`, 2);
  }
  return found;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  const decisions = choicesOf('reviewCheck', 'decision');
  reviewerOption(
    program
      .command('check')
      .description(
        'decide on a check proposal: confirm it, correct its value or verdict, reject it, or reset it',
      )
      .argument('<country>', 'country code, e.g. PK')
      .argument('<provisionId>', 'checklist item, e.g. CHK.MARRIAGE_AGE')
      .argument('<decision>', orList(decisions))
      .option('--found <value>', 'with correct: the value the law sets (an age, true, false or none)')
      .option('--verdict <verdict>', `with correct: ${orList(choicesOf('reviewCheck', 'verdict'))}`)
      .option('--note <text>', "the reviewer's note")
      .option('--json', 'print the API result (CheckEntry) as one JSON document'),
  ).action(
    async (
      country: string,
      provisionId: string,
      decision: string,
      opts: { found?: string; verdict?: string; note?: string; json?: boolean },
    ) => {
      if (!decisions.includes(decision)) {
        throw new CliError(`the decision must be one of ${decisions.join(', ')}, not "${decision}"`, 2);
      }
      if ((opts.found !== undefined || opts.verdict !== undefined) && decision !== 'correct') {
        throw new CliError('--found and --verdict go with the decision "correct"', 2);
      }
      const entry = await ctx.call(
        'reviewCheck',
        {
          country,
          provisionId,
          decision: decision as CheckDecision,
          found: opts.found === undefined ? undefined : foundOption(opts.found),
          verdict: opts.verdict as CheckVerdict | undefined,
          note: opts.note,
        },
        { country: 'COUNTRY', provisionId: 'PROVISION_ID', decision: 'DECISION' },
      );
      if (opts.json) return printJson(ctx, entry);
      ctx.stdout(
        `${entry.country} ${entry.provisionId}: ${entry.status}, found ${formatFound(entry)}, required ${formatRequired(entry)}, ${entry.verdict}\n`,
      );
    },
  );
}
