// Where the built UI is: dist/renderer beside the bundle (dist/serve.mjs, dist/cli.mjs), or from the
// sources, the repo's dist/renderer found upwards.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function rendererDir(moduleUrl: string = import.meta.url): string | undefined {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [path.join(dir, 'renderer')];
  for (let up = 0; up < 4; up++) {
    candidates.push(path.join(dir, 'dist', 'renderer'));
    dir = path.dirname(dir);
  }
  return candidates.find((candidate) => fs.existsSync(path.join(candidate, 'index.html')));
}
