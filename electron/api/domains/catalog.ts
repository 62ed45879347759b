// The standards catalog: frameworks, their provisions, and which states ratified them.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Catalog } from '../../../shared/catalog/types';
import type { HandlerContext } from '../handler-context';

function filterCatalog(catalog: Catalog, framework?: string): Catalog {
  if (!framework) return catalog;
  const frameworks = catalog.frameworks.filter((f) => f.id === framework);
  if (!frameworks.length) throw new ApiError('invalid_args', `no framework "${framework}"`);
  return {
    ...catalog,
    frameworks,
    ratifications: catalog.ratifications.filter((r) => r.frameworkId === framework),
  };
}

export function catalogHandlers({ catalog }: HandlerContext) {
  return {
    listStandards: async ({ framework }) => filterCatalog(await catalog(), framework),
  } satisfies Partial<LexgapApi>;
}
