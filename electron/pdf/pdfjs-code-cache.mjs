// Loads the build's one-file pdf.js (dist/pdfjs.cjs, see scripts/build.mjs) with V8's code cache: each
// PDF worker thread otherwise spends ~0.1 s of CPU parsing and compiling pdf.js, plus the functions
// it compiles on first use. The cache is written once, after a worker's first document (so it holds
// those functions too), to the user's cache folder; deleting it is safe, LEXGAP_NO_CODE_CACHE=1 turns
// it off. Any failure to read or write it only means pdf.js compiles as it would without one.
// Plain JavaScript: the worker thread loads it without a TypeScript loader.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * The per-user cache folder: LEXGAP_CACHE_DIR when set (the bench, tests, or a host app with a folder
 * of its own), else the platform's usual place.
 */
export function codeCacheDir(env = process.env, platform = process.platform) {
  if (env.LEXGAP_CACHE_DIR) return env.LEXGAP_CACHE_DIR;
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'Lexgap', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'Lexgap');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'lexgap');
}

/** The cache file for a bundle: its content hash, this V8 and this CPU, since a cache fits only those. */
function cacheFileFor(source) {
  const hash = /^\/\/ lexgap-pdfjs ([0-9a-f]+)/.exec(source)?.[1];
  if (!hash || process.env.LEXGAP_NO_CODE_CACHE === '1') return undefined;
  const v8 = process.versions.v8.replace(/[^\w.-]/g, '_');
  return path.join(codeCacheDir(), `pdfjs-${hash}-v8-${v8}-${process.arch}.bin`);
}

/**
 * Runs the bundle at `file` and returns its exports ({ pdf, worker }) and `saveCache()`, which writes
 * the cache when there was none or V8 turned it down (call it once the thread has read a document).
 */
export function loadPdfjsBundle(bundle) {
  const file = path.resolve(bundle);
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cacheFileFor(source);
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // None yet, or the folder cannot be read: compile from source.
    }
  }
  const script = new vm.Script(
    // Strict, as pdf.js's ES modules are (the bundle's own directive comes after its first lines).
    `(function (exports, require, module, __filename, __dirname) {'use strict';${source}\n})`,
    {
      filename: file,
      cachedData,
      // pdf.js keeps a dynamic import() for a worker file, which it never reaches here (pdfjsWorker is set).
      importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  );
  let pending = Boolean(cacheFile) && (!cachedData || script.cachedDataRejected === true);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    saveCache() {
      if (!pending || !cacheFile) return;
      pending = false;
      // Another worker may have written it meanwhile; a rejected one is replaced.
      if (cachedData === undefined && fs.existsSync(cacheFile)) return;
      const partial = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        fs.writeFileSync(partial, script.createCachedData());
        fs.renameSync(partial, cacheFile);
      } catch {
        // A read-only or full disk: no cache, as with LEXGAP_NO_CODE_CACHE.
        try {
          fs.rmSync(partial, { force: true });
        } catch {
          // Nothing was written.
        }
      }
    },
  };
}
