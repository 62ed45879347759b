// Row heights for wrapped cells. Excel and LibreOffice do not size rows that exceljs writes: a row
// keeps the default height of one line, and its wrapped text is cut on screen and printed over the
// rows below it. The lines a cell wraps to are estimated from its text and its column's width.
import type ExcelJS from 'exceljs';

/** The tallest row Excel accepts, in points. */
export const MAX_ROW_HEIGHT = 409;

/** How many lines `value` wraps to in a column `width` characters of the sheet's 11-point font wide, set
 * in `points`-point type (`bold` or not): each line of it broken at spaces, as a spreadsheet wraps a cell. */
export function wrappedLines(value: string, width: number, points: number, bold = false): number {
  // LibreOffice sets 22 characters of 9-point italic on a line of a 16-character column, and about 100
  // of a law's 11-point text on a line of an 80-character one; 1.18 a character leaves a margin. Bold
  // is wider: 50 characters of 12-point bold fill a 52-character column.
  const perLine = Math.max(1, Math.floor(((width * 11 * 1.18) / points) * (bold ? 0.85 : 1)));
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      if (used && used + 1 + word.length > perLine) {
        lines++;
        used = 0;
      } else if (used) used++;
      used += word.length;
      // A word longer than the line (CORPORAL_PUNISHMENT in a narrow column) is broken where it fills it.
      for (; used > perLine; used -= perLine) lines++;
    }
  }
  return lines;
}

/** The height, in points, of `lines` lines of `points`-point type (15 for one line of 11 points). */
const linesHeight = (lines: number, points: number) => Math.ceil(lines * points * 1.32 + 1);

/** Makes `row` as tall as its longest wrapped cell (up to Excel's limit, where a law's text is cut);
 * a row of one line keeps the default height. */
export function fitRowHeights(row: ExcelJS.Row): void {
  let height = 0;
  row.eachCell((cell, column) => {
    if (!cell.alignment?.wrapText || typeof cell.value !== 'string') return;
    const points = cell.font?.size ?? 11;
    const width = cell.worksheet.getColumn(column).width ?? 9;
    const lines = wrappedLines(cell.value, width, points, cell.font?.bold);
    if (lines > 1) height = Math.max(height, linesHeight(lines, points));
  });
  if (height) row.height = Math.min(MAX_ROW_HEIGHT, height);
}
