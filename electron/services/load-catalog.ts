// Reads the standards catalog from resources/standards/*.json, validates it, and caches it per directory.
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

export function readCatalogFiles(dir: string): CatalogFile[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  if (names.length === 0) throw new CatalogError([`${dir}: no catalog files (*.json)`]);
  return names.map((name) => {
    const raw = fs.readFileSync(path.join(dir, name), 'utf8');
    try {
      return { name, json: JSON.parse(raw) as unknown };
    } catch (err) {
      throw new CatalogError([`${name}: file: not valid JSON (${(err as Error).message})`]);
    }
  });
}

/** The validated catalog; `dir` may be the standards folder or the resources folder. */
export function loadCatalog(dir?: string): Catalog {
  const resolved = dir ? standardsDir(path.resolve(dir)) : defaultStandardsDir();
  let catalog = cache.get(resolved);
  if (!catalog) {
    catalog = parseCatalog(readCatalogFiles(resolved));
    cache.set(resolved, catalog);
  }
  return catalog;
}
