// The country report's formats, as shared/export/formats.ts lists the matrix's: the API's zod enum,
// the CLI's --format help and the Export screen's Report buttons are derived from this list.
import type { ExportFormatInfo } from '../export/formats';

export const REPORT_FORMATS = [
  {
    id: 'docx',
    extension: '.docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word report (.docx)',
    note: 'To edit and circulate: headings, contents, coloured matrix, quotes, page numbers.',
    binary: true,
  },
  {
    id: 'pdf',
    extension: '.pdf',
    mime: 'application/pdf',
    label: 'PDF (print-ready)',
    note: 'The same report on A4, printed by the desktop window (in a browser: its print dialog).',
    binary: true,
  },
  {
    id: 'html',
    extension: '.html',
    mime: 'text/html; charset=utf-8',
    label: 'Printable page (.html)',
    note: 'The same report as one page to open offline and print.',
    binary: false,
  },
] as const satisfies readonly ExportFormatInfo[];

export type ReportFormat = (typeof REPORT_FORMATS)[number]['id'];

export const REPORT_FORMAT_IDS = REPORT_FORMATS.map((f) => f.id) as [ReportFormat, ...ReportFormat[]];

export function reportFormatInfo(id: ReportFormat): ExportFormatInfo {
  return REPORT_FORMATS.find((f) => f.id === id)!;
}
