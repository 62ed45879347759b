// English: Commonwealth drafting (Parts, sections with marginal or inline headings, schedules),
// as in the Pakistani acts and the English texts of Malaysian bills.
import { NO_DRAFTING_WORDS, withCapitals, type LanguageProfile } from '../profile';

const STOPWORDS = `a an the of and or to in on at by for from with within without as is are was were be been
being shall may must will would should can could not no any all such this that these those it its
their they them he she his her him who whom which what where when whether if than then there thereof
therein thereto hereby herein other same into upon so but also each every either neither nor
do does done has have had made make person section subsection paragraph act part chapter provided
provision said one two`;

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  twentyone: '21',
};

export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  aliases: [],
  script: 'Latin',
  spacing: 'spaced',
  drafting: {
    ...NO_DRAFTING_WORDS,
    parts: withCapitals('Part'),
    chapters: withCapitals('Chapter'),
    divisions: withCapitals('Division'),
    articles: [...withCapitals('Article'), 'Art.'],
    sections: [...withCapitals('Section'), 'Sec.'],
    contents: [
      'contents',
      'table of contents',
      'arrangement of sections',
      'arrangement of clauses',
      'arrangement of articles',
      'arrangement of regulations',
      'arrangement of rules',
    ],
    explanatory: ['explanatory statement', 'statement of objects and reasons', 'explanatory memorandum'],
    schedules: ['schedule'],
    capitalSchedules: ['annex', 'annexure'],
    ordinalBeforeSchedule: true,
    ordinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
    billCaptions: ['a bill'],
    captionVerbs: ['intituled'],
    longTitle: {
      determiners: ['a', 'an'],
      nouns: ['act', 'bill', 'ordinance', 'enactment'],
      linkers: ['to', 'for', 'relating'],
    },
  },
  citation: {
    labels: {
      article: 'Article',
      section: 'Section',
      clause: 'Clause',
      regulation: 'Regulation',
      rule: 'Rule',
      paragraph: 'Paragraph',
      schedule: 'Schedule',
    },
    abbreviations: [
      'art.',
      'art',
      'sec.',
      'sec',
      's.',
      'cl.',
      'cl',
      'reg.',
      'reg',
      'r.',
      'para.',
      'para',
      'sch.',
      'sch',
    ],
  },
  words: {
    breaks: 'words',
    foldDiacritics: true,
    dropPossessive: true,
    numberWords: NUMBER_WORDS,
    stemmer: 'porter',
    stopwords: STOPWORDS.split(/\s+/),
  },
  detection: { markers: ['the', 'of', 'and', 'shall', 'any', 'or', 'to', 'in', 'be', 'by'] },
  ocr: { tesseract: 'eng', package: '@tesseract.js-data/eng' },
};
