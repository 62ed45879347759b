import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PDFJS_WORKER_PATCHES, patchPdfjsWorker } from './pdfjs-patches.mjs';

const installed = fs.readFileSync(
  createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  'utf8',
);

describe('patchPdfjsWorker', () => {
  it('rewrites each spot of the installed pdf.js once', () => {
    const patched = patchPdfjsWorker(installed);
    for (const { find, replace } of PDFJS_WORKER_PATCHES) {
      expect(patched).not.toContain(find);
      expect(patched.split(replace)).toHaveLength(2);
    }
  });

  it('stops the build, naming the rewrite, when a pdf.js no longer has the spot', () => {
    const [first] = PDFJS_WORKER_PATCHES;
    expect(() => patchPdfjsWorker(installed.replace(first.find, ''))).toThrow(first.why);
  });
});
