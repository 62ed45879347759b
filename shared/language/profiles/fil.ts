// Filipino: Batas (BAHAGI, KABANATA, Seksiyon 2, Artikulo 3).
import { longestFirst, type AgeLanguage } from '../age-words';
import {
  NO_DRAFTING_WORDS,
  NO_TITLE_WORDS,
  PLAIN_WORD_RULES,
  withCapitals,
  type LanguageProfile,
} from '../profile';

// Ages as laws write them, for the measurable checks.
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
const FIL_UNIT_RE = longestFirst(Object.keys(FIL_UNITS));
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
const FIL_AGES: AgeLanguage = {
  code: 'fil',
  // "labingwalo" (18), "labing-apat" (14), "dalawampu't isa" (21); "-ng" is the linker ("labingwalong taon").
  numberWords: `(?:${longestFirst(Object.keys(FIL_TENS))})(?:'t\\s+(?:${FIL_UNIT_RE}))?(?:ng)?|labi(?:ng|n|m)[\\s-]?(?:${FIL_UNIT_RE})(?:ng)?|sampu(?:ng)?|(?:${FIL_UNIT_RE})(?:ng)?`,
  parseNumber(words) {
    const raw = words.toLowerCase();
    return parseFilipino(raw) ?? (raw.endsWith('ng') ? parseFilipino(raw.slice(0, -2)) : null);
  },
  // "Ang pinakamababang edad … ay labinlimang (15) taong gulang" (the minimum age … is fifteen) states
  // the lowest age allowed, its number further on.
  agePatterns: [
    '(?<min>(?:pinakamababang|minimum\\s+na)\\s+edad)[^.;:\\n]{0,120}?(?<![\\p{L}])ay\\s+(?:\\p{L}+\\s+){0,2}?{N}\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?(?:na\\s+)?taong?\\s+gulang',
    '{N}\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?(?:na\\s+)?taong?\\s+gulang',
    'edad\\s+na\\s+{N}',
  ],
  ageWords: ['gulang', 'edad'],
  under: ['wala pang', 'mababa sa', 'hindi pa', 'mas bata sa', 'kulang sa'],
  atLeast: ['hindi bababa sa', 'hindi kukulangin sa', 'sumapit sa', 'umabot sa', 'mahigit', 'higit sa'],
  atLeastAfter: ['pataas', 'o higit pa', 'o mahigit'],
  atMost: ['hindi hihigit sa', 'hindi higit sa', 'hindi lalampas sa'],
  male: ['lalaki'],
  female: ['babae'],
  // "labinlima (15) hanggang labimpito (17) taong gulang" (15 to 17 years old): hanggang (up to), at (and),
  // ngunit, pero, subalit (but) are the common words; not yet checked against a law's text that writes a
  // range so (unverified).
  rangeLinks: ['hanggang sa', 'hanggang', 'at', 'ngunit', 'pero', 'subalit'],
  rangeJoins: ['sa', 'edad'],
  childDefinition: [
    '(?:bata|batang|menor de edad)\\W{0,4}\\s*(?:ay\\s+)?(?:tumutukoy\\s+sa|nangangahulugan|ay)',
  ],
  subjects: {
    // "kasal" with its affixes: "ikasal" (be married), "ikinasal", "ikakasal", "ipakasal", "nagpakasal",
    // "magpapakasal" (will marry), "pagpapakasal" (marrying).
    marriage: [
      'kasal',
      'ikasal',
      'ikinasal',
      'ikakasal',
      'ipakasal',
      'pag-aasawa',
      'magpakasal',
      'nagpakasal',
      'magpapakasal',
      'pagpapakasal',
    ],
    work: ['trabaho', 'magtrabaho', 'empleyo', 'paggawa', 'manggagawa'],
    hazardous_work: ['mapanganib'],
    light_work: ['magaan na trabaho'],
    criminal_responsibility: ['pananagutang kriminal', 'criminal responsibility'],
    sexual_consent: ['pakikipagtalik', 'panggagahasa'],
    recruitment: ['sandatahang lakas', 'military'],
    education: ['sapilitang edukasyon'],
  },
};

export const fil: LanguageProfile = {
  code: 'fil',
  name: 'Filipino',
  aliases: ['tl'],
  script: 'Latin',
  spacing: 'spaced',
  drafting: {
    ...NO_DRAFTING_WORDS,
    parts: withCapitals('Bahagi'),
    chapters: withCapitals('Kabanata'),
    articles: withCapitals('Artikulo'),
    sections: withCapitals('Seksiyon'),
  },
  titles: NO_TITLE_WORDS,
  citation: { labels: { section: 'Seksiyon', article: 'Artikulo' }, abbreviations: [] },
  words: PLAIN_WORD_RULES,
  detection: { markers: ['ang', 'ng', 'sa', 'mga', 'na', 'at', 'ay', 'para', 'kung', 'bata'] },
  ocr: { tesseract: 'fil', package: '@tesseract.js-data/fil' },
  ages: FIL_AGES,
};
