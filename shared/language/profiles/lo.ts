// Lao: ກົດໝາຍ (ພາກທີ, ໝວດທີ, ມາດຕາ 1 heading), numbered in Lao or Arabic digits; written without
// spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';
import { longestFirst, type AgeLanguage } from '../age-words';

// Ages as laws write them, for the measurable checks: ສິບແປດ (18), ຊາວເອັດ (21), or in digits.
const LO_UNITS: Record<string, number> = {
  ໜຶ່ງ: 1,
  ເອັດ: 1,
  ສອງ: 2,
  ສາມ: 3,
  ສີ່: 4,
  ຫ້າ: 5,
  ຫົກ: 6,
  ເຈັດ: 7,
  ແປດ: 8,
  ເກົ້າ: 9,
};
const LO_UNIT_RE = longestFirst(Object.keys(LO_UNITS));
const LO_AGES: AgeLanguage = {
  code: 'lo',
  // Twenty is ຊາວ (ຊາວສອງ, 22); the other tens are ສອງສິບ..ເກົ້າສິບ.
  numberWords: `ຊາວ(?:${LO_UNIT_RE})?|(?:${LO_UNIT_RE})?ສິບ(?:${LO_UNIT_RE})?|${LO_UNIT_RE}`,
  parseNumber(words) {
    const twenty = words.startsWith('ຊາວ');
    const at = twenty ? 0 : words.indexOf('ສິບ');
    if (at < 0) return LO_UNITS[words] ?? null;
    const head = words.slice(0, at);
    const tail = words.slice(at + (twenty ? 'ຊາວ' : 'ສິບ').length);
    const tens = twenty ? 2 : head === '' ? 1 : LO_UNITS[head];
    const unit = tail === '' ? 0 : LO_UNITS[tail];
    return tens === undefined || unit === undefined ? null : tens * 10 + unit;
  },
  // Lao writes "ອາຍຸ ... ປີ" (age ... years); a number with only "ປີ" is a term or a year.
  // "ອາຍຸແຕ່ 14 ຫາ 18 ປີ": the upper end may follow the lower and a link (read as the range's).
  agePatterns: ['ອາຍຸ[^\\d\\n]{0,25}?(?:{NUM}\\s*(?:ຫາ|ແຕ່|ແລະ)[^\\d\\n]{0,12}?)?{N}\\s*ປີ'],
  ageWords: ['ອາຍຸ'],
  under: ['ຕ່ຳກວ່າ', 'ບໍ່ທັນຮອດ', 'ບໍ່ທັນເຖິງ', 'ບໍ່ທັນຄົບ', 'ຍັງບໍ່ທັນ', 'ບໍ່ເຖິງ', 'ບໍ່ຄົບ', 'ນ້ອຍກວ່າ'],
  // ແຕ່ (from), not the ແຕ່ງ of ແຕ່ງງານ (marriage); ຄົບ (completed), not ຄົບຖ້ວນ (complete).
  atLeast: ['ບໍ່ຕ່ຳກວ່າ', 'ແຕ່(?!ງ)', 'ຄົບ(?!ຖ້ວນ)', 'ຢ່າງໜ້ອຍ', 'ເກີນ'],
  atLeastAfter: ['ຂຶ້ນໄປ', 'ບໍລິບູນ'],
  atMost: ['ບໍ່ເກີນ', 'ບໍ່ໃຫ້ເກີນ'],
  male: ['ຊາຍ'],
  female: ['ຍິງ'],
  // "ອາຍຸແຕ່ 14 ປີ ຫາ 18 ປີ" (aged from 14 to 18 years): ຫາ (to), ແຕ່ (but; from), ແລະ (and) are the common
  // words; not yet checked against a law's text that writes a range so (unverified). Not the ແຕ່ງ of ແຕ່ງງານ.
  rangeLinks: ['ຫາ', 'ແຕ່(?!ງ)', 'ແລະ'],
  rangeJoins: ['ອາຍຸ'],
  childDefinition: ['(?:ເດັກ|ຜູ້ເຍົາ)\\W{0,3}\\s*(?:ແມ່ນ|ໝາຍເຖິງ|ໝາຍຄວາມວ່າ)'],
  subjects: {
    marriage: ['ແຕ່ງງານ', 'ແຕ່ງດອງ'],
    work: ['ລູກຈ້າງ', 'ນາຍຈ້າງ', 'ຈ້າງ', 'ເຮັດວຽກ', 'ແຮງງານ'],
    hazardous_work: ['ອັນຕະລາຍ'],
    light_work: ['ວຽກເບົາ'],
    criminal_responsibility: ['ຮັບຜິດຊອບທາງອາຍາ', 'ຄວາມຮັບຜິດຊອບທາງອາຍາ'],
    sexual_consent: ['ຂົ່ມຂືນ', 'ສຳພັນທາງເພດ', 'ເພດສຳພັນ'],
    recruitment: ['ທະຫານ'],
    education: ['ການສຶກສາພາກບັງຄັບ'],
  },
};

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
  ages: LO_AGES,
};
