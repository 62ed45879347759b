// Check proposals for some countries, from what the store holds: laws, CHK tags, decisions, and the
// ages every clause states. Reading those ages means reading every clause of the countries' laws, so
// they are kept per store and country while the texts' counter (Store.textVersion) stands: reviews,
// ratings and settings leave them be, and any process's change to a law or a clause reads them again.
import type { Catalog } from '../../shared/catalog/types';
import {
  clauseAges,
  proposeChecks,
  SUGGESTED_PRESENCE_MIN_SCORE,
  type AgedClause,
  type CheckLaw,
} from '../../shared/checks/propose-checks';
import type { CheckEntry } from '../../shared/checks/types';
import { items, lastResult, value, type LastResult } from '../../shared/util/last-result';
import type { StoreReads } from '../store/store';

interface KeptAges {
  version: number;
  /** Per country: its clauses that state an age, and the title and language each law's were read with. */
  byCountry: Map<string, { laws: Map<string, string>; aged: AgedClause[] }>;
}

const kept = new WeakMap<StoreReads, KeptAges>();

/** How a law's ages were read: they depend on its title and language besides its clauses. */
const readingOf = (law: Pick<CheckLaw, 'title' | 'language'>) => `${law.language}\u0000${law.title}`;

/** The clauses of these countries' laws that state an age: kept from before, or read in one query. */
async function agedClauses(store: StoreReads, countries: string[], laws: CheckLaw[]): Promise<AgedClause[]> {
  const version = await store.textVersion();
  let memo = version === null ? undefined : kept.get(store);
  if (version !== null && memo?.version !== version)
    kept.set(store, (memo = { version, byCountry: new Map() }));
  const readings = (country: string) =>
    new Map(laws.filter((l) => l.country === country).map((l) => [l.id, readingOf(l)]));
  const byCountry = new Map<string, AgedClause[]>();
  const missing: string[] = [];
  for (const country of countries) {
    const known = memo?.byCountry.get(country);
    const now = readings(country);
    // A law renamed or relabelled without the counter moving (never by the store's writes) is read again.
    if (known && known.laws.size === now.size && [...now].every(([id, r]) => known.laws.get(id) === r))
      byCountry.set(country, known.aged);
    else {
      missing.push(country);
      byCountry.set(country, []);
    }
  }
  if (missing.length) {
    const byId = new Map(laws.map((l) => [l.id, l]));
    for (const clause of await store.clauseTexts(missing)) {
      const law = byId.get(clause.documentId);
      const ages = law ? clauseAges(clause, law) : [];
      if (law && ages.length) byCountry.get(law.country)?.push({ clause, ages });
    }
    for (const country of missing)
      memo?.byCountry.set(country, { laws: readings(country), aged: byCountry.get(country)! });
  }
  return countries.flatMap((c) => byCountry.get(c)!);
}

/** The proposals last made from each store: a review of anything but the checklist leaves them as they were. */
const proposed = new WeakMap<StoreReads, LastResult<CheckEntry[]>>();

export async function loadChecks(
  store: StoreReads,
  catalog: Catalog,
  countries: string[],
  provisionIds?: string[],
): Promise<CheckEntry[]> {
  if (!countries.length) return [];
  const wanted = new Set(countries);
  const laws = (await store.listDocuments()).filter((d) => wanted.has(d.country));
  const tagged = await store.frameworkTags('CHK', countries, SUGGESTED_PRESENCE_MIN_SCORE);
  const ages = await agedClauses(store, [...wanted], laws);
  const reviews = await store.listCheckReviews(countries);
  let last = proposed.get(store);
  if (!last) proposed.set(store, (last = lastResult()));
  return last.get(
    [
      items([catalog]),
      value([countries, provisionIds ?? null, reviews]),
      items(laws),
      items(tagged),
      items(ages),
    ],
    () =>
      proposeChecks({
        catalog,
        countries,
        laws,
        clauses: tagged.map(({ clause }) => clause),
        ages,
        tags: tagged.map(({ tag }) => tag),
        reviews,
        provisionIds,
      }),
  );
}
