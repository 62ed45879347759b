import { describe, expect, it } from 'vitest';
import { citationQuote } from '../coverage/quote-clause';
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
      'ACTIP/protection',
      'CHK/age',
      'CHK/other',
    ]);
    expect(matrix.groups[1].rows.map((r) => r.provisionId)).toEqual(['CRC.3', 'CRC.12']);
    expect(matrix.groups[5].rows.map((r) => r.provisionId)).toEqual(['CHK.CORPORAL_PUNISHMENT']);
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
      full: 2,
      partial: 1,
      gap: 1,
      contradicts: 0,
      not_applicable: 0,
      not_reviewed: 5,
    });
    // ACTIP's two rows are n/a for Pakistan, outside ASEAN: not open work.
    expect(totals.PK).toEqual({
      full: 1,
      partial: 1,
      gap: 0,
      contradicts: 1,
      not_applicable: 2,
      not_reviewed: 4,
    });
    for (const c of matrix.columns) expect(Object.values(c.totals).reduce((a, b) => a + b, 0)).toBe(9);
  });

  it('reads n/a where the country is not party or not a member, and counts it apart from open work', () => {
    for (const id of ['ACTIP.14', 'ACTIP.16'])
      expect(cell(id, 'PK')).toMatchObject({
        level: 'not_applicable',
        notApplicableReason: 'not an ASEAN member state',
      });
    // Malaysia is party; Viet Nam's status is unknown, which is open work, not n/a.
    expect(cell('ACTIP.16', 'MY')).toMatchObject({ level: 'not_reviewed', notApplicableReason: null });
    expect(cell('ACTIP.16', 'VN')).toMatchObject({ level: 'not_reviewed', notApplicableReason: null });
    // The checklist is ratified by nobody and applies everywhere.
    expect(cell('CHK.CORPORAL_PUNISHMENT', 'PK').level).toBe('not_reviewed');
    const input = fixtureInput();
    const notParty = buildMatrix({
      ...input,
      catalog: {
        ...input.catalog,
        ratifications: [
          ...input.catalog.ratifications,
          {
            country: 'VN',
            frameworkId: 'CRC',
            status: 'not_party',
            since: null,
            source: 'x',
            verified: true,
          },
        ],
      },
    });
    const vn = notParty.columns.find((c) => c.country === 'VN')!;
    const crcRows = notParty.groups.filter((g) => g.frameworkId === 'CRC').flatMap((g) => g.rows);
    // An analyst's own rating still counts (VN CRC.12 partial); the rest of the CRC is n/a.
    expect(vn.totals.not_applicable).toBe(crcRows.length - 1);
    expect(crcRows.find((r) => r.provisionId === 'CRC.12')!.cells[2].level).toBe('partial');
  });

  it('hides procedural provisions unless asked, and says how many it hid', () => {
    const ids = (m: typeof matrix) => m.groups.flatMap((g) => g.rows.map((r) => r.provisionId));
    expect(ids(matrix)).not.toContain('CRC.44');
    expect(matrix).toMatchObject({ includeProcedural: false, hiddenProcedural: 1 });
    const all = buildMatrix({ ...fixtureInput(), includeProcedural: true });
    expect(ids(all)).toContain('CRC.44');
    expect(all).toMatchObject({ includeProcedural: true, hiddenProcedural: 0 });
    expect(all.groups.flatMap((g) => g.rows).find((r) => r.provisionId === 'CRC.44')!.procedural).toBe(true);
    // The hidden row is not open work either.
    expect(all.columns[0].totals.not_reviewed).toBe(matrix.columns[0].totals.not_reviewed + 1);
  });

  it('names the laws a gap rating searched and keeps the candidates it overrode', () => {
    const gap = cell('CRC.34', 'MY').override!;
    expect(gap.reviewedDocuments).toEqual([{ id: 'doc-MY', title: 'Child Bill 1999' }]);
    expect(gap.pendingCandidates).toEqual([
      expect.objectContaining({ citation: 'Child Bill 1999, s. 43', score: 0.71 }),
    ]);
  });

  it('marks unverified provisions and OCR evidence with its confidence and printed page', () => {
    const rows = matrix.groups.flatMap((g) => g.rows);
    expect(rows.find((r) => r.provisionId === 'ACTIP.16')).toMatchObject({
      verified: false,
      unverifiedNote: 'Article number from memory.',
    });
    expect(rows.find((r) => r.provisionId === 'CRC.19')).toMatchObject({
      verified: true,
      unverifiedNote: null,
    });
    const [ocr] = cell('ACTIP.14', 'MY').evidence;
    expect(ocr).toMatchObject({ ocrConfidence: 81, page: 40, printedPage: '38' });
    expect(citationQuote(ocr)).toEqual({
      quote: '… A protection order may be made for a period of ninety days.',
      terms: ['protection order'],
    });
    expect(cell('CRC.19', 'MY').evidence[0].ocrConfidence).toBeNull();
  });

  it('shows the ratification of each instrument beside each country, and whether it is checked', () => {
    expect(matrix.columns[0].ratifications).toEqual([
      { frameworkId: 'CRC', status: 'party', since: '1995-02-17', verified: true, reservations: [] },
      { frameworkId: 'ACTIP', status: 'party', since: '2017', verified: false, reservations: [] },
      // The checklist binds nobody: nothing to check.
      { frameworkId: 'CHK', status: 'not_applicable', since: null, verified: true, reservations: [] },
    ]);
    // No entry in the catalog: unknown, and not verified.
    expect(matrix.columns[2].ratifications[0]).toEqual({
      frameworkId: 'CRC',
      status: 'unknown',
      since: null,
      verified: false,
      reservations: [],
    });
  });

  it('keeps reservations that stand beside the country and drops withdrawn ones', () => {
    const input = fixtureInput();
    const withReservations = buildMatrix({
      ...input,
      catalog: {
        ...input.catalog,
        ratifications: input.catalog.ratifications.map((r) =>
          r.country === 'MY' && r.frameworkId === 'CRC'
            ? {
                ...r,
                reservations: [
                  {
                    kind: 'reservation' as const,
                    articles: ['2', '37'],
                    summary: 'x',
                    withdrawn: null,
                    source: 's',
                    verified: false,
                  },
                  {
                    kind: 'reservation' as const,
                    articles: ['13'],
                    summary: 'y',
                    withdrawn: '2010',
                    source: 's',
                    verified: true,
                  },
                ],
              }
            : r,
        ),
      },
    });
    expect(withReservations.columns[0].ratifications[0].reservations).toEqual([
      { kind: 'reservation', articles: ['2', '37'], summary: 'x', verified: false },
    ]);
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
      { frameworkId: 'CHK', status: 'not_applicable', since: null, verified: true, reservations: [] },
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

  it("leaves a repealed law's tags out of the level and the evidence, keeping the other laws'", () => {
    const input = fixtureInput();
    const inForce = tag('MY', 'CRC.19', 'partial', { clauseNumber: '7' });
    const repealed = tag('MY', 'CRC.19', 'full', { documentId: 'doc-MY-old', documentStatus: 'repealed' });
    const m = buildMatrix({ ...input, tags: [repealed, inForce] });
    const c = m.groups.flatMap((g) => g.rows).find((r) => r.provisionId === 'CRC.19')!.cells[0];
    expect(c.derivedLevel).toBe('partial');
    expect(c.evidence.map((e) => e.suggestionId)).toEqual([inForce.suggestionId]);
  });

  it('stamps the time it was given', () => {
    expect(matrix.generatedAt).toBe('2026-11-23T02:40:00.000Z');
  });
});
