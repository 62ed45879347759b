import type { Command } from 'commander';
import type { SuggestionStatus } from '../../../shared/model';
import { choicesOf } from '../choices-of';
import { type CliContext, orList, printJson, printTable } from '../context';
import { decimalNumber, wholeNumber } from '../parse-option';

export function registerSuggestions(program: Command, ctx: CliContext): void {
  program
    .command('suggestions')
    .description("list suggestions by country, law and clause, each clause's best first")
    .option('--document <id>', 'only this document')
    .option('--clause <id>', 'only this clause')
    .option('--country <ISO2>', 'only this country')
    .option('--framework <id>', 'only this instrument, e.g. CRC')
    .option('--status <status>', orList(choicesOf('listSuggestions', 'status')))
    .option('--min-score <0..1>', 'only scores at least this', decimalNumber)
    .option('--limit <n>', 'at most this many', wholeNumber)
    .option('--offset <n>', 'skip this many first', wholeNumber)
    .option('--json', 'print the API result (SuggestionView[]) as one JSON document')
    .action(
      async (opts: {
        document?: string;
        clause?: string;
        country?: string;
        framework?: string;
        status?: string;
        minScore?: number;
        limit?: number;
        offset?: number;
        json?: boolean;
      }) => {
        const list = await ctx.call(
          'listSuggestions',
          {
            documentId: opts.document,
            clauseId: opts.clause,
            country: opts.country,
            framework: opts.framework,
            status: opts.status as SuggestionStatus | undefined,
            minScore: opts.minScore,
            limit: opts.limit,
            offset: opts.offset,
          },
          { documentId: '--document', clauseId: '--clause' },
        );
        if (opts.json) return printJson(ctx, list);
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
          'No suggestions.',
        );
      },
    );
}
