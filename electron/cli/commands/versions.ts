import type { Command } from 'commander';
import { type CliContext, printJson, printTable } from '../context';

export function registerVersions(program: Command, ctx: CliContext): void {
  program
    .command('versions')
    .description("a law's versions (newer texts, OCR readings) and what each changed, clause by clause")
    .argument('<documentId>', 'document id (see `documents`)')
    .option('--json', 'print the API result (DocumentVersion[]) as one JSON document')
    .action(async (documentId: string, opts: { json?: boolean }) => {
      const versions = await ctx.call('listVersions', { documentId }, { documentId: 'DOC_ID' });
      if (opts.json) return printJson(ctx, versions);
      for (const v of versions) {
        const c = v.counts;
        const what =
          v.reason === 'import'
            ? `${c.added} clauses`
            : `${c.unchanged} unchanged, ${c.renumbered} renumbered, ${c.changed} changed, ${c.added} added, ${c.removed} removed; ${c.carried} decisions carried over`;
        ctx.stdout(`version ${v.version}  ${v.importedAt.slice(0, 10)}  ${v.file}  (${v.reason}): ${what}\n`);
        if (v.changes.length && v.version > 1)
          printTable(
            ctx,
            ['CHANGE', 'NUMBER', 'WAS', 'HEADING', 'DECISIONS BEFORE'],
            v.changes.map((ch) => [
              ch.change,
              ch.number ?? '',
              ch.previousNumber ?? '',
              ch.heading ?? ch.previousHeading ?? '',
              ch.previousDecisions.map((d) => `${d.provisionId} ${d.status}`).join(', '),
            ]),
            'No changes.',
          );
      }
    });
}
