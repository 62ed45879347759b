// Reads the standards catalog from resources/standards/*.json, validates it, and caches it per directory.
// The build validates the shipped catalog once and writes it beside the bundles (BUILT_CATALOG) with a
// digest of the source files; at run time a folder whose files have that digest is read from there,
// without validating again. Any other folder, or an edited one, is validated as it is read.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CatalogError, parseCatalog, type CatalogFile } from '../../shared/catalog/parse-catalog';
import type { Catalog } from '../../shared/catalog/types';

const cache = new Map<string, Catalog>();

/** Accepts either the standards folder itself or a resources folder holding `standards/`. */
function standardsDir(dir: string): string {
  const nested = path.join(dir, 'standards');
  return fs.existsSync(nested) && fs.statSync(nested).isDirectory() ? nested : dir;
}

function moduleDir(): string | undefined {
  // Undefined when bundled to CommonJS, where esbuild leaves import.meta empty.
  return typeof import.meta.dirname === 'string' ? import.meta.dirname : undefined;
}

/** The shipped catalog: LEXGAP_RESOURCES, a packaged app's resources, or the repo's resources/ found upwards. */
export function defaultStandardsDir(): string {
  const env = process.env.LEXGAP_RESOURCES;
  if (env) return standardsDir(path.resolve(env));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const starts = [moduleDir(), packaged, process.cwd()].filter((d): d is string => typeof d === 'string');
  for (const start of starts) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'resources', 'standards');
      if (fs.existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(
    `cannot find resources/standards (looked upwards from ${starts.join(', ')}); set LEXGAP_RESOURCES`,
  );
}

/** The catalog as the build validated it, and the digest of the source files it was read from. */
export interface BuiltCatalog {
  digest: string;
  catalog: Catalog;
}

/** The file the build writes beside each bundle (dist/, dist/electron/). */
export const BUILT_CATALOG = 'catalog.built.json';

interface SourceFile {
  name: string;
  raw: string;
}

function readSources(dir: string): SourceFile[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  if (names.length === 0) throw new CatalogError([`${dir}: no catalog files (*.json)`]);
  return names.map((name) => ({ name, raw: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** Changes with any file's name or content: a built catalog is used only for exactly its sources. */
function sourcesDigest(sources: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const { name, raw } of sources) hash.update(`${name}\u0000${raw}\u0000`);
  return hash.digest('hex');
}

function parseSources(sources: readonly SourceFile[]): CatalogFile[] {
  return sources.map(({ name, raw }) => {
    try {
      return { name, json: JSON.parse(raw) as unknown };
    } catch (err) {
      throw new CatalogError([`${name}: file: not valid JSON (${(err as Error).message})`]);
    }
  });
}

export function readCatalogFiles(dir: string): CatalogFile[] {
  return parseSources(readSources(dir));
}

/** What the build writes: the folder's catalog, validated, with the digest of its files. */
export function buildCatalog(dir: string): BuiltCatalog {
  const sources = readSources(standardsDir(path.resolve(dir)));
  return { digest: sourcesDigest(sources), catalog: parseCatalog(parseSources(sources)) };
}

/** The built catalog beside this module, when it was built from exactly these sources. */
function builtFor(digest: string, builtDir: string | undefined): Catalog | undefined {
  if (!builtDir) return undefined;
  let built: BuiltCatalog;
  try {
    built = JSON.parse(fs.readFileSync(path.join(builtDir, BUILT_CATALOG), 'utf8')) as BuiltCatalog;
  } catch {
    return undefined;
  }
  return built.digest === digest ? built.catalog : undefined;
}

/**
 * The validated catalog; `dir` may be the standards folder or the resources folder. `builtDir` is where
 * to look for the build's copy (default: beside this module; tests name another).
 */
export function loadCatalog(dir?: string, builtDir: string | undefined = moduleDir()): Catalog {
  const resolved = dir ? standardsDir(path.resolve(dir)) : defaultStandardsDir();
  let catalog = cache.get(resolved);
  if (!catalog) {
    const sources = readSources(resolved);
    catalog = builtFor(sourcesDigest(sources), builtDir) ?? parseCatalog(parseSources(sources));
    cache.set(resolved, catalog);
  }
  return catalog;
}
