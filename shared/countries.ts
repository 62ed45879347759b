// ISO 3166-1 alpha-2 codes and English names, for validating `--country` and labelling matrix columns.
// Read straight from i18n-iso-countries' English names, whose codes are every alpha-2 code it knows:
// the library's own module builds its tables for other lookups (names to codes, without diacritics)
// as it loads, milliseconds every command would pay to start.
import en from 'i18n-iso-countries/langs/en.json';

const names: Readonly<Record<string, string | readonly string[]>> = en.countries;

/** The upper-case ISO2 code if `code` is a real country, else undefined. */
export function normalizeCountry(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && Object.prototype.hasOwnProperty.call(names, upper) ? upper : undefined;
}

/** The official English name (the first of several), or the code itself for an unknown one. */
export function countryName(code: string): string {
  const upper = code.toUpperCase();
  const name = Object.prototype.hasOwnProperty.call(names, upper) ? names[upper] : undefined;
  return (typeof name === 'string' ? name : name?.[0]) ?? code;
}
