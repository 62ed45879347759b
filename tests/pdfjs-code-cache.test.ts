// The built command line's PDF workers load pdf.js from the build's one-file bundle with V8's code
// cache (electron/pdf/pdfjs-code-cache.mjs): the cache is written on the first import, read on later
// ones, and a missing, foreign or unwritable one changes nothing a user sees but the time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { law, repoRoot, tempDir } from './helpers/paths';

const cli = path.join(repoRoot, 'dist/cli.mjs');

interface Imported {
  document: { pages: number; clauses: number; ocrPages: number[]; failedPages: unknown[] };
  clauses: { number: string; text: string; pageStart: number; source: string }[];
  stderr: string;
}

function run(env: NodeJS.ProcessEnv, ...args: string[]) {
  const child = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LEXGAP_CACHE_DIR: undefined, LEXGAP_NO_CODE_CACHE: undefined, ...env },
  });
  if (child.status !== 0) throw new Error(`lexgap ${args.join(' ')} failed: ${child.stderr}`);
  return child;
}

/** Imports `file` into a fresh database with `env` and reads back its clauses. */
function importWith(env: NodeJS.ProcessEnv, file: string, country: string): Imported {
  const db = path.join(tempDir('lexgap-code-cache-db-'), 'law.db');
  const imported = run(env, '--db', db, '--create', 'import', file, '--country', country, '--json');
  const { documents } = JSON.parse(imported.stdout) as {
    documents: (Imported['document'] & { id: string })[];
  };
  const { id, ...document } = documents[0];
  const clauses = JSON.parse(run(env, '--db', db, 'clauses', id, '--json').stdout) as Imported['clauses'];
  return {
    document,
    clauses: clauses.map(({ number, text, pageStart, source }) => ({ number, text, pageStart, source })),
    stderr: imported.stderr,
  };
}

const cacheFiles = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.startsWith('pdfjs-')) : [];

const bill = law('MY/Child_Bill_1999.pdf');
let uncached: Imported;

beforeAll(() => {
  if (!fs.existsSync(path.join(repoRoot, 'dist/pdfjs.cjs')))
    throw new Error('dist/pdfjs.cjs is missing: npm run build');
  const off = tempDir('lexgap-code-cache-off-');
  uncached = importWith({ LEXGAP_CACHE_DIR: off, LEXGAP_NO_CODE_CACHE: '1' }, bill, 'MY');
  // Turned off, nothing is written.
  expect(cacheFiles(off)).toEqual([]);
  expect(uncached.document.clauses).toBeGreaterThan(100);
}, 120_000);

describe('pdf.js code cache', () => {
  it('is written by the first import into an empty folder, then read, with the same pages and clauses', () => {
    const dir = path.join(tempDir('lexgap-code-cache-'), 'not-yet-made');
    const first = importWith({ LEXGAP_CACHE_DIR: dir }, bill, 'MY');
    expect(first.document).toEqual(uncached.document);
    expect(first.clauses).toEqual(uncached.clauses);
    const [name] = cacheFiles(dir);
    expect(cacheFiles(dir)).toEqual([name]);
    expect(name).toContain(process.arch);
    const written = fs.readFileSync(path.join(dir, name));
    expect(written.length).toBeGreaterThan(100_000);

    const second = importWith({ LEXGAP_CACHE_DIR: dir }, bill, 'MY');
    expect(second.clauses).toEqual(uncached.clauses);
    // Accepted, so left as it was; no temporary files left behind.
    expect(fs.readdirSync(dir)).toEqual([name]);
    expect(fs.readFileSync(path.join(dir, name)).equals(written)).toBe(true);
  }, 120_000);

  it('ignores a corrupt cache file, reads the law all the same and replaces the file', () => {
    const dir = tempDir('lexgap-code-cache-corrupt-');
    importWith({ LEXGAP_CACHE_DIR: dir }, bill, 'MY');
    const [name] = cacheFiles(dir);
    const garbage = Buffer.alloc(64 * 1024, 0x5a);
    fs.writeFileSync(path.join(dir, name), garbage);

    const read = importWith({ LEXGAP_CACHE_DIR: dir }, bill, 'MY');
    expect(read.clauses).toEqual(uncached.clauses);
    expect(read.stderr).not.toMatch(/cache/i);
    const replaced = fs.readFileSync(path.join(dir, name));
    expect(replaced.equals(garbage)).toBe(false);
    expect(replaced.length).toBeGreaterThan(100_000);
  }, 120_000);

  it('works without error when the folder cannot be made', () => {
    // A file where the folder should be: mkdir fails (for root too, unlike a read-only mode).
    const blocker = path.join(tempDir('lexgap-code-cache-blocked-'), 'cache');
    fs.writeFileSync(blocker, 'not a folder');
    const read = importWith({ LEXGAP_CACHE_DIR: path.join(blocker, 'lexgap') }, bill, 'MY');
    expect(read.clauses).toEqual(uncached.clauses);
    expect(read.stderr).toBe('');
  }, 120_000);

  it('leaves OCR of a scanned act as it was: every page OCR’d, sections 1 to 21', () => {
    const dir = tempDir('lexgap-code-cache-ocr-');
    const act = law('PK/Employment_of_Children_Act_1991.pdf');
    importWith({ LEXGAP_CACHE_DIR: dir }, bill, 'MY');
    expect(cacheFiles(dir)).toHaveLength(1);
    const read = importWith({ LEXGAP_CACHE_DIR: dir }, act, 'PK');
    expect(read.document.ocrPages).toEqual(Array.from({ length: read.document.pages }, (_, i) => i + 1));
    const sections = read.clauses.filter((c) => /^\d+$/.test(c.number)).map((c) => Number(c.number));
    expect(sections).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  }, 300_000);
});
