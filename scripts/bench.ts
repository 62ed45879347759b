// `npm run bench`: every benchmark in scripts/bench/, each reporting against a reference measured in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchReport } from './bench/_report';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && !f.includes('worker'))
  .filter((f) => only.length === 0 || only.includes(path.basename(f, '.ts')))
  .sort();

// Every lexgap the benchmarks start keeps pdf.js's code cache in a folder of this run's, never the
// user's (cli.ts times an import with an empty one and with a written one in its own folder).
const codeCache = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-bench-code-cache-'));
process.env.LEXGAP_CACHE_DIR = codeCache;

let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    run?: () => Promise<BenchReport>;
  };
  if (typeof mod.run !== 'function') continue;
  process.stdout.write(`\n## ${path.basename(file, '.ts')}\n`);
  try {
    const report = await mod.run();
    for (const line of report.lines) process.stdout.write(`${line}\n`);
  } catch (error) {
    failed += 1;
    process.stdout.write(`failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
}
fs.rmSync(codeCache, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
