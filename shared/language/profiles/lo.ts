// Lao: ກົດໝາຍ (ພາກທີ, ໝວດທີ, ມາດຕາ 1 heading), numbered in Lao or Arabic digits; written without
// spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';

export const lo: LanguageProfile = {
  code: 'lo',
  name: 'Lao',
  aliases: [],
  script: 'Lao',
  spacing: 'unspaced',
  nativeZero: 0x0ed0,
  drafting: {
    ...NO_DRAFTING_WORDS,
    parts: ['ພາກ', 'ພາກທີ'],
    chapters: ['ໝວດ', 'ໝວດທີ'],
    articles: ['ມາດຕາ'],
  },
  titles: NO_TITLE_WORDS,
  citation: { labels: { article: 'ມາດຕາ' }, abbreviations: [] },
  words: DICTIONARY_WORD_RULES,
  detection: { scriptRange: '\u0E80-\u0EFF', markers: [] },
  ocr: { tesseract: 'lao', package: '@tesseract.js-data/lao' },
};
