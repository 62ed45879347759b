// What reading an age needs from each language: its number words, the words that make a number an
// age, the words that bound it ("under", "di bawah", "dưới"), the sexes, and what defines a child.
// One plain object per language, shaped to move into the language profiles as they land.

export type Sex = 'male' | 'female';

export interface AgeLanguage {
  code: string;
  /** Regex source of one number written in words (cardinal), without digits. */
  numberWords: string;
  /** Parses what `numberWords` matched; null when it is not a number. */
  parseNumber(words: string): number | null;
  /** Regex source of an ordinal written in words ("fourteenth"), when the language writes ages so. */
  ordinalWords?: string;
  parseOrdinal?(words: string): number | null;
  /**
   * Where a number is an age: regex sources with `{N}` (a number) or `{ORD}` (an ordinal). Each must
   * hold the age words themselves, so a fine, a section or a term of years never matches.
   */
  agePatterns: string[];
  /** Words before the number (or around it, for `*After`) that make it an upper or a lower bound. */
  under: string[];
  atLeast: string[];
  atLeastAfter: string[];
  male: string[];
  female: string[];
  /** A definition (or the scope) of "child" or "minor" ending just before the age. */
  childDefinition: string[];
  /** Words of a clause or a law's title by subject, for routing an age to the checklist item it sets. */
  subjects: Partial<Record<AgeSubject, string[]>>;
}

export type AgeSubject =
  | 'marriage'
  | 'work'
  | 'hazardous_work'
  | 'light_work'
  | 'criminal_responsibility'
  | 'sexual_consent'
  | 'recruitment'
  | 'education';

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

// ---- English ----
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

function parseEnglish(words: string, units: Record<string, number>, teens: Record<string, number>) {
  const parts = words.toLowerCase().split(/[\s-]+/);
  if (parts.length === 1) return units[parts[0]] ?? teens[parts[0]] ?? EN_TENS[parts[0]] ?? null;
  const tens = EN_TENS[parts[0]];
  const unit = units[parts[1]];
  return parts.length === 2 && tens !== undefined && unit !== undefined ? tens + unit : null;
}

const EN_TENS_RE = alternatives(Object.keys(EN_TENS));
export const ENGLISH: AgeLanguage = {
  code: 'en',
  numberWords: `(?:${EN_TENS_RE})(?:[\\s-]+(?:${alternatives(Object.keys(EN_UNITS))}))?|${alternatives([
    ...Object.keys(EN_TEENS),
    ...Object.keys(EN_UNITS),
  ])}`,
  parseNumber: (w) => parseEnglish(w, EN_UNITS, EN_TEENS),
  ordinalWords: `(?:${EN_TENS_RE})[\\s-]+(?:${alternatives(Object.keys(EN_ORDINAL_UNITS))})|${alternatives([
    ...Object.keys(EN_ORDINAL_TEENS),
    ...Object.keys(EN_ORDINAL_UNITS),
  ])}|\\d{1,2}(?:st|nd|rd|th)`,
  parseOrdinal: (w) =>
    /^\d/.test(w) ? Number.parseInt(w, 10) : parseEnglish(w, EN_ORDINAL_UNITS, EN_ORDINAL_TEENS),
  agePatterns: [
    'ages?\\s+of\\s+{N}',
    '{N}\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?years?[\\s-]+(?:of\\s+age|old)',
    '{N}-years?-old',
    'aged\\s+{N}',
    '(?:completed|attained|reached)\\s+[-–]?\\s*(?:his|her|their|the)\\s+{ORD}\\s+year',
    // "a person under 18 years": only with a bound and a person just before, never "a term of 14 years".
    '(?:person|child|children|minor|male|female|boy|girl|who\\s+is|is)\\s+(?:under|below|less\\s+than)\\s+{N}\\s+years',
  ],
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
    'above',
    'over',
    'not less than',
    'at least',
    'attained',
    'reached',
    'completed',
    'of or above',
    'minimum age',
  ],
  atLeastAfter: ['or above', 'or over', 'or older', 'or more', 'or upwards', 'and above', 'and upwards'],
  male: ['male', 'males', 'man', 'boy', 'husband', 'bridegroom'],
  female: ['female', 'females', 'woman', 'girl', 'wife', 'bride'],
  childDefinition: [
    '(?:child|minor|juvenile|young person)\\W{0,4}\\s*(?:[—–-]\\s*)?(?:\\([a-z]+\\)\\s*)?(?:means|includes|shall mean|refers to)',
    '(?:Act|Part|Chapter|Code|Ordinance)\\s+(?:shall\\s+)?appl(?:y|ies)\\s+to\\s+(?:a|any|every)?\\s*(?:child|person)',
  ],
  subjects: {
    marriage: ['marriage', 'marry', 'married', 'matrimonial', 'nikah', 'bride', 'bridegroom'],
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

// ---- Malay and Indonesian ----
function malayLike(code: 'ms' | 'id', eight: string): AgeLanguage {
  const units: Record<string, number> = {
    satu: 1,
    dua: 2,
    tiga: 3,
    empat: 4,
    lima: 5,
    enam: 6,
    tujuh: 7,
    [eight]: 8,
    sembilan: 9,
  };
  const unitRe = alternatives(Object.keys(units));
  return {
    code,
    numberWords: `(?:${unitRe})\\s+puluh(?:\\s+(?:${unitRe}))?|(?:${unitRe})\\s+belas|sebelas|sepuluh|${unitRe}`,
    parseNumber(words) {
      const parts = words.toLowerCase().split(/\s+/);
      if (parts[0] === 'sepuluh') return 10;
      if (parts[0] === 'sebelas') return 11;
      const first = units[parts[0]];
      if (first === undefined) return null;
      if (parts.length === 1) return first;
      if (parts[1] === 'belas') return 10 + first;
      if (parts[1] === 'puluh') return first * 10 + (parts[2] ? (units[parts[2]] ?? 0) : 0);
      return null;
    },
    agePatterns: [
      // "berumur di bawah lapan belas tahun", "belum berusia 18 (delapan belas) tahun"
      '(?:umur|usia)[\\p{L}\\s-]{0,30}?{N}\\s*(?:\\([^)]{1,30}\\)\\s*)?tahun',
    ],
    under: [
      'di bawah',
      'bawah',
      'kurang daripada',
      'kurang dari',
      'belum mencapai',
      'belum berumur',
      'belum berusia',
      'belum genap',
    ],
    atLeast: [
      'tidak kurang daripada',
      'tidak kurang dari',
      'sekurang-kurangnya',
      'paling rendah',
      'minimal',
      'mencapai',
      'lebih daripada',
      'lebih dari',
      'melebihi',
      'telah berumur',
      'telah berusia',
      'genap',
    ],
    atLeastAfter: ['dan ke atas', 'ke atas', 'atau lebih'],
    male: ['lelaki', 'laki-laki', 'pria'],
    female: ['perempuan', 'wanita'],
    childDefinition: [
      '(?:kanak-kanak|anak|belum dewasa)\\W{0,4}\\s*(?:[—–-]\\s*)?(?:\\([a-z]+\\)\\s*)?(?:ertinya|bermaksud|termasuk|adalah|ialah)',
      'terpakai\\s+(?:bagi|kepada)\\s+(?:seseorang\\s+)?(?:kanak-kanak|anak)',
      'berlaku\\s+(?:bagi|untuk)\\s+(?:setiap\\s+)?anak',
    ],
    subjects: {
      marriage: ['perkahwinan', 'berkahwin', 'kahwin', 'perkawinan', 'kawin', 'nikah', 'pernikahan'],
      work: ['pekerjaan', 'bekerja', 'kerja', 'diambil kerja', 'buruh', 'ketenagakerjaan', 'pekerja'],
      hazardous_work: ['berbahaya', 'membahayakan'],
      light_work: ['kerja ringan', 'pekerjaan ringan'],
      criminal_responsibility: ['tanggungjawab jenayah', 'pertanggungjawaban pidana', 'bukan kesalahan'],
      sexual_consent: ['persetubuhan', 'bersetubuh', 'rogol', 'persetujuan seksual', 'perkosaan'],
      recruitment: ['angkatan tentera', 'angkatan bersenjata', 'tentara', 'rekrut'],
      education: ['pendidikan wajib', 'wajib belajar', 'persekolahan wajib'],
    },
  };
}
export const MALAY = malayLike('ms', 'lapan');
export const INDONESIAN = malayLike('id', 'delapan');

// ---- Vietnamese ----
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
const VI_UNIT_RE = alternatives(Object.keys(VI_UNITS));
export const VIETNAMESE: AgeLanguage = {
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
  agePatterns: ['{N}\\s*tuổi'],
  under: ['dưới', 'chưa đủ', 'chưa đến', 'chưa tới', 'chưa thành niên'],
  atLeast: ['từ đủ', 'đủ', 'từ', 'trên', 'ít nhất', 'không dưới', 'tối thiểu'],
  atLeastAfter: ['trở lên'],
  male: ['nam', 'con trai', 'người chồng'],
  female: ['nữ', 'con gái', 'người vợ'],
  childDefinition: ['(?:trẻ em|người chưa thành niên)\\s+(?:là|được hiểu là|bao gồm)'],
  subjects: {
    marriage: ['kết hôn', 'tảo hôn', 'hôn nhân'],
    work: ['lao động', 'làm việc', 'tuyển dụng', 'sử dụng người'],
    hazardous_work: ['nặng nhọc', 'độc hại', 'nguy hiểm'],
    light_work: ['công việc nhẹ'],
    criminal_responsibility: ['trách nhiệm hình sự'],
    sexual_consent: ['giao cấu', 'hiếp dâm', 'quan hệ tình dục'],
    recruitment: ['nghĩa vụ quân sự', 'quân đội', 'nhập ngũ'],
    education: ['phổ cập', 'giáo dục bắt buộc'],
  },
};

// ---- Thai ----
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
const TH_UNIT_RE = alternatives(Object.keys(TH_UNITS));
export const THAI: AgeLanguage = {
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
  agePatterns: ['อายุ[^\\d๐-๙\\n]{0,25}?{N}\\s*ปี'],
  under: ['ต่ำกว่า', 'ไม่ถึง', 'ยังไม่บรรลุ', 'ยังไม่ครบ', 'น้อยกว่า'],
  atLeast: ['ไม่ต่ำกว่า', 'ตั้งแต่', 'เกิน', 'ครบ', 'อย่างน้อย'],
  atLeastAfter: ['บริบูรณ์', 'ขึ้นไป'],
  male: ['ชาย'],
  female: ['หญิง'],
  childDefinition: ['(?:เด็ก|ผู้เยาว์)\\W{0,3}\\s*(?:หมายความว่า|หมายถึง)'],
  subjects: {
    marriage: ['สมรส'],
    work: ['ลูกจ้าง', 'จ้าง', 'ทำงาน', 'แรงงาน'],
    hazardous_work: ['อันตราย'],
    light_work: ['งานเบา'],
    criminal_responsibility: ['ไม่ต้องรับโทษ', 'รับผิดทางอาญา'],
    sexual_consent: ['กระทำชำเรา', 'ชำเรา'],
    recruitment: ['ทหาร'],
    education: ['การศึกษาภาคบังคับ'],
  },
};

// ---- Filipino ----
const FIL_UNITS: Record<string, number> = {
  isa: 1,
  dalawa: 2,
  tatlo: 3,
  apat: 4,
  lima: 5,
  anim: 6,
  pito: 7,
  walo: 8,
  siyam: 9,
};
const FIL_UNIT_RE = alternatives(Object.keys(FIL_UNITS));
const FIL_TENS: Record<string, number> = { dalawampu: 20, tatlumpu: 30, apatnapu: 40 };
function parseFilipino(w: string): number | null {
  if (w === 'sampu') return 10;
  const teen = /^labi(?:ng|n|m)[\s-]?(\p{L}+)$/u.exec(w);
  if (teen) return FIL_UNITS[teen[1]] === undefined ? null : 10 + FIL_UNITS[teen[1]];
  const tens = /^(\p{L}+?pu)(?:'t\s+(\p{L}+))?$/u.exec(w);
  if (tens) {
    const unit = tens[2] === undefined ? 0 : FIL_UNITS[tens[2]];
    return FIL_TENS[tens[1]] === undefined || unit === undefined ? null : FIL_TENS[tens[1]] + unit;
  }
  return FIL_UNITS[w] ?? null;
}
export const FILIPINO: AgeLanguage = {
  code: 'fil',
  // "labingwalo" (18), "labing-apat" (14), "dalawampu't isa" (21); "-ng" is the linker ("labingwalong taon").
  numberWords: `(?:${alternatives(Object.keys(FIL_TENS))})(?:'t\\s+(?:${FIL_UNIT_RE}))?(?:ng)?|labi(?:ng|n|m)[\\s-]?(?:${FIL_UNIT_RE})(?:ng)?|sampu(?:ng)?|(?:${FIL_UNIT_RE})(?:ng)?`,
  parseNumber(words) {
    const raw = words.toLowerCase();
    return parseFilipino(raw) ?? (raw.endsWith('ng') ? parseFilipino(raw.slice(0, -2)) : null);
  },
  agePatterns: ['{N}\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?(?:na\\s+)?taong?\\s+gulang', 'edad\\s+na\\s+{N}'],
  under: ['wala pang', 'mababa sa', 'hindi pa', 'mas bata sa', 'kulang sa'],
  atLeast: ['hindi bababa sa', 'hindi kukulangin sa', 'mahigit', 'higit sa', 'sumapit sa', 'umabot sa'],
  atLeastAfter: ['pataas', 'o higit pa', 'o mahigit'],
  male: ['lalaki'],
  female: ['babae'],
  childDefinition: [
    '(?:bata|batang|menor de edad)\\W{0,4}\\s*(?:ay\\s+)?(?:tumutukoy\\s+sa|nangangahulugan|ay)',
  ],
  subjects: {
    marriage: ['kasal', 'pag-aasawa', 'magpakasal'],
    work: ['trabaho', 'magtrabaho', 'empleyo', 'paggawa', 'manggagawa'],
    hazardous_work: ['mapanganib'],
    light_work: ['magaan na trabaho'],
    criminal_responsibility: ['pananagutang kriminal', 'criminal responsibility'],
    sexual_consent: ['pakikipagtalik', 'panggagahasa'],
    recruitment: ['sandatahang lakas', 'military'],
    education: ['sapilitang edukasyon'],
  },
};

export const AGE_LANGUAGES: Readonly<Record<string, AgeLanguage>> = {
  en: ENGLISH,
  ms: MALAY,
  id: INDONESIAN,
  vi: VIETNAMESE,
  th: THAI,
  fil: FILIPINO,
  tl: FILIPINO,
};

/** The tables for a language code, English where the language has none yet. */
export function ageLanguage(code: string): AgeLanguage {
  return AGE_LANGUAGES[code] ?? ENGLISH;
}
