import { describe, expect, it } from 'vitest';
import {
  addRecommendation,
  cellOfColumn,
  columnOfCell,
  editRecommendation,
  filterRecommendations,
  formatCellRef,
  markDeletedLaws,
  parseCellRef,
  type RecommendationFields,
} from './recommendation-rules';

const who = { actor: 'Ayesha Khan', at: '2026-12-04T10:00:00.000Z' };
const fields = (over: Partial<RecommendationFields> = {}): RecommendationFields => ({
  cells: [{ country: 'PK', subdivision: null, provisionId: 'CRC.19' }],
  type: 'amend',
  text: 'Prohibit corporal punishment in every setting.',
  responsibleBody: 'Ministry of Human Rights',
  priority: 'medium',
  targetDate: null,
  status: 'proposed',
  origin: 'analysis',
  evidence: [
    { kind: 'law', id: 'd1', documentId: 'd1', clauseId: null, citation: 'Act 1', lawDeleted: false },
  ],
  ...over,
});
const made = (id: string, over: Partial<RecommendationFields> = {}) =>
  addRecommendation(id, fields(over), who).value;

describe('cell references', () => {
  it('reads a country or a subdivision cell and writes it back the same way', () => {
    expect(parseCellRef('pk/CRC.19')).toEqual({ country: 'PK', subdivision: null, provisionId: 'CRC.19' });
    expect(parseCellRef('PK-pb/CHK.MARRIAGE_AGE')).toEqual({
      country: 'PK',
      subdivision: 'PK-PB',
      provisionId: 'CHK.MARRIAGE_AGE',
    });
    expect(formatCellRef(parseCellRef('PK-PB/CRC.19')!)).toBe('PK-PB/CRC.19');
    expect(parseCellRef('Pakistan/CRC.19')).toBeNull();
    expect(parseCellRef('PK CRC.19')).toBeNull();
  });
});

describe('matrix columns', () => {
  it("show a province's recommendation in its own column where the country is split, else in the country's", () => {
    const ict = cellOfColumn('PK-IS', 'CRC.1');
    expect(ict).toEqual({ country: 'PK', subdivision: 'PK-IS', provisionId: 'CRC.1' });
    expect(cellOfColumn('PK', 'CRC.1').subdivision).toBeNull();
    expect(columnOfCell(ict, new Set(['PK', 'PK-IS', 'PK-PB']))).toBe('PK-IS');
    expect(columnOfCell(ict, new Set(['PK', 'MY']))).toBe('PK');
    expect(columnOfCell(ict, new Set(['MY']))).toBeNull();
  });
});

describe('making and changing a recommendation', () => {
  it('trims its text, drops repeated cells and evidence, and records the addition', () => {
    const cell = { country: 'PK', subdivision: null, provisionId: 'CRC.19' };
    const change = addRecommendation(
      'r1',
      fields({ text: '  Enact it.  ', cells: [cell, cell], responsibleBody: '  ', evidence: [] }),
      who,
    );
    expect(change.value).toMatchObject({ text: 'Enact it.', cells: [cell], responsibleBody: null });
    expect(change.audit).toEqual([
      {
        actor: 'Ayesha Khan',
        action: 'add',
        entity: 'recommendation',
        entityId: 'r1',
        before: null,
        after: change.value,
      },
    ]);
  });

  it('refuses blank text and a subdivision of another country', () => {
    expect(() => addRecommendation('r1', fields({ text: ' ' }), who)).toThrow(/needs its text/);
    expect(() =>
      addRecommendation(
        'r1',
        fields({ cells: [{ country: 'PK', subdivision: 'MY-14', provisionId: 'CRC.1' }] }),
        who,
      ),
    ).toThrow('The subdivision MY-14 is not in PK.');
    expect(() => addRecommendation('r1', fields({ targetDate: 'next year' }), who)).toThrow(
      'The target date “next year” is not a date: write a year, year-month or date (2027, 2027-06, 2027-06-30), or leave it empty.',
    );
  });

  it('changes only the fields given and keeps who made it', () => {
    const before = made('r1');
    const later = { actor: 'Bilal Ahmed', at: '2026-12-05T09:00:00.000Z' };
    const { value, audit } = editRecommendation(before, { status: 'agreed', text: undefined }, later);
    expect(value).toEqual({ ...before, status: 'agreed', updatedBy: 'Bilal Ahmed', updatedAt: later.at });
    expect(audit[0]).toMatchObject({ action: 'update', before, after: value });
  });
});

describe('lists', () => {
  it('sort by priority, then the nearest target date, and filter by cell, kind and cited law', () => {
    const list = [
      made('r1', { priority: 'low' }),
      made('r2', { priority: 'high', targetDate: null }),
      made('r3', { priority: 'high', targetDate: '2027' }),
      made('r4', {
        priority: 'medium',
        cells: [{ country: 'MY', subdivision: null, provisionId: 'OPSC.3' }],
      }),
    ];
    expect(filterRecommendations(list, {}).map((r) => r.id)).toEqual(['r3', 'r2', 'r4', 'r1']);
    expect(filterRecommendations(list, { country: 'MY' }).map((r) => r.id)).toEqual(['r4']);
    expect(filterRecommendations(list, { framework: 'CRC', priority: 'high' }).map((r) => r.id)).toEqual([
      'r3',
      'r2',
    ]);
    const marked = markDeletedLaws(list, new Set(['d2']));
    expect(filterRecommendations(marked, { citesDeletedLaw: true })).toHaveLength(4);
    expect(filterRecommendations(markDeletedLaws(list, new Set(['d1'])), { citesDeletedLaw: true })).toEqual(
      [],
    );
  });
});
