import type { Command } from 'commander';
import { type CliContext, printJson, printTable } from '../context';

export function registerCountries(program: Command, ctx: CliContext): void {
  program
    .command('countries')
    .description('the countries with imported documents')
    .option('--json', 'print the API result (CountryInfo[]) as one JSON document')
    .action(async (opts: { json?: boolean }) => {
      const countries = await ctx.call('listCountries', {});
      if (opts.json) return printJson(ctx, countries);
      printTable(
        ctx,
        ['CODE', 'NAME', 'DOCUMENTS'],
        countries.map((c) => [c.code, c.name, c.documents]),
        'No countries: no law is imported yet.',
      );
    });
}
