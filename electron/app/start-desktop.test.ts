// The desktop app's start-up (start-desktop.ts, what electron/main/main.ts runs before its window): a
// law imported through the workspace it opens leaves pdf.js's code cache in the app's data folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { law, repoRoot, tempDir } from '../../tests/helpers/paths';
import { startDesktop, type Desktop } from './start-desktop';

// The environment the window starts with: no folder named for the cache or the database.
const VARIABLES = [
  'LEXGAP_CACHE_DIR',
  'LEXGAP_NO_CODE_CACHE',
  'LEXGAP_DB',
  'LEXGAP_PDFJS_BUNDLE',
  'XDG_CACHE_HOME',
];
const before = new Map(VARIABLES.map((name) => [name, process.env[name]]));
const userData = tempDir('lexgap-user-data-');
// Where the command line keeps its cache (on Linux): the desktop's must not land there.
const userCache = tempDir('lexgap-user-cache-');
let desktop: Desktop;

beforeAll(async () => {
  // The PDF workers run from the sources here: they take the desktop build's pdf.js (dist/electron/
  // pdfjs.cjs, beside its workers), which is what reads and writes the code cache.
  const bundle = path.join(repoRoot, 'dist/electron/pdfjs.cjs');
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: npm run build`);
  for (const name of VARIABLES) delete process.env[name];
  process.env.LEXGAP_PDFJS_BUNDLE = bundle;
  process.env.XDG_CACHE_HOME = userCache;
  desktop = await startDesktop({ userData, resourcesDir: path.join(repoRoot, 'resources') });
});

afterAll(async () => {
  await desktop?.close();
  for (const [name, value] of before) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

it("keeps pdf.js's code cache in the app's data folder, written by the first import", async () => {
  expect(desktop.database).toBe(path.join(userData, 'lexgap.sqlite'));
  expect(desktop.codeCacheDir).toBe(path.join(userData, 'pdfjs-code-cache'));
  expect(fs.existsSync(desktop.codeCacheDir)).toBe(false);

  const imported = await desktop.dispatch('importDocuments', {
    files: [{ path: law('MY/Evidence_of_Child_Witness_Bill_2007.pdf') }],
    country: 'MY',
  });
  expect(imported).toMatchObject({ ok: true, value: { documents: [{ country: 'MY' }], failed: [] } });

  const written = fs.readdirSync(desktop.codeCacheDir).filter((name) => /^pdfjs-.*\.bin$/.test(name));
  expect(written).toHaveLength(1);
  expect(fs.statSync(path.join(desktop.codeCacheDir, written[0])).size).toBeGreaterThan(100_000);
  expect(fs.readdirSync(userCache)).toEqual([]);
});
