// English: Commonwealth drafting (Parts, sections with marginal or inline headings, schedules),
// as in the Pakistani acts and the English texts of Malaysian bills.
import { NO_DRAFTING_WORDS, withCapitals, type LanguageProfile } from '../profile';
import { longestFirst, type AgeLanguage } from '../age-words';

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

// Ages as laws write them, for the measurable checks.
const EN_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const EN_TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };
const EN_ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const EN_ORDINAL_TEENS: Record<string, number> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

// "twenty-one", "twenty one", and as PDFs print the hyphen: U+2010..U+2014 ("twenty–one"), soft hyphen.
const JOIN = '[\\s\\u00AD\\u2010-\\u2014-]+';

function parseEnglish(words: string, units: Record<string, number>, teens: Record<string, number>) {
  const parts = words.toLowerCase().split(new RegExp(JOIN));
  if (parts.length === 1) return units[parts[0]] ?? teens[parts[0]] ?? EN_TENS[parts[0]] ?? null;
  const tens = EN_TENS[parts[0]];
  const unit = units[parts[1]];
  return parts.length === 2 && tens !== undefined && unit !== undefined ? tens + unit : null;
}

const EN_TENS_RE = longestFirst(Object.keys(EN_TENS));
// The words between a minimum age and its number never hold a penalty ("liable to imprisonment for a
// term which shall be not less than fifteen years") nor a new subsection; after "is" or "be", never a
// person under an age ("the minimum age for employment is a child under fifteen years").
const EN_NO_PENALTY =
  '(?!liable|punish|imprison|fine[ds]?\\b|penalt|sentence|convict|\\n\\s*\\(?[a-z0-9]{1,4}\\)\\s)';
const EN_AGES: AgeLanguage = {
  code: 'en',
  numberWords: `(?:${EN_TENS_RE})(?:${JOIN}(?:${longestFirst(Object.keys(EN_UNITS))}))?|${longestFirst([
    ...Object.keys(EN_TEENS),
    ...Object.keys(EN_UNITS),
  ])}`,
  parseNumber: (w) => parseEnglish(w, EN_UNITS, EN_TEENS),
  ordinalWords: `(?:${EN_TENS_RE})${JOIN}(?:${longestFirst(Object.keys(EN_ORDINAL_UNITS))})|${longestFirst([
    ...Object.keys(EN_ORDINAL_TEENS),
    ...Object.keys(EN_ORDINAL_UNITS),
  ])}|\\d{1,2}(?:st|nd|rd|th)`,
  parseOrdinal: (w) =>
    /^\d/.test(w) ? Number.parseInt(w, 10) : parseEnglish(w, EN_ORDINAL_UNITS, EN_ORDINAL_TEENS),
  agePatterns: [
    // "The minimum age for admission to employment shall be fifteen years", "the age of marriage shall
    // be eighteen years", "the age of criminal responsibility shall be raised to 12 years": the lowest
    // age allowed, its number after "is" or "be" further on in the sentence.
    `(?<min>minimum\\s+age|age\\s+(?:of|for)\\s+(?:marriage|criminal\\s+responsibility|consent|admission|employment|recruitment|enlistment))(?:${EN_NO_PENALTY}[^.;:]){0,120}?\\b(?:is|be|are)\\s+(?:${EN_NO_PENALTY}(?!under|below|younger|an?\\s|person|child|minor)[a-z]+\\s+){0,4}?{N}\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*|\\([^)\\d\\n]{1,25}\\)\\s*)?years?\\b`,
    // "… eighteen years for males and sixteen years for females", "… shall be 15 years and 18 years for
    // hazardous work", "… 15 years, or 13 years for light work" (C138 arts. 2, 3 and 7 as laws copy them):
    // the second age, bound as the first and for what its own words name.
    `(?<same>years?(?:\\s+of\\s+age)?(?:\\s+(?:for|in)\\s+(?:an?\\s+|the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)?(?<join>\\s*,?\\s+(?:and|or|but)))\\s+{N}\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?years?(?=\\s+(?:of\\s+age\\s+)?(?:for|in)\\s)`,
    'ages?\\s+of\\s+{N}',
    '{N}[\\s-]*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?years?[\\s-]+(?:of\\s+age|old)',
    '{N}-years?-old',
    'aged\\s+{N}',
    '(?:completed|attained|reached)\\s+[-–]?\\s*(?:his|her|their|the)\\s+{ORD}\\s+year',
    // "a person under 18 years": only with a bound and a person just before, never "a term of 14 years";
    // the lower end of a range may come between ("persons not less than 13 and under 16 years").
    '(?:persons?|child|children|minors?|males?|females?|boys?|girls?|who\\s+is|is)\\s+(?:(?:not\\s+less\\s+than|at\\s+least|of\\s+or\\s+above)\\s+{NUM}\\s+(?:years?\\s+)?(?:and|but)\\s+)?(?:under|below|less\\s+than)\\s+{N}\\s+years',
  ],
  ageWords: ['age', 'year'],
  otherUnits: ['month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'per cent', 'percent'],
  under: [
    'under',
    'below',
    'less than',
    'younger than',
    'not attained',
    'not yet attained',
    'not reached',
    'not completed',
    'not yet completed',
  ],
  atLeast: [
    'not less than',
    'at least',
    'attained',
    'reached',
    'completed',
    'of or above',
    'or above',
    'or over',
    'minimum age',
    // "over fifteen" is read as the number printed, 15 or above (read-ages.ts).
    'over',
    'above',
    'exceeding',
    'more than',
    'older than',
  ],
  // "… eighteen years for males": who a minimum age is for, named after it.
  sexAfter: `^\\s*(?:of\\s+age\\s+)?(?:for|in\\s+the\\s+case\\s+of)\\s+(?:an?\\s+|the\\s+|every\\s+|all\\s+)?(?<sex>\\p{L}+)`,
  atLeastAfter: ['or above', 'or over', 'or older', 'or more', 'or upwards', 'and above', 'and upwards'],
  atMost: ['not over', 'not exceeding', 'not more than', 'no more than', 'not above', 'not older than'],
  male: ['male', 'males', 'man', 'men', 'boy', 'boys', 'husband', 'bridegroom'],
  female: ['female', 'females', 'woman', 'women', 'girl', 'girls', 'wife', 'bride'],
  offender: {
    doers: [
      'whoever',
      'whosoever',
      'anyone',
      'any person',
      'every person',
      'any man',
      'any male',
      'any adult',
    ],
    between: ['being', 'who', 'is', 'a', 'an', 'the', 'age', 'of', 'aged'],
    penalty: [
      'punishable',
      'punished',
      'liable',
      'imprisonment',
      'fine',
      'penalty',
      'sentenced',
      'convicted',
      'commits an offence',
      'guilty of an offence',
    ],
  },
  rangeLinks: ['to', 'and', 'but'],
  rangeJoins: ['is', 'who', 'has', 'not', 'yet', 'the', 'age', 'of', 'years', 'his', 'her'],
  childDefinition: [
    '(?:child|minor|juvenile|young person)\\W{0,4}\\s*(?:[—–-]\\s*)?(?:\\([a-z]+\\)\\s*)?(?:means|includes|shall mean|refers to)',
    '(?:Act|Part|Chapter|Code|Ordinance)\\s+(?:shall\\s+)?appl(?:y|ies)\\s+to\\s+(?:a|any|every)?\\s*(?:child|person)',
  ],
  subjects: {
    marriage: [
      'marriage',
      'marriages',
      'marry',
      'marries',
      'marrying',
      'married',
      'matrimonial',
      'nikah',
      'bride',
      'bridegroom',
    ],
    work: ['employ', 'employed', 'employment', 'employer', 'work', 'labour', 'labor', 'occupation'],
    hazardous_work: ['hazardous', 'dangerous work', 'dangerous occupation', 'harmful work'],
    light_work: ['light work'],
    criminal_responsibility: [
      'criminal responsibility',
      'criminally responsible',
      'criminally liable',
      'nothing is an offence',
      'doli incapax',
    ],
    sexual_consent: ['sexual intercourse', 'sexual act', 'age of consent', 'rape', 'carnal'],
    recruitment: ['armed forces', 'recruit', 'recruitment', 'enlist', 'military service'],
    education: ['compulsory education', 'compulsory schooling', 'school age'],
  },
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
  titles: {
    kindsLast: ['act', 'bill', 'ordinance', 'law', 'code', 'regulations', 'rules', 'decree', 'order'],
    kindsFirst: [],
    otherKinds: ['regulation', 'constitution'],
    headingKinds: [],
    shortTitlePhrases: ['may be cited as', 'may be called', 'shall be called', 'shall be cited as'],
    shortTitleKinds: ['Act', 'Bill', 'Ordinance'],
    smallWords: [
      'a',
      'an',
      'and',
      'against',
      'as',
      'at',
      'by',
      'for',
      'from',
      'in',
      'of',
      'on',
      'or',
      'the',
      'to',
      'with',
    ],
  },
  amendments: {
    titleWords: ['amendment', 'amending'],
    actOpeners: ['to amend the', 'further to amend the', 'in the', 'of the'],
    sectionWords: ['section', 'sections'],
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
  ages: EN_AGES,
};
