// Runs in a worker thread: for each job, opens the PDF with pdf.js and posts back plain lines for its
// share of the pages, then waits for the next job (the thread stays warm between imports).
// Plain JavaScript so it runs unchanged under tsx and next to the esbuild bundle in dist/.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { brotliDecompressSync, inflateSync } from 'node:zlib';

// Under tsx (dev, tests, CLI) Node parses the multi-megabyte source maps pdf.js ships with, which more
// than doubles start-up. This thread's stack traces are never shown, so skip them.
process.setSourceMapsEnabled(false);

// The legacy build swaps in core-js's Array.prototype.push (for a spec corner about non-writable
// lengths that pdf.js never meets), which costs ~20% of text extraction. Keep the native one.
const nativePush = Array.prototype.push;
// pdf.js inflates content streams through DecompressionStream when there is one, else with its own
// JavaScript decoder. Node's web-streams version goes through several promise hops per stream (~20% of
// text extraction), the JavaScript decoder is slow too: a stand-in with the same surface runs zlib in
// one synchronous call. Like the real one it throws on data zlib rejects (a bad checksum, a truncated
// stream), and pdf.js then falls back to its lenient decoder, so every stream reads as before.
globalThis.DecompressionStream = class DecompressionStream {
  constructor(format) {
    let input;
    this.writable = {
      getWriter: () => ({
        ready: Promise.resolve(),
        write(chunk) {
          input = chunk;
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      }),
    };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        if (format === 'deflate') yield inflateSync(input);
        else if (format === 'brotli') yield brotliDecompressSync(input);
        else throw new TypeError(`unsupported format ${format}`);
      },
    };
  }
};
// pdf.js's in-thread "fake worker" copies every message with structuredClone, as a real thread
// boundary would. A text content chunk's items are built fresh for their message and never touched
// again by the side that sent them: only the chunk's own fields (which pdf.js replaces right after
// sending) need a copy (deep copies of the items cost ~7% of text extraction). The stream's own
// messages (pull, pulled, started, closed: seven or so per page) are flat literals of numbers and
// strings, which spreading copies as structuredClone would, without its serialiser (~3%).
const cloneDeep = globalThis.structuredClone;
const flat = (value) => {
  for (const key in value) {
    const field = value[key];
    if (
      field !== null &&
      (typeof field === 'object' || typeof field === 'function' || typeof field === 'symbol')
    )
      return false;
  }
  return true;
};
globalThis.structuredClone = (value, options) => {
  if (
    options?.transfer ||
    value === null ||
    typeof value !== 'object' ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return cloneDeep(value, options);
  if (Array.isArray(value.chunk?.items)) return { ...value, chunk: { ...value.chunk } };
  return flat(value) ? { ...value } : cloneDeep(value, options);
};
// pdf.js streams each page's text (and operator list) to its caller through a ReadableStream. Node's
// costs more than the rest of the page's messaging: each one is made transferable and every read and
// pull goes through several promise hops (about 5% of text extraction). This thread uses streams only
// that way, and only what pdf.js's message handler calls: a start/pull/cancel source, a controller
// (enqueue, close, error, desiredSize), a reader (read, cancel, releaseLock) and for await. The stand-in
// keeps the same order: pull once start has settled and again after each read while the queue is below
// its high-water mark, one pull at a time; chunks come out in the order they went in.
globalThis.ReadableStream = class ReadableStream {
  #source;
  #size;
  #highWaterMark;
  #queue = [];
  #queued = 0;
  #state = 'readable';
  #closeRequested = false;
  #started = false;
  #pulling = false;
  #pullAgain = false;
  #error;
  #reads = [];
  #controller;

  constructor(source = {}, { highWaterMark = 1, size } = {}) {
    this.#source = source;
    this.#size = size ?? (() => 1);
    this.#highWaterMark = highWaterMark;
    this.#controller = {
      enqueue: (chunk) => this.#enqueue(chunk),
      close: () => this.#close(),
      error: (reason) => this.#fail(reason),
    };
    Object.defineProperty(this.#controller, 'desiredSize', { get: () => this.#desiredSize() });
    Promise.resolve(source.start?.(this.#controller)).then(
      () => {
        this.#started = true;
        this.#pullIfNeeded();
      },
      (reason) => this.#fail(reason),
    );
  }

  #desiredSize() {
    if (this.#state === 'errored') return null;
    if (this.#state === 'closed') return 0;
    return this.#highWaterMark - this.#queued;
  }

  #enqueue(chunk) {
    if (this.#closeRequested || this.#state !== 'readable') throw new TypeError('the stream is closed');
    const read = this.#reads.shift();
    if (read) read.resolve({ value: chunk, done: false });
    else {
      const size = this.#size(chunk);
      this.#queue.push({ chunk, size });
      this.#queued += size;
    }
    this.#pullIfNeeded();
  }

  #close() {
    if (this.#closeRequested || this.#state !== 'readable') throw new TypeError('the stream is closed');
    this.#closeRequested = true;
    if (this.#queue.length === 0) this.#finish();
  }

  #finish() {
    this.#state = 'closed';
    for (const read of this.#reads.splice(0)) read.resolve({ value: undefined, done: true });
  }

  #fail(reason) {
    if (this.#state !== 'readable') return;
    this.#state = 'errored';
    this.#error = reason;
    this.#queue = [];
    this.#queued = 0;
    for (const read of this.#reads.splice(0)) read.reject(reason);
  }

  #pullIfNeeded() {
    if (!this.#started || this.#closeRequested || this.#state !== 'readable') return;
    if (this.#reads.length === 0 && this.#desiredSize() <= 0) return;
    if (this.#pulling) {
      this.#pullAgain = true;
      return;
    }
    this.#pulling = true;
    Promise.resolve(this.#source.pull?.(this.#controller)).then(
      () => {
        this.#pulling = false;
        if (this.#pullAgain) {
          this.#pullAgain = false;
          this.#pullIfNeeded();
        }
      },
      (reason) => this.#fail(reason),
    );
  }

  #read() {
    if (this.#queue.length > 0) {
      const { chunk, size } = this.#queue.shift();
      this.#queued -= size;
      if (this.#closeRequested && this.#queue.length === 0) this.#finish();
      else this.#pullIfNeeded();
      return Promise.resolve({ value: chunk, done: false });
    }
    if (this.#state === 'closed') return Promise.resolve({ value: undefined, done: true });
    if (this.#state === 'errored') return Promise.reject(this.#error);
    const read = Promise.withResolvers();
    this.#reads.push(read);
    this.#pullIfNeeded();
    return read.promise;
  }

  cancel(reason) {
    if (this.#state === 'closed') return Promise.resolve();
    if (this.#state === 'errored') return Promise.reject(this.#error);
    this.#queue = [];
    this.#queued = 0;
    this.#finish();
    return Promise.resolve(this.#source.cancel?.(reason)).then(() => undefined);
  }

  getReader() {
    return {
      read: () => this.#read(),
      cancel: (reason) => this.cancel(reason),
      releaseLock() {},
    };
  }

  async *[Symbol.asyncIterator]() {
    let done = false;
    try {
      while (true) {
        const next = await this.#read();
        if (next.done) {
          done = true;
          return;
        }
        yield next.value;
      }
    } finally {
      if (!done && this.#state === 'readable') await this.cancel();
    }
  }
};
// Both pdf.js modules polyfill Response.prototype.bytes as they load, and touching Node's lazy
// Response global loads its whole fetch implementation (undici): ~0.25 s of CPU per thread for a class
// pdf.js never uses here (it gets bytes, not URLs, and reads fonts from disk). A stand-in that already
// has bytes() is seen while pdf.js loads; Node's own global comes back afterwards.
const responseGlobal = Object.getOwnPropertyDescriptor(globalThis, 'Response');
Object.defineProperty(globalThis, 'Response', {
  value: class Response {
    bytes() {}
  },
  configurable: true,
  writable: true,
});
// Built: pdf.js's two halves in one script beside this file, compiled with V8's code cache
// (pdfjs-code-cache.mjs). Under tsx (dev, tests): the package's modules, the worker half patched.
const bundled = await loadBundledPdfjs();
const pdfjs = bundled ? bundled.exports.pdf : await import('pdfjs-dist/legacy/build/pdf.mjs');
// Preloaded, the in-thread pdf.js "fake worker" needs no dynamic import of its own.
globalThis.pdfjsWorker = bundled ? bundled.exports.worker : await import(await patchedPdfjsWorker());
if (responseGlobal) Object.defineProperty(globalThis, 'Response', responseGlobal);
else delete globalThis.Response;
Array.prototype.push = nativePush;

async function loadBundledPdfjs() {
  // LEXGAP_PDFJS_BUNDLE: a built dist/pdfjs.cjs for the sources under tsx (scripts/import-digest.ts).
  const file = process.env.LEXGAP_PDFJS_BUNDLE || fileURLToPath(new URL('./pdfjs.cjs', import.meta.url));
  if (!fs.existsSync(file)) return undefined;
  const { loadPdfjsBundle } = await import('./pdfjs-code-cache.mjs');
  return loadPdfjsBundle(file);
}

/**
 * Under tsx (dev, tests), where no bundle is built: pdf.js's worker half with Lexgap's rewrites
 * (pdfjs-patches.mjs), as the build bundles it, written once to the temp directory.
 */
async function patchedPdfjsWorker() {
  const [{ createHash }, { createRequire }, os, path, { patchPdfjsWorker }] = await Promise.all([
    import('node:crypto'),
    import('node:module'),
    import('node:os'),
    import('node:path'),
    import('./pdfjs-patches.mjs'),
  ]);
  const original = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const patched = patchPdfjsWorker(fs.readFileSync(original, 'utf8'));
  const name = `lexgap-pdf.worker-${createHash('sha256').update(patched).digest('hex').slice(0, 16)}.mjs`;
  const file = path.join(os.tmpdir(), name);
  if (!fs.existsSync(file)) {
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(partial, patched);
    fs.renameSync(partial, file);
  }
  return pathToFileURL(file).href;
}

// pdf.js reports through console.warn at verbosity 1; keep its warnings out of the app's output and
// note when it had to rebuild a broken cross-reference table (a damaged file).
let repaired = false;
console.warn = (...args) => {
  if (String(args[0]).includes('Indexing all PDF objects')) repaired = true;
};

/** Groups text items (in content order) into lines; top-left origin, PDF points. */
function assembleLines(items, pageNumber, pageTop, pageLeft, pageWidth) {
  const lines = [];
  let current = null;
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.length === 0) continue;
    const [a, b, c, d, e, f] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
    const x = e - pageLeft;
    const baseline = pageTop - f;
    const width = item.width;
    const blank = item.str.trim().length === 0;
    if (current) {
      const sameLine = Math.abs(baseline - current.baseline) <= Math.max(size, current.size) * 0.45;
      const goesBack = x < current.right - Math.max(size, current.size) * 2;
      if (sameLine && !goesBack) {
        if (blank) {
          // Space items can be wider than the gap they stand for: note the space, keep the edge.
          current.space = true;
          continue;
        }
        // Footnote markers are raised, smaller digits: "4 2. Definitions" must read "2. Definitions".
        // (Size and height first: they rule out almost every item before the text is looked at.)
        if (size < current.size * 0.8 && baseline < current.baseline - size * 0.2 && isMarker(item.str))
          continue;
        if (
          current.size < size * 0.8 &&
          current.baseline < baseline - current.size * 0.2 &&
          isMarker(current.text)
        ) {
          current = { text: item.str, x, right: x + width, baseline, size };
          continue;
        }
        const gap = x - current.right;
        const needsSpace =
          (current.space || gap > size * 0.15) && !current.text.endsWith(' ') && !item.str.startsWith(' ');
        current.text += (needsSpace ? ' ' : '') + item.str;
        current.space = false;
        // Superscript footnote markers are smaller: keep the line's body size.
        if (size > current.size) current.size = size;
        current.right = Math.max(current.right, x + width);
        continue;
      }
      finish(current, lines, pageNumber);
    }
    if (blank) {
      current = null;
      continue;
    }
    current = { text: item.str, x, right: x + width, baseline, size };
  }
  if (current) finish(current, lines, pageNumber);
  return readingOrder(lines, pageWidth);
}

/**
 * Content streams (OCR layers especially) do not always run top to bottom. On a one-column page,
 * top-to-bottom is the reading order; columns keep the stream's order, which follows the columns.
 */
function readingOrder(lines, pageWidth) {
  const right = lines.filter((line) => line.x > pageWidth * 0.45).length;
  if (lines.length < 3 || right > lines.length * 0.15) return lines;
  let sorted = true;
  for (let i = 1; i < lines.length && sorted; i += 1) if (lines[i].y < lines[i - 1].y - 2) sorted = false;
  if (sorted) return lines;
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) =>
      Math.abs(a.line.y - b.line.y) > 3 ? a.line.y - b.line.y : a.line.x - b.line.x || a.index - b.index,
    )
    .map(({ line }) => line);
}

const isMarker = (text) => /^[\d*]{1,3}$/.test(text.trim());

/** Two whitespace characters in a row, or one that is not a plain space. */
const WHITESPACE_TO_COLLAPSE = /\s\s|[^\S ]/;

/** Printable ASCII, which NFKC leaves as it is (any other line is normalised). */
const ASCII = /^[ -~\t\n\r]*$/;

function finish(line, lines, pageNumber) {
  // NFKC here instead of pdf.js's own normalisation (disabled below): same ligatures and
  // compatibility forms ("ﬁ" → "fi"), done once per line rather than per text item, and only on
  // lines that are not plain ASCII (which NFKC leaves as they are).
  const raw = ASCII.test(line.text) ? line.text : line.text.normalize('NFKC');
  // Most lines have only single spaces, which the collapse would copy as they are.
  const text = (WHITESPACE_TO_COLLAPSE.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
  if (!text) return;
  lines.push({
    text,
    page: pageNumber,
    x: round(line.x),
    y: round(line.baseline - line.size),
    width: round(line.right - line.x),
    height: round(line.size * 1.2),
    fontSize: round(line.size),
    source: 'text',
  });
}

const round = (n) => Math.round(n * 100) / 100;

/** Whether the lines hold at least `enough` letters (counting stops there). */
function hasLetters(lines, enough) {
  let letters = 0;
  for (const line of lines) {
    letters += line.text.replace(/[^\p{L}]/gu, '').length;
    if (letters >= enough) return true;
  }
  return false;
}

const { OPS } = pdfjs;
const IMAGE_OPS = new Set([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
]);
const multiply = (m, n) => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * Share of the page (0..1) that images paint, from the operator list: an image fills the unit square
 * mapped by the current transform, so its area is the transform's determinant. Only pages with almost
 * no text are measured (the operator list costs time): a scan paints a large image, a blank page
 * with a page number paints none.
 */
async function imageCover(page, pageArea) {
  const { fnArray, argsArray } = await page.getOperatorList();
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack = [];
  let painted = 0;
  for (let i = 0; i < fnArray.length; i += 1) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = argsArray[i]?.[0];
      if (Array.isArray(matrix) || ArrayBuffer.isView(matrix)) ctm = multiply(ctm, Array.from(matrix));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (IMAGE_OPS.has(fn)) painted += Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
  }
  return pageArea > 0 ? Math.min(1, painted / pageArea) : 0;
}

/** One page's lines, or why it could not be read. */
async function extractPage(doc, n, sparseLetters) {
  try {
    const page = await doc.getPage(n);
    const [left, bottom, right, top] = page.view;
    const content = await page.getTextContent({ disableNormalization: true });
    const lines = assembleLines(content.items, n, top, left, right - left);
    const width = right - left;
    const height = top - bottom;
    const cover = hasLetters(lines, sparseLetters)
      ? undefined
      : round(await imageCover(page, width * height));
    page.cleanup();
    return {
      page: {
        number: n,
        width: round(width),
        height: round(height),
        lines,
        source: 'text',
        imageCover: cover,
      },
    };
  } catch (error) {
    return { failed: { page: n, reason: describe(error).message } };
  }
}

function describe(error) {
  return {
    name: error && typeof error === 'object' && 'name' in error ? String(error.name) : 'Error',
    code: error && typeof error === 'object' && 'code' in error ? error.code : undefined,
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * pdf.js streams a page's text in chunks of 100 items, each waiting for the reader to ask for more: a
 * few hops through messages, promises and a ReadableStream per chunk. Nothing here reads a page's text
 * before the page is done, so ask for all of it in one go (the items are the same).
 */
function streamTextWhole(doc) {
  const handler = doc._transport?.messageHandler;
  if (!handler || typeof handler.sendWithStream !== 'function') return;
  const send = handler.sendWithStream.bind(handler);
  handler.sendWithStream = (action, data, strategy, transfers) =>
    send(
      action,
      data,
      action === 'GetTextContent' ? { ...strategy, highWaterMark: 1e9 } : strategy,
      transfers,
    );
}

/** Pages a worker takes at a time: neighbours share fonts, which pdf.js caches per document. */
const CHUNK = 8;

async function extract({ data, password, index, next, assetsDir, sparseLetters }) {
  repaired = false;
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data,
      password,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: `${assetsDir}/standard_fonts/`,
      cMapUrl: `${assetsDir}/cmaps/`,
      cMapPacked: true,
      wasmUrl: `${assetsDir}/wasm/`,
      iccUrl: `${assetsDir}/iccs/`,
      verbosity: 1,
    }).promise;
  } catch (error) {
    parentPort.postMessage({ type: 'error', error: describe(error) });
    return;
  }
  streamTextWhole(doc);
  const total = doc.numPages;
  let title;
  if (index === 0) {
    try {
      const meta = await doc.getMetadata();
      const raw = meta?.info?.Title;
      if (typeof raw === 'string' && raw.trim()) title = raw.trim();
    } catch {
      // Unreadable metadata does not stop the text.
    }
  }
  // Page labels as the PDF declares them ("i", "ii", "1", …): the numbers a reader sees printed.
  let labels;
  if (index === 0) {
    try {
      labels = (await doc.getPageLabels()) ?? undefined;
    } catch {
      // Broken labels are no labels.
    }
  }
  parentPort.postMessage({ type: 'meta', pageCount: total, title, labels });
  // Pages are handed out in chunks from a counter shared by the workers, so a worker that started
  // late or met heavy pages does not hold up the other.
  const counter = new Int32Array(next);
  for (
    let first = Atomics.add(counter, 0, CHUNK) + 1;
    first <= total;
    first = Atomics.add(counter, 0, CHUNK) + 1
  ) {
    const last = Math.min(total, first + CHUNK - 1);
    // One message per chunk: each one wakes the main thread.
    const pages = [];
    const failed = [];
    for (let n = first; n <= last; n += 1) {
      const read = await extractPage(doc, n, sparseLetters);
      if (read.page) pages.push(read.page);
      else failed.push(read.failed);
    }
    parentPort.postMessage({ type: 'pages', pages, failed });
  }
  await doc.destroy();
  // Before 'done': an idle worker may be ended with the process. Once per thread, and only when the
  // cache is missing or was turned down.
  bundled?.saveCache();
  parentPort.postMessage({ type: 'done', repaired });
}

parentPort.on('message', (job) => {
  extract(job).catch((error) => parentPort.postMessage({ type: 'error', error: describe(error) }));
});
parentPort.postMessage({ type: 'ready' });
