// One matrix, one writer per format of shared/export/formats.ts. CSV is two tables, so it comes
// with an extra file: `--out m.csv` writes the wide matrix to m.csv and the evidence table to
// m.evidence.csv, the catalog stamp with the ratifications to m.ratifications.csv, and the
// recommendations to m.recommendations.csv.
import type { Catalog } from '../../shared/catalog/types';
import { exportFormatInfo, type ExportFormat } from '../../shared/export/formats';
import type { Matrix } from '../../shared/matrix/types';
import { toCsv } from '../../shared/export/to-csv';
import { toHtml } from '../../shared/export/to-html';
import { toJson } from '../../shared/export/to-json';
import { matrixToXlsx, type WorkbookMeta } from './export-xlsx';

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
/** The catalog the matrix was made with, and ratifications with reservations, marked verified or not. */
export const RATIFICATIONS_SUFFIX = '.ratifications.csv';
export const RECOMMENDATIONS_SUFFIX = '.recommendations.csv';

/** A format's bytes; the file name and MIME type come from the format's entry. */
type FormatWriter = (
  matrix: Matrix,
  catalog: Catalog,
  base: string,
  meta: WorkbookMeta,
) => Promise<Pick<MatrixExport, 'data' | 'extraFiles' | 'evidenceCsv'>>;

// A new format: its entry in shared/export/formats.ts and its writer here, under the same id.
const WRITERS: { readonly [F in ExportFormat]: FormatWriter } = {
  xlsx: async (matrix, catalog, _base, meta) => ({ data: await matrixToXlsx(matrix, catalog, meta) }),
  html: async (matrix, catalog) => ({ data: utf8(toHtml(matrix, { catalog })) }),
  csv: async (matrix, _catalog, base) => {
    const { matrixCsv, evidenceCsv, ratificationsCsv, recommendationsCsv } = toCsv(matrix);
    const evidence = utf8(BOM + evidenceCsv);
    return {
      data: utf8(BOM + matrixCsv),
      evidenceCsv: evidence,
      extraFiles: [
        {
          suffix: EVIDENCE_SUFFIX,
          fileName: `${base}${EVIDENCE_SUFFIX}`,
          mime: exportFormatInfo('csv').mime,
          data: evidence,
        },
        {
          suffix: RATIFICATIONS_SUFFIX,
          fileName: `${base}${RATIFICATIONS_SUFFIX}`,
          mime: exportFormatInfo('csv').mime,
          data: utf8(BOM + ratificationsCsv),
        },
        {
          suffix: RECOMMENDATIONS_SUFFIX,
          fileName: `${base}${RECOMMENDATIONS_SUFFIX}`,
          mime: exportFormatInfo('csv').mime,
          data: utf8(BOM + recommendationsCsv),
        },
      ],
    };
  },
  json: async (matrix) => ({ data: utf8(toJson(matrix)) }),
};

export async function exportMatrix(
  matrix: Matrix,
  catalog: Catalog,
  format: ExportFormat,
  meta: WorkbookMeta = {},
): Promise<MatrixExport> {
  const asOf = matrix.asOf ? `-as-of-${matrix.asOf}` : '';
  const base = `lexgap-matrix-${matrix.generatedAt.slice(0, 10)}${asOf}`;
  const { extension, mime } = exportFormatInfo(format);
  return { fileName: `${base}${extension}`, mime, ...(await WRITERS[format](matrix, catalog, base, meta)) };
}
