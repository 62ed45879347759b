// Vietnamese: Luật (Chương I, Mục 1, Điều 5. heading, Phụ lục, Mục lục). Words are syllables, kept
// with their diacritics, which tell them apart.
import { NO_DRAFTING_WORDS, NO_TITLE_WORDS, withCapitals, type LanguageProfile } from '../profile';

const STOPWORDS = `và của các những được có là cho theo tại trong với về này đó khi nếu thì để do bị
không một hai từ đến hoặc như điều khoản luật chương mục người`;

export const vi: LanguageProfile = {
  code: 'vi',
  name: 'Vietnamese',
  aliases: [],
  script: 'Latin',
  spacing: 'spaced',
  drafting: {
    ...NO_DRAFTING_WORDS,
    chapters: withCapitals('Chương'),
    divisions: withCapitals('Mục'),
    articles: withCapitals('Điều'),
    contents: ['mục lục'],
    schedules: ['phụ lục'],
  },
  titles: {
    ...NO_TITLE_WORDS,
    kindsFirst: ['luật', 'bộ luật', 'nghị định', 'pháp lệnh'],
    headingKinds: ['Luật', 'Bộ luật', 'Nghị định'],
  },
  citation: { labels: { article: 'Điều', schedule: 'Phụ lục' }, abbreviations: [] },
  words: {
    breaks: 'words',
    foldDiacritics: false,
    dropPossessive: false,
    numberWords: {},
    stemmer: 'none',
    stopwords: STOPWORDS.split(/\s+/),
  },
  detection: { markers: ['của', 'và', 'các', 'trẻ', 'em', 'được', 'có', 'theo', 'quy', 'định'] },
  ocr: { tesseract: 'vie', package: '@tesseract.js-data/vie' },
};
