// A short name for the catalog a matrix was built against, for exports a reader may compare later:
// "14 instruments, 259 provisions, catalog 3f9a1c2e". The hash changes with any edit to the data.
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
    known = `${catalog.frameworks.length} instruments, ${provisions} provisions, catalog ${hash}`;
    cache.set(catalog, known);
  }
  return known;
}
