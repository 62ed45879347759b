// Indonesian: Undang-Undang (BAB I, Bagian Kesatu, Paragraf 1, Pasal 3, Lampiran, Penjelasan).
import { NO_DRAFTING_WORDS, NO_TITLE_WORDS, withCapitals, type LanguageProfile } from '../profile';
import { MALAY_WORD_RULES, malayAges } from './ms';

export const id: LanguageProfile = {
  code: 'id',
  name: 'Indonesian',
  aliases: ['in'],
  script: 'Latin',
  spacing: 'spaced',
  drafting: {
    ...NO_DRAFTING_WORDS,
    chapters: withCapitals('Bab'),
    divisions: withCapitals('Bagian'),
    paragraphs: withCapitals('Paragraf'),
    groupOrdinals: [
      'Kesatu',
      'Kedua',
      'Ketiga',
      'Keempat',
      'Kelima',
      'Keenam',
      'Ketujuh',
      'Kedelapan',
      'Kesembilan',
      'Kesepuluh',
    ],
    articles: withCapitals('Pasal'),
    contents: ['daftar isi'],
    explanatory: ['penjelasan'],
    schedules: ['lampiran'],
  },
  titles: {
    ...NO_TITLE_WORDS,
    kindsFirst: ['undang-undang', 'peraturan'],
    shortTitlePhrases: ['disebut'],
    shortTitleKinds: ['Undang-Undang'],
  },
  amendments: {
    titleWords: ['perubahan'],
    actOpeners: ['perubahan atas', 'dalam'],
    sectionWords: ['pasal'],
  },
  citation: { labels: { article: 'Pasal', schedule: 'Lampiran' }, abbreviations: [] },
  words: MALAY_WORD_RULES,
  detection: {
    markers: ['yang', 'dan', 'adalah', 'tersebut', 'dalam', 'pasal', 'atau', 'untuk', 'dengan', 'setiap'],
  },
  ocr: { tesseract: 'ind', package: '@tesseract.js-data/ind' },
  ages: malayAges('id', 'delapan'),
};
