import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * pdf.js loads these at run time by URL (renderer/components/pdfjs-assets.ts): the JPEG 2000 and
 * JBIG2 decoders and colour management (wasm/), the 14 standard fonts, CJK character maps and ICC
 * profiles. Without them scanned pages in JPEG 2000 draw blank.
 */
const PDFJS_FOLDERS = ['wasm', 'standard_fonts', 'cmaps', 'iccs'];
const pdfjsRoot = path.resolve('node_modules/pdfjs-dist');

function pdfjsAssets(): Plugin {
  let outDir = '';
  return {
    name: 'lexgap-pdfjs-assets',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // The development server serves them from node_modules under the same path.
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const file = path.join(pdfjsRoot, decodeURIComponent((req.url ?? '').split('?')[0]));
        const folder = path.relative(pdfjsRoot, file).split(path.sep)[0];
        if (!PDFJS_FOLDERS.includes(folder) || !fs.existsSync(file) || !fs.statSync(file).isFile())
          return next();
        if (file.endsWith('.wasm')) res.setHeader('Content-Type', 'application/wasm');
        fs.createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      for (const folder of PDFJS_FOLDERS) {
        fs.cpSync(path.join(pdfjsRoot, folder), path.join(outDir, 'pdfjs', folder), { recursive: true });
      }
    },
  };
}

// The renderer is served from 'self' only (strict CSP): no inline scripts, the pdf.js worker as an asset.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
  },
});
