// The name an import shows and reports a file by, from its job's first row to its result.
import path from 'node:path';
import type { ImportFile } from '../../shared/api/contract';

export function importFileName(file: ImportFile): string {
  return file.path ? path.basename(file.path) : (file.name ?? 'upload.pdf');
}
