import englishWords from 'an-array-of-english-words';
import { describe, expect, it } from 'vitest';
import { listed } from './word-list';

const words = englishWords as string[];
const json = JSON.stringify(words);
const wordSet = new Set(words);

describe('listed', () => {
  it('finds every word of the English list in its JSON text, as in the array', () => {
    const missing = words.filter((word) => !listed(json, word));
    expect(missing).toEqual([]);
  });

  it('finds no word that is not listed, before, between or after the entries', () => {
    const others = [
      '',
      ' ',
      '0',
      'A',
      '{',
      'zzzz',
      ...words
        .filter((_, i) => i % 7 === 0)
        .flatMap((word) => [`${word}q`, word.slice(0, -1) + '~', `${word}"`]),
    ].filter((word) => !wordSet.has(word));
    expect(others.length).toBeGreaterThan(100000);
    expect(others.filter((word) => listed(json, word))).toEqual([]);
    expect(others.filter((word) => listed(words, word))).toEqual([]);
  });

  it('reads short lists and the empty list', () => {
    for (const list of [[], ['m'], ['b', 'd'], ['a', 'c', 'e']]) {
      const text = JSON.stringify(list);
      for (const word of ['a', 'b', 'c', 'd', 'e', 'm', 'z'])
        expect(listed(text, word), `${word} in ${text}`).toBe(list.includes(word));
    }
  });
});
