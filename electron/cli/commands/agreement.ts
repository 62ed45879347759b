import type { Command } from 'commander';
import { type CliContext, printJson, printTable } from '../context';

const figure = (x: number | null) => (x === null ? '—' : x.toFixed(3));

export function registerAgreement(program: Command, ctx: CliContext): void {
  program
    .command('agreement')
    .description(
      "how well reviewers agree: Krippendorff's alpha over all reviewers and Cohen's kappa per pair, over all decisions, per instrument and per law, each over the units they decided (n)",
    )
    .option('--country <ISO2>', 'only the laws of this country')
    .option('--json', 'print the API result (AgreementResult) as one JSON document')
    .action(async (opts: { country?: string; json?: boolean }) => {
      const result = await ctx.call('getAgreement', { country: opts.country }, { country: '--country' });
      if (opts.json) return printJson(ctx, result);
      printTable(
        ctx,
        ['SCOPE', 'NAME', 'ALPHA', 'N', "COHEN'S KAPPA (N)"],
        result.figures.map((f) => [
          f.scope,
          f.label,
          figure(f.alpha.alpha),
          f.alpha.units,
          f.pairs.map((p) => `${p.reviewers.join(' / ')} ${figure(p.kappa)} (${p.n})`).join('; '),
        ]),
        'No agreement figures: no clause was decided by two reviewers.',
      );
    });
}
