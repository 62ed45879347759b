// Every export format once: its id, file extension, MIME type and how the Export screen names it.
// The ExportFormat type, the API's zod enum, the CLI's --format help and the Export screen's list
// are derived from this list; each format's writer is registered under its id in
// electron/services/export-matrix.ts (a missing writer is a type error there).

export interface ExportFormatInfo {
  id: string;
  /** With the dot. */
  extension: string;
  mime: string;
  label: string;
  /** One line for the Export screen: what the file holds. */
  note: string;
  /** Bytes that a terminal cannot show: the CLI asks for --out. */
  binary: boolean;
}

export const EXPORT_FORMATS = [
  {
    id: 'xlsx',
    extension: '.xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel workbook (.xlsx)',
    note: 'Coloured matrix, evidence sheet with clause text, standards sheet.',
    binary: true,
  },
  {
    id: 'html',
    extension: '.html',
    mime: 'text/html; charset=utf-8',
    label: 'Report (.html)',
    note: 'One self-contained printable page: heat map, totals, evidence by standard.',
    binary: false,
  },
  {
    id: 'csv',
    extension: '.csv',
    mime: 'text/csv; charset=utf-8',
    label: 'CSV (.csv)',
    note: 'The wide matrix, with its evidence, ratifications and recommendations as three more CSV files.',
    binary: false,
  },
  {
    id: 'json',
    extension: '.json',
    mime: 'application/json',
    label: 'JSON (.json)',
    note: 'The whole matrix with evidence, stable for other tools.',
    binary: false,
  },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export const EXPORT_FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id) as [ExportFormat, ...ExportFormat[]];

export function exportFormatInfo(id: ExportFormat): ExportFormatInfo {
  return EXPORT_FORMATS.find((f) => f.id === id)!;
}
