import { describe, expect, it } from 'vitest';
import { bestPerClause } from './best-per-clause';

const s = (clauseId: string, provisionId: string, score: number) => ({ clauseId, provisionId, score });

describe('bestPerClause', () => {
  const list = [
    s('c1', 'CRC.19', 0.9),
    s('c1', 'CHK.A', 0.01),
    s('c1', 'CRC.34', 0.6),
    s('c1', 'OPSC.3', 0.3),
    s('c2', 'CRC.1', 0.5),
    s('c1', 'ACTIP.5', 0.05),
  ];

  it("keeps each clause's highest-scored suggestions in the order the list had them", () => {
    expect(bestPerClause(list, 2).map((x) => x.provisionId)).toEqual(['CRC.19', 'CRC.34', 'CRC.1']);
    expect(bestPerClause(list, 3).map((x) => x.provisionId)).toEqual(['CRC.19', 'CRC.34', 'OPSC.3', 'CRC.1']);
  });

  it('keeps everything when asked for all', () => {
    expect(bestPerClause(list, 0)).toEqual(list);
    expect(bestPerClause(list, 10)).toEqual(list);
  });
});
