// Child process of the import benchmark: reads one PDF into clauses and prints the timings as JSON.
// Run as its own process so /usr/bin/time sees the peak memory of the import alone (worker threads included).
import fs from 'node:fs';
import { cleanLines } from '../../shared/pdf/clean-lines';
import { segmentClauses } from '../../shared/segment/segment-clauses';
import { extractPdf } from '../../electron/pdf/extract-pdf';

const file = process.argv[2];
const bytes = new Uint8Array(fs.readFileSync(file));
async function importOnce() {
  // CPU of the whole process, worker threads included (getrusage), for this import alone.
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const pdf = await extractPdf(bytes, { fileName: file });
  const extracted = performance.now();
  const lines = cleanLines(pdf.pages).flatMap((page) => page.lines);
  const clauses = segmentClauses(lines);
  const done = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  return {
    pages: pdf.pageCount,
    clauses: clauses.length,
    extractMs: extracted - start,
    segmentMs: done - extracted,
    totalMs: done - start,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

// The first import starts the PDF workers; a second file in the same process finds them warm.
const cold = await importOnce();
const warm = await importOnce();
process.stdout.write(`${JSON.stringify({ ...cold, warmMs: warm.totalMs, warmCpuMs: warm.cpuMs })}\n`);
