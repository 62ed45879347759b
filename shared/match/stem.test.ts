import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('Malay stems', () => {
  it('reads a reduplicated word whose hyphen a line break lost as the hyphenated word', () => {
    expect(stem('kanakkanak', 'ms')).toBe(stem('kanak-kanak', 'ms'));
    expect(stem('manamana', 'ms')).toBe(stem('mana-mana', 'ms'));
    // Not a reduplication: short halves, or halves that differ.
    expect(stem('susu', 'ms')).toBe('susu');
    expect(stem('kanakan', 'ms')).not.toBe(stem('kanak', 'ms'));
  });
});

describe('Vietnamese stems', () => {
  it('reads both tone-mark styles of an open oa, oe or uy as one word, and leaves the rest alone', () => {
    expect(stem('hòa', 'vi')).toBe(stem('hoà', 'vi'));
    expect(stem('khỏe', 'vi')).toBe(stem('khoẻ', 'vi'));
    expect(stem('ủy', 'vi')).toBe(stem('uỷ', 'vi'));
    for (const word of ['quý', 'của', 'hoàn', 'toàn', 'thuế']) expect(stem(word, 'vi')).toBe(word);
  });
});
