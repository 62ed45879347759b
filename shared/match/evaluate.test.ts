import { describe, expect, it } from 'vitest';
import { evaluate, type GoldFile } from './evaluate';

const gold: GoldFile = {
  documents: [
    {
      file: 'laws/a.pdf',
      country: 'MY',
      title: 'A',
      clauses: [
        { number: '1', standards: [] },
        { number: '2', standards: ['CRC.1', 'OPSC.2'] },
        { number: '3', standards: ['CRC.19'] },
        { number: '4', standards: ['CRC.40'] },
      ],
    },
    { file: 'laws/b.pdf', country: 'MY', title: 'B', clauses: [{ number: '5', standards: ['CRC.19'] }] },
  ],
};

describe('evaluate', () => {
  it('scores top-5 recall, top-1 precision, clause counts and (country, provision) pairs', () => {
    const result = evaluate(gold, [
      {
        file: 'laws/a.pdf',
        clauses: [
          { number: '1', ranked: ['CRC.3'] },
          { number: '2', ranked: ['CRC.1', 'CRC.4', 'CRC.3', 'CRC.2', 'CRC.6', 'OPSC.2'] },
          { number: '3', ranked: ['CRC.37', 'CRC.19'] },
          { number: '3A', ranked: ['CRC.40'] },
        ],
      },
      { file: 'laws/b.pdf', clauses: [{ number: '5', ranked: ['CRC.19'] }] },
    ]);
    const a = result.documents[0];
    expect(a.goldClauses).toBe(4);
    expect(a.predictedClauses).toBe(4);
    expect(a.missing).toEqual(['4']);
    expect(a.extra).toEqual(['3A']);
    expect(a.labelledClauses).toBe(3);
    // CRC.1 and CRC.19 found in a top 5; OPSC.2 is sixth; clause 4 is missing.
    expect(a.recallAt5).toBeCloseTo(2 / 4);
    expect(a.precisionAt1).toBeCloseTo(1 / 3);
    const o = result.overall;
    expect(o.recallAt5).toBeCloseTo(3 / 5);
    expect(o.precisionAt1).toBeCloseTo(2 / 4);
    // Pairs: MY×CRC.1 yes, MY×OPSC.2 no, MY×CRC.19 yes, MY×CRC.40 no.
    expect(o.pairs).toBe(4);
    expect(o.pairsFound).toBe(2);
    expect(o.pairShare).toBeCloseTo(0.5);
    expect(o.missing).toEqual(['laws/a.pdf#4']);
  });
});
