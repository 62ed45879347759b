// OCR of PDF pages, fully offline: pdf.js renders each page in a worker thread, tesseract.js reads it in
// worker threads of its own; the core and traineddata come from node_modules, never from the network.
import { createRequire } from 'node:module';
import os from 'node:os';
import { createScheduler, createWorker, OEM, PSM, type Scheduler } from 'tesseract.js';
import { ApiError } from '../../shared/api/errors';
import type { ExtractedPage } from '../../shared/model';
import { ocrLanguage } from './ocr-languages';
import { renderPages, type PageRenderer, type RenderedPage } from './render-pages';
import { tesseractLines } from './tesseract-lines';

export interface OcrOptions {
  fileName: string;
  password?: string;
  /** Document language (ISO 639-1, e.g. 'en', 'ms'); picks the traineddata. */
  language: string;
  onPage?: (page: number, done: number, total: number) => void;
  signal?: AbortSignal;
  /** Told when the document's language has no installed traineddata and English is used instead. */
  onNote?: (note: string) => void;
  /** Render resolution; defaults to OCR_DPI. */
  dpi?: number;
  /** Tesseract workers; defaults to 2 on a machine with 2+ cores when there are 2+ pages. */
  workers?: number;
}

const require = createRequire(import.meta.url);

async function startScheduler(
  count: number,
  language: { code: string; langPath: string },
): Promise<Scheduler> {
  const scheduler = createScheduler();
  const workers = await Promise.all(
    Array.from({ length: count }, () =>
      createWorker(language.code, OEM.LSTM_ONLY, {
        langPath: language.langPath,
        gzip: true,
        // No cache: an unpacked copy in a shared folder can be read half-written by a second process,
        // or go stale when the package changes; unzipping the installed file takes ~0.1 s.
        cacheMethod: 'none',
        // Explicit, so a bundled main process still finds the worker script inside node_modules.
        workerPath: require.resolve('tesseract.js/src/worker-script/node/index.js'),
        // The Node worker loads tesseract.js-core with require(); no corePath URL is ever fetched.
        errorHandler: () => {},
      }),
    ),
  );
  for (const worker of workers) {
    await worker.setParameters({
      // One block read row by row: Tesseract's column finder splits hanging item numbers ("(iii)") from
      // their text and reads them first; laws are set in one column.
      tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
      user_defined_dpi: '300',
      preserve_interword_spaces: '0',
    });
    scheduler.addWorker(worker);
  }
  return scheduler;
}

/** OCR the given 1-based pages of a PDF, returning lines with positions in PDF points.
 * A page tesseract cannot read comes back with no lines and confidence 0; one pdf.js cannot draw is left out. */
export async function ocrPdfPages(
  data: Uint8Array,
  pages: number[],
  options: OcrOptions,
): Promise<ExtractedPage[]> {
  const { fileName, signal } = options;
  const cancelled = () => new ApiError('cancelled', `${fileName}: import cancelled`, fileName);
  if (signal?.aborted) throw cancelled();
  if (pages.length === 0) return [];

  let language: ReturnType<typeof ocrLanguage>;
  try {
    language = ocrLanguage(options.language);
  } catch (error) {
    throw new ApiError('ocr_failed', `${fileName}: ${(error as Error).message}`, fileName);
  }
  if (language.note) options.onNote?.(`${fileName}: ${language.note}`);
  const cores = os.availableParallelism();
  const workerCount = Math.max(1, Math.min(options.workers ?? (cores > 1 ? 2 : 1), pages.length));

  let renderer: PageRenderer | undefined;
  let scheduler: Scheduler | undefined;
  let aborted = false;
  const shutdown = async () => {
    await Promise.allSettled([renderer?.close(), scheduler?.terminate()]);
  };
  const abortPromise = new Promise<never>((_, reject) => {
    const onAbort = () => {
      aborted = true;
      // Terminating kills the tesseract threads mid-page; the pending jobs then reject.
      void shutdown();
      reject(cancelled());
    };
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  abortPromise.catch(() => {});

  const work = async (): Promise<ExtractedPage[]> => {
    [renderer, scheduler] = await Promise.all([
      renderPages(data, { password: options.password, dpi: options.dpi }).catch((error: Error) => {
        throw new ApiError(
          'ocr_failed',
          `${fileName}: the pages could not be rendered for OCR (${error.message})`,
          fileName,
        );
      }),
      startScheduler(workerCount, language),
    ]);
    const activeRenderer = renderer;
    const activeScheduler = scheduler;
    const wanted = pages.filter((n) => Number.isInteger(n) && n >= 1 && n <= activeRenderer.pageCount);
    const results = new Map<number, ExtractedPage>();
    let done = 0;

    const readPage = async (rendered: RenderedPage): Promise<ExtractedPage> => {
      try {
        const { data: result } = await activeScheduler.addJob(
          'recognize',
          Buffer.from(rendered.image.buffer, rendered.image.byteOffset, rendered.image.byteLength),
          {},
          { text: false, blocks: true },
        );
        return tesseractLines(result, rendered);
      } catch (error) {
        if (aborted) throw cancelled();
        throw error;
      }
    };
    // Render ahead by one page per tesseract worker: both cores stay busy, memory stays bounded.
    let next = 0;
    const lane = async () => {
      while (next < wanted.length) {
        const number = wanted[next++];
        let rendered: RenderedPage | undefined;
        try {
          rendered = await activeRenderer.render(number);
        } catch {
          // pdf.js cannot draw it: left out, so the caller keeps the page as it was.
          if (aborted) throw cancelled();
        }
        if (rendered) {
          let page: ExtractedPage;
          try {
            page = await readPage(rendered);
          } catch {
            if (aborted) throw cancelled();
            page = tesseractLines({ blocks: [] }, rendered);
          }
          results.set(number, page);
        }
        done += 1;
        options.onPage?.(number, done, wanted.length);
      }
    };
    await Promise.all(Array.from({ length: workerCount }, lane));
    return wanted.flatMap((n) => results.get(n) ?? []);
  };

  try {
    return await Promise.race([work(), abortPromise]);
  } catch (error) {
    if (aborted || signal?.aborted) throw cancelled();
    if (error instanceof ApiError) throw error;
    throw new ApiError('ocr_failed', `${fileName}: OCR failed (${(error as Error).message})`, fileName);
  } finally {
    await shutdown();
  }
}
