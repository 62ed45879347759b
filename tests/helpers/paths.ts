// Where tests find the shared data (beside the repo, as CI clones it) and make scratch space.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = path.resolve(repoRoot, '../shared/data');
export const lawsDir = path.join(dataDir, 'laws');
export const robustnessDir = path.join(dataDir, 'robustness');

export function law(relative: string): string {
  return path.join(lawsDir, relative);
}

export function tempDir(prefix = 'lexgap-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
