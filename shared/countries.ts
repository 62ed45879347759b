// ISO 3166-1 alpha-2 codes and English names, for validating `--country` and labelling matrix columns.
// The names are the United Nations' short names, as the catalog's states and the region's documents
// write them: the library's list differs only where UN_NAMES says.
// Read straight from i18n-iso-countries' English names, whose codes are every alpha-2 code it knows:
// the library's own module builds its tables for other lookups (names to codes, without diacritics)
// as it loads, milliseconds every command would pay to start.
import en from 'i18n-iso-countries/langs/en.json';

const names: Readonly<Record<string, string | readonly string[]>> = en.countries;
/** Where the library's English name is not the UN's ("Vietnam"): the Library and Export said
 *  "Vietnam" while the matrix and the reports, named from the catalog, said "Viet Nam". */
const UN_NAMES: Readonly<Record<string, string>> = { VN: 'Viet Nam' };

/** The upper-case ISO2 code if `code` is a real country, else undefined. */
export function normalizeCountry(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && Object.prototype.hasOwnProperty.call(names, upper) ? upper : undefined;
}

/** The English short name (the UN's; the library's first otherwise), or the code itself for an unknown one. */
export function countryName(code: string): string {
  const upper = code.toUpperCase();
  if (Object.prototype.hasOwnProperty.call(UN_NAMES, upper)) return UN_NAMES[upper];
  const name = Object.prototype.hasOwnProperty.call(names, upper) ? names[upper] : undefined;
  return (typeof name === 'string' ? name : name?.[0]) ?? code;
}
