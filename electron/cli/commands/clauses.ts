import type { Command } from 'commander';
import { type CliContext, printJson, printTable } from '../context';

export function registerClauses(program: Command, ctx: CliContext): void {
  program
    .command('clauses')
    .description("list a document's clauses")
    .argument('<documentId>', 'document id (see `documents`)')
    .option('--json', 'print one JSON document')
    .action(async (documentId: string, opts: { json?: boolean }) => {
      const clauses = await ctx.call('listClauses', { documentId });
      if (opts.json) {
        return printJson(
          ctx,
          clauses.map((c) => ({
            id: c.id,
            number: c.number,
            kind: c.kind,
            heading: c.heading,
            path: c.path,
            text: c.text,
            pageStart: c.pageStart,
            pageEnd: c.pageEnd,
            source: c.source,
            ocrConfidence: c.ocrConfidence,
            boxes: c.boxes,
          })),
        );
      }
      printTable(
        ctx,
        ['NUMBER', 'KIND', 'HEADING', 'PAGES', 'PATH'],
        clauses.map((c) => [
          c.number,
          c.kind,
          c.heading,
          c.pageStart === c.pageEnd ? c.pageStart : `${c.pageStart}-${c.pageEnd}`,
          c.path.join(' › '),
        ]),
      );
    });
}
