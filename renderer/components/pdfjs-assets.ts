// Where pdf.js finds its decoders, fonts, character maps and colour profiles: copied beside the
// renderer build (vite.config.ts). Absolute URLs, because the worker resolves them, not the page.
const base = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export const PDFJS_ASSETS = {
  wasmUrl: base('wasm'),
  standardFontDataUrl: base('standard_fonts'),
  cMapUrl: base('cmaps'),
  cMapPacked: true,
  iccUrl: base('iccs'),
} as const;
