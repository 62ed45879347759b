// Khmer: ច្បាប់ (ជំពូកទី១ run into its number, ផ្នែក, មាត្រា ១.- heading, sentences ending "។"),
// numbered in Khmer digits; written without spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';

export const km: LanguageProfile = {
  code: 'km',
  name: 'Khmer',
  aliases: [],
  script: 'Khmer',
  spacing: 'unspaced',
  nativeZero: 0x17e0,
  drafting: {
    ...NO_DRAFTING_WORDS,
    chapters: ['ជំពូក', 'ជំពូកទី'],
    divisions: ['ផ្នែក', 'ផ្នែកទី'],
    articles: ['មាត្រា'],
    clauseNumberStops: ['។', '៖'],
  },
  titles: NO_TITLE_WORDS,
  citation: { labels: { article: 'មាត្រា' }, abbreviations: [] },
  words: DICTIONARY_WORD_RULES,
  detection: { scriptRange: '\u1780-\u17FF', markers: [] },
  // No @tesseract.js-data package publishes khm (npm answers 404, 6 Dec 2026): Khmer scans are read in English.
  ocr: { tesseract: 'khm' },
};
