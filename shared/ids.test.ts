import { describe, expect, it } from 'vitest';
import { documentIdFor, newId } from './ids';

describe('newId', () => {
  it('gives each record its kind letter and sixteen hex digits, never the same id twice in a tagging run', () => {
    const ids = Array.from({ length: 50_000 }, () => newId('s'));
    for (const id of ids.slice(0, 1000)) expect(id).toMatch(/^s[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId('d')).toMatch(/^d[0-9a-f]{16}$/);
  });

  it('uses every hex digit in every position (the random bytes are all spelled out)', () => {
    const seen = Array.from({ length: 16 }, () => new Set<string>());
    for (let n = 0; n < 5000; n += 1) {
      const digits = newId('j').slice(1);
      for (let i = 0; i < 16; i += 1) seen[i].add(digits[i]);
    }
    for (const position of seen) expect(position.size).toBe(16);
  });
});

describe('documentIdFor', () => {
  it('derives a document id from its file hash', () => {
    expect(documentIdFor('0123456789abcdef')).toBe('d0123456789');
  });
});
