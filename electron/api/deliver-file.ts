// An exported file either written where the caller asked (with the files that go beside it) or
// handed back as base64 for the window to save.
import fs from 'node:fs/promises';
import type { ExportResult } from '../../shared/api/contract';
import type { MatrixExport } from '../services/export-matrix';

export async function deliverFile(file: MatrixExport, outPath: string | undefined): Promise<ExportResult> {
  const { fileName, mime } = file;
  const bytes = file.data.byteLength;
  if (!outPath) return { fileName, mime, bytes, dataBase64: Buffer.from(file.data).toString('base64') };
  await fs.writeFile(outPath, file.data);
  for (const extra of file.extraFiles ?? []) {
    await fs.writeFile(outPath.replace(/(\.[^./\\]+)?$/, extra.suffix), extra.data);
  }
  return { fileName, mime, bytes, path: outPath };
}
