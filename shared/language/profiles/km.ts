// Khmer: ច្បាប់ (ជំពូកទី១ run into its number, ផ្នែក, មាត្រា ១.- heading, sentences ending "។"),
// numbered in Khmer digits; written without spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';
import { longestFirst, type AgeLanguage } from '../age-words';

// Ages as laws write them, for the measurable checks: ដប់ប្រាំបី (18), ម្ភៃមួយ (21), or in digits.
// Six to nine are five and one..four (ប្រាំមួយ..ប្រាំបួន).
const KM_UNITS: Record<string, number> = {
  មួយ: 1,
  ពីរ: 2,
  បី: 3,
  បួន: 4,
  ប្រាំ: 5,
  ប្រាំមួយ: 6,
  ប្រាំពីរ: 7,
  ប្រាំបី: 8,
  ប្រាំបួន: 9,
};
const KM_TENS: Record<string, number> = {
  ដប់: 1,
  ម្ភៃ: 2,
  សាមសិប: 3,
  សែសិប: 4,
  ហាសិប: 5,
  ហុកសិប: 6,
  ចិតសិប: 7,
  ប៉ែតសិប: 8,
  កៅសិប: 9,
};
const KM_UNIT_RE = longestFirst(Object.keys(KM_UNITS));
const KM_AGES: AgeLanguage = {
  code: 'km',
  numberWords: `(?:${longestFirst(Object.keys(KM_TENS))})(?:${KM_UNIT_RE})?|${KM_UNIT_RE}`,
  parseNumber(words) {
    const tens = Object.keys(KM_TENS).find((t) => words.startsWith(t));
    if (!tens) return KM_UNITS[words] ?? null;
    const tail = words.slice(tens.length);
    const unit = tail === '' ? 0 : KM_UNITS[tail];
    return unit === undefined ? null : KM_TENS[tens] * 10 + unit;
  },
  // Khmer writes "អាយុ ... ឆ្នាំ" (age ... years), the digits often followed by the words, "១៥(ដប់ប្រាំ)
  // ឆ្នាំ"; a number with only "ឆ្នាំ" is a term or a year. "អាយុអប្បបរមា ... ១៥ ឆ្នាំ" (the minimum age
  // ... is 15) states the lowest age allowed, the number further on in its sentence.
  agePatterns: [
    '(?<min>អាយុ\\s*អប្បបរមា)[^\\d\\n។]{0,100}?{N}\\s*(?:\\([^)\\d\\n]{1,25}\\)\\s*)?ឆ្នាំ',
    // "អាយុពី ១២ ដល់ ១៥ ឆ្នាំ": the upper end, after the lower and a link (read as the range's).
    'អាយុ[^\\d\\n]{0,25}?(?:{NUM}\\s*(?:\\([^)\\d\\n]{1,25}\\)\\s*)?(?:ដល់|តែ|និង)[^\\d\\n]{0,12}?)?{N}\\s*(?:\\([^)\\d\\n]{1,25}\\)\\s*)?ឆ្នាំ',
  ],
  ageWords: ['អាយុ'],
  // Not the ក្រោម of ខាងក្រោម ("as follows") nor the គ្រប់ of គ្រប់គ្រង (to manage).
  under: ['(?<!ខាង)ក្រោម', 'មិនទាន់គ្រប់', 'មិនគ្រប់', 'តិចជាង', 'ទាបជាង'],
  // "អាយុពី ១៥ ឆ្នាំ" (aged from 15); ពី alone is too common a syllable (ពីរ, two).
  atLeast: ['ចាប់ពី', 'អាយុពី', 'យ៉ាងតិច', 'មិនតិចជាង', 'គ្រប់(?!គ្រង)', 'លើស', 'ច្រើនជាង'],
  atLeastAfter: ['ឡើងទៅ'],
  atMost: ['មិនលើស', 'មិនលើសពី'],
  male: ['ប្រុស', 'បុរស'],
  female: ['ស្រី', 'ស្ត្រី', 'នារី'],
  // "អាយុពី ១២ ឆ្នាំ ដល់ ១៥ ឆ្នាំ" (aged from 12 to 15 years): ដល់ (to, until), តែ (but), និង (and) are the
  // common words; not yet checked against a law's text that writes a range so (unverified).
  rangeLinks: ['ដល់', 'តែ', 'និង'],
  rangeJoins: ['អាយុ'],
  childDefinition: ['(?:កុមារ|អនីតិជន)\\W{0,3}\\s*(?:សំដៅដល់|សំដៅលើ|មានន័យថា|គឺជា)'],
  subjects: {
    marriage: ['អាពាហ៍ពិពាហ៍', 'រៀបការ'],
    work: ['ការងារ', 'ធ្វើការ', 'ពលកម្ម', 'និយោជក', 'កម្មករ'],
    hazardous_work: ['គ្រោះថ្នាក់'],
    light_work: ['ការងារស្រាល'],
    criminal_responsibility: ['ទទួលខុសត្រូវព្រហ្មទណ្ឌ', 'ទទួលខុសត្រូវផ្នែកព្រហ្មទណ្ឌ'],
    sexual_consent: ['សេពសន្ថវៈ', 'អាសអាភាស'],
    recruitment: ['កងទ័ព', 'យោធា'],
    education: ['ការអប់រំជាកាតព្វកិច្ច'],
  },
};

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
  ages: KM_AGES,
};
