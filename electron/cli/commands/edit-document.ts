import type { Command } from 'commander';
import type { DocumentStatus } from '../../../shared/model';
import { type CliContext, choicesOf, orList, printJson } from '../context';
import { wholeNumber } from '../parse-option';
import { reviewerOption } from '../reviewer-option';

export function registerEditDocument(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('edit-document')
      .description("correct a document's title, year or status")
      .argument('<documentId>', 'document id (see `documents`)')
      .option('--title <title>', 'the title')
      .option('--year <yyyy>', 'the year of the law', wholeNumber)
      .option('--no-year', 'the year is not known')
      .option('--status <status>', orList(choicesOf('updateDocument', 'status')))
      .option('--json', 'print the API result (DocumentRecord) as one JSON document'),
  ).action(
    async (
      documentId: string,
      opts: { title?: string; year?: number | false; status?: string; json?: boolean },
    ) => {
      const d = await ctx.call(
        'updateDocument',
        {
          documentId,
          title: opts.title,
          year: opts.year === false ? null : opts.year,
          status: opts.status as DocumentStatus | undefined,
        },
        { documentId: 'DOC_ID' },
      );
      if (opts.json) return printJson(ctx, d);
      ctx.stdout(`${d.id}  "${d.title}" (${d.country}), ${d.year ?? 'year unknown'}, ${d.status}\n`);
    },
  );
}
