import type { Command } from 'commander';
import type { SuggestionStatus } from '../../../shared/model';
import { type CliContext, CliError, printJson, printTable } from '../context';

const STATUSES = ['suggested', 'accepted', 'rejected'];

export function registerSuggestions(program: Command, ctx: CliContext): void {
  program
    .command('suggestions')
    .description('list suggestions')
    .option('--document <id>', 'only this document')
    .option('--status <status>', 'suggested, accepted or rejected')
    .option('--json', 'print one JSON document')
    .action(async (opts: { document?: string; status?: string; json?: boolean }) => {
      if (opts.status && !STATUSES.includes(opts.status)) {
        throw new CliError(`--status must be one of ${STATUSES.join(', ')}`, 2);
      }
      const list = await ctx.call('listSuggestions', {
        documentId: opts.document,
        status: opts.status as SuggestionStatus | undefined,
      });
      if (opts.json) {
        return printJson(
          ctx,
          list.map((s) => ({
            id: s.id,
            clauseId: s.clauseId,
            documentId: s.documentId,
            provisionId: s.provisionId,
            score: s.score,
            matched: s.matched,
            status: s.status,
            coverage: s.coverage,
            note: s.note,
            clauseNumber: s.clauseNumber,
            origin: s.origin,
            reviewer: s.reviewer,
            reviewedAt: s.reviewedAt,
          })),
        );
      }
      printTable(
        ctx,
        ['ID', 'DOCUMENT', 'CLAUSE', 'PROVISION', 'SCORE', 'STATUS', 'MATCHED'],
        list.map((s) => [
          s.id,
          s.documentId,
          s.clauseNumber,
          s.provisionId,
          s.score.toFixed(2),
          s.status + (s.coverage ? ` (${s.coverage})` : ''),
          [...new Set(s.matched.map((m) => m.term))].slice(0, 4).join(', '),
        ]),
      );
    });
}
