import { describe, expect, it } from 'vitest';
import { subdivisionScope } from './subdivision-scope';

const ev = (jurisdiction: string, coverage: 'full' | 'partial') => ({ jurisdiction, coverage });

describe("a country column's coverage where only subdivisions' laws give it", () => {
  it('provincial laws alone: at most Partial, naming the provinces', () => {
    expect(subdivisionScope([ev('PK-PB', 'full'), ev('PK-SD', 'full'), ev('PK-PB', 'partial')])).toEqual({
      level: 'partial',
      scope: { subdivisions: ['PK-PB', 'PK-SD'], note: 'only in PK-PB, PK-SD (no national law)' },
    });
    expect(subdivisionScope([ev('PK-IS', 'partial')]).scope?.note).toBe('only in PK-IS (no national law)');
  });

  it('a national law partly and a province fully: Partial, full only in that province', () => {
    expect(subdivisionScope([ev('PK', 'partial'), ev('PK-PB', 'full'), ev('PK-SD', 'partial')])).toEqual({
      level: 'partial',
      scope: { subdivisions: ['PK-PB'], note: 'full only in PK-PB (national laws: partial)' },
    });
  });

  it('national laws covering fully but not extending to some subdivisions: full except there', () => {
    const notIn = new Map([
      ['a', ['PK-GB', 'PK-JK']],
      ['b', ['PK-GB']],
    ]);
    const national = (id: string) => ({ ...ev('PK', 'full'), id });
    const of = (e: { id?: string }) => notIn.get(e.id ?? '') ?? [];
    expect(subdivisionScope([national('a'), national('b')], of)).toEqual({
      level: 'partial',
      scope: {
        // Every subdivision of Pakistan but Gilgit-Baltistan.
        subdivisions: ['PK-BA', 'PK-IS', 'PK-JK', 'PK-KP', 'PK-PB', 'PK-SD', 'PK-TA'],
        note: 'full except in PK-GB (the national laws do not extend there)',
      },
    });
    // Gilgit-Baltistan's own law covers it fully: the whole country is covered.
    expect(subdivisionScope([national('a'), { ...ev('PK-GB', 'full'), id: 'g' }], of).scope?.note).toBe(
      'full except in PK-JK (the national laws do not extend there)',
    );
    expect(subdivisionScope([national('b'), { ...ev('PK-GB', 'full'), id: 'g' }], of)).toEqual({
      level: 'full',
      scope: null,
    });
  });

  it('a national law covering fully, or national laws alone, read as derived', () => {
    expect(subdivisionScope([ev('PK', 'full'), ev('PK-PB', 'partial')])).toEqual({
      level: 'full',
      scope: null,
    });
    expect(subdivisionScope([ev('PK', 'partial'), ev('PK-PB', 'partial')])).toEqual({
      level: 'partial',
      scope: null,
    });
    expect(subdivisionScope([])).toEqual({ level: 'not_reviewed', scope: null });
  });
});
