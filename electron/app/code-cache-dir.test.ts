// The desktop app's pdf.js code-cache folder (that the workers of an import through the desktop's
// start-up write it there: start-desktop.test.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopCodeCacheDir } from './code-cache-dir';

describe("the desktop app's pdf.js code cache", () => {
  it('is in the app’s data folder unless LEXGAP_CACHE_DIR names another', () => {
    expect(desktopCodeCacheDir({}, '/home/a/.config/Lexgap')).toBe(
      path.join('/home/a/.config/Lexgap', 'pdfjs-code-cache'),
    );
    expect(desktopCodeCacheDir({ LEXGAP_CACHE_DIR: '/tmp/elsewhere' }, '/home/a/.config/Lexgap')).toBe(
      '/tmp/elsewhere',
    );
  });
});
