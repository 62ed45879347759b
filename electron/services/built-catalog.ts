// The standards catalog as the build validated it (load-catalog.ts), read without zod: the build writes
// it beside the bundles (BUILT_CATALOG) with a digest of the source files and their sizes and times,
// and a folder whose files look the same, or have that digest, is read from there. Any other folder,
// or an edited one, is validated as it is read, by load-catalog.ts, loaded (with zod) only then.
// Beside it the build writes the matcher's index of each language over that catalog (builtIndexFile):
// a matcher of the build's catalog loads them ready instead of stemming the catalog on every run.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../shared/catalog/types';
import { provideIndexes } from '../../shared/match/index-source';
import type { LanguageIndexData } from '../../shared/match/language-index';

/** The catalog as the build validated it, and the digest of the source files it was read from. */
export interface BuiltCatalog {
  digest: string;
  /** The source files as the build found them: a folder whose files all still look so is not read. */
  stamps?: SourceStamp[];
  catalog: Catalog;
}

/** A source file's name, size and time of last change. */
export interface SourceStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

/** The file the build writes beside each bundle (dist/, dist/electron/). */
export const BUILT_CATALOG = 'catalog.built.json';

/** A language's matcher index over the built catalog, and the digest of the sources it was built from. */
export interface BuiltIndex {
  digest: string;
  index: LanguageIndexData;
}

/** The file of a language's index beside the built catalog. */
export const builtIndexFile = (language: string) => `catalog.index.${language}.json`;

/** The index of a language the build wrote in `builtDir` for exactly these sources, if any. */
export function builtIndex(
  digest: string,
  builtDir: string,
  language: string,
): LanguageIndexData | undefined {
  let built: BuiltIndex;
  try {
    built = JSON.parse(fs.readFileSync(path.join(builtDir, builtIndexFile(language)), 'utf8')) as BuiltIndex;
  } catch {
    return undefined;
  }
  return built.digest === digest && built.index.language === language ? built.index : undefined;
}

export interface SourceFile {
  name: string;
  raw: string;
}

/** Accepts either the standards folder itself or a resources folder holding `standards/`. */
export function standardsDir(dir: string): string {
  const nested = path.join(dir, 'standards');
  return fs.existsSync(nested) && fs.statSync(nested).isDirectory() ? nested : dir;
}

export function moduleDir(): string | undefined {
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

/** The folder `dir` names (standards or resources), or the shipped one. */
export function catalogDir(dir?: string): string {
  return dir ? standardsDir(path.resolve(dir)) : defaultStandardsDir();
}

const sourceNames = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();

/** The catalog files of a folder, in name order; none when it has none. */
export function readSources(dir: string): SourceFile[] {
  return sourceNames(dir).map((name) => ({ name, raw: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** The catalog files of a folder as a listing shows them, without reading them. */
export function sourceStamps(dir: string): SourceStamp[] {
  return sourceNames(dir).map((name) => {
    const { size, mtimeMs } = fs.statSync(path.join(dir, name));
    return { name, size, mtimeMs };
  });
}

const sameStamps = (a: readonly SourceStamp[], b: readonly SourceStamp[]) =>
  a.length === b.length &&
  a.every((s, i) => s.name === b[i].name && s.size === b[i].size && s.mtimeMs === b[i].mtimeMs);

/** Changes with any file's name or content: a built catalog is used only for exactly its sources. */
export function sourcesDigest(sources: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const { name, raw } of sources) hash.update(`${name}\u0000${raw}\u0000`);
  return hash.digest('hex');
}

/**
 * The built catalog in `builtDir` when it was built from exactly the files of `dir`, else those files
 * as read, to be validated. Files that look as the build found them (name, size, time of last change)
 * are not read again: hashing them took about as long as reading the built catalog.
 */
export function fromBuild(
  dir: string,
  builtDir: string | undefined,
): { catalog: Catalog } | { sources: SourceFile[] } {
  let built: BuiltCatalog | undefined;
  try {
    if (builtDir)
      built = JSON.parse(fs.readFileSync(path.join(builtDir, BUILT_CATALOG), 'utf8')) as BuiltCatalog;
  } catch {
    built = undefined;
  }
  if (!built || !builtDir) return { sources: readSources(dir) };
  if (!built.stamps || !sameStamps(built.stamps, sourceStamps(dir))) {
    const sources = readSources(dir);
    if (!sources.length || sourcesDigest(sources) !== built.digest) return { sources };
  }
  const { digest } = built;
  provideIndexes(built.catalog, (language) => builtIndex(digest, builtDir, language));
  return { catalog: built.catalog };
}

const cache = new Map<string, Catalog>();

/**
 * The validated catalog, as loadCatalog gives it: the build's copy when it matches the folder's files,
 * else the files already read, validated now (load-catalog.ts, and zod with it, loaded for that).
 */
export async function readCatalog(
  dir?: string,
  builtDir: string | undefined = moduleDir(),
): Promise<Catalog> {
  const resolved = catalogDir(dir);
  let catalog = cache.get(resolved);
  if (!catalog) {
    const found = fromBuild(resolved, builtDir);
    catalog =
      'catalog' in found
        ? found.catalog
        : (await import('./load-catalog')).validateSources(resolved, found.sources);
    cache.set(resolved, catalog);
  }
  return catalog;
}
