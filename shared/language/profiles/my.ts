// Burmese: ဥပဒေ (အခန်း(၁), ပုဒ်မ ၁ followed by the text, or a bare "၁။"), numbered in Myanmar
// digits; written without spaces between words.
import { DICTIONARY_WORD_RULES, NO_DRAFTING_WORDS, NO_TITLE_WORDS, type LanguageProfile } from '../profile';
import { longestFirst, type AgeLanguage } from '../age-words';

// Ages as laws write them, for the measurable checks: ၁၈ (18), တစ်ဆယ့်ရှစ် or ဆယ့်ရှစ် (18),
// နှစ်ဆယ် (20), နှစ်ဆယ့်တစ် (21). Seven is ခုနစ်, also printed ခုနှစ်. နှစ် is both "two" and "year":
// "ခုနစ်နှစ်" is seven years, "နှစ်နှစ်" two years.
const MY_UNITS: Record<string, number> = {
  တစ်: 1,
  နှစ်: 2,
  သုံး: 3,
  လေး: 4,
  ငါး: 5,
  ခြောက်: 6,
  ခုနစ်: 7,
  ခုနှစ်: 7,
  ရှစ်: 8,
  ကိုး: 9,
};
const MY_UNIT_RE = longestFirst(Object.keys(MY_UNITS));
// Ten is ဆယ်, and ဆယ့် before a unit (ဆယ့်ငါး, 15): ဆယ့် alone is no number.
const MY_TENS = /ဆယ့်|ဆယ်/u;
const MY_AGES: AgeLanguage = {
  code: 'my',
  // Not the last syllable of a word (the လေး, four, of ကလေး, child): no bare consonant just before.
  numberWords: `(?<![\u1000-\u1021])(?:(?:${MY_UNIT_RE})?(?:ဆယ့်(?:${MY_UNIT_RE})|ဆယ်)|${MY_UNIT_RE})`,
  parseNumber(words) {
    const [head, tail] = words.split(MY_TENS);
    if (tail === undefined) return MY_UNITS[words] ?? null;
    const tens = head === '' ? 1 : MY_UNITS[head];
    const unit = tail === '' ? 0 : MY_UNITS[tail];
    return tens === undefined || unit === undefined ? null : tens * 10 + unit;
  },
  // Burmese writes "အသက် ၁၈ နှစ်" (age 18 years) and puts the bound after it: "… နှစ်အောက်" (under),
  // "… နှစ်မပြည့်သေးသူ" (who has not yet completed), "… နှစ်ပြည့်" / "… နှစ်နှင့်အထက်" (completed, and
  // above). A number with only "နှစ်" is a term or two; အသက် is also "life", so the words between it and
  // the number never hold a sentence (ဒဏ်: "… ထောင်ဒဏ် ၇ နှစ်", seven years' imprisonment).
  // "အနိမ့်ဆုံးအသက် … ၁၄ နှစ်" (the minimum age … is 14) states the lowest age allowed.
  agePatterns: [
    '(?<min>အနိမ့်ဆုံး\\s*အသက်)(?:(?!ဒဏ်)[^\\d\\n။]){0,60}?{N}\\s*နှစ်',
    'အသက်(?:(?!ဒဏ်)[^\\d\\n။]){0,25}?{N}\\s*နှစ်',
  ],
  ageWords: ['အသက်'],
  under: [],
  atLeast: ['အနည်းဆုံး'],
  atLeastAfter: [],
  boundsAfter: {
    // ပြည့်သည်အထိ: until completing, so under.
    under: ['အောက်', 'မပြည့်', 'ထက်ငယ်', 'ထက်နည်း', 'ပြည့်သည်အထိ', 'ပြည့်သည့်အထိ', 'ပြည့်သည်ထိ'],
    // ကျော် (over) is read as the number printed, as "over fifteen" is in English.
    // အထက် (above) as ကျော်; not အထက်ပါ / အထက်တွင် ("above-mentioned", "above" in the text).
    atLeast: [
      'ပြည့်',
      'နှင့် အထက်',
      'နှင့်အထက်',
      'အထက်(?!ပါ|တွင်|၌)',
      'ထက်မနည်း',
      'ထက်မငယ်',
      'ကျော်',
      'ထက်ကျော်',
      'ထက်ကြီး',
    ],
    atMost: ['မကျော်', 'ထက်မကျော်', 'ထက်မပို'],
  },
  // The person an age describes follows its relative clause: "အသက် ၂၀ နှစ်ပြည့်ပြီးသော ယောက်ျား" (a man
  // who has completed 20 years), "… မပြည့်သေးသော ဗုဒ္ဓဘာသာ အမျိုးသမီး".
  personAfter: '^[^။၊\\d]{0,24}?(?:သော|သည့်)(?<sex>[^။၊\\d]{0,30})',
  // ကျားမ is "either sex"; အမျိုးသား (man) is also "national" before a noun (အမျိုးသားလွှတ်တော်, the
  // National Assembly), so it is a man only before a particle, a space or a stop.
  male: [
    'ကျား(?!မ)',
    'ယောက်ျား',
    'ယောကျ်ား',
    'အမျိုးသား(?=\\s|$|[၊။]|သည်|နှင့်|များ|၏|ကို|က(?![\u102B-\u103E]))',
  ],
  female: ['အမျိုးသမီး', 'မိန်းမ', 'မိန်းကလေး'],
  childDefinition: ['(?:ကလေးသူငယ်|ကလေး)\\s*(?:ဆိုသည်မှာ|ဟူသည်မှာ)'],
  subjects: {
    marriage: ['လက်ထပ်', 'ထိမ်းမြား', 'အိမ်ထောင်ပြု'],
    work: ['အလုပ်', 'ခန့်ထား', 'လုပ်ကိုင်'],
    hazardous_work: ['အန္တရာယ်'],
    light_work: ['ပေါ့ပါးသော အလုပ်', 'ပေါ့ပါးသောအလုပ်'],
    criminal_responsibility: ['ပြစ်မှုမမြောက်', 'ပြစ်မှုဆိုင်ရာ တာဝန်'],
    sexual_consent: ['မုဒိမ်း', 'လိင်ဆက်ဆံ'],
    recruitment: ['တပ်မတော်', 'စစ်မှုထမ်း', 'စစ်သား'],
    education: ['မသင်မနေရ'],
  },
};

export const my: LanguageProfile = {
  code: 'my',
  name: 'Burmese',
  aliases: [],
  script: 'Myanmar',
  spacing: 'unspaced',
  nativeZero: 0x1040,
  drafting: {
    ...NO_DRAFTING_WORDS,
    chapters: ['အခန်း'],
    sections: ['ပုဒ်မ'],
    clauseKeywordLine: 'text',
    clauseNumberStops: ['။'],
    bareNumberStops: ['။'],
  },
  titles: NO_TITLE_WORDS,
  citation: { labels: { section: 'ပုဒ်မ' }, abbreviations: [] },
  words: DICTIONARY_WORD_RULES,
  detection: { scriptRange: '\u1000-\u109F', markers: [] },
  ocr: { tesseract: 'mya', package: '@tesseract.js-data/mya' },
  ages: MY_AGES,
};
