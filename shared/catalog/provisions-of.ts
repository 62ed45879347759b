import type { Catalog, Provision } from './types';

/** Every provision of the given frameworks (all when omitted), in catalog order. */
export function provisionsOf(catalog: Catalog, frameworkIds?: readonly string[]): Provision[] {
  const wanted = frameworkIds ? new Set(frameworkIds) : undefined;
  return catalog.frameworks.filter((f) => !wanted || wanted.has(f.id)).flatMap((f) => f.provisions);
}
