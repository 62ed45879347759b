import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from 'self' only (strict CSP): no inline scripts, the pdf.js worker as an asset.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
  },
});
