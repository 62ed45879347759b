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
async function agedClauses(
  store: StoreReads,
  countries: string[],
  laws: CheckLaw[],
): Promise<Map<string, AgedClause[]>> {
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
  return byCountry;
}

/**
 * The proposals last made from each store, per country: a review of anything but the checklist
 * leaves them as they were, and one of the checklist those of its country's laws.
 */
const proposed = new WeakMap<StoreReads, Map<string, LastResult<CheckEntry[]>>>();

function proposedFor(store: StoreReads, country: string): LastResult<CheckEntry[]> {
  let byCountry = proposed.get(store);
  if (!byCountry) proposed.set(store, (byCountry = new Map()));
  let last = byCountry.get(country);
  if (!last) byCountry.set(country, (last = lastResult()));
  return last;
}

export async function loadChecks(
  store: StoreReads,
  catalog: Catalog,
  countries: string[],
  provisionIds?: string[],
): Promise<CheckEntry[]> {
  if (!countries.length) return [];
  const wanted = new Set(countries);
  const laws = (await store.listDocuments()).filter((d) => wanted.has(d.country));
  const [tagged, ages, reviews] = await Promise.all([
    store.frameworkTags('CHK', countries, SUGGESTED_PRESENCE_MIN_SCORE),
    agedClauses(store, [...wanted], laws),
    store.listCheckReviews(countries),
  ]);
  // A country's proposals rest on its own laws, tags, ages and reviews alone.
  const countryOf = new Map(laws.map((l) => [l.id, l.country]));
  return countries.flatMap((country) => {
    const own = {
      laws: laws.filter((l) => l.country === country),
      tagged: tagged.filter(({ clause }) => countryOf.get(clause.documentId) === country),
      ages: ages.get(country) ?? [],
      reviews: reviews.filter((r) => r.country === country),
    };
    return proposedFor(store, country).get(
      [
        items([catalog]),
        value([provisionIds ?? null, own.reviews]),
        items(own.laws),
        items(own.tagged),
        items(own.ages),
      ],
      () =>
        proposeChecks({
          catalog,
          countries: [country],
          laws: own.laws,
          clauses: own.tagged.map(({ clause }) => clause),
          ages: own.ages,
          tags: own.tagged.map(({ tag }) => tag),
          reviews: own.reviews,
          provisionIds,
        }),
    );
  });
}
