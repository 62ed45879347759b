// Vietnamese: Luật (Chương I, Mục 1, Điều 5. heading, Phụ lục, Mục lục). Words are syllables, kept
// with their diacritics, which tell them apart.
import { NO_DRAFTING_WORDS, NO_TITLE_WORDS, withCapitals, type LanguageProfile } from '../profile';
import { longestFirst, type AgeLanguage } from '../age-words';

const STOPWORDS = `và của các những được có là cho theo tại trong với về này đó khi nếu thì để do bị
không một hai từ đến hoặc như điều khoản luật chương mục người`;

// Ages as laws write them, for the measurable checks.
const VI_UNITS: Record<string, number> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const VI_UNIT_RE = longestFirst(Object.keys(VI_UNITS));
const VI_AGES: AgeLanguage = {
  code: 'vi',
  numberWords: `(?:${VI_UNIT_RE})\\s+mươi(?:\\s+(?:${VI_UNIT_RE}))?|mười(?:\\s+(?:${VI_UNIT_RE}))?|${VI_UNIT_RE}`,
  parseNumber(words) {
    const parts = words.toLowerCase().split(/\s+/);
    if (parts[0] === 'mười') {
      const unit = parts[1] === undefined ? 0 : VI_UNITS[parts[1]];
      return unit === undefined ? null : 10 + unit;
    }
    const first = VI_UNITS[parts[0]];
    if (first === undefined) return null;
    if (parts.length === 1) return first;
    if (parts[1] === 'mươi') return first * 10 + (parts[2] ? (VI_UNITS[parts[2]] ?? 0) : 0);
    return null;
  },
  // "tuổi" is age in years; "năm" alone is a year or a term, "tháng tuổi" an age in months.
  // "Độ tuổi tối thiểu … là 15 tuổi" (the minimum age … is 15) states the lowest age allowed, whatever
  // its sentence says before the number ("người chưa thành niên", a minor, is no bound there).
  agePatterns: [
    '(?<min>tuổi\\s+(?:\\p{L}+\\s+){0,2}?tối\\s+thiểu|tuổi\\s+kết\\s+hôn)[^.;:\\n]{0,120}?(?<![\\p{L}])là\\s+(?:\\p{L}+\\s+){0,2}?{N}\\s*tuổi',
    // "Tuổi kết hôn của nam là 20 tuổi, của nữ là 18 tuổi": the second age, bound as the first, for the
    // sex its own words name.
    '(?<same>tuổi(?<join>\\s*,?\\s*(?:và\\s+|còn\\s+)?)(?:của|đối\\s+với)\\s+(?<sex>\\p{L}+(?:\\s+\\p{L}+)?)\\s+là)\\s+{N}\\s*tuổi',
    // "… là 15 tuổi và 18 tuổi đối với công việc nặng nhọc, độc hại, nguy hiểm": the second age, bound as
    // the first and for what its own words name.
    '(?<same>tuổi(?<join>\\s*,?\\s*(?:và|hoặc)))\\s+{N}\\s*tuổi(?=\\s*,?\\s*(?:đối\\s+với|với|trong|cho|khi|ở)\\s)',
    '{N}\\s*tuổi',
  ],
  ageWords: ['tuổi'],
  under: ['dưới', 'chưa đủ', 'chưa đến', 'chưa tới', 'chưa thành niên'],
  atLeast: ['từ đủ', 'đủ', 'từ', 'ít nhất', 'không dưới', 'tối thiểu', 'trên'],
  atLeastAfter: ['trở lên'],
  atMost: ['không quá', 'chưa quá'],
  male: ['nam', 'con trai', 'người chồng'],
  female: ['nữ', 'con gái', 'người vợ'],
  // "Người nào đủ 18 tuổi trở lên mà giao cấu … thì bị phạt tù": whom the Penal Code punishes.
  offender: {
    doers: ['người nào'],
    between: [],
    penalty: ['bị phạt', 'phạt tù', 'phạt tiền', 'xử phạt', 'tử hình'],
  },
  rangeLinks: ['đến', 'tới', 'và', 'nhưng'],
  rangeJoins: ['tuổi'],
  childDefinition: ['(?:trẻ em|người chưa thành niên)\\s+(?:là|được hiểu là|bao gồm)'],
  subjects: {
    // "lấy vợ", "lấy chồng": takes a wife, a husband (Penal Code art. 183: "việc lấy vợ, lấy chồng").
    marriage: ['kết hôn', 'tảo hôn', 'hôn nhân', 'lấy vợ', 'lấy chồng'],
    // "công việc" is work as a noun, as English "work" is: "làm công việc nặng nhọc, độc hại, nguy hiểm"
    // (to do heavy, toxic or dangerous work, Law on Children 2016, art. 26) names work, and so hazardous work.
    work: ['lao động', 'làm việc', 'công việc', 'tuyển dụng', 'sử dụng người'],
    hazardous_work: ['nặng nhọc', 'độc hại', 'nguy hiểm'],
    light_work: ['công việc nhẹ'],
    criminal_responsibility: ['trách nhiệm hình sự'],
    sexual_consent: ['giao cấu', 'hiếp dâm', 'quan hệ tình dục'],
    recruitment: ['nghĩa vụ quân sự', 'quân đội', 'nhập ngũ'],
    education: ['phổ cập', 'giáo dục bắt buộc'],
  },
};

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
    numberIssuers: ['QH', 'UBTVQH', 'NĐ-CP', 'ND-CP', 'QĐ-TTg', 'L-CTN'],
  },
  citation: { labels: { article: 'Điều', schedule: 'Phụ lục' }, abbreviations: [] },
  words: {
    breaks: 'words',
    foldDiacritics: false,
    dropPossessive: false,
    numberWords: {},
    stemmer: 'vietnamese',
    stopwords: STOPWORDS.split(/\s+/),
  },
  detection: { markers: ['của', 'và', 'các', 'trẻ', 'em', 'được', 'có', 'theo', 'quy', 'định'] },
  ocr: { tesseract: 'vie', package: '@tesseract.js-data/vie' },
  ages: VI_AGES,
};
