import type { Catalog, Provision } from './types';

const indexes = new WeakMap<Catalog, Map<string, Provision>>();

/** The provision with this id (`CRC.19`), via an index built once per catalog object. */
export function findProvision(catalog: Catalog, id: string): Provision | undefined {
  let index = indexes.get(catalog);
  if (!index) {
    index = new Map(catalog.frameworks.flatMap((f) => f.provisions.map((p) => [p.id, p] as const)));
    indexes.set(catalog, index);
  }
  return index.get(id);
}
