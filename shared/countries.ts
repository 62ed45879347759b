// ISO 3166-1 alpha-2 codes and English names, for validating `--country` and labelling matrix columns.
// The library without its Node entry, which reads all of its 80 languages at start (30 ms of every
// command): only English names are shown.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/** The upper-case ISO2 code if `code` is a real country, else undefined. */
export function normalizeCountry(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && countries.isValid(upper) ? upper : undefined;
}

export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}
