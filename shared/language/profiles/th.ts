// Thai: พระราชบัญญัติ (ภาค, หมวด ๑, ส่วนที่ ๒, มาตรา ๒๖/๑ followed by the text itself), numbered in
// Thai digits; written without spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';
import { longestFirst, type AgeLanguage } from '../age-words';

// Ages as laws write them, for the measurable checks.
const TH_UNITS: Record<string, number> = {
  หนึ่ง: 1,
  เอ็ด: 1,
  สอง: 2,
  สาม: 3,
  สี่: 4,
  ห้า: 5,
  หก: 6,
  เจ็ด: 7,
  แปด: 8,
  เก้า: 9,
};
const TH_UNIT_RE = longestFirst(Object.keys(TH_UNITS));
const TH_AGES: AgeLanguage = {
  code: 'th',
  numberWords: `(?:ยี่|${TH_UNIT_RE})?สิบ(?:${TH_UNIT_RE})?|${TH_UNIT_RE}`,
  parseNumber(words) {
    const at = words.indexOf('สิบ');
    if (at < 0) return TH_UNITS[words] ?? null;
    const head = words.slice(0, at);
    const tail = words.slice(at + 'สิบ'.length);
    const tens = head === '' ? 1 : head === 'ยี่' ? 2 : TH_UNITS[head];
    const unit = tail === '' ? 0 : TH_UNITS[tail];
    return tens === undefined || unit === undefined ? null : tens * 10 + unit;
  },
  // Thai writes "อายุ ... ปี" (age ... years); a number with only "ปี" is a term or a year.
  agePatterns: [
    // "… อายุสิบห้าปีบริบูรณ์ และสิบแปดปีบริบูรณ์สำหรับงานที่เป็นอันตราย": the second age, อายุ not written
    // again, bound as the first (unless its own bound words say otherwise) and for what its own words name.
    '(?<same>ปี(?:บริบูรณ์)?(?<join>\\s*(?:และ|หรือ)))\\s*(?:ต่ำกว่า|ไม่ต่ำกว่า|ไม่ถึง|ยังไม่เกิน|ไม่เกิน)?{N}\\s*ปี(?=(?:บริบูรณ์)?\\s*(?:สำหรับ|ใน))',
    // "อายุ 13 ถึง 15 ปี": the upper end, after the lower in digits and a link (read as the range's).
    'อายุ[^\\d๐-๙\\n]{0,25}?(?:{NUM}\\s*(?:ถึง|แต่|และ)[^\\d๐-๙\\n]{0,12}?)?{N}\\s*ปี',
  ],
  ageWords: ['อายุ'],
  under: ['ต่ำกว่า', 'ไม่ถึง', 'ยังไม่บรรลุ', 'ยังไม่ครบ', 'น้อยกว่า'],
  // "เด็กอายุกว่าสิบสองปี" (a child over twelve), Criminal Code s. 74: over is the number printed or above.
  atLeast: ['ไม่ต่ำกว่า', 'ตั้งแต่', 'ครบ', 'อย่างน้อย', 'เกิน', 'มากกว่า', 'อายุกว่า'],
  atLeastAfter: ['บริบูรณ์', 'ขึ้นไป'],
  atMost: ['ไม่เกิน', 'ยังไม่เกิน', 'ไม่มากกว่า'],
  male: ['ชาย'],
  female: ['หญิง'],
  rangeLinks: ['แต่', 'และ', 'ถึง'],
  rangeJoins: ['อายุ'],
  childDefinition: ['(?:เด็ก|ผู้เยาว์)\\W{0,3}\\s*(?:หมายความว่า|หมายถึง)'],
  subjects: {
    marriage: ['สมรส', 'แต่งงาน'],
    work: ['ลูกจ้าง', 'จ้าง', 'ทำงาน', 'แรงงาน'],
    hazardous_work: ['อันตราย'],
    light_work: ['งานเบา'],
    criminal_responsibility: ['ไม่ต้องรับโทษ', 'รับผิดทางอาญา'],
    sexual_consent: ['กระทำชำเรา', 'ชำเรา'],
    recruitment: ['ทหาร'],
    education: ['การศึกษาภาคบังคับ'],
  },
};

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
  ages: TH_AGES,
};
