import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';
import { describe, expect, it } from 'vitest';
import ratifications from '../resources/standards/ratifications.json';
import { countryName, normalizeCountry } from './countries';

countries.registerLocale(en);

describe('countries', () => {
  const codes = Object.keys(countries.getAlpha2Codes());

  it('knows every alpha-2 code the library knows, by the name the library gives', () => {
    expect(codes.length).toBeGreaterThan(240);
    for (const code of codes) {
      expect(normalizeCountry(code.toLowerCase())).toBe(code);
      if (code !== 'VN')
        expect(countryName(code)).toBe(countries.getName(code, 'en', { select: 'official' }));
    }
  });

  it('refuses what is not an alpha-2 code of a country', () => {
    for (const code of ['XX', 'PAK', 'Pakistan', '', 'P', '12', 'constructor', 'toString'])
      expect(normalizeCountry(code)).toBeUndefined();
    expect(countryName('XX')).toBe('XX');
    expect(countryName('toString')).toBe('toString');
  });

  it('names every state as the catalog does, so the Library and the matrix call a country alike', () => {
    const { states } = ratifications;
    expect(states.length).toBeGreaterThan(9);
    for (const s of states) expect(countryName(s.code)).toBe(s.name);
    expect(countryName('vn')).toBe('Viet Nam');
  });
});
