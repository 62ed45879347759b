import type { Command } from 'commander';
import { type CliContext, printJson, printTable } from '../context';
import { wholeNumber } from '../parse-option';

export function registerAudit(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description('the audit trail: who changed what, newest first')
    .option('--entity <id>', 'only changes to this document, suggestion or cell (COUNTRY/PROVISION)')
    .option('--limit <n>', 'at most this many entries', wholeNumber)
    .option('--json', 'print the API result (AuditEntry[]) as one JSON document')
    .action(async (opts: { entity?: string; limit?: number; json?: boolean }) => {
      const entries = await ctx.call(
        'listAudit',
        { entityId: opts.entity, limit: opts.limit },
        { entityId: '--entity' },
      );
      if (opts.json) return printJson(ctx, entries);
      printTable(
        ctx,
        ['#', 'AT', 'ACTOR', 'ACTION', 'ENTITY', 'ID'],
        entries.map((e) => [e.id, e.at, e.actor, e.action, e.entity, e.entityId]),
        'No audit entries.',
      );
    });
}
