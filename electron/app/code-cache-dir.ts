// Where the desktop app keeps pdf.js's compiled code (electron/pdf/pdfjs-code-cache.mjs): in its own
// data folder (Electron's userData, beside the database), so that the app's caches live, move and are
// removed with the app, and the command line's folder stays the command line's. Kept free of
// Electron so that it runs in tests.
import path from 'node:path';

/** The folder: LEXGAP_CACHE_DIR when the environment names one, else one in the app's data folder. */
export function desktopCodeCacheDir(env: NodeJS.ProcessEnv, userData: string): string {
  return env.LEXGAP_CACHE_DIR || path.join(userData, 'pdfjs-code-cache');
}

/**
 * Names the folder in `env` (the main process's), where the PDF worker threads read it: they take a
 * copy of the environment when they start, so this runs before the first import. Returns the folder.
 */
export function useDesktopCodeCache(env: NodeJS.ProcessEnv, userData: string): string {
  const dir = desktopCodeCacheDir(env, userData);
  env.LEXGAP_CACHE_DIR = dir;
  return dir;
}
