// Import speed and memory: a 544-page compilation (four copies of Child_Bill_1999.pdf joined with qpdf)
// read into clauses (extract + clean + segment), against pdftotext on the same file in the same run.
// Targets: at most 2× pdftotext's time, at most 400 MB peak memory.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from './_report';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const source = path.resolve(repoRoot, '../shared/data/laws/MY/Child_Bill_1999.pdf');
const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timed(command: string, args: string[]): { ms: number; stdout: string; stderr: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

/** Peak resident memory of a child process and its threads, from GNU time's "Maximum resident set size". */
function peakKb(stderr: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return match ? Number(match[1]) : null;
}

/** User + system CPU seconds from GNU time: less sensitive than wall time to other work on the machine. */
function cpuSeconds(stderr: string): number {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN);
}

export async function run(): Promise<BenchReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-bench-import-'));
  try {
    const pdf = path.join(dir, 'compilation-544.pdf');
    execFileSync('qpdf', ['--empty', '--pages', source, source, source, source, '--', pdf]);

    const reference = Array.from({ length: RUNS }, () => {
      const run = timed('/usr/bin/time', ['-v', 'pdftotext', pdf, path.join(dir, 'out.txt')]);
      return { ms: run.ms, cpu: cpuSeconds(run.stderr) };
    });
    const worker = path.join(here, 'import-worker.ts');
    const imports = Array.from({ length: RUNS }, () => {
      const run = timed('/usr/bin/time', ['-v', process.execPath, '--import', 'tsx', worker, pdf]);
      const figures = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as {
        pages: number;
        clauses: number;
        extractMs: number;
        segmentMs: number;
        totalMs: number;
        cpuMs: number;
        warmMs: number;
        warmCpuMs: number;
      };
      return { ...figures, processMs: run.ms, peakKb: peakKb(run.stderr), cpu: cpuSeconds(run.stderr) };
    });

    const pdftotextMs = median(reference.map((r) => r.ms));
    const pdftotextCpu = median(reference.map((r) => r.cpu));
    const importCpu = median(imports.map((r) => r.cpu));
    const coldCpu = median(imports.map((r) => r.cpuMs)) / 1000;
    const warmCpu = median(imports.map((r) => r.warmCpuMs)) / 1000;
    const importMs = median(imports.map((r) => r.totalMs));
    const processMs = median(imports.map((r) => r.processMs));
    const peaks = imports.map((r) => r.peakKb).filter((kb): kb is number => kb !== null);
    const peakMb = peaks.length ? Math.max(...peaks) / 1024 : NaN;
    const first = imports[0];
    return {
      name: 'import',
      lines: [
        `file: 4 × Child_Bill_1999.pdf joined with qpdf: ${first.pages} pages, ${first.clauses} clauses; median of ${RUNS} runs`,
        `pdftotext: ${pdftotextMs.toFixed(0)} ms`,
        `import (extract in 2 worker threads + clean + segment): ${importMs.toFixed(0)} ms = ${(importMs / pdftotextMs).toFixed(2)}× pdftotext (target ≤ 2×)`,
        `  of which extraction ${median(imports.map((r) => r.extractMs)).toFixed(0)} ms, clean + segment ${median(imports.map((r) => r.segmentMs)).toFixed(0)} ms`,
        `  a second file in the same process (PDF workers already warm): ${median(imports.map((r) => r.warmMs)).toFixed(0)} ms = ${(median(imports.map((r) => r.warmMs)) / pdftotextMs).toFixed(2)}× pdftotext`,
        `  whole process (both files) incl. Node and tsx start-up: ${processMs.toFixed(0)} ms = ${(processMs / pdftotextMs).toFixed(2)}× pdftotext`,
        `CPU time (all threads): pdftotext ${pdftotextCpu.toFixed(2)} s; import ${coldCpu.toFixed(2)} s = ${(coldCpu / pdftotextCpu).toFixed(2)}× pdftotext, a second file ${warmCpu.toFixed(2)} s = ${(warmCpu / pdftotextCpu).toFixed(2)}×; whole import process ${importCpu.toFixed(2)} s`,
        `machine load while measuring: ${os.loadavg()[0].toFixed(1)} (1-min average, ${os.availableParallelism()} cores)`,
        `peak memory (max RSS, process with its worker threads): ${peakMb.toFixed(0)} MB (target ≤ 400 MB)`,
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
