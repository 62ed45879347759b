// Tagging throughput on the 544-page compilation (4 × the Malaysian Child Bill): clauses per
// second including process start, against a naive per-provision TF-IDF loop in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { ClauseInput } from '../../shared/match/build-matcher';
import type { SegmentedClause } from '../../shared/model';
import type { BenchReport } from './_report';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const work = path.join(repoRoot, '.bench');
const source = path.resolve(repoRoot, '../shared/data/laws/MY/Child_Bill_1999.pdf');

type ReadLaw = (
  data: Uint8Array,
  options: { fileName: string },
) => Promise<{ pageCount: number; clauses: SegmentedClause[] }>;

async function clausesOfCompilation(): Promise<{ file: string; pages: number; count: number }> {
  const pdf = path.join(work, 'compilation-544.pdf');
  if (!fs.existsSync(pdf))
    execFileSync('qpdf', ['--empty', '--pages', source, source, source, source, '--', pdf]);
  const mod = (await import(pathToFileURL(path.join(repoRoot, 'electron/services/read-law.ts')).href)) as {
    readLaw: ReadLaw;
  };
  const { pageCount, clauses } = await mod.readLaw(new Uint8Array(fs.readFileSync(pdf)), {
    fileName: path.basename(pdf),
  });
  const inputs: ClauseInput[] = clauses.map((c) => ({
    text: c.text,
    heading: c.heading,
    path: c.path,
    documentTitle: 'Child Bill 1999',
    language: 'en',
    number: c.number,
    documentId: 'compilation',
    country: 'MY',
  }));
  const file = path.join(work, 'tagging-clauses.json');
  fs.writeFileSync(file, JSON.stringify(inputs));
  return { file, pages: pageCount, count: inputs.length };
}

function timeChild(script: string, args: string[]): { ms: number; clauses: number; suggestions: number } {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (child.status !== 0) throw new Error(`tag worker failed: ${child.stderr}`);
  const out = JSON.parse(child.stdout.trim().split('\n').pop()!) as { clauses: number; suggestions: number };
  return { ms, ...out };
}

export async function run(): Promise<BenchReport> {
  fs.mkdirSync(work, { recursive: true });
  const worker = path.join(work, 'tag-worker.mjs');
  await build({
    entryPoints: [path.join(here, 'tag-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: worker,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  const { file, pages, count } = await clausesOfCompilation();
  const catalogDir = path.join(repoRoot, 'resources/standards');
  // Best of three: two shared cores, other jobs running.
  const runs = [0, 1, 2].map(() => timeChild(worker, [file, catalogDir]));
  const fast = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const slow = timeChild(worker, [file, catalogDir, '--naive']);
  const rate = (count / fast.ms) * 1000;
  const naiveRate = (count / slow.ms) * 1000;
  return {
    name: 'tagging',
    lines: [
      `corpus: ${pages} pages, ${count} clauses (4 × Child_Bill_1999.pdf)`,
      `matcher (inverted indexes), node process incl. start: ${fast.ms.toFixed(0)} ms → ${Math.round(rate).toLocaleString('en')} clauses/s (target ≥ 5,000), ${fast.suggestions} suggestions`,
      `naive per-provision TF-IDF loop, same corpus, incl. start: ${slow.ms.toFixed(0)} ms → ${Math.round(naiveRate).toLocaleString('en')} clauses/s`,
      `ratio: matcher ${(slow.ms / fast.ms).toFixed(1)}× faster than the naive loop`,
    ],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then((r) => console.log([r.name, ...r.lines.map((l) => `  ${l}`)].join('\n')));
}
