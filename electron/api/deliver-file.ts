// An exported file either written where the caller asked (with the files that go beside it) or
// handed back as base64 for the window to save.
import fs from 'node:fs/promises';
import type { ExportResult } from '../../shared/api/contract';
import type { MatrixExport } from '../services/export-matrix';
import { fileError } from '../services/file-error';

/** Writes a file; a failure names it and says why in plain words. */
export async function writeFileNamed(file: string, data: Uint8Array): Promise<void> {
  try {
    await fs.writeFile(file, data);
  } catch (error) {
    throw fileError(file, error, true);
  }
}

export async function deliverFile(file: MatrixExport, outPath: string | undefined): Promise<ExportResult> {
  const { fileName, mime } = file;
  const bytes = file.data.byteLength;
  const base64 = (data: Uint8Array) => Buffer.from(data).toString('base64');
  if (!outPath) {
    const extra = (file.extraFiles ?? []).map((f) => ({
      fileName: f.fileName,
      mime: f.mime,
      dataBase64: base64(f.data),
    }));
    return {
      fileName,
      mime,
      bytes,
      dataBase64: base64(file.data),
      ...(extra.length ? { extraFiles: extra } : {}),
    };
  }
  await writeFileNamed(outPath, file.data);
  const alsoWritten: ExportResult['alsoWritten'] = [];
  for (const extra of file.extraFiles ?? []) {
    const extraPath = outPath.replace(/(\.[^./\\]+)?$/, extra.suffix);
    await writeFileNamed(extraPath, extra.data);
    alsoWritten.push({ path: extraPath, bytes: extra.data.byteLength });
  }
  return { fileName, mime, bytes, path: outPath, ...(alsoWritten.length ? { alsoWritten } : {}) };
}
