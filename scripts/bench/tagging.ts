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

async function clausesOfCompilation(): Promise<{ file: string; pages: number; count: number; note: string }> {
  const pdf = path.join(work, 'compilation-544.pdf');
  if (!fs.existsSync(pdf))
    execFileSync('qpdf', ['--empty', '--pages', source, source, source, source, '--', pdf]);
  const mod = (await import(pathToFileURL(path.join(repoRoot, 'electron/services/read-law.ts')).href)) as {
    readLaw: ReadLaw;
  };
  const read = (file: string) =>
    mod.readLaw(new Uint8Array(fs.readFileSync(file)), { fileName: path.basename(file) });
  const { pageCount, clauses } = await read(pdf);
  // The segmenter keeps one clause per number, so four copies of one bill read as one: the
  // corpus is then the single bill's clauses four times over, as four documents.
  const single = await read(source);
  const fourfold = clauses.length < 2 * single.clauses.length;
  const corpus = fourfold
    ? [0, 1, 2, 3].flatMap((copy) => single.clauses.map((c) => ({ c, copy })))
    : clauses.map((c) => ({ c, copy: 0 }));
  const inputs: ClauseInput[] = corpus.map(({ c, copy }) => ({
    text: c.text,
    heading: c.heading,
    path: c.path,
    documentTitle: 'Child Bill 1999',
    language: 'en',
    number: c.number,
    documentId: `copy-${copy}`,
    country: 'MY',
  }));
  const file = path.join(work, 'tagging-clauses.json');
  fs.writeFileSync(file, JSON.stringify(inputs));
  const note = fourfold
    ? `readLaw gives ${clauses.length} clauses for the compilation; using 4 × the bill's ${single.clauses.length}`
    : `readLaw clauses of the compilation`;
  return { file, pages: pageCount, count: inputs.length, note };
}

interface ChildTimes {
  ms: number;
  clauses: number;
  suggestions: number;
  loadMs: number;
  matchMs: number;
  sinceStartMs: number;
  warmMs: number;
}

function timeChild(script: string, args: string[]): ChildTimes {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (child.status !== 0) throw new Error(`tag worker failed: ${child.stderr}`);
  const out = JSON.parse(child.stdout.trim().split('\n').pop()!) as Omit<ChildTimes, 'ms'>;
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
  const { file, pages, count, note } = await clausesOfCompilation();
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
      `corpus: ${pages} pages (4 × Child_Bill_1999.pdf), ${count} clauses (${note})`,
      `matcher (inverted indexes), node process incl. start: ${fast.ms.toFixed(0)} ms → ${Math.round(rate).toLocaleString('en')} clauses/s (target ≥ 5,000), ${fast.suggestions} suggestions`,
      `  of which: node start and module loading ${(fast.sinceStartMs - fast.loadMs - fast.matchMs).toFixed(0)} ms, reading catalog and clauses ${fast.loadMs.toFixed(0)} ms, indexing and matching ${fast.matchMs.toFixed(0)} ms`,
      `  matching alone, warm (indexes built, stems cached), in the same process: ${fast.warmMs.toFixed(0)} ms → ${Math.round((count / fast.warmMs) * 1000).toLocaleString('en')} clauses/s`,
      `naive per-provision TF-IDF loop, same corpus, incl. start: ${slow.ms.toFixed(0)} ms → ${Math.round(naiveRate).toLocaleString('en')} clauses/s`,
      `ratio: matcher ${(slow.ms / fast.ms).toFixed(1)}× faster than the naive loop`,
    ],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then((r) => console.log([r.name, ...r.lines.map((l) => `  ${l}`)].join('\n')));
}
