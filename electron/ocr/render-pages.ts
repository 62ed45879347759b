// Renders PDF pages to greyscale images for OCR in a worker thread, so the caller's thread stays free.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface RenderedPage {
  number: number;
  /** Page size in PDF points (after /Rotate). */
  width: number;
  height: number;
  /** Image pixels per PDF point. */
  scale: number;
  /** PGM (P5) bytes. */
  image: Uint8Array;
}

export interface RenderOptions {
  password?: string;
  /** Target resolution; tesseract reads body text best at about 300 dpi. */
  dpi?: number;
  /** Cap on pixels per page, so a poster-sized page does not take gigabytes. */
  maxPixels?: number;
}

export interface PageRenderer {
  pageCount: number;
  /** Renders one 1-based page; rejects with the reason when pdf.js cannot draw it. */
  render(page: number): Promise<RenderedPage>;
  close(): Promise<void>;
}

type WorkerMessage =
  | { type: 'ready'; pageCount: number }
  | ({ type: 'page' } & RenderedPage)
  | { type: 'pageFailed'; page: number; reason: string }
  | { type: 'error'; error: { name: string; message: string } };

export const OCR_DPI = 300;
/** ≈ A4 at 300 dpi (2480 × 3508) with some room. */
export const OCR_MAX_PIXELS = 10_000_000;

let assetsDir: string | undefined;
function pdfjsAssetsDir(): string {
  assetsDir ??= path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return assetsDir;
}

export async function renderPages(data: Uint8Array, options: RenderOptions = {}): Promise<PageRenderer> {
  const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), {
    workerData: {
      data: data.slice(),
      password: options.password,
      dpi: options.dpi ?? OCR_DPI,
      maxPixels: options.maxPixels ?? OCR_MAX_PIXELS,
      assetsDir: pdfjsAssetsDir(),
    },
  });
  const waiting = new Map<
    number,
    { resolve: (page: RenderedPage) => void; reject: (error: Error) => void }[]
  >();
  let failure: Error | undefined;
  let ready: (count: number) => void = () => {};
  let notReady: (error: Error) => void = () => {};
  const readyPromise = new Promise<number>((resolve, reject) => {
    ready = resolve;
    notReady = reject;
  });

  const failAll = (error: Error) => {
    failure ??= error;
    notReady(error);
    for (const list of waiting.values()) for (const w of list) w.reject(error);
    waiting.clear();
  };
  const settle = (page: number, outcome: RenderedPage | Error) => {
    const w = waiting.get(page)?.shift();
    if (!w) return;
    if (outcome instanceof Error) w.reject(outcome);
    else w.resolve(outcome);
  };

  worker.on('message', (message: WorkerMessage) => {
    switch (message.type) {
      case 'ready':
        ready(message.pageCount);
        break;
      case 'page': {
        const { number, width, height, scale, image } = message;
        settle(number, { number, width, height, scale, image });
        break;
      }
      case 'pageFailed':
        settle(message.page, new Error(message.reason));
        break;
      case 'error':
        failAll(Object.assign(new Error(message.error.message), { name: message.error.name }));
        break;
    }
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the page renderer stopped (exit ${code})`)));

  let pageCount: number;
  try {
    pageCount = await readyPromise;
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  return {
    pageCount,
    render(page) {
      if (failure) return Promise.reject(failure);
      return new Promise<RenderedPage>((resolve, reject) => {
        const list = waiting.get(page) ?? [];
        list.push({ resolve, reject });
        waiting.set(page, list);
        worker.postMessage({ type: 'render', page });
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      failAll(new Error('the page renderer was closed'));
      await worker.terminate();
    },
  };
}
