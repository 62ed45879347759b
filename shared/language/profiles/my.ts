// Burmese: ဥပဒေ (အခန်း(၁), ပုဒ်မ ၁ followed by the text, or a bare "၁။"), numbered in Myanmar
// digits; written without spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';

export const my: LanguageProfile = {
  code: 'my',
  name: 'Burmese',
  aliases: [],
  script: 'Myanmar',
  spacing: 'unspaced',
  nativeZero: 0x1040,
  drafting: {
    ...NO_DRAFTING_WORDS,
    chapters: ['အခန်း'],
    sections: ['ပုဒ်မ'],
    clauseKeywordLine: 'text',
    clauseNumberStops: ['။'],
    bareNumberStops: ['။'],
  },
  titles: NO_TITLE_WORDS,
  citation: { labels: { section: 'ပုဒ်မ' }, abbreviations: [] },
  words: DICTIONARY_WORD_RULES,
  detection: { scriptRange: '\u1000-\u109F', markers: [] },
  ocr: { tesseract: 'mya', package: '@tesseract.js-data/mya' },
};
