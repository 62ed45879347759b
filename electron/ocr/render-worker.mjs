// Runs in a worker thread: renders PDF pages with pdf.js onto @napi-rs/canvas and posts each back as a
// greyscale PGM image (tesseract's Leptonica reads it without a decoder; no PNG encode cost).
// Pages are rendered on request, so only a few images are in memory at once.
// Plain JavaScript so it runs unchanged under tsx and next to the esbuild bundle in dist/.
import { parentPort, workerData } from 'node:worker_threads';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const { data, password, dpi, maxPixels, assetsDir } = workerData;

function describe(error) {
  return {
    name: error && typeof error === 'object' && 'name' in error ? String(error.name) : 'Error',
    code: error && typeof error === 'object' && 'code' in error ? error.code : undefined,
    message: error instanceof Error ? error.message : String(error),
  };
}

/** RGBA → 8-bit grey PGM (P5), luma weights as in ITU-R BT.601. */
function toPgm(rgba, width, height) {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const out = new Uint8Array(header.length + width * height);
  out.set(header, 0);
  let o = header.length;
  for (let i = 0; i < rgba.length; i += 4) {
    out[o++] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  }
  return out;
}

async function renderPage(doc, number) {
  const page = await doc.getPage(number);
  try {
    const base = page.getViewport({ scale: 1 });
    let scale = dpi / 72;
    const pixels = base.width * base.height * scale * scale;
    if (pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels);
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.floor(viewport.width));
    const height = Math.max(1, Math.floor(viewport.height));
    const { canvas, context } = doc.canvasFactory.create(width, height);
    try {
      // Scans are often transparent images on no background: paint the page white first.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: context, canvas, viewport }).promise;
      const image = toPgm(context.getImageData(0, 0, width, height).data, width, height);
      return { number, width: base.width, height: base.height, scale, image };
    } finally {
      doc.canvasFactory.destroy({ canvas, context });
    }
  } finally {
    page.cleanup();
  }
}

async function main() {
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
      verbosity: 0,
    }).promise;
  } catch (error) {
    parentPort.postMessage({ type: 'error', error: describe(error) });
    return;
  }
  parentPort.postMessage({ type: 'ready', pageCount: doc.numPages });
  // One page at a time, in request order: rendering is CPU-bound and the caller paces the requests.
  let queue = Promise.resolve();
  parentPort.on('message', (message) => {
    if (message.type === 'close') {
      queue = queue.then(() => doc.destroy()).then(() => process.exit(0));
      return;
    }
    const number = message.page;
    queue = queue.then(async () => {
      try {
        const page = await renderPage(doc, number);
        parentPort.postMessage({ type: 'page', ...page }, [page.image.buffer]);
      } catch (error) {
        parentPort.postMessage({ type: 'pageFailed', page: number, reason: describe(error).message });
      }
    });
  });
}

main().catch((error) => parentPort.postMessage({ type: 'error', error: describe(error) }));
