// Reads the standards catalog from resources/standards/*.json, validates it, and caches it per directory.
// The build validates the shipped catalog once and writes it beside the bundles (BUILT_CATALOG) with a
// digest of the source files; at run time a folder whose files have that digest is read from there,
// without validating again (built-catalog.ts, which the app reads it through, without zod). Any other
// folder, or an edited one, is validated as it is read.
import path from 'node:path';
import { CatalogError, parseCatalog, type CatalogFile } from '../../shared/catalog/parse-catalog';
import type { Catalog } from '../../shared/catalog/types';
import {
  catalogDir,
  fromBuild,
  moduleDir,
  readSources,
  sourceStamps,
  sourcesDigest,
  standardsDir,
  type BuiltCatalog,
  type SourceFile,
} from './built-catalog';

export { BUILT_CATALOG, defaultStandardsDir, type BuiltCatalog } from './built-catalog';

const cache = new Map<string, Catalog>();

function readSourcesOrFail(dir: string): SourceFile[] {
  return nonEmpty(dir, readSources(dir));
}

function nonEmpty(dir: string, sources: SourceFile[]): SourceFile[] {
  if (sources.length === 0) throw new CatalogError([`${dir}: no catalog files (*.json)`]);
  return sources;
}

/** The catalog of a folder's files as read (readSources), validated now. */
export function validateSources(dir: string, sources: SourceFile[]): Catalog {
  return parseCatalog(parseSources(nonEmpty(dir, sources)));
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
  return parseSources(readSourcesOrFail(dir));
}

/** What the build writes: the folder's catalog, validated, with the digest of its files. */
export function buildCatalog(dir: string): BuiltCatalog {
  const resolved = standardsDir(path.resolve(dir));
  const sources = readSourcesOrFail(resolved);
  return {
    digest: sourcesDigest(sources),
    stamps: sourceStamps(resolved),
    catalog: parseCatalog(parseSources(sources)),
  };
}

/**
 * The validated catalog; `dir` may be the standards folder or the resources folder. `builtDir` is where
 * to look for the build's copy (default: beside this module; tests name another).
 */
export function loadCatalog(dir?: string, builtDir: string | undefined = moduleDir()): Catalog {
  const resolved = catalogDir(dir);
  let catalog = cache.get(resolved);
  if (!catalog) {
    const found = fromBuild(resolved, builtDir);
    catalog = 'catalog' in found ? found.catalog : validateSources(resolved, found.sources);
    cache.set(resolved, catalog);
  }
  return catalog;
}
