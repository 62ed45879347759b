// The built command line (`node dist/cli.mjs`) as a user runs it, process start and storage included,
// each figure against its reference measured in the same run (the machine is shared, so only the
// ratios compare across runs): import against pdftotext, tagging against matching alone (warm, in one
// process), a small command against `node -e 0`. Peak memory is GNU time's maximum resident set size
// of the process with all its threads.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SegmentedClause } from '../../shared/model';
import type { BenchReport } from './_report';
import { billClauseInput, bundleTagWorker, timeChild } from './tagging';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const data = path.resolve(repoRoot, '../shared/data');
const cli = path.join(repoRoot, 'dist/cli.mjs');
const launcher = path.join(repoRoot, 'bin/lexgap.mjs');
const bill = path.join(data, 'laws/MY/Child_Bill_1999.pdf');
const freeCulture = path.join(data, 'robustness/freeculture.pdf');

/** Copies of the bill that make the tagging corpus: 16 × 137 clauses = 2,192. */
const TAG_COPIES = 16;

interface Run {
  ms: number;
  /** User + system CPU time of the process and its threads: what a shared machine's load does not stretch. */
  cpuMs: number;
  peakMb: number;
  stdout: string;
}

/** Wall time and peak memory of one process, through GNU time. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  const seconds = (label: string) =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1]);
  const cpuMs = (seconds('User') + seconds('System')) * 1000;
  return { ms, cpuMs, peakMb: kb ? Number(kb[1]) / 1024 : NaN, stdout: result.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medianOf = (runs: Run[]) => ({
  ms: median(runs.map((r) => r.ms)),
  cpuMs: median(runs.map((r) => r.cpuMs)),
  peakMb: Math.max(...runs.map((r) => r.peakMb)),
});
const repeat = <T>(times: number, fn: () => T): T[] => Array.from({ length: times }, fn);
/**
 * pdf.js's code cache (electron/pdf/pdfjs-code-cache.mjs) in the bench's own folder, never the user's:
 * set by run() before anything is timed.
 */
let codeCacheDir = '';
const lexgap = (db: string, ...args: string[]) =>
  timed(process.execPath, [cli, '--db', db, ...args], { ...process.env, LEXGAP_CACHE_DIR: codeCacheDir });

function freshDb(dir: string, name: string): string {
  const db = path.join(dir, name);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  return db;
}

/** A copy of a database with nothing pending in its write-ahead log. */
function copyDb(from: string, to: string): void {
  for (const f of [to, `${to}-wal`, `${to}-shm`]) fs.rmSync(f, { force: true });
  fs.copyFileSync(from, to);
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000).toLocaleString('en');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

export async function run(): Promise<BenchReport> {
  if (!fs.existsSync(cli)) throw new Error('dist/cli.mjs missing: npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-bench-cli-'));
  codeCacheDir = path.join(dir, 'code-cache');
  try {
    const lines: string[] = [];
    const summary: string[] = [];

    // Import: the 544-page compilation, and freeculture.pdf (352 pages, a cover that is one image).
    const compilation = path.join(dir, 'compilation-544.pdf');
    execFileSync('qpdf', ['--empty', '--pages', bill, bill, bill, bill, '--', compilation]);
    const importOf = (file: string, times: number) => {
      const importing = () =>
        lexgap(freshDb(dir, 'import.db'), '--create', 'import', file, '--country', 'MY', '--json');
      const pdftotext = () => timed('pdftotext', [file, path.join(dir, 'out.txt')]);
      // The first import a user makes compiles pdf.js and writes its code cache; later ones read it.
      fs.rmSync(codeCacheDir, { recursive: true, force: true });
      const firstReference = pdftotext();
      const first = importing();
      // Then each import right after a pdftotext of its own: the machine's speed drifts over a run (a
      // shared host), and each ratio is of two runs in the same moment; the figure is their median.
      const pairs = repeat(times, () => ({ reference: pdftotext(), ours: importing() }));
      const reference = medianOf([firstReference, ...pairs.map((p) => p.reference)]);
      const ours = {
        ...medianOf(pairs.map((p) => p.ours)),
        peakMb: Math.max(first.peakMb, ...pairs.map((p) => p.ours.peakMb)),
      };
      const ratio = median(pairs.map((p) => p.ours.ms / p.reference.ms));
      const firstRatio = first.ms / firstReference.ms;
      const report = JSON.parse(
        lexgap(freshDb(dir, 'import.db'), '--create', 'import', file, '--country', 'MY', '--json').stdout,
      ) as {
        documents: { pages: number; clauses: number; ocrPages: number[] }[];
      };
      return { reference, first, ours, ratio, firstRatio, document: report.documents[0] };
    };
    const comp = importOf(compilation, 5);
    const { ratio: compRatio, firstRatio } = comp;
    lines.push(
      `import 4 × Child_Bill_1999.pdf (${comp.document.pages} pages, ${comp.document.clauses} clauses), default options, each import right after a pdftotext:`,
      `  pdftotext, median of 6: ${fixed(comp.reference.ms)} ms, ${fixed(comp.reference.cpuMs)} ms CPU`,
      `  lexgap import, first run (empty pdf.js code cache, written by this run): ${fixed(comp.first.ms)} ms = ${fixed(firstRatio, 2)}× the pdftotext before it, ${fixed(comp.first.cpuMs)} ms CPU`,
      `  lexgap import with the code cache, median of 5: ${fixed(comp.ours.ms)} ms, ${fixed(comp.ours.cpuMs)} ms CPU, peak ${fixed(comp.ours.peakMb)} MB; median of the 5 ratios ${fixed(compRatio, 2)}× pdftotext`,
    );
    summary.push(
      `import 544 pages ≤ 3× pdftotext: ${fixed(compRatio, 2)}× with the code cache, ${fixed(firstRatio, 2)}× on the first run (${verdict(compRatio <= 3)}); peak ≤ 400 MB: ${fixed(comp.ours.peakMb)} MB (${verdict(comp.ours.peakMb <= 400)})`,
    );
    const book = importOf(freeCulture, 1);
    const bookRatio = book.ratio;
    lines.push(
      `import freeculture.pdf (${book.document.pages} pages, OCR pages: ${book.document.ocrPages.join(', ') || 'none'}), default options:`,
      `  pdftotext ${fixed(book.reference.ms)} ms; lexgap import ${fixed(book.ours.ms)} ms = ${fixed(bookRatio, 2)}× pdftotext, peak ${fixed(book.ours.peakMb)} MB`,
    );
    summary.push(
      `freeculture.pdf peak ≤ 500 MB: ${fixed(book.ours.peakMb)} MB (${verdict(book.ours.peakMb <= 500)})`,
    );

    // Tagging: 16 byte-distinct copies of the bill as 16 documents (`--separate`: otherwise each copy
    // is taken for a new version of the first), tagged from a fresh copy of the imported database
    // each time, so every run stores every suggestion.
    const copies = Array.from({ length: TAG_COPIES }, (_, i) => {
      const file = path.join(dir, `Child_Bill_1999-copy-${i}.pdf`);
      fs.writeFileSync(file, Buffer.concat([fs.readFileSync(bill), Buffer.from(`\n%copy ${i}\n`)]));
      return file;
    });
    const imported = freshDb(dir, 'tag-imported.db');
    lexgap(imported, '--create', 'import', ...copies, '--separate', '--country', 'MY', '--json');
    const tagRuns = repeat(3, () => {
      const db = path.join(dir, 'tag.db');
      copyDb(imported, db);
      const run = lexgap(db, 'tag', '--json');
      return { ...run, result: JSON.parse(run.stdout) as { clauses: number; suggestions: number } };
    });
    const tag = tagRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
    // The reference: the same clauses matched with the product's options in one warm process.
    const { readLaw } = (await import(
      pathToFileURL(path.join(repoRoot, 'electron/services/read-law.ts')).href
    )) as {
      readLaw: (data: Uint8Array, o: { fileName: string }) => Promise<{ clauses: SegmentedClause[] }>;
    };
    const single = await readLaw(new Uint8Array(fs.readFileSync(bill)), { fileName: 'Child_Bill_1999.pdf' });
    const inputs = Array.from({ length: TAG_COPIES }, () => single.clauses.map(billClauseInput)).flat();
    const clausesFile = path.join(dir, 'tag-clauses.json');
    fs.writeFileSync(clausesFile, JSON.stringify(inputs));
    const worker = await bundleTagWorker(path.join(dir, 'tag-worker.mjs'));
    const catalogDir = path.join(repoRoot, 'resources/standards');
    const warm = repeat(3, () => timeChild(worker, [clausesFile, catalogDir, '--warm'])).reduce((a, b) =>
      b.warmMs < a.warmMs ? b : a,
    );
    const clauses = tag.result.clauses;
    const rate = (clauses / tag.ms) * 1000;
    lines.push(
      `tag ${clauses} clauses (${TAG_COPIES} documents), storing ${tag.result.suggestions.toLocaleString('en')} suggestions, best of 3:`,
      `  lexgap tag ${fixed(tag.ms)} ms → ${perSecond(clauses, tag.ms)} clauses/s incl. process start and storage, ${fixed(tag.cpuMs)} ms CPU (${perSecond(clauses, tag.cpuMs)} clauses per CPU-second), peak ${fixed(tag.peakMb)} MB`,
      `  matching alone, warm, one thread (${inputs.length} clauses, what tag stores): ${fixed(warm.warmMs)} ms → ${perSecond(inputs.length, warm.warmMs)} clauses/s; lexgap tag takes ${fixed(tag.ms / warm.warmMs, 2)}× as long`,
    );
    summary.push(
      `tag ≥ 3,000 clauses/s incl. start and storage: ${perSecond(clauses, tag.ms)}/s (${verdict(rate >= 3000)})`,
    );

    // A small command: the library of the tagging database, against node doing nothing.
    const small = freshDb(dir, 'small.db');
    lexgap(small, '--create', 'import', bill, '--country', 'MY', '--json');
    const nodeRuns = repeat(9, () => timed(process.execPath, ['-e', '0']));
    const documentsRuns = repeat(9, () => lexgap(small, 'documents', '--json'));
    const node = median(nodeRuns.map((r) => r.ms));
    const documents = median(documentsRuns.map((r) => r.ms));
    lines.push(
      `lexgap documents --json (1 document), median of 9: ${fixed(documents)} ms, ${fixed(median(documentsRuns.map((r) => r.cpuMs)))} ms CPU; ` +
        `node -e 0: ${fixed(node)} ms, ${fixed(median(nodeRuns.map((r) => r.cpuMs)))} ms CPU; ratio ${fixed(documents / node, 2)}×`,
    );
    summary.push(`documents --json ≤ 120 ms: ${fixed(documents)} ms (${verdict(documents <= 120)})`);
    // Node reads the certificates NODE_EXTRA_CA_CERTS names before any script runs: the same pair
    // without it shows what that costs every process, Lexgap's or not.
    const caCerts = process.env.NODE_EXTRA_CA_CERTS;
    if (caCerts) {
      const env = { ...process.env };
      delete env.NODE_EXTRA_CA_CERTS;
      const bare = median(repeat(9, () => timed(process.execPath, ['-e', '0'], env)).map((r) => r.ms));
      const listing = median(
        repeat(9, () => timed(process.execPath, [cli, '--db', small, 'documents', '--json'], env)).map(
          (r) => r.ms,
        ),
      );
      lines.push(
        `  the same without NODE_EXTRA_CA_CERTS (here ${caCerts}): documents ${fixed(listing)} ms; node -e 0: ${fixed(bare)} ms; ratio ${fixed(listing / bare, 2)}×`,
      );
    }
    // `npx lexgap`: in a clone the launcher runs the TypeScript sources through tsx (never older than the code).
    const launched = median(
      repeat(5, () => timed(process.execPath, [launcher, '--db', small, 'documents', '--json'])).map(
        (r) => r.ms,
      ),
    );
    lines.push(
      `  through bin/lexgap.mjs (npx lexgap; sources through tsx in a clone), median of 5: ${fixed(launched)} ms`,
    );

    lines.push(
      `machine load while measuring: ${os.loadavg()[0].toFixed(1)} (1-min average, ${os.availableParallelism()} cores)`,
      'targets (issue 16):',
      ...summary.map((s) => `  ${s}`),
    );
    return { name: 'cli', lines };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then((r) => console.log([r.name, ...r.lines.map((l) => `  ${l}`)].join('\n')));
}
