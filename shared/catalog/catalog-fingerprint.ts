// A short name for the catalog a matrix was built against, for exports a reader may compare later:
// "catalog 1.1.0, 15 instruments, 263 provisions, 3f9a1c2e": the release (catalog.json) a reader can look
// up in its change log, and a hash that changes with any edit to the data, released or not.
import type { Catalog } from './types';

const cache = new WeakMap<Catalog, string>();

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function catalogFingerprint(catalog: Catalog): string {
  let known = cache.get(catalog);
  if (known === undefined) {
    const provisions = catalog.frameworks.reduce((n, f) => n + f.provisions.length, 0);
    const hash = fnv1a(JSON.stringify([catalog.frameworks, catalog.ratifications]));
    const version = catalog.release ? `catalog ${catalog.release.version}` : 'catalog (no release)';
    known = `${version}, ${catalog.frameworks.length} instruments, ${provisions} provisions, ${hash}`;
    cache.set(catalog, known);
  }
  return known;
}
