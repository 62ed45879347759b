import type { Command } from 'commander';
import { type CliContext, printJson } from '../context';

export function registerSettings(program: Command, ctx: CliContext): void {
  program
    .command('settings')
    .description("show the settings, or change them with the options below (they are the database's)")
    .option('--reviewer-name <name>', 'the name decisions are recorded under by default')
    .option(
      '--lead-reviewer <name>',
      'whose decision settles a disagreement between reviewers (default: the reviewer name)',
    )
    .option('--json', 'print the API result (Settings) as one JSON document')
    .action(async (opts: { reviewerName?: string; leadReviewer?: string; json?: boolean }) => {
      const { reviewerName, leadReviewer } = opts;
      const settings =
        reviewerName === undefined && leadReviewer === undefined
          ? await ctx.call('getSettings', {})
          : await ctx.call('updateSettings', { reviewerName, leadReviewer });
      if (opts.json) return printJson(ctx, settings);
      for (const [key, value] of Object.entries(settings)) ctx.stdout(`${key}: ${String(value)}\n`);
    });
}
