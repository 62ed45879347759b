import { describe, expect, it } from 'vitest';
import { scan } from './tokenize';

// The patterns scan() answers for (tokenize.ts), written out here as the reference.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const WORD_HYPHEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function byPattern(text: string, pattern: RegExp): [number, string][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

function byScan(text: string, language: string): [number, string][] {
  const { infos, starts } = scan(text, language);
  return starts.map((s, i) => [s, text.slice(s, s + infos[i].length)]);
}

// Letters, digits and the characters around which the word rules turn: apostrophes, hyphens,
// accents written apart, digits of other scripts and a letter outside the Basic Multilingual Plane.
const PIECES = [
  'a',
  'Z',
  'é',
  'ñ',
  '1',
  '٣',
  "'",
  '’',
  '-',
  ' ',
  '.',
  '\u0301',
  'ẞ',
  'ก',
  '𝐀',
  '“',
  's',
  '\n',
];

function randomTexts(count: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 30) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
      '',
    ),
  );
}

describe('scan', () => {
  it('finds the same words at the same offsets as the word patterns', () => {
    const texts = [
      "The child's parent—or guardian’s—shall, under section 31(1)(a), pay RM5,000.",
      'Kanak-kanak dan undang-undang: seksyen 2-3 - lihat juga ke-2.',
      "rock 'n' roll, l'enfant, ’tis, o’-clock",
      ...randomTexts(4000),
    ];
    for (const text of texts) {
      expect(byScan(text, 'en'), text).toEqual(byPattern(text, WORD));
      expect(byScan(text, 'ms'), text).toEqual(byPattern(text, WORD_HYPHEN));
    }
  });

  it('gives a written form the same word however often and wherever it occurs', () => {
    const { infos } = scan('Children, children and CHILDREN; children', 'en');
    expect(infos.map((w) => w.stem)).toEqual(['children', 'children', 'and', 'children', 'children']);
    expect(infos[1]).toBe(infos[4]);
    expect(infos[0].stemId).toBe(infos[3].stemId);
  });
});
