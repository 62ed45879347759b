import englishWords from 'an-array-of-english-words';
import NaturalPorter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { porterStem } from './porter';

// Suffixes that exercise every rule, on stems rich in y, doubled letters and vowel runs.
const SUFFIXES = ['', 'ed', 'ing', 'eed', 'ies', 'sses', 's', 'ational', 'tional', 'ization', 'ation', 'ness']
  .concat([
    'ful',
    'ement',
    'ment',
    'ent',
    'sion',
    'tion',
    'e',
    'll',
    'ly',
    'li',
    'bli',
    'y',
    'alli',
    'iveness',
  ])
  .concat([
    'ate',
    'able',
    'ance',
    'ence',
    'er',
    'ic',
    'ou',
    'ism',
    'iti',
    'ous',
    'ive',
    'ize',
    'icate',
    'ative',
  ])
  .concat(['alize', 'iciti', 'ical', 'logi', 'at', 'bl', 'iz']);
const STEMS = [
  '',
  'y',
  'yy',
  'by',
  'ay',
  'sky',
  'happ',
  'hop',
  'fil',
  'fizz',
  'tr',
  'crea',
  'relat',
  'é1',
  "o'",
];

describe('porterStem', () => {
  it("agrees with natural's Porter stemmer on English words", () => {
    // Every third word keeps the test quick (natural's stemmer takes about 10 µs a word).
    const sample = (englishWords as string[]).filter((_, i) => i % 3 === 0);
    expect(sample.filter((w) => porterStem(w) !== NaturalPorter.stem(w))).toEqual([]);
  });

  it('agrees on constructed words that hit every rule', () => {
    const words = STEMS.flatMap((s) => SUFFIXES.flatMap((a) => SUFFIXES.map((b) => s + a + b)));
    expect(words.filter((w) => porterStem(w) !== NaturalPorter.stem(w))).toEqual([]);
  });
});
