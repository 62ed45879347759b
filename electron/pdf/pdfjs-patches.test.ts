import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  PDFJS_MAIN_PATCHES,
  PDFJS_WORKER_PATCHES,
  patchPdfjsMain,
  patchPdfjsWorker,
} from './pdfjs-patches.mjs';

const installed = (file: string) =>
  fs.readFileSync(createRequire(import.meta.url).resolve(`pdfjs-dist/legacy/build/${file}`), 'utf8');

describe.each([
  { half: 'pdf.worker.mjs', patches: PDFJS_WORKER_PATCHES, patch: patchPdfjsWorker },
  { half: 'pdf.mjs', patches: PDFJS_MAIN_PATCHES, patch: patchPdfjsMain },
])('the rewrites of $half', ({ half, patches, patch }) => {
  const source = installed(half);

  it('rewrite each spot of the installed pdf.js once', () => {
    const patched = patch(source);
    for (const { find, replace } of patches) {
      expect(patched).not.toContain(find);
      expect(patched.split(replace)).toHaveLength(2);
    }
  });

  it('stop the build, naming the rewrite, when a pdf.js no longer has a spot', () => {
    for (const { find, why } of patches) expect(() => patch(source.replace(find, ''))).toThrow(why);
  });
});
