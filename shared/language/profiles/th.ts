// Thai: พระราชบัญญัติ (ภาค, หมวด ๑, ส่วนที่ ๒, มาตรา ๒๖/๑ followed by the text itself), numbered in
// Thai digits; written without spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';

export const th: LanguageProfile = {
  code: 'th',
  name: 'Thai',
  aliases: [],
  script: 'Thai',
  spacing: 'unspaced',
  nativeZero: 0x0e50,
  drafting: {
    ...NO_DRAFTING_WORDS,
    parts: ['ภาค'],
    chapters: ['หมวด', 'หมวดที่'],
    divisions: ['ส่วน', 'ส่วนที่'],
    sections: ['มาตรา'],
    clauseKeywordLine: 'text',
  },
  titles: NO_TITLE_WORDS,
  citation: { labels: { section: 'มาตรา' }, abbreviations: [] },
  words: DICTIONARY_WORD_RULES,
  detection: { scriptRange: '\u0E00-\u0E7F', markers: [] },
  ocr: { tesseract: 'tha', package: '@tesseract.js-data/tha' },
};
