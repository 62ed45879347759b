// The country report: the matrix of the countries and instruments asked for, their laws and the
// recommendations on their cells, as Word, printable HTML, or PDF where a desktop window prints it.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { buildReport } from '../../../shared/report/report-model';
import { reportFormatInfo, type ReportFormat } from '../../../shared/report/report-formats';
import { reportToHtml } from '../../../shared/report/report-to-html';
import type { Report } from '../../../shared/report/report-model';
import type { Matrix } from '../../../shared/matrix/types';
import type { DocumentRecord } from '../../../shared/model';
import { DEFAULT_MIN_SCORE } from '../../../shared/review/queue-defaults';
import { deliverFile } from '../deliver-file';
import type { HandlerContext } from '../handler-context';
import { matrixFor } from '../matrix-for';

const utf8 = (s: string) => new TextEncoder().encode(s);

export function reportHandlers(ctx: HandlerContext) {
  const { reviewer, printToPdf } = ctx;

  const writers: Record<ReportFormat, (report: Report) => Promise<Uint8Array>> = {
    // Loaded on first use, like exceljs for the workbook.
    docx: async (report) =>
      (await import('../../services/report-docx')).reportToDocx(report, { creator: await reviewer() }),
    html: async (report) => utf8(reportToHtml(report)),
    pdf: async (report) => {
      if (!printToPdf)
        throw new ApiError(
          'unavailable',
          'A PDF report is printed by the desktop window; here, save the printable page (--format html) and print it to PDF from a browser.',
        );
      return printToPdf(reportToHtml(report));
    },
  };

  /** Suggestions decided, and undecided ones Review's queue shows, on the report's laws in force and instruments. */
  async function reviewProgress(matrix: Matrix, documents: DocumentRecord[]) {
    const counted = new Set(documents.filter((d) => d.status !== 'repealed').map((d) => d.id));
    const countries = new Set(matrix.columns.map((c) => c.parentCountry));
    const progress = { decided: 0, undecided: 0 };
    for (const country of countries)
      for (const { id: framework } of matrix.frameworks)
        for (const s of await ctx.store.listSuggestions({ country, framework })) {
          if (!counted.has(s.documentId)) continue;
          if (s.status !== 'suggested') progress.decided++;
          else if (s.score >= DEFAULT_MIN_SCORE) progress.undecided++;
        }
    return progress;
  }

  return {
    async exportReport({ countries, frameworks, format, path: outPath }) {
      const { matrix, documents } = await matrixFor(ctx, { countries, frameworks }, false);
      const codes = new Set(matrix.columns.map((c) => c.country));
      // Each column's laws are picked by where they apply (shared/report/report-model.ts).
      const report = buildReport({
        matrix,
        catalog: await ctx.catalog(),
        documents,
        review: await reviewProgress(matrix, documents),
      });
      const { extension, mime } = reportFormatInfo(format);
      const fileName = `lexgap-report-${[...codes].join('-')}-${matrix.generatedAt.slice(0, 10)}${extension}`;
      return deliverFile({ fileName, mime, data: await writers[format](report) }, outPath);
    },
  } satisfies Partial<LexgapApi>;
}
