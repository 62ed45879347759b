import { describe, expect, it } from 'vitest';
import { matrixColumns } from '../matrix/matrix-columns';
import { appliesIn, normalizeJurisdiction, parseJurisdiction } from './jurisdiction';

describe('jurisdiction codes', () => {
  it('reads a subdivision of the country, or the country itself as national', () => {
    expect(parseJurisdiction('pk-is', 'PK')).toBe('PK-IS');
    expect(parseJurisdiction('MY-14', 'MY')).toBe('MY-14');
    expect(parseJurisdiction('PK', 'PK')).toBeNull();
  });

  it('refuses unknown codes, another country’s, and countries without a list, naming why', () => {
    expect(() => parseJurisdiction('PK-XX', 'PK')).toThrow(
      /not an ISO 3166-2 subdivision of PK .*known: PK-BA/,
    );
    expect(() => parseJurisdiction('MY-14', 'PK')).toThrow('"MY-14" is not a subdivision of PK (Pakistan)');
    expect(() => parseJurisdiction('TH-10', 'TH')).toThrow(/no list of subdivisions for TH/);
    expect(() => parseJurisdiction('Islamabad', 'PK')).toThrow(/not a jurisdiction code/);
    expect(normalizeJurisdiction('vn-sg')).toBe('VN-SG');
    expect(normalizeJurisdiction('PK-ZZ')).toBeUndefined();
  });
});

describe('where a law applies', () => {
  const ictAct = { country: 'PK', jurisdiction: 'PK-IS', excludedSubdivisions: [] };
  const national = { country: 'PK', jurisdiction: null, excludedSubdivisions: ['PK-GB'] };
  it('a subdivision’s law applies there and in its country’s column, not in the national one', () => {
    expect(appliesIn(ictAct, 'PK-IS')).toBe(true);
    expect(appliesIn(ictAct, 'PK-PB')).toBe(false);
    expect(appliesIn(ictAct, 'PK')).toBe(true);
    expect(appliesIn(ictAct, 'PK', true)).toBe(false);
  });
  it('a national law applies in every subdivision but those it is marked as not extending to', () => {
    expect(appliesIn(national, 'PK-PB')).toBe(true);
    expect(appliesIn(national, 'PK-GB')).toBe(false);
    expect(appliesIn(national, 'PK', true)).toBe(true);
    expect(appliesIn(national, 'MY')).toBe(false);
  });
});

describe('matrix columns', () => {
  const docs = [
    { country: 'PK', jurisdiction: 'PK-PB' },
    { country: 'PK', jurisdiction: null },
    { country: 'PK', jurisdiction: 'PK-IS' },
    { country: 'MY', jurisdiction: null },
  ];
  const name = (c: string) => ({ PK: 'Pakistan', MY: 'Malaysia' })[c] ?? c;
  it('are the library’s countries, a split one becoming its national laws and each subdivision with laws', () => {
    expect(matrixColumns([], [], docs, name).map((c) => c.code)).toEqual(['MY', 'PK']);
    expect(matrixColumns([], ['PK'], docs, name)).toEqual([
      { code: 'MY', name: 'Malaysia' },
      { code: 'PK', name: 'Pakistan: national laws', nationalOnly: true },
      { code: 'PK-IS', name: 'Islamabad Capital Territory (Pakistan)' },
      { code: 'PK-PB', name: 'Punjab (Pakistan)' },
    ]);
    expect(matrixColumns(['PK-SD'], [], docs, name)).toEqual([{ code: 'PK-SD', name: 'Sindh (Pakistan)' }]);
  });
});
