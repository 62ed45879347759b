import type { Command } from 'commander';
import type { DocumentStatus } from '../../../shared/model';
import { choicesOf } from '../choices-of';
import { type CliContext, orList, printJson } from '../context';
import { describeLife, describePlace } from '../../../shared/lifecycle/describe-law';
import { collect, lawDate, wholeNumber } from '../parse-option';
import { reviewerOption } from '../reviewer-option';

export function registerEditDocument(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('edit-document')
      .description("correct a document's title, year, status and its dates, or where it applies")
      .argument('<documentId>', 'document id (see `documents`)')
      .option('--title <title>', 'the title')
      .option('--year <yyyy>', 'the year of the law', wholeNumber)
      .option('--no-year', 'the year is not known')
      .option('--status <status>', orList(choicesOf('updateDocument', 'status')))
      .option(
        '--jurisdiction <code>',
        'where it applies: a subdivision (PK-IS) or the country (PK) for a national law',
      )
      .option(
        '--not-in <ISO3166-2>',
        'a national law does not extend to this subdivision (repeatable)',
        collect,
      )
      .option('--in-all-subdivisions', 'a national law extends to every subdivision (clears --not-in)')
      .option('--enacted <date>', 'date enacted or assented to (YYYY-MM-DD; none clears)', lawDate)
      .option('--in-force-from <date>', 'commencement (YYYY-MM-DD; none clears)', lawDate)
      .option('--amended-on <date>', 'the latest amendment took effect (sets amended; none clears)', lawDate)
      .option('--repealed-on <date>', 'the repeal took effect (sets repealed; none clears)', lawDate)
      .option('--json', 'print the API result (DocumentRecord) as one JSON document'),
  ).action(
    async (
      documentId: string,
      opts: {
        title?: string;
        year?: number | false;
        status?: string;
        jurisdiction?: string;
        notIn?: string[];
        inAllSubdivisions?: boolean;
        enacted?: string | null;
        inForceFrom?: string | null;
        amendedOn?: string | null;
        repealedOn?: string | null;
        json?: boolean;
      },
    ) => {
      const d = await ctx.call(
        'updateDocument',
        {
          documentId,
          title: opts.title,
          year: opts.year === false ? null : opts.year,
          status: opts.status as DocumentStatus | undefined,
          jurisdiction: opts.jurisdiction,
          excludedSubdivisions: opts.inAllSubdivisions ? [] : opts.notIn,
          enactedOn: opts.enacted,
          inForceFrom: opts.inForceFrom,
          amendedOn: opts.amendedOn,
          repealedOn: opts.repealedOn,
        },
        {
          documentId: 'DOC_ID',
          jurisdiction: '--jurisdiction',
          excludedSubdivisions: '--not-in',
          enactedOn: '--enacted',
          inForceFrom: '--in-force-from',
          amendedOn: '--amended-on',
          repealedOn: '--repealed-on',
        },
      );
      if (opts.json) return printJson(ctx, d);
      ctx.stdout(
        `${d.id}  "${d.title}" (${describePlace(d)}), ${d.year ?? 'year unknown'}, ${describeLife(d)}\n`,
      );
    },
  );
}
