import { describe, expect, it } from 'vitest';
import { line } from '../scripts/eval';
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
