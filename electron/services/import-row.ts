// A file's row in an import job, as every part of the import reports it: the name it goes by, from
// the job's first row to its result, and how much of the row reading it fills.
import path from 'node:path';
import type { ImportFile } from '../../shared/api/contract';

export function importFileName(file: ImportFile): string {
  return file.path ? path.basename(file.path) : (file.name ?? 'upload.pdf');
}

/** Reading a file (its text layer, OCR, segmenting) fills this much of its row; saving, the rest. */
export const READ_SHARE = 0.9;
