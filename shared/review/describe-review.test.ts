import { describe, expect, it } from 'vitest';
import { describeClauseEdit } from './describe-review';

const s31 = {
  kind: 'section' as const,
  number: '31',
  heading: 'Ill-treatment, neglect, abandonment or exposure of children',
};

describe('describeClauseEdit', () => {
  it('names the new heading when only the heading changed, not the same number twice', () => {
    expect(describeClauseEdit(s31, { number: '31', heading: 'Neglect of children' })).toBe(
      's. 31: heading now “Neglect of children”',
    );
  });
  it('names the new number, and the heading too when both changed', () => {
    expect(describeClauseEdit(s31, { number: '31A', heading: s31.heading })).toBe('s. 31 is now s. 31A');
    expect(describeClauseEdit({ ...s31, kind: 'article' }, { number: '5', heading: '' })).toBe(
      'Art. 31 is now Art. 5, heading removed',
    );
  });
  it('says so when nothing changed', () => {
    expect(describeClauseEdit(s31, { number: '31', heading: s31.heading })).toBe(
      's. 31 unchanged: same number and heading',
    );
  });
});
