// Filipino: Batas (BAHAGI, KABANATA, Seksiyon 2, Artikulo 3).
import {
  NO_DRAFTING_WORDS,
  NO_TITLE_WORDS,
  PLAIN_WORD_RULES,
  withCapitals,
  type LanguageProfile,
} from '../profile';

export const fil: LanguageProfile = {
  code: 'fil',
  name: 'Filipino',
  aliases: ['tl'],
  script: 'Latin',
  spacing: 'spaced',
  drafting: {
    ...NO_DRAFTING_WORDS,
    parts: withCapitals('Bahagi'),
    chapters: withCapitals('Kabanata'),
    articles: withCapitals('Artikulo'),
    sections: withCapitals('Seksiyon'),
  },
  titles: NO_TITLE_WORDS,
  citation: { labels: { section: 'Seksiyon', article: 'Artikulo' }, abbreviations: [] },
  words: PLAIN_WORD_RULES,
  detection: { markers: ['ang', 'ng', 'sa', 'mga', 'na', 'at', 'ay', 'para', 'kung', 'bata'] },
  ocr: { tesseract: 'fil', package: '@tesseract.js-data/fil' },
};
