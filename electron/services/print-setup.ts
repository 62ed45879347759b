// How a sheet of the workbook prints: landscape A4, its header rows on every page, a wide table shrunk
// to a few pages across (no smaller than readable), the pages of a band of rows printed one after the
// other, each page headed with the workbook's title and the sheet's name, and numbered.
import type ExcelJS from 'exceljs';

/** Characters of the sheet's 11-point font across a landscape A4 page at 100%, between the margins. */
const PAGE_WIDTH = 140;
/** The most a wide table is shrunk (to 65%: 11-point text prints at about 7 points). */
const SMALLEST_SCALE = 0.65;
/** Header and footer texts are kept short: Excel refuses more than 255 characters in all. */
const TITLE_LENGTH = 120;

export interface PrintOptions {
  /** Rows repeated at the top of every page, e.g. `1:2`. */
  titleRows: string;
  /** Columns repeated at the left of every page, so a page further across still says whose row it is. */
  titleColumns?: string;
  /** One page across, however wide (the matrix: a country's column is never printed apart from its row). */
  oneAcross?: boolean;
}

/** A header or footer's text, its `&` (which starts a code there) doubled. */
const literal = (value: string) => value.replace(/&/g, '&&');

export function printSetup(ws: ExcelJS.Worksheet, title: string, options: PrintOptions): void {
  const width = ws.columns.reduce((sum, column) => sum + (column.width ?? 9), 0);
  const across = options.oneAcross ? 1 : Math.max(1, Math.ceil((width * SMALLEST_SCALE) / PAGE_WIDTH));
  Object.assign(ws.pageSetup, {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: across,
    fitToHeight: 0,
    pageOrder: 'overThenDown',
    printTitlesRow: options.titleRows,
    ...(options.titleColumns ? { printTitlesColumn: options.titleColumns } : {}),
  } satisfies Partial<ExcelJS.PageSetup>);
  const short = title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1)}…` : title;
  ws.headerFooter = { oddHeader: `&L${literal(short)}&R&A`, oddFooter: '&CPage &P of &N' };
}
