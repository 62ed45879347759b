// Malay: Malaysian Acts and bills (BAHAGIAN, Seksyen, JADUAL KEDUA, SUSUNAN FASAL, HURAIAN).
import { NO_DRAFTING_WORDS, withCapitals, type LanguageProfile, type WordRules } from '../profile';
import { longestFirst, type AgeLanguage } from '../age-words';

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

/** Function words Malay and Indonesian laws share: markers of both, so they never decide between the two. */
export const MALAY_FUNCTION_WORDS = [
  'yang',
  'dan',
  'atau',
  'dalam',
  'ini',
  'itu',
  'kepada',
  'bagi',
  'untuk',
  'dengan',
  'oleh',
  'pada',
  'setiap',
  'adalah',
];

// The words between a minimum age and its number never hold a penalty (imprisonment, a fine) or a
// new subsection.
const MS_NO_PENALTY =
  '(?!penjara|denda|didenda|dipidana|pidana\\s+(?:penjara|denda|kurungan)|hukuman|dihukum|sanksi|\\n\\s*\\(?[a-z0-9]{1,4}\\)\\s)';

// Ages as Malay and Indonesian laws write them ("di bawah umur lapan belas tahun"), for the measurable checks.
export function malayAges(code: 'ms' | 'id', eight: string): AgeLanguage {
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
  const unitRe = longestFirst(Object.keys(units));
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
      // "Umur minimum bagi pekerjaan ialah lima belas tahun", "batas usia minimum … adalah 15 (lima belas)
      // tahun", "usia perkawinan … 19 tahun": the lowest age allowed, its number further on, after
      // ialah, adalah, ditetapkan or menjadi; never across a penalty ("pidana penjara paling singkat
      // 15 (lima belas) tahun").
      `(?<min>(?:minimum|minimal)\\s+(?:umur|usia)|(?:umur|usia)\\s+(?:minimum|minimal|terendah|paling\\s+rendah|(?:bagi\\s+|untuk\\s+)?(?:perkahwinan|perkawinan|pernikahan|berkahwin|kahwin|kawin|nikah)))(?:${MS_NO_PENALTY}[^.;:]){0,120}?(?<![\\p{L}])(?:ialah|adalah|iaitu|yaitu|ditetapkan|menjadi)\\s+(?:${MS_NO_PENALTY}[\\p{L}-]+\\s+){0,3}?{N}\\s*(?:\\([^)]{1,30}\\)\\s*)?tahun`,
      // "… ialah lima belas tahun dan lapan belas tahun bagi pekerjaan berbahaya", "… lapan belas tahun
      // bagi lelaki dan enam belas tahun bagi perempuan": the second age, bound as the first and for what
      // its own words name.
      '(?<same>tahun(?:\\s+(?:bagi|untuk|kepada)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)?(?<join>\\s*,?\\s+(?:dan|atau|tetapi)))\\s+{N}\\s*(?:\\([^)]{1,30}\\)\\s*)?tahun(?=\\s+(?:bagi|untuk|kepada|dalam)\\s)',
      // "berumur di bawah lapan belas tahun", "belum berusia 18 (delapan belas) tahun"
      '(?:umur|usia)[\\p{L}\\s-]{0,30}?{N}\\s*(?:\\([^)]{1,30}\\)\\s*)?tahun',
    ],
    ageWords: ['umur', 'usia'],
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
      'telah berumur',
      'telah berusia',
      'genap',
      'lebih daripada',
      'lebih dari',
      'melebihi',
    ],
    atLeastAfter: ['dan ke atas', 'ke atas', 'atau lebih'],
    // "… lapan belas tahun bagi lelaki": who a minimum age is for, named after it.
    sexAfter: '^\\s*(?:bagi|untuk|kepada)\\s+(?:seorang\\s+|pihak\\s+|orang\\s+)?(?<sex>[\\p{L}-]+)',
    atMost: ['tidak melebihi', 'tidak lebih daripada', 'tidak lebih dari'],
    male: ['lelaki', 'laki-laki', 'pria'],
    female: ['perempuan', 'wanita'],
    offender: {
      doers: ['barang siapa', 'barangsiapa', 'sesiapa', 'mana-mana orang', 'setiap orang'],
      between: ['yang', 'berumur', 'berusia', 'umur', 'usia', 'seorang', 'sebagai'],
      penalty: [
        'melakukan suatu kesalahan',
        'melakukan kesalahan',
        'penjara',
        'dipenjarakan',
        'denda',
        'didenda',
        'dipidana',
        'pidana',
        'dihukum',
      ],
    },
    rangeLinks: ['dan', 'tetapi', 'tapi', 'namun', 'hingga', 'sehingga', 'sampai', 'sampai dengan'],
    rangeJoins: ['yang', 'masih', 'umur', 'usia', 'berumur', 'berusia', 'tahun'],
    childDefinition: [
      '(?:kanak-kanak|anak|belum dewasa)\\W{0,4}\\s*(?:[—–-]\\s*)?(?:\\([a-z]+\\)\\s*)?(?:ertinya|bermaksud|termasuk|adalah|ialah)',
      'terpakai\\s+(?:bagi|kepada)\\s+(?:seseorang\\s+)?(?:kanak-kanak|anak)',
      'berlaku\\s+(?:bagi|untuk)\\s+(?:setiap\\s+)?anak',
    ],
    subjects: {
      // The verb's forms too: Malay "mengahwini" (marries someone), "mengahwinkan", "dikahwinkan" (marries
      // off, married off); Indonesian "menikah", "menikahi", "mengawini", "menikahkan", "mengawinkan".
      marriage: [
        'perkahwinan',
        'berkahwin',
        'kahwin',
        'mengahwini',
        'mengahwinkan',
        'dikahwinkan',
        'perkawinan',
        'kawin',
        'mengawini',
        'mengawinkan',
        'dikawinkan',
        'nikah',
        'pernikahan',
        'menikah',
        'menikahi',
        'menikahkan',
        'dinikahkan',
      ],
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
  amendments: {
    titleWords: ['pindaan'],
    actOpeners: ['untuk meminda', 'meminda', 'dalam'],
    sectionWords: ['seksyen'],
  },
  citation: {
    labels: { section: 'Seksyen', article: 'Perkara', clause: 'Fasal', schedule: 'Jadual' },
    abbreviations: ['sek.'],
  },
  words: MALAY_WORD_RULES,
  detection: {
    markers: MALAY_FUNCTION_WORDS,
    // What Malaysian drafting says where an Indonesian statute says "Pasal", "Anak", "Orang Tua",
    // "dipidana", "yaitu", "mulai berlaku".
    distinctive: [
      'seksyen',
      'subseksyen',
      'perenggan',
      'kanak-kanak',
      'hendaklah',
      'mana-mana',
      'apa-apa',
      'disabitkan',
      'ertinya',
      'termasuklah',
      'iaitu',
      'peruntukan',
      'dipinda',
      'kerajaan',
      'tarikh',
      'berkuat kuasa',
      'akta ini',
      'menteri boleh',
      'ibu bapa',
      'mahkamah bagi kanak-kanak',
      'yang di-pertuan agong',
    ],
  },
  ocr: { tesseract: 'msa', package: '@tesseract.js-data/msa' },
  ages: malayAges('ms', 'lapan'),
};
