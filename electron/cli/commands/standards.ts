import type { Command } from 'commander';
import { type CliContext, printJson, printTable } from '../context';

export function registerStandards(program: Command, ctx: CliContext): void {
  program
    .command('standards')
    .description('list the standards catalog')
    .option('--framework <id>', 'only this instrument, e.g. CRC')
    .option('--json', 'print the API result (Catalog) as one JSON document')
    .action(async (opts: { framework?: string; json?: boolean }) => {
      const catalog = await ctx.call('listStandards', { framework: opts.framework });
      if (opts.json) return printJson(ctx, catalog);
      if (!opts.framework) {
        printTable(
          ctx,
          ['ID', 'NAME', 'ADOPTED', 'PROVISIONS'],
          catalog.frameworks.map((f) => [f.id, f.name, f.adopted ?? '?', f.provisions.length]),
          'No frameworks.',
        );
        return;
      }
      printTable(
        ctx,
        ['ID', 'TITLE', 'GROUP', 'VERIFIED'],
        catalog.frameworks.flatMap((f) =>
          f.provisions.map((p) => [p.id, p.title, p.group, p.verified ? 'yes' : 'no']),
        ),
        'No provisions.',
      );
    });
}
