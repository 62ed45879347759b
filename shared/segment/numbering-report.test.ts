import { describe, expect, it } from 'vitest';
import { numberingGaps } from './numbering-report';

const clause = (
  number: string,
  eid = `sec_${number}`,
  kind: 'section' | 'article' | 'schedule' = 'section',
) => ({
  number,
  kind,
  eid,
  path: [],
});

describe('numbering gaps', () => {
  it('names a missing section with its neighbours, and a missing run as a range', () => {
    const found = ['1', '2', '3', '4', '5', '6', '8', '9', '13', '14'].map((n) => clause(n));
    expect(numberingGaps(found)).toEqual([
      's. 7 not found between s. 6 and s. 8',
      'ss. 10–12 not found between s. 9 and s. 13',
    ]);
  });

  it('says nothing of unbroken numbering, inserted sections or schedules', () => {
    const found = [clause('1'), clause('2'), clause('2A'), clause('3'), clause('', 'sched_1', 'schedule')];
    expect(numberingGaps(found)).toEqual([]);
  });

  it('reports a late start, a repeat, and articles as articles', () => {
    expect(numberingGaps([clause('3'), clause('4')])).toEqual(['ss. 1–2 not found before s. 3']);
    expect(
      numberingGaps([
        clause('1', 'art_1', 'article'),
        clause('1', 'art_1_2', 'article'),
        clause('3', 'art_3', 'article'),
      ]),
    ).toEqual(['art. 1 appears twice', 'art. 2 not found between art. 1 and art. 3']);
  });
});
