// The country report: the matrix of the countries and instruments asked for, their laws and the
// recommendations on their cells, as Word, printable HTML, or PDF where a desktop window prints it.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { buildReport } from '../../../shared/report/report-model';
import { reportFormatInfo, type ReportFormat } from '../../../shared/report/report-formats';
import { reportToHtml } from '../../../shared/report/report-to-html';
import type { Report } from '../../../shared/report/report-model';
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

  return {
    async exportReport({ countries, frameworks, format, path: outPath }) {
      const { matrix, documents } = await matrixFor(ctx, { countries, frameworks }, false);
      const codes = new Set(matrix.columns.map((c) => c.country));
      // Each column's laws are picked by where they apply (shared/report/report-model.ts).
      const report = buildReport({ matrix, catalog: await ctx.catalog(), documents });
      const { extension, mime } = reportFormatInfo(format);
      const fileName = `lexgap-report-${[...codes].join('-')}-${matrix.generatedAt.slice(0, 10)}${extension}`;
      return deliverFile({ fileName, mime, data: await writers[format](report) }, outPath);
    },
  } satisfies Partial<LexgapApi>;
}
