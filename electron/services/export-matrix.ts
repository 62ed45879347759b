// One matrix, four file formats. CSV is two tables, so it comes with an extra file: `--out m.csv`
// writes the wide matrix to m.csv and the evidence table to m.evidence.csv.
import type { Catalog } from '../../shared/catalog/types';
import type { ExportFormat, Matrix } from '../../shared/matrix/types';
import { toCsv } from '../../shared/export/to-csv';
import { toHtml } from '../../shared/export/to-html';
import { toJson } from '../../shared/export/to-json';
import { matrixToXlsx } from './export-xlsx';

export interface ExportedFile {
  fileName: string;
  mime: string;
  data: Uint8Array;
}

export interface MatrixExport extends ExportedFile {
  /** Files written beside the main one: the name is the main file's with its extension replaced by `suffix`. */
  extraFiles?: (ExportedFile & { suffix: string })[];
  /** CSV only: the long evidence table (also the first extra file). */
  evidenceCsv?: Uint8Array;
}

// Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (Vietnamese, Thai, Malay names).
const BOM = '\uFEFF';
const utf8 = (s: string) => new TextEncoder().encode(s);

export const EVIDENCE_SUFFIX = '.evidence.csv';

export async function exportMatrix(
  matrix: Matrix,
  catalog: Catalog,
  format: ExportFormat,
): Promise<MatrixExport> {
  const base = `lexgap-matrix-${matrix.generatedAt.slice(0, 10)}`;
  switch (format) {
    case 'xlsx':
      return {
        fileName: `${base}.xlsx`,
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: await matrixToXlsx(matrix, catalog),
      };
    case 'csv': {
      const { matrixCsv, evidenceCsv } = toCsv(matrix);
      const evidence = utf8(BOM + evidenceCsv);
      return {
        fileName: `${base}.csv`,
        mime: 'text/csv; charset=utf-8',
        data: utf8(BOM + matrixCsv),
        evidenceCsv: evidence,
        extraFiles: [
          {
            suffix: EVIDENCE_SUFFIX,
            fileName: `${base}${EVIDENCE_SUFFIX}`,
            mime: 'text/csv; charset=utf-8',
            data: evidence,
          },
        ],
      };
    }
    case 'html':
      return {
        fileName: `${base}.html`,
        mime: 'text/html; charset=utf-8',
        data: utf8(toHtml(matrix, { catalog })),
      };
    case 'json':
      return { fileName: `${base}.json`, mime: 'application/json', data: utf8(toJson(matrix)) };
    default:
      throw new Error(`unknown export format "${String(format satisfies never)}"`);
  }
}
