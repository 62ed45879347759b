import { describe, expect, it } from 'vitest';
import { buildMatrix } from './build-matrix';
import { fixtureInput, override, tag } from './test-fixtures';

describe('buildMatrix', () => {
  const matrix = buildMatrix(fixtureInput());
  const cell = (provisionId: string, country: string) => {
    for (const g of matrix.groups)
      for (const r of g.rows)
        if (r.provisionId === provisionId) return r.cells.find((c) => c.country === country)!;
    throw new Error(`no row ${provisionId}`);
  };

  it('groups rows in catalog order, unknown groups last, empty groups left out', () => {
    expect(matrix.groups.map((g) => `${g.frameworkId}/${g.groupId}`)).toEqual([
      'CRC/definition',
      'CRC/principles',
      'CRC/violence',
      'CHK/age',
      'CHK/other',
    ]);
    expect(matrix.groups[1].rows.map((r) => r.provisionId)).toEqual(['CRC.3', 'CRC.12']);
    expect(matrix.groups[4].rows.map((r) => r.provisionId)).toEqual(['CHK.CORPORAL_PUNISHMENT']);
  });

  it('puts one cell per country in column order', () => {
    expect(matrix.columns.map((c) => c.country)).toEqual(['MY', 'PK', 'VN']);
    for (const g of matrix.groups)
      for (const r of g.rows) expect(r.cells.map((c) => c.country)).toEqual(['MY', 'PK', 'VN']);
  });

  it('derives levels from tags and lets overrides win', () => {
    expect(cell('CRC.19', 'MY')).toMatchObject({ level: 'full', derivedLevel: 'full', override: null });
    expect(cell('CRC.1', 'MY').level).toBe('partial');
    expect(cell('CRC.19', 'PK').level).toBe('partial');
    expect(cell('CRC.34', 'MY')).toMatchObject({ level: 'gap', derivedLevel: 'not_reviewed' });
    expect(cell('CHK.MARRIAGE_AGE', 'PK').level).toBe('contradicts');
    expect(cell('CRC.12', 'VN')).toMatchObject({ level: 'partial', derivedLevel: 'full' });
    expect(cell('CRC.3', 'VN').level).toBe('not_reviewed');
  });

  it('cites each accepted clause with page and note', () => {
    expect(cell('CRC.19', 'MY').evidence.map((e) => [e.citation, e.page, e.coverage, e.note])).toEqual([
      ['Child Bill 1999, s. 31', 30, 'full', 'Offence of ill-treatment by a carer.'],
      ['Child Bill 1999, s. 33', 32, 'partial', null],
    ]);
    expect(cell('CRC.12', 'VN').evidence[0].citation).toBe('Law on Children 2016, art. 12');
  });

  it('counts provisions per level for each country', () => {
    const totals = Object.fromEntries(matrix.columns.map((c) => [c.country, c.totals]));
    expect(totals.MY).toEqual({
      full: 1,
      partial: 1,
      gap: 1,
      contradicts: 0,
      not_applicable: 0,
      not_reviewed: 4,
    });
    expect(totals.PK).toEqual({
      full: 1,
      partial: 1,
      gap: 0,
      contradicts: 1,
      not_applicable: 0,
      not_reviewed: 4,
    });
    for (const c of matrix.columns) expect(Object.values(c.totals).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('shows the ratification of each instrument beside each country', () => {
    expect(matrix.columns[0].ratifications).toEqual([
      { frameworkId: 'CRC', status: 'party', since: '1995-02-17' },
      { frameworkId: 'CHK', status: 'not_applicable', since: null },
    ]);
    expect(matrix.columns[2].ratifications[0]).toEqual({
      frameworkId: 'CRC',
      status: 'unknown',
      since: null,
    });
  });

  it('shows only the instruments and countries asked for', () => {
    const input = fixtureInput();
    const only = buildMatrix({
      ...input,
      frameworks: ['CHK'],
      countries: [{ code: 'PK', name: 'Pakistan' }],
    });
    expect(only.frameworks.map((f) => f.id)).toEqual(['CHK']);
    expect(only.groups.flatMap((g) => g.rows.map((r) => r.provisionId))).toEqual([
      'CHK.MARRIAGE_AGE',
      'CHK.CORPORAL_PUNISHMENT',
    ]);
    expect(only.columns).toHaveLength(1);
    expect(only.columns[0].ratifications).toEqual([
      { frameworkId: 'CHK', status: 'not_applicable', since: null },
    ]);
    expect(only.columns[0].totals.contradicts).toBe(1);
  });

  it('keeps the latest override of a cell and ignores tags of countries not shown', () => {
    const input = fixtureInput();
    const m = buildMatrix({
      ...input,
      countries: [{ code: 'MY', name: 'Malaysia' }],
      tags: [...input.tags, tag('TH', 'CRC.1', 'full')],
      overrides: [
        { ...override('MY', 'CRC.1', 'gap', 'old'), at: '2026-01-01T00:00:00.000Z' },
        { ...override('MY', 'CRC.1', 'full', 'new'), at: '2026-02-01T00:00:00.000Z' },
      ],
    });
    const c = m.groups[0].rows[0].cells[0];
    expect(c.level).toBe('full');
    expect(c.override?.rationale).toBe('new');
    expect(m.columns).toHaveLength(1);
  });

  it('ignores an override whose level no export knows', () => {
    const input = fixtureInput();
    const bad = { ...override('MY', 'CRC.1', 'gap', 'x'), level: 'full" onmouseover="x' as 'gap' };
    const m = buildMatrix({ ...input, overrides: [bad] });
    expect(m.groups[0].rows[0].cells[0]).toMatchObject({ level: 'partial', override: null });
  });

  it('cites a section and a schedule with the same number in one law apart, whichever comes first', () => {
    const input = fixtureInput();
    const section = tag('MY', 'CRC.19', 'full', { clauseNumber: '5', clauseKind: 'section' });
    const schedule = tag('MY', 'CRC.19', 'partial', { clauseNumber: '5', clauseKind: 'schedule' });
    for (const tags of [
      [section, schedule, section],
      [schedule, section, schedule],
    ]) {
      const m = buildMatrix({ ...input, tags });
      const evidence = m.groups.flatMap((g) => g.rows).find((r) => r.provisionId === 'CRC.19')!.cells[0]
        .evidence;
      const cited = new Map(evidence.map((e) => [e.suggestionId, e.citation]));
      expect(cited.get(section.suggestionId)).toBe('Child Bill 1999, s. 5');
      expect(cited.get(schedule.suggestionId)).toBe('Child Bill 1999, Sch. 5');
    }
  });

  it('stamps the time it was given', () => {
    expect(matrix.generatedAt).toBe('2026-11-23T02:40:00.000Z');
  });
});
