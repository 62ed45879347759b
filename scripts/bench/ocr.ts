// OCR seconds per page and peak memory on a scanned act, with one and two tesseract workers, against
// poppler's pdftoppm rendering the same pages at the same resolution (a floor no OCR can beat).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ocrPdfPages } from '../../electron/ocr/ocr-pages';
import { OCR_DPI } from '../../electron/ocr/render-pages';
import type { BenchReport } from './_report';

const FILE = 'laws/PK/Employment_of_Children_Act_1991.pdf';
const PAGES = [1, 2, 3, 4];

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

/** Seconds for `fn`, and the highest resident set size of this process while it ran (threads included). */
async function measure<T>(
  fn: () => Promise<T>,
): Promise<{ seconds: number; cpuSeconds: number; peakRss: number; value: T }> {
  let peakRss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const start = performance.now();
  try {
    const value = await fn();
    const used = process.cpuUsage(cpu);
    return {
      seconds: (performance.now() - start) / 1000,
      // All threads of this process: unlike wall time, barely moved by other work on the machine.
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRss: Math.max(peakRss, process.memoryUsage().rss),
      value,
    };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<BenchReport> {
  const file = path.join(dataDir, FILE);
  const data = new Uint8Array(fs.readFileSync(file));
  const lines: string[] = [
    `${path.basename(file)}, pages ${PAGES.join(',')}, ${OCR_DPI} dpi, ${os.availableParallelism()} cores, ` +
      `load average ${os.loadavg()[0].toFixed(1)} (wall times stretch with load; cpu-s do not)`,
  ];

  // Reference: pdftoppm renders the same pages to greyscale images.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-bench-ocr-'));
  const ref = await measure(async () => {
    for (const page of PAGES) {
      const args = [
        '-r',
        String(OCR_DPI),
        '-gray',
        '-f',
        String(page),
        '-l',
        String(page),
        file,
        path.join(out, 'p'),
      ];
      execFileSync('pdftoppm', args);
    }
  });
  fs.rmSync(out, { recursive: true, force: true });
  const refPerPage = ref.seconds / PAGES.length;
  lines.push(`reference pdftoppm render: ${refPerPage.toFixed(2)} s/page`);

  const baseRss = process.memoryUsage().rss;
  for (const workers of [1, 2]) {
    const r = await measure(() => ocrPdfPages(data, PAGES, { fileName: FILE, language: 'en', workers }));
    const perPage = r.seconds / PAGES.length;
    const confidence = Math.round(r.value.reduce((s, p) => s + (p.ocrConfidence ?? 0), 0) / r.value.length);
    lines.push(
      `OCR, ${workers} tesseract worker${workers > 1 ? 's' : ''}: ${perPage.toFixed(2)} s/page ` +
        `(${(perPage / refPerPage).toFixed(1)}× pdftoppm), ${(r.cpuSeconds / PAGES.length).toFixed(2)} cpu-s/page, ` +
        `peak rss ${mb(r.peakRss)} ` +
        `(+${mb(r.peakRss - baseRss)} over the process before OCR), mean confidence ${confidence}`,
    );
  }
  return { name: 'ocr', lines };
}
