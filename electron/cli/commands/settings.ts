import type { Command } from 'commander';
import { type CliContext, printJson } from '../context';

export function registerSettings(program: Command, ctx: CliContext): void {
  program
    .command('settings')
    .description("show the settings, or change them with the options below (they are the database's)")
    .option('--reviewer-name <name>', 'the name decisions are recorded under by default')
    .option('--json', 'print the API result (Settings) as one JSON document')
    .action(async (opts: { reviewerName?: string; json?: boolean }) => {
      const settings =
        opts.reviewerName === undefined
          ? await ctx.call('getSettings', {})
          : await ctx.call('updateSettings', { reviewerName: opts.reviewerName });
      if (opts.json) return printJson(ctx, settings);
      for (const [key, value] of Object.entries(settings)) ctx.stdout(`${key}: ${String(value)}\n`);
    });
}
