import englishWords from 'an-array-of-english-words';
import { describe, expect, it } from 'vitest';
import { assessTextQuality as assess } from './text-quality';

const assessTextQuality = (text: string, language: string) => assess(text, language, englishWords);

const clean =
  'This Act may be called the Employment of Children Act. It extends to the whole of Pakistan and shall come into force at once. '.repeat(
    4,
  );
const noisy =
  'Thc Covemmenl shall establish a ZARRA oIlice and thc AHuctor shall be punishcd with imprisonmcnt for a tcrm of ycars. '.repeat(
    4,
  );

describe('assessTextQuality', () => {
  it('passes clean legal English and flags misread words', () => {
    expect(assessTextQuality(clean, 'en').looksLikeBadOcr).toBe(false);
    expect(assessTextQuality(clean, 'en').nonWordShare).toBeLessThan(0.05); // "Pakistan"
    const quality = assessTextQuality(noisy, 'en');
    expect(quality.looksLikeBadOcr).toBe(true);
    expect(quality.nonWordShare).toBeGreaterThan(0.3);
  });

  it('skips numbering and numbers but counts letters glued to digits', () => {
    expect(assessTextQuality('(iv) (b) 1991 12', 'en').nonWordShare).toBe(0);
    expect(assessTextQuality('section l0 of 20l8', 'en').nonWordShare).toBeCloseTo(2 / 4);
  });

  it('does not judge a few words, or a language it has no word list for', () => {
    expect(assessTextQuality('Covemmenl aMuction', 'en')).toEqual({
      nonWordShare: 1,
      looksLikeBadOcr: false,
    });
    expect(assessTextQuality('', 'en')).toEqual({ nonWordShare: 0, looksLikeBadOcr: false });
    expect(assessTextQuality(noisy, 'ms').looksLikeBadOcr).toBe(false);
  });

  it('looks words up in a list sorted the way its binary search compares', () => {
    const words = englishWords as string[];
    const unsorted = words.findIndex((word, i) => i > 0 && !(words[i - 1] < word));
    expect(unsorted).toBe(-1);
    // Words from both ends and the middle of the list are found.
    const sample = [words[1], words[words.length >> 1], words[words.length - 1]];
    expect(assessTextQuality(sample.join(' '), 'en').nonWordShare).toBe(0);
  });
});
