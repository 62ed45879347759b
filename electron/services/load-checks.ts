// Check proposals for some countries, from what the store holds: laws, clauses, CHK tags, decisions.
import type { Catalog } from '../../shared/catalog/types';
import { proposeChecks } from '../../shared/checks/propose-checks';
import type { CheckEntry } from '../../shared/checks/types';
import type { StoreReads } from '../store/store';

export async function loadChecks(
  store: StoreReads,
  catalog: Catalog,
  countries: string[],
  provisionIds?: string[],
): Promise<CheckEntry[]> {
  if (!countries.length) return [];
  const wanted = new Set(countries);
  const laws = (await store.listDocuments()).filter((d) => wanted.has(d.country));
  const clauses = (await store.clausesForTagging()).filter((c) => wanted.has(c.country));
  const tags = (await store.listSuggestions({ framework: 'CHK' })).filter((t) => wanted.has(t.country));
  return proposeChecks({
    catalog,
    countries,
    laws,
    clauses: clauses.map(({ clause }) => clause),
    tags,
    reviews: await store.listCheckReviews(countries),
    provisionIds,
  });
}
