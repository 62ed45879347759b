// Where a gold file's laws are: its `file` paths are relative to the folder above the gold file, as
// in ../shared/data/gold; a gold kept in the repo (scripts/gold) names them under ../shared/data.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data');

/** A gold document's PDF: beside the gold file's folder as in the shared data, else under ../shared/data. */
export function goldDocumentPath(goldFile: string, file: string): string {
  const beside = path.resolve(path.dirname(goldFile), '..', file);
  return fs.existsSync(beside) ? beside : path.resolve(dataDir, file);
}
