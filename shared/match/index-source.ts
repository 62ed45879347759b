// Which catalog objects have their matcher indexes computed ahead (by the build, for exactly that
// catalog), and where to load them from. Kept apart from the indexes themselves so that code that
// only reads the catalog does not load the tokenizer with it.
import type { Catalog } from '../catalog/types';
import type { LanguageIndexData } from './language-index';

/** Gives the data of a language's index, or undefined where there is none to load. */
export type IndexSource = (language: string) => LanguageIndexData | undefined;

const sources = new WeakMap<Catalog, IndexSource>();

/** Matchers built for this catalog object load their indexes from `source` where it has them. */
export function provideIndexes(catalog: Catalog, source: IndexSource): void {
  sources.set(catalog, source);
}

/** The source of ready indexes given for this catalog object, if any. */
export function indexSourceOf(catalog: Catalog): IndexSource | undefined {
  return sources.get(catalog);
}
