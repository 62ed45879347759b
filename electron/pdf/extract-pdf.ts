// PDF → pages of positioned text lines, with pdf.js running in worker threads (never the main thread).
// Large files are split across two workers, each opening its own copy of the document.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import type { ExtractedPage, ExtractedPdf, PageFailure } from '../../shared/model';

export interface ExtractPdfOptions {
  fileName: string;
  password?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

interface WorkerError {
  name: string;
  code?: unknown;
  message: string;
}

type WorkerMessage =
  | { type: 'meta'; pageCount: number; title?: string; labels?: string[] }
  | { type: 'pages'; pages: ExtractedPage[]; failed: PageFailure[] }
  | { type: 'error'; error: WorkerError }
  | { type: 'done'; repaired: boolean }
  | { type: 'ready' };

/** A page with fewer letters than this has no usable text layer (a scan, or blank paper). */
export const MIN_PAGE_LETTERS = 20;

/** Files above this size are worth a second worker (start-up costs ~150 ms). */
const SPLIT_BYTES = 256 * 1024;

/**
 * This module's URL: import.meta.url under tsx and in ESM bundles; in a CommonJS bundle (where esbuild
 * leaves import.meta empty) the bundle's own file, next to which the build copies extract-worker.mjs.
 */
function moduleUrl(): string {
  const meta = (import.meta as { url?: string }).url;
  if (meta) return meta;
  return pathToFileURL(typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js'))
    .href;
}

let assetsDir: string | undefined;
function pdfjsAssetsDir(): string {
  assetsDir ??= path.dirname(createRequire(moduleUrl()).resolve('pdfjs-dist/package.json'));
  return assetsDir;
}

function looksLikePdf(data: Uint8Array): boolean {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** Maps a pdf.js failure to the error a user reads. */
function toApiError(error: WorkerError, fileName: string, hadPassword: boolean): ApiError {
  if (error.name === 'PasswordException') {
    // pdf.js: 1 = a password is needed, 2 = the one given is wrong.
    return error.code === 2 || (error.code !== 1 && hadPassword)
      ? new ApiError('wrong_password', `${fileName}: the password is wrong`, fileName)
      : new ApiError('needs_password', `${fileName} needs a password`, fileName);
  }
  // pdf.js's sentence ("Invalid PDF structure.") as the clause after the file name, without its stop,
  // so lines that join reasons with ";" (the Library's Jobs) do not read ".;".
  const reason =
    error.message
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\.$/, '')
      .replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()) || 'it cannot be read';
  return new ApiError('damaged', `${fileName} is damaged: ${reason}`, fileName);
}

/** Warm workers kept between files: loading pdf.js costs each thread ~0.3 s of CPU. */
const idle: Worker[] = [];
const MAX_IDLE = 2;

/** Our listeners only: a bare removeAllListeners() also strips the Worker's own and it goes deaf. */
function forget(worker: Worker): void {
  for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
}

function startWorker(): Worker {
  // Plain JavaScript: the parent's loader flags (tsx under dev and tests) would only slow it down.
  return new Worker(new URL('./extract-worker.mjs', moduleUrl()), {
    execArgv: [],
    resourceLimits: { maxYoungGenerationSizeMb: 48 },
  });
}

function takeWorker(): Worker {
  const warm = idle.pop();
  if (warm) {
    forget(warm);
    warm.ref();
    return warm;
  }
  return startWorker();
}

function release(worker: Worker): void {
  forget(worker);
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  // An idle worker never keeps the process alive, and leaves the pool if it dies.
  worker.unref();
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  worker.on('error', () => void worker.terminate());
  idle.push(worker);
}

/** How many workers a file of this size is read with. */
function workersFor(bytes: number): number {
  return bytes >= SPLIT_BYTES && os.availableParallelism() > 1 ? 2 : 1;
}

/**
 * Starts the workers a file of this size will be read with, ahead of reading it: pdf.js then loads
 * in them while the caller opens the database and loads its own code. They wait in the warm pool.
 */
export function prestartPdfWorkers(bytes: number): void {
  if (bytes <= 0) return;
  const wanted = Math.min(workersFor(bytes), MAX_IDLE);
  while (idle.length < wanted) release(startWorker());
}

/** Stops the warm workers (at shutdown; they never hold the process open anyway). */
export async function closePdfWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}

export interface ExtractedPdfReport extends ExtractedPdf {
  /** pdf.js had to rebuild the cross-reference table: the file is damaged, even if some of it reads. */
  repaired: boolean;
}

export async function extractPdf(data: Uint8Array, options: ExtractPdfOptions): Promise<ExtractedPdfReport> {
  const { fileName } = options;
  // An empty file is most often a download or a copy that did not finish: say so, not "not a PDF".
  if (data.byteLength === 0) throw new ApiError('not_pdf', `${fileName} is empty (0 bytes)`, fileName);
  if (!looksLikePdf(data)) throw new ApiError('not_pdf', `${fileName} is not a PDF`, fileName);
  if (options.signal?.aborted) throw new ApiError('cancelled', `${fileName}: import cancelled`, fileName);

  const count = workersFor(data.byteLength);
  const workers: Worker[] = [];
  const pages: ExtractedPage[] = [];
  const failedPages: PageFailure[] = [];
  let pageCount = -1;
  let metadataTitle: string | undefined;
  let pageLabels: string[] | undefined;
  let repaired = false;

  let ok = false;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        options.signal?.removeEventListener('abort', onAbort);
        reject(error);
      };
      const onAbort = () => fail(new ApiError('cancelled', `${fileName}: import cancelled`, fileName));
      options.signal?.addEventListener('abort', onAbort, { once: true });

      // The next page to hand out, shared by the workers (see extract-worker.mjs).
      const next = new SharedArrayBuffer(4);
      for (let index = 0; index < count; index += 1) {
        const worker = takeWorker();
        workers.push(worker);
        worker.on('message', (message: WorkerMessage) => {
          switch (message.type) {
            case 'meta':
              pageCount = message.pageCount;
              if (message.title) metadataTitle = message.title;
              if (message.labels) pageLabels = message.labels;
              break;
            case 'pages':
              pages.push(...message.pages);
              failedPages.push(...message.failed);
              options.onProgress?.(pages.length + failedPages.length, pageCount);
              break;
            case 'error':
              fail(toApiError(message.error, fileName, options.password !== undefined));
              break;
            case 'done':
              repaired ||= message.repaired;
              finished += 1;
              if (finished === count && !settled) {
                settled = true;
                options.signal?.removeEventListener('abort', onAbort);
                resolve();
              }
              break;
          }
        });
        worker.on('error', (error) =>
          fail(
            toApiError(
              { name: error.name, message: error.message },
              fileName,
              options.password !== undefined,
            ),
          ),
        );
        worker.on('exit', (code) =>
          fail(new ApiError('internal', `${fileName}: the PDF reader stopped (exit ${code})`, fileName)),
        );
        // Each worker gets its own copy: pdf.js takes ownership of the bytes it is given.
        const copy = data.slice();
        worker.postMessage(
          {
            data: copy,
            password: options.password,
            index,
            next,
            assetsDir: pdfjsAssetsDir(),
            sparseLetters: MIN_PAGE_LETTERS,
          },
          [copy.buffer],
        );
      }
    });
    ok = true;
  } finally {
    // Workers that finished cleanly stay warm for the next file; any others are stopped mid-job.
    for (const worker of workers) {
      if (ok) release(worker);
      else void worker.terminate();
    }
  }

  pages.sort((a, b) => a.number - b.number);
  failedPages.sort((a, b) => a.page - b.page);
  if (pages.length === 0 && failedPages.length > 0) {
    throw new ApiError('damaged', `${fileName} is damaged: no page could be read`, fileName);
  }
  return {
    pageCount: Math.max(pageCount, 0),
    pages,
    failedPages,
    repaired,
    ...(metadataTitle ? { metadataTitle } : {}),
    ...(pageLabels ? { pageLabels } : {}),
  };
}
