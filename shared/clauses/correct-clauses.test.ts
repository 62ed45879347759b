// The words a split reads from the split-off text: lines as printed in the Pakistani acts here; and
// how a merge combines each reviewer's decisions.
import { describe, expect, it } from 'vitest';
import { combineReviewerDecisions, splitPoint } from './correct-clauses';
import { leadingHeading, leadingNumber } from './split-lead';

describe('reading the number and heading at a split point', () => {
  it('reads an OCR section start with its marginal heading run into the text', () => {
    const text = '7. Hours of work.— (1) No child shall be permitted to work in any establishment';
    expect(leadingNumber(text)).toBe('7');
    expect(leadingHeading(text)).toBe('Hours of work');
  });

  it('reads a heading on a line of its own, as a merge writes it back', () => {
    const text =
      '2. Definitions. In this Act, unless there is anything repugnant in the subject or context\n(a) “child” means';
    expect(leadingNumber(text)).toBe('2');
    expect(leadingHeading(text)).toBe(
      'Definitions. In this Act, unless there is anything repugnant in the subject or context',
    );
  });

  it('reads inserted sections and finds no number in running text', () => {
    expect(leadingNumber('10A. Power to make rules.— The Government may')).toBe('10A');
    expect(leadingNumber('shall be punishable with simple imprisonment')).toBeUndefined();
  });
});

describe('the split point', () => {
  it('falls inside the text, with the white space at the cut left out of both parts', () => {
    expect(splitPoint('first part.  second part', 13)).toEqual({ end: 11, start: 13 });
    expect(() => splitPoint('text', 0)).toThrow(/inside the clause text/);
    expect(() => splitPoint('text   ', 5)).toThrow(/both sides/);
  });
});

describe('combineReviewerDecisions', () => {
  const d = (
    suggestionId: string,
    reviewer: string,
    status: 'accepted' | 'rejected',
    coverage: 'full' | 'partial' | null,
    note: string | null,
  ) => ({
    suggestionId,
    reviewer,
    status,
    coverage,
    note,
    at: '2026-12-01T00:00:00.000Z',
    recordedAt: '2026-12-01T00:00:00.000Z',
  });

  it("keeps each reviewer's decisions on the kept suggestion, the firmer where one decided both", () => {
    const kept = [d('s1', 'Lead', 'rejected', null, 'no'), d('s1', 'Ministry', 'accepted', 'partial', null)];
    const gone = [
      d('s2', 'Lead', 'accepted', 'partial', 'yes'),
      d('s2', 'Ministry', 'accepted', 'full', null),
      d('s2', 'Third', 'rejected', null, null),
    ];
    expect(
      combineReviewerDecisions('s1', kept, gone).map((x) => [
        x.suggestionId,
        x.reviewer,
        x.status,
        x.coverage,
        x.note,
      ]),
    ).toEqual([
      ['s1', 'Lead', 'accepted', 'partial', 'yes\nno'],
      ['s1', 'Ministry', 'accepted', 'full', null],
      ['s1', 'Third', 'rejected', null, null],
    ]);
  });
});
