// A baseline comparison as a file: a workbook with one Changes sheet, a CSV, or the JSON itself.
import Papa from 'papaparse';
import { CHANGE_COLUMNS, changeRows } from '../../shared/baselines/change-rows';
import type { BaselineComparison } from '../../shared/baselines/types';
import { safeCellOrEmpty } from '../../shared/export/safe-cell';
import { fitRowHeights } from './fit-row-heights';
import { printSetup } from './print-setup';

export type ComparisonFormat = 'xlsx' | 'csv' | 'json';

const MIME: Record<ComparisonFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

const HEADERS: Record<(typeof CHANGE_COLUMNS)[number], [string, number]> = {
  country: ['Country', 10],
  provision_id: ['Provision', 16],
  standard: ['Standard', 36],
  before: ['Before', 14],
  after: ['After', 14],
  cause: ['Cause', 22],
  details: ['What changed', 90],
};

export async function exportComparison(
  comparison: BaselineComparison,
  titles: ReadonlyMap<string, string>,
  format: ComparisonFormat,
): Promise<{ fileName: string; mime: string; data: Uint8Array }> {
  const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const fileName = `lexgap-changes-${slug(comparison.from.name)}-to-${slug(comparison.to.name)}.${format}`;
  const rows = changeRows(comparison, titles).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, safeCellOrEmpty(v)])),
  );
  let data: Uint8Array;
  if (format === 'json') data = new TextEncoder().encode(`${JSON.stringify(comparison, null, 2)}\n`);
  else if (format === 'csv')
    data = new TextEncoder().encode(
      `\uFEFF${Papa.unparse({ fields: [...CHANGE_COLUMNS], data: rows.map((r) => CHANGE_COLUMNS.map((c) => r[c])) })}`,
    );
  else {
    const { Workbook } = (await import('exceljs')).default;
    const wb = new Workbook();
    wb.title = `Changes: ${comparison.from.name} → ${comparison.to.name}`;
    wb.created = new Date(comparison.to.createdAt);
    const ws = wb.addWorksheet('Changes', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    ws.columns = CHANGE_COLUMNS.map((key) => ({ header: HEADERS[key][0], key, width: HEADERS[key][1] }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows) {
      const row = ws.addRow(r);
      row.alignment = { vertical: 'top', wrapText: true };
      // A long "What changed" would otherwise print over the rows below it.
      fitRowHeights(row);
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CHANGE_COLUMNS.length } };
    printSetup(ws, wb.title, { titleRows: '1:1' });
    data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }
  return { fileName, mime: MIME[format], data };
}
