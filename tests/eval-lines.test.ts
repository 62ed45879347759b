import { describe, expect, it } from 'vitest';
import { line } from '../scripts/eval';
import { missedStandards, simulationMissesLines, type LawFigures } from '../scripts/review-simulation';
import type { Scores } from '../shared/match/evaluate';

// What `npm run eval` prints for a gold that labels a subset of a law's clauses (the check gold: 35 of
// the Law on Children's articles): the unlabelled clauses must not read as wrongly segmented ones.
const scores = (gold: number, predicted: number, extra: number): Scores => ({
  goldClauses: gold,
  predictedClauses: predicted,
  missing: [],
  extra: Array.from({ length: extra }, (_, i) => String(i + 1)),
  labelledClauses: gold,
  recallAt5: 0.8,
  precisionAt1: 0.8,
  pairs: 10,
  pairsFound: 8,
  pairShare: 0.8,
});

describe('eval score lines', () => {
  it('says how many of the law’s clauses a subset gold labels, without calling the rest extra', () => {
    const text = line('VN/Luat_Tre_em_2016.pdf', scores(35, 106, 71), 'subset');
    expect(text).toContain('35 of 106 clauses labelled (missing 0)');
    expect(text).not.toMatch(/extra|106\/35/);
  });

  it('compares the clause counts of a gold that labels every clause', () => {
    const text = line('MY/Child_Bill_1999.pdf', scores(120, 121, 1));
    expect(text).toContain('121 clauses read, 120 in gold (missing 0, extra 1)');
  });

  it('keeps the figures of a long law path in line with the others', () => {
    const long = line('laws/MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf', scores(26, 27, 1));
    const short = line('overall', scores(26, 27, 1));
    expect(long.indexOf('recall@5')).toBe(short.indexOf('recall@5'));
  });
});

describe('what the review simulation’s rest still misses', () => {
  // One clause, right with CRC.3 (ranked 2nd after review), CRC.9 (ranked 6th) and CRC.2 (not stored).
  const before = {
    file: 'law.pdf',
    clauses: [
      { number: '53', ranked: ['CRC.39', 'OPSC.9', 'CRC.35', 'CRC.5', 'CRC.18', 'CRC.20', 'CRC.9', 'CRC.3'] },
    ],
  };
  const after = {
    file: 'law.pdf',
    clauses: [{ number: '53', ranked: ['CRC.39', 'CRC.3', 'OPSC.9', 'CRC.35', 'CRC.5', 'CRC.9'] }],
  };
  const gold = [{ number: '53.', standards: ['CRC.3', 'CRC.9', 'CRC.2'] }];
  const inLaw = new Map([['CRC.9', { accepted: 0, rejected: 2 }]]);
  const inAll = new Map([
    ['CRC.9', { accepted: 3, rejected: 5 }],
    ['CRC.2', { accepted: 0, rejected: 2 }],
  ]);
  const misses = missedStandards(gold, before, after, inLaw, inAll);

  it('lists the standards outside the top five after review, with their ranks before and after', () => {
    expect(misses.map((m) => [m.standard, m.rankBefore, m.rankAfter])).toEqual([
      ['CRC.9', 7, 6],
      ['CRC.2', null, null],
    ]);
  });

  it('says how often the decisions accepted and rejected each, in the law and in all laws', () => {
    const lines = simulationMissesLines([
      {
        file: 'laws/MY/law.pdf',
        restMisses: misses,
        ...Object.fromEntries(
          (['reviewed', 'acceptOnly', 'uncertainty', 'leaveOut'] as const).map((k) => [
            k,
            { before: scores(1, 1, 0), after: scores(1, 1, 0) },
          ]),
        ),
      } as LawFigures,
    ]);
    expect(lines[1]).toBe('law.pdf:');
    expect(lines[2]).toMatch(/^ {2}53:CRC\.9 +7→6 +0\/2 \(3\/5\)$/);
    expect(lines[3]).toMatch(/^ {2}53:CRC\.2 +–→– +0\/0 \(0\/2\)$/);
  });
});
