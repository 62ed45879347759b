// npm run build: esbuild bundles the Node side (Electron main and preload, CLI, browser-mode server) into dist/,
// copies the worker scripts beside each bundle, then Vite builds the renderer into dist/renderer.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { patchPdfjsMain, patchPdfjsWorker } from '../electron/pdf/pdfjs-patches.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const started = performance.now();

/**
 * JSON data imported from a package (country names, the English word list) is loaded at run time with require:
 * Node's ESM loader wants an import attribute the bundler does not write for an external module.
 */
const packageJsonData = {
  name: 'package-json-data',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.namespace === 'package-json-data') return undefined;
      let resolved;
      try {
        resolved = createRequire(path.join(args.resolveDir, 'x.js')).resolve(args.path);
      } catch {
        return undefined;
      }
      return resolved.endsWith('.json') ? { path: args.path, namespace: 'package-json-data' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'package-json-data' }, (args) => ({
      contents: `import { createRequire } from 'node:module';\nexport default createRequire(import.meta.url)(${JSON.stringify(args.path)});\n`,
      loader: 'js',
    }));
  },
};

/**
 * commander requires node:child_process as it loads, for subcommands that are programs of their own,
 * which Lexgap has none of: loading it (and net, stream, dgram with it) is milliseconds of every
 * command. commander gets it on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'node:child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents:
        "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

/**
 * Packages the CLI and server load from node_modules at run time rather than bundle: native code, worker
 * scripts and data files found by path (sqlite3, canvas, pdf.js, tesseract.js), the PostgreSQL client
 * (with its optional native binding), and big ones only a few
 * commands use, behind a dynamic import (exceljs, natural).
 */
const RUNTIME_PACKAGES = [
  'sqlite3',
  'pg',
  '@napi-rs/canvas',
  'pdfjs-dist',
  'tesseract.js',
  '@tesseract.js-data/*',
  'exceljs',
  'natural',
  'electron',
];

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

// CommonJS has no import.meta: give the modules that locate files from it (workers, pdfjs assets, the catalog)
// the bundle's own location instead.
const cjsImportMeta = {
  define: { 'import.meta.url': '__lexgapImportMetaUrl', 'import.meta.dirname': '__dirname' },
  banner: { js: "const __lexgapImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** `require` in an ES module bundle, for the CommonJS packages bundled in and the externals they load. */
const REQUIRE_BANNER =
  "import { createRequire as __lexgapCreateRequire } from 'node:module'; const require = __lexgapCreateRequire(import.meta.url);";

/**
 * Writes a split build's files, each chunk's banner left out where nothing in the chunk says `require`
 * (esbuild's helper that calls it lives in one chunk): a short command loads some thirty chunks, and
 * making a `require` in each is milliseconds of its start. The banner's line stays, blank, so the
 * source maps still match.
 */
function writeWithoutUnusedBanners(result) {
  for (const file of result.outputFiles) {
    let text = file.text;
    if (file.path.endsWith('.mjs') && text.startsWith(REQUIRE_BANNER)) {
      const rest = text.slice(REQUIRE_BANNER.length);
      if (!/\brequire\b/.test(rest)) text = rest;
    }
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path, text);
  }
}

/** The worker scripts modules start with `new URL('./x.mjs', import.meta.url)`: beside every bundle. */
function workerScripts() {
  const found = [
    path.join(root, 'electron/pdf/extract-worker.mjs'),
    path.join(root, 'electron/pdf/pdfjs-code-cache.mjs'),
  ];
  const ocr = path.join(root, 'electron/ocr');
  if (fs.existsSync(ocr)) {
    for (const name of fs.readdirSync(ocr)) if (name.endsWith('.mjs')) found.push(path.join(ocr, name));
  }
  return found.filter((file) => fs.existsSync(file));
}

async function bundleNode() {
  // Chunk names change with their content: drop the last build's, which nothing would load.
  for (const name of fs.readdirSync(dist)) if (/\.mjs(\.map)?$/.test(name)) fs.rmSync(path.join(dist, name));
  await Promise.all([
    build({
      ...common,
      ...cjsImportMeta,
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/electron/main.cjs',
      format: 'cjs',
      packages: 'external',
      external: ['electron'],
    }),
    // A sandboxed preload may require only 'electron': everything else is inlined.
    build({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
    // Start-up is most of a short command's time: small pure-JS packages are bundled in (Node's loader
    // would resolve and compile them file by file), and code behind a dynamic import() (importing,
    // OCR, exports) goes to chunks loaded only by the commands that use it.
    build({
      ...common,
      entryPoints: { cli: 'electron/cli/main.ts', serve: 'electron/http/serve.ts' },
      outdir: 'dist',
      outExtension: { '.js': '.mjs' },
      // Chunks beside the entry points: modules find worker scripts and the built catalog beside themselves.
      chunkNames: '[name]-[hash]',
      format: 'esm',
      external: RUNTIME_PACKAGES,
      plugins: [packageJsonData, lazyChildProcess],
      splitting: true,
      banner: { js: REQUIRE_BANNER },
      write: false,
    }).then(writeWithoutUnusedBanners),
  ]);
  for (const file of workerScripts()) {
    for (const dir of [dist, path.join(dist, 'electron')])
      fs.copyFileSync(file, path.join(dir, path.basename(file)));
  }
  // pdf.js's two halves with Lexgap's rewrites (electron/pdf/pdfjs-patches.mjs), bundled for extract-worker.mjs.
  const pdfjsSource = (file) =>
    fs.readFileSync(createRequire(import.meta.url).resolve(`pdfjs-dist/legacy/build/${file}`), 'utf8');
  const pdfjsBundle = await bundlePdfjs(
    patchPdfjsMain(pdfjsSource('pdf.mjs')),
    patchPdfjsWorker(pdfjsSource('pdf.worker.mjs')),
  );
  for (const dir of [dist, path.join(dist, 'electron')])
    fs.writeFileSync(path.join(dir, 'pdfjs.cjs'), pdfjsBundle);
}

/**
 * pdf.js's two halves (both patched) as one CommonJS script, which extract-worker.mjs compiles
 * with V8's code cache (electron/pdf/pdfjs-code-cache.mjs): ES modules cannot use one. The first line
 * names the content's hash, which keys the cache. import.meta.url stays pdf.mjs's own address, so
 * pdf.js finds its optional packages and files where it always has.
 */
async function bundlePdfjs(patchedMain, patchedWorker) {
  const pdfjsMain = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const patchedFiles = new Map([
    [pdfjsMain, patchedMain],
    [path.join(path.dirname(pdfjsMain), 'pdf.worker.mjs'), patchedWorker],
  ]);
  const patchedLoaded = new Set();
  const result = await build({
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    format: 'cjs',
    write: false,
    outfile: 'dist/pdfjs.cjs',
    stdin: {
      contents:
        "export * as pdf from 'pdfjs-dist/legacy/build/pdf.mjs';\nexport * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';\n",
      resolveDir: root,
      loader: 'js',
    },
    plugins: [
      {
        name: 'patched-pdfjs',
        setup(b) {
          b.onLoad({ filter: /[\\/]pdf(\.worker)?\.mjs$/ }, (args) => {
            const contents = patchedFiles.get(args.path);
            if (contents === undefined) return undefined;
            patchedLoaded.add(args.path);
            return { contents, loader: 'js' };
          });
        },
      },
    ],
    define: { 'import.meta.url': '__lexgapPdfjsUrl' },
    banner: {
      js: "const __lexgapPdfjsUrl = require('node:url').pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;",
    },
  });
  const code = result.outputFiles[0].text;
  if (patchedLoaded.size !== patchedFiles.size)
    throw new Error('the pdf.js bundle would hold an unpatched pdf.mjs or pdf.worker.mjs');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return `// lexgap-pdfjs ${hash} pdfjs-dist's legacy pdf.mjs and pdf.worker.mjs (Apache-2.0), bundled by scripts/build.mjs\n${code}`;
}

/** The catalog validated now, once, and written beside the bundles (see electron/services/load-catalog.ts). */
function writeBuiltCatalog() {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts/write-built-catalog.ts'),
      path.join(root, 'resources/standards'),
      dist,
      path.join(dist, 'electron'),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0)
    throw new Error(`the standards catalog is not valid (exit ${run.status ?? run.signal})`);
}

function buildRenderer() {
  if (!fs.existsSync(path.join(root, 'vite.config.ts'))) {
    console.warn('build: no vite.config.ts yet, renderer skipped');
    return;
  }
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status ?? run.signal})`);
}

try {
  fs.mkdirSync(path.join(dist, 'electron'), { recursive: true });
  await bundleNode();
  writeBuiltCatalog();
  buildRenderer();
  // stderr: `npm start` keeps stdout for the one line with the address.
  console.error(`build: dist/ ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
