import { describe, expect, it } from 'vitest';
import { items, lastResult, value } from './last-result';

describe('lastResult', () => {
  it('gives the last result while the same items and equal values come in, and computes again otherwise', () => {
    const kept = lastResult<number>();
    const a = { id: 'a' };
    const b = { id: 'b' };
    let computed = 0;
    const sum = (list: object[], v: unknown) =>
      kept.get([items(list), value(v)], () => {
        computed += 1;
        return list.length;
      });
    expect(sum([a, b], { asOf: null })).toBe(2);
    // The same objects in a new list, and a value equal but not the same object: kept.
    expect(sum([a, b], { asOf: null })).toBe(2);
    expect(computed).toBe(1);
    // An equal object that is not the same one: computed again (what the store read again).
    expect(sum([a, { id: 'b' }], { asOf: null })).toBe(2);
    expect(computed).toBe(2);
    expect(sum([a], { asOf: null })).toBe(1);
    expect(sum([a], { asOf: '2020-01-01' })).toBe(1);
    expect(computed).toBe(4);
  });
});
