// Where a law applies: a whole country (national law) or one ISO 3166-2 subdivision of it. A national
// law applies in every subdivision except those it is marked as not extending to.
import { countryName, normalizeCountry } from '../countries';
import { SUBDIVISIONS } from './subdivisions';

/** Why a jurisdiction code was refused, in words that name it. */
export class JurisdictionError extends Error {}

/** The upper-case code of a subdivision of `country`, or null for the country itself (a national law). */
export function parseJurisdiction(code: string, country: string): string | null {
  const upper = code.trim().toUpperCase();
  if (upper === country) return null;
  const known = SUBDIVISIONS[country];
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(upper))
    throw new JurisdictionError(
      `"${code}" is not a jurisdiction code: give the country (${country}) or an ISO 3166-2 subdivision like ${Object.keys(known ?? { 'PK-IS': '' })[0]}`,
    );
  if (!upper.startsWith(`${country}-`))
    throw new JurisdictionError(`"${code}" is not a subdivision of ${country} (${countryName(country)})`);
  if (!known)
    throw new JurisdictionError(
      `no list of subdivisions for ${country} (${countryName(country)}): Lexgap knows those of ${Object.keys(SUBDIVISIONS).join(', ')}`,
    );
  if (!known[upper])
    throw new JurisdictionError(
      `"${code}" is not an ISO 3166-2 subdivision of ${country} (${countryName(country)}); known: ${Object.keys(known).join(', ')}`,
    );
  return upper;
}

/** The country of a column or jurisdiction code: `PK` for `PK-IS` and for `PK`. */
export function countryOfJurisdiction(code: string): string {
  return code.slice(0, 2).toUpperCase();
}

/** A country's code (normalised) or a known subdivision's, else undefined. */
export function normalizeJurisdiction(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (upper.length === 2) return normalizeCountry(upper);
  const country = normalizeCountry(upper.slice(0, 2));
  return country && SUBDIVISIONS[country]?.[upper] ? upper : undefined;
}

/** "Islamabad Capital Territory" for PK-IS, the country's name for a country code. */
export function jurisdictionName(code: string): string {
  if (code.length === 2) return countryName(code);
  return SUBDIVISIONS[countryOfJurisdiction(code)]?.[code] ?? code;
}

/** A law's place: its country, its subdivision (null: national), subdivisions it does not extend to. */
export interface LawScope {
  country: string;
  jurisdiction: string | null;
  excludedSubdivisions: string[];
}

/**
 * Whether a law applies in a matrix column: a country column (`PK`, every law of the country, or in a
 * split country only its national laws when `nationalOnly`) or a subdivision column (`PK-IS`: its own
 * laws and the national laws that extend to it).
 */
export function appliesIn(law: LawScope, column: string, nationalOnly = false): boolean {
  if (column.length === 2) return law.country === column && (!nationalOnly || law.jurisdiction === null);
  if (law.country !== countryOfJurisdiction(column)) return false;
  if (law.jurisdiction !== null) return law.jurisdiction === column;
  return !law.excludedSubdivisions.includes(column);
}

/** The code a citation names: the subdivision, or the country for a national law. */
export function lawJurisdiction(law: LawScope): string {
  return law.jurisdiction ?? law.country;
}

/** Whose law a citation is, as a reader needs it: "Islamabad Capital Territory law (PK-IS)", "national law (PK)". */
export function lawPlace(c: { jurisdiction: string; jurisdictionName: string }): string {
  return c.jurisdiction.length > 2
    ? `${c.jurisdictionName} law (${c.jurisdiction})`
    : `national law (${c.jurisdiction})`;
}
