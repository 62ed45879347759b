// Ages a clause states as limits: "a person under the age of eighteen years", "di bawah umur lapan
// belas tahun", "dưới 16 tuổi", "has not completed his fourteenth year". A number is read as an age
// only inside the language's age words, so fines, sections, terms of years and dates never are.
// Thai ํา and ำ (and the other spellings shared/language/fold-spellings.ts folds) read the same.
import { escapeRegExp } from '../escape-regexp';
import { foldSpellings, originalSpan, type FoldedSpellings } from '../language/fold-spellings';
import { ageLanguage, spacedAges, type AgeLanguage, type Sex } from './age-languages';

export type AgeBound = 'under' | 'at_least';

export interface AgeStatement {
  age: number;
  /** "under 18" (the protection ends at 18) or "18 or above" (allowed from 18). */
  bound: AgeBound;
  /** Set where the law states it for one sex only. */
  sex: Sex | null;
  /** True where the age ends a definition (or the scope) of "child" or "minor". */
  definesChild: boolean;
  /**
   * True where the age describes the one a penal clause punishes ("Whoever, being a male above eighteen
   * years of age, contracts a child marriage shall be punishable"): whom it punishes, no minimum age.
   */
  offender: boolean;
  /**
   * True where the age is the lower end of a range whose upper end is the next age, in the same phrase
   * ("người từ đủ 13 tuổi đến dưới 16 tuổi", "of or above thirteen years of age and under sixteen years of
   * age"): it sets a minimum age only where the check says so (route-ages.ts).
   */
  opensRange: boolean;
  /**
   * True where the age follows another one it is joined to, stated for another thing or person ("The
   * minimum age for admission to employment shall be 15 years and 18 years for hazardous work", "…
   * 18 years for boys and 16 years for girls"): it shares that one's bound and, where its own words name
   * no subject, its subject (route-ages.ts).
   */
  coordinated: boolean;
  /**
   * Where the sentence states such joined ages, the words that are this age's own, as printed: the
   * sentence up to the first join for the first age ("The minimum age for admission to employment shall
   * be 15 years"), from its join to the next one for each other ("and 18 years for hazardous work").
   * Null elsewhere.
   */
  own: string | null;
  /** The sentence holding the age, as printed: the proof shown to the analyst. */
  words: string;
  /**
   * Where that sentence is an item of a list, the words introducing the list, as printed ("Nam, nữ kết
   * hôn với nhau phải tuân theo các điều kiện sau đây:"): they name the item's subject.
   */
  leadIn: string | null;
  /** Offset of the number in the clause text as printed. */
  at: number;
}

// Thai, Lao, Khmer and Myanmar digits, each block's zero: read as ASCII digits (same length).
const NATIVE_DIGITS = /[\u0E50-\u0E59\u0ED0-\u0ED9\u17E0-\u17E9\u1040-\u1049]/g;
const NATIVE_ZEROS = [0x0e50, 0x0ed0, 0x17e0, 0x1040];
const asciiDigit = (d: string) => {
  const code = d.charCodeAt(0);
  return String(code - NATIVE_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
};
// Burmese texts often type the letter ဝ (wa) for the digit ၀ (zero): "၂ဝ" is 20. Only after a digit,
// and not where ဝ begins a syllable (a vowel sign, medial or final consonant after it: "၁၈ဝန်ထမ်း").
const MYANMAR_WA_ZERO = /(?<=[\u1040-\u1049])\u101D(?![\u102B-\u103E]|[\u1000-\u1021]\u103A)/g;
// Consolidated statutes mark amendments inline: "under 5[sixteen] years" reads "under sixteen years".
const AMENDMENT_MARK = /(^|[\s(])(\d{1,2}\[)/g;
const AMENDMENT_CLOSE = /(?<=\p{L})\]/gu;

/**
 * The text NFC and with its spellings folded (`foldSpellings`, which says where each character came
 * from), then Thai, Lao, Khmer and Myanmar digits as ASCII (and a Burmese ဝ typed for ၀) and amendment marks
 * blanked (those keep the folded text's length).
 */
export function normaliseForAges(text: string): FoldedSpellings {
  const fold = foldSpellings(text);
  let out = fold.text;
  if (out.includes('\u101D')) out = out.replace(MYANMAR_WA_ZERO, '\u1040');
  out = out.replace(NATIVE_DIGITS, asciiDigit);
  // Looked for only where a bracket is (the look-behind is slow over a whole law's clauses).
  if (out.includes('['))
    out = out.replace(AMENDMENT_MARK, (_, before: string, mark: string) => before + ' '.repeat(mark.length));
  if (out.includes(']')) out = out.replace(AMENDMENT_CLOSE, ' ');
  return { ...fold, text: out };
}

/** A profile's word (or regex source) as the folded text writes it: a profile may hold either spelling. */
const foldedWord = (word: string) => foldSpellings(word).text;
const folded = (words: readonly string[]) => words.map(foldedWord);

/** A bound as worded: `at_most` ("not over 15") is read as under 16. */
type StatedBound = AgeBound | 'at_most';
const STATED = { under: 'under', atLeast: 'at_least', atMost: 'at_most' } as const;

interface CompiledLanguage {
  language: AgeLanguage;
  /** One of the words every age pattern holds: where none is, no pattern is tried. */
  ageWords: RegExp;
  ages: RegExp[];
  under: RegExp;
  atLeast: RegExp;
  atMost: RegExp;
  atLeastAfter: RegExp;
  sexAfter: RegExp | null;
  personAfter: RegExp | null;
  boundsAfter: [RegExp, StatedBound][];
  male: RegExp;
  female: RegExp;
  /** The doer and the words describing it, ending where the age begins; the penalty after it. */
  offender: { doer: RegExp; penalty: RegExp } | null;
  /** What may stand between the two ends of a range: joining words and the upper end's bound words. */
  rangeGap: RegExp;
  /**
   * What links the two ends of a range whose other end has no age words of its own: a link word, then
   * bound words (then age words) only ("to", "and under", "แต่ยังไม่เกิน"); null where the language names none.
   */
  rangeLink: RegExp | null;
  /** A number (group `n`) after a few words (group `gap`); and a number before a few words to the end. */
  rangeAhead: RegExp;
  rangeBehind: RegExp;
  /** Regex source of one of the age words. */
  ageWord: string;
  /** Regex source of a word measuring something other than years ("months"), or null (`otherUnits`). */
  otherUnit: string | null;
  definition: RegExp;
}

const compiled = new Map<string, CompiledLanguage>();

// Thai, Lao and Khmer are written without spaces between words: no word-edge guards there.
function terms(words: readonly string[] | undefined, spaced: boolean, flags = 'giu'): RegExp {
  // No words: a pattern that never matches (an empty alternation would match everywhere).
  if (!words?.length) return /(?!)/g;
  const body = folded(words)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'));
  const guard = spaced ? ['(?<![\\p{L}\\p{M}])', '(?![\\p{L}\\p{M}])'] : ['', ''];
  return new RegExp(`${guard[0]}(?:${body.join('|')})${guard[1]}`, flags);
}

/** "Whoever, being a male above " as it ends before an age, and the penalty words after it. */
function offenderPatterns(language: AgeLanguage, spaced: boolean): CompiledLanguage['offender'] {
  const { doers, between, penalty } = language.offender!;
  const described = [
    ...between,
    ...language.under,
    ...language.atLeast,
    ...(language.atMost ?? []),
    ...language.male,
    ...language.female,
  ];
  // Separators between the words keep each whole: "a" is no prefix of "above".
  const body = (words: string[]) => terms(words, false).source;
  const edge = spaced ? '(?<![\\p{L}\\p{M}])' : '';
  return {
    doer: new RegExp(`${edge}${body(doers)}(?:[\\s,]+${body(described)})*[\\s,]*$`, 'iu'),
    penalty: terms(penalty, spaced, 'iu'),
  };
}

/** The number a law writes again after an end, in digits or words: "labinlima (15) hanggang …". */
const PARENTHESISED = '\\([^()]{1,30}\\)';

/** "… years of age and under …", "… tuổi đến dưới …": only joining and bound words, and commas. */
function rangeGapPattern(language: AgeLanguage, spaced: boolean): RegExp {
  const words = [
    ...(language.rangeLinks ?? []),
    ...(language.rangeJoins ?? []),
    ...language.under,
    ...(language.atMost ?? []),
    ...language.atLeastAfter,
    ...Object.values(language.boundsAfter ?? {}).flat(),
  ];
  return new RegExp(`^(?:[\\s,]+|${PARENTHESISED}|${terms(words, spaced, '').source})*$`, 'iu');
}

/** "to", "and under", "tetapi di bawah umur", "แต่ยังไม่เกิน": a link, then the upper end's bound and age words. */
function rangeLinkPattern(language: AgeLanguage, spaced: boolean): RegExp | null {
  if (!language.rangeLinks?.length) return null;
  const bounds = [...language.under, ...(language.atMost ?? [])];
  const source = (words: readonly string[]) => terms(words, spaced, '').source;
  return new RegExp(
    `^[\\s,]*(?:${PARENTHESISED}[\\s,]*)?${source(language.rangeLinks)}(?:[\\s,]*${source(bounds)}(?:[\\s,]*${source(language.rangeJoins ?? [])})*)?[\\s,]*$`,
    'iu',
  );
}

function compile(code: string): CompiledLanguage {
  const language = ageLanguage(code);
  const known = compiled.get(language.code);
  if (known) return known;
  const spaced = spacedAges(language);
  const edge = spaced ? '(?<![\\p{L}\\p{M}\\d])' : '(?<!\\d)';
  const number = `${edge}(?<n>\\d{1,2}|${foldedWord(language.numberWords)})(?![\\d])`;
  // A number a pattern holds besides its age, not read itself ("… {NUM} and under {N} years").
  const plainNumber = `${edge}(?:\\d{1,2}|${foldedWord(language.numberWords)})(?![\\d])`;
  const ordinal = language.ordinalWords ? `${edge}(?<o>${foldedWord(language.ordinalWords)})` : '(?!)';
  const result: CompiledLanguage = {
    language,
    ageWords: new RegExp(folded(language.ageWords).map(escapeRegExp).join('|'), 'iu'),
    ages: folded(language.agePatterns).map(
      (p) =>
        new RegExp(p.replace('{N}', number).replace('{ORD}', ordinal).replace('{NUM}', plainNumber), 'dgiu'),
    ),
    under: terms(language.under, spaced),
    atLeast: terms(language.atLeast, spaced),
    atMost: terms(language.atMost, spaced),
    // "fourteen years or above", "mười lăm tuổi trở lên": the unit words may come first.
    atLeastAfter: language.atLeastAfter.length
      ? new RegExp(
          `^[\\s,]*(?:[^\\s\\d,;.]+\\s+){0,3}?(?:${folded(language.atLeastAfter).join('|').replace(/ /g, '\\s+')})`,
          'iu',
        )
      : /(?!)/,
    sexAfter: language.sexAfter ? new RegExp(foldedWord(language.sexAfter), 'iu') : null,
    personAfter: language.personAfter ? new RegExp(foldedWord(language.personAfter), 'iu') : null,
    boundsAfter: (['under', 'atLeast', 'atMost'] as const).flatMap((list) => {
      const words = language.boundsAfter?.[list];
      if (!words?.length) return [];
      const body = folded(words).join('|').replace(/ /g, '\\s+');
      return [[new RegExp(`^\\s*(?:${body})`, 'iu'), STATED[list]] as [RegExp, StatedBound]];
    }),
    male: terms(language.male, spaced),
    female: terms(language.female, spaced),
    offender: language.offender ? offenderPatterns(language, spaced) : null,
    rangeGap: rangeGapPattern(language, spaced),
    rangeLink: rangeLinkPattern(language, spaced),
    rangeAhead: new RegExp(`^(?<gap>[^\\d]{0,40}?)${number}`, 'iu'),
    rangeBehind: new RegExp(`${number}(?=(?<gap>(?:[^\\d(]|${PARENTHESISED}){0,40})$)`, 'giu'),
    ageWord: folded(language.ageWords).map(escapeRegExp).join('|'),
    otherUnit: language.otherUnits?.length ? terms(language.otherUnits, spaced, '').source : null,
    definition: new RegExp(`(?:${folded(language.childDefinition).join('|')})`, 'iu'),
  };
  compiled.set(language.code, result);
  return result;
}

/**
 * The nearest bound term ending in `window` (the longest where two end together: "not attained",
 * "not over"); `at_most` is read by the caller as under the next year.
 */
function nearestBound(window: string, c: CompiledLanguage): StatedBound | null {
  let best: { end: number; length: number; bound: StatedBound } | null = null;
  for (const [re, bound] of [
    [c.under, 'under'],
    [c.atLeast, 'at_least'],
    [c.atMost, 'at_most'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) {
        best = { end, length: m[0].length, bound };
      }
    }
  }
  // The bound must govern this number: only a few words ("the age of", "umur") between them.
  if (!best || window.length - best.end > 30 || /\d/.test(window.slice(best.end))) return null;
  return best.bound;
}

/** The longest bound term right after the age ("၁၈ နှစ်မပြည့်", 18 years not completed). */
function boundAfter(after: string, c: CompiledLanguage): StatedBound | null {
  let best: { length: number; bound: StatedBound } | null = null;
  for (const [re, bound] of c.boundsAfter) {
    const m = re.exec(after);
    if (m && (!best || m[0].length > best.length)) best = { length: m[0].length, bound };
  }
  return best?.bound ?? null;
}

function sexIn(window: string, c: CompiledLanguage): Sex | null {
  c.male.lastIndex = 0;
  c.female.lastIndex = 0;
  const male = [...window.matchAll(c.male)].filter((m) => !/Việt\s*$/u.test(window.slice(0, m.index)));
  const female = [...window.matchAll(c.female)];
  // "ชายและหญิง", "men and women": both sexes named means the age is for both.
  if (male.length && !female.length) return 'male';
  if (female.length && !male.length) return 'female';
  return null;
}

// Khmer ends a sentence with ។ (or ៕ at the end of a text), Burmese with ။.
const SENTENCE_END = /[.;:](?=\s|$)|[។៕။]|\n(?=\s*\(?[a-z0-9]{1,4}\)\s)/giu;

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m && m.index < at; m = SENTENCE_END.exec(text)) {
    start = m.index + m[0].length;
  }
  SENTENCE_END.lastIndex = at;
  const next = SENTENCE_END.exec(text);
  return { start: Math.max(start, at - 300), end: Math.min(next ? next.index + 1 : text.length, at + 300) };
}

// Definitions run "'child"— (a) means a person under ...": the definition may sit on the line before.
function definitionWindow(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const cut = Math.max(...[';', '. ', '។', '။'].map((end) => before.lastIndexOf(end)));
  return before.slice(cut + 1);
}

// A sentence ending in a colon introduces a list; a full stop ends the list.
const LIST_END = /[.។៕။](?=\s|$)/u;

/** The words introducing the list whose item begins at `start` ("… các điều kiện sau đây:"), as printed. */
function leadInOf(text: string, start: number, rawText: string, fold: FoldedSpellings): string | null {
  const before = text.slice(Math.max(0, start - 600), start);
  const colon = before.search(/:\s[^:]*$/u);
  if (colon < 0 || LIST_END.test(before.slice(colon))) return null;
  const at = start - before.length + colon;
  const intro = sentenceAround(text, at);
  return rawText
    .slice(...originalSpan(fold, intro.start, at + 1))
    .replace(/\s+/g, ' ')
    .trim();
}

/** An age a pattern (or a range's other end) found: where its number is and where its words end (folded). */
interface Hit {
  age: number;
  numberStart: number;
  numberEnd: number;
  end: number;
  minimum: boolean;
  same: boolean;
  sex?: string;
  /** Where its pattern's words begin, and (a `same` age) where the word joining it to the age before does. */
  from: number;
  joinAt?: number;
}

const parseAge = (raw: string, c: CompiledLanguage) =>
  /^\d/.test(raw) ? Number.parseInt(raw, 10) : c.language.parseNumber(raw);

/** The unit word an age's pattern read after its number ("years", "ปี", "tahun"), or "" where it ended at it. */
function unitOf(text: string, hit: Hit): string {
  return /[\p{L}\p{M}]+/u.exec(text.slice(hit.numberEnd, hit.end).replace(/\([^)]*\)/g, ' '))?.[0] ?? '';
}

/**
 * The other end of a range an age opens or closes, where it has no age words of its own and so no
 * pattern read it: linked by the language's range words and sharing the age's unit ("ages of six and
 * fourteen", "13 to 15 years of age", "not less than 13 and under 16 years", "อายุกว่าสิบสองปีแต่ยังไม่เกินสิบห้าปี").
 */
function rangeEnds(text: string, hits: Hit[], c: CompiledLanguage): Hit[] {
  if (!c.rangeLink) return [];
  const link = c.rangeLink;
  const ends: Hit[] = [];
  const known = new Set(hits.map((h) => h.numberStart));
  const plain = (h: Omit<Hit, 'minimum' | 'same' | 'from'>): Hit => ({
    ...h,
    minimum: false,
    same: false,
    from: h.numberStart,
  });
  // A minimum age ("… shall be 15 years and …") or one sharing another's bound is no end of a range.
  for (const hit of hits.filter((h) => !h.minimum && !h.same)) {
    const unit = unitOf(text, hit);
    // Where the age's words end at its number ("aged 13"), its upper end may be followed by age words,
    // by no word, or (in a language naming its other units) by any word but another unit: "children aged
    // 13 to 15 shall …", never "… of 13 and 15 months".
    const anyWord = c.otherUnit ? `|\\s+(?!${c.otherUnit})[\\p{L}\\p{M}]` : '';
    const unitAfter = new RegExp(
      unit
        ? `^\\s*(?:\\([^)]{0,30}\\)\\s*)?${escapeRegExp(unit)}`
        : `^(?:\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:${c.ageWord})|\\s*(?:[^\\s\\p{L}\\p{M}]|$)${anyWord})`,
      'iu',
    );
    // The upper end after it: "… ages of six and fourteen years", "… สิบสองปีแต่ยังไม่เกินสิบห้าปี".
    const ahead = c.rangeAhead.exec(text.slice(hit.end, hit.end + 60));
    const upper = ahead?.groups && parseAge(ahead.groups.n, c);
    if (ahead?.groups && upper && upper > hit.age && link.test(ahead.groups.gap)) {
      const numberStart = hit.end + ahead.groups.gap.length;
      const numberEnd = numberStart + ahead.groups.n.length;
      const unitEnd = unitAfter.exec(text.slice(numberEnd));
      if (unitEnd && !known.has(numberStart))
        ends.push(
          plain({ age: upper, numberStart, numberEnd, end: numberEnd + (unit ? unitEnd[0].length : 0) }),
        );
    }
    // The lower end before it: "13 to 15 years of age", "not less than 13 and under 16 years". Where the
    // unit is written after both ends ("… 13 years and under 16 years"), only a bound makes the first an age.
    const from = Math.max(0, hit.numberStart - 60);
    const unitFirst = unit ? new RegExp(`^\\s*(?:\\([^)]{0,30}\\)\\s*)?${escapeRegExp(unit)}`, 'iu') : null;
    const lowers = [...text.slice(from, hit.numberStart).matchAll(c.rangeBehind)].filter((m) => {
      const gap = m.groups!.gap;
      const unitWritten = unitFirst?.exec(gap)?.[0] ?? '';
      return (
        link.test(gap.slice(unitWritten.length)) &&
        (!unitWritten || nearestBound(text.slice(Math.max(0, from + m.index! - 80), from + m.index!), c))
      );
    });
    const lower = lowers.at(-1);
    const lowerAge = lower?.groups && parseAge(lower.groups.n, c);
    if (lower && lowerAge && lowerAge < hit.age && !known.has(from + lower.index!)) {
      const numberStart = from + lower.index!;
      ends.push(
        plain({
          age: lowerAge,
          numberStart,
          numberEnd: numberStart + lower.groups!.n.length,
          end: numberStart + lower.groups!.n.length,
        }),
      );
    }
  }
  return ends;
}

/** Every age the text states as a limit, in reading order. */
export function readAges(rawText: string, language: string): AgeStatement[] {
  const c = compile(language);
  const fold = normaliseForAges(rawText);
  const text = fold.text;
  if (!c.ageWords.test(text)) return [];
  const found = new Map<number, Hit>();
  for (const re of c.ages) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const groups = m.groups ?? {};
      const span = m.indices?.groups?.n ?? m.indices?.groups?.o;
      if (!span) continue;
      const raw = groups.n ?? groups.o;
      const age = groups.n !== undefined ? parseAge(raw, c) : (c.language.parseOrdinal?.(raw) ?? null);
      if (age === null || !Number.isFinite(age) || age < 1 || age > 99) continue;
      if (!found.has(span[0]))
        found.set(span[0], {
          age,
          numberStart: span[0],
          numberEnd: span[1],
          end: m.index + m[0].length,
          minimum: groups.min !== undefined,
          same: groups.same !== undefined,
          sex: groups.sex,
          from: m.index,
          joinAt: m.indices?.groups?.join?.[0],
        });
    }
  }
  for (const end of rangeEnds(text, [...found.values()], c))
    if (!found.has(end.numberStart) && end.age >= 1 && end.age <= 99) found.set(end.numberStart, end);

  // Each age's sentence, the words before and after it, and the bound its words give it.
  const read: {
    hit: Hit;
    sentence: { start: number; end: number };
    window: string;
    after: string;
    bound: StatedBound | null;
    /** A `same` age joined to the age read just before it (its pattern's words begin at that one's). */
    joined: boolean;
  }[] = [];
  let previousEnd = 0;
  for (const hit of [...found.values()].sort((a, b) => a.numberStart - b.numberStart)) {
    const sentence = sentenceAround(text, hit.numberStart);
    // An age sharing the bound of the one before (`same`) shares it only where its words go on from that
    // one's: "15 years and 18 years for hazardous work", never a term of years after an age further back.
    const prior = read.at(-1);
    const joined =
      hit.same &&
      prior !== undefined &&
      prior.sentence.start === sentence.start &&
      prior.hit.numberEnd <= hit.from &&
      (hit.from <= prior.hit.end ||
        (hit.from - prior.hit.numberEnd <= 40 &&
          !/[\d.;:]/.test(text.slice(prior.hit.numberEnd, hit.from).replace(/\([^)]*\)/g, ''))));
    const from = Math.max(sentence.start, previousEnd, hit.numberStart - 80);
    const window = text.slice(from, hit.numberStart);
    const after = text.slice(hit.end, hit.end + 30);
    // A minimum age is the lowest allowed whatever its sentence says of it ("shall not be less than").
    const bound: StatedBound | null = hit.minimum
      ? 'at_least'
      : (nearestBound(window, c) ??
        boundAfter(after, c) ??
        (c.atLeastAfter.test(after) ? 'at_least' : joined ? (prior?.bound ?? null) : null));
    // An age read only as sharing another's bound is no age where it follows none.
    if (hit.same && !joined) continue;
    previousEnd = hit.end;
    read.push({ hit, sentence, window, after, bound, joined });
  }
  // The ends of a range that have no bound of their own: the lower is N or above, the upper is N
  // included ("persons 13 to 15 years of age", "berumur empat belas tahun tetapi di bawah umur enam belas tahun").
  for (let i = 0; i + 1 < read.length; i++) {
    const [low, high] = [read[i], read[i + 1]];
    if (low.bound && high.bound) continue;
    const gap = text.slice(low.hit.end, high.hit.numberStart);
    const linked =
      !low.hit.minimum &&
      !high.hit.same &&
      low.sentence.start === high.sentence.start &&
      high.hit.age > low.hit.age &&
      gap.length <= 60 &&
      c.rangeLink?.test(gap) === true;
    if (!linked) continue;
    if (!low.bound && high.bound !== 'at_least') low.bound = 'at_least';
    if (!high.bound && low.bound === 'at_least') high.bound = 'at_most';
  }

  // Joined ages each own a part of their sentence: the first up to the word joining the next to it,
  // each other from its join to the next one ("… shall be 15 years | and 18 years for hazardous work").
  const owns: ([number, number] | null)[] = read.map(() => null);
  for (const [i, { hit, sentence, joined }] of read.entries()) {
    if (!joined) continue;
    const cut = hit.joinAt ?? read[i - 1].hit.end;
    owns[i - 1] = [owns[i - 1]?.[0] ?? read[i - 1].sentence.start, cut];
    owns[i] = [cut, sentence.end];
  }
  const printed = (start: number, end: number) =>
    rawText
      .slice(...originalSpan(fold, start, end))
      .replace(/\s+/g, ' ')
      .trim();

  // The proof is quoted as printed: the folded sentence's span mapped back onto the raw text.
  const statements: AgeStatement[] = [];
  // Where each statement's words end and its number begins (folded), and its sentence: for ranges.
  const spans: { numberStart: number; end: number; sentenceStart: number }[] = [];
  for (const [i, { hit, sentence, window, after, bound, joined }] of read.entries()) {
    if (!bound) continue;
    const own = owns[i];
    // Whom a minimum age is for may follow it ("… eighteen years for males"); a `same` age's words
    // before it are the first age's ("… for males and"), unless its pattern names its own ("…, của nữ là").
    // Where a language names the person after the words describing it, any age's person follows it.
    const named =
      hit.sex ??
      (hit.minimum || hit.same ? c.sexAfter?.exec(after)?.groups?.sex : undefined) ??
      c.personAfter?.exec(text.slice(hit.end, hit.end + 60))?.groups?.sex;
    const sex = (named !== undefined ? sexIn(named, c) : null) ?? (hit.same ? null : sexIn(window, c));
    // The doer of a penal clause is punished from an age: only an age of N or above describes one.
    const offender =
      bound === 'at_least' &&
      c.offender !== null &&
      c.offender.doer.test(text.slice(Math.max(sentence.start, hit.numberStart - 120), hit.numberStart)) &&
      c.offender.penalty.test(text.slice(hit.end, sentence.end));
    statements.push({
      // "not over fifteen years" covers up to the day before sixteen: under 16. "Over fifteen" (an
      // `atLeast` word) is read as the number printed, 15 or above, as analysts and reports state it ("above eighteen"
      // is an adult of 18): the next year would be read only where ages count in whole years.
      age: bound === 'at_most' ? hit.age + 1 : hit.age,
      bound: bound === 'at_most' ? 'under' : bound,
      sex,
      // A minimum age is the subject's, not a definition of a child ("… của người chưa thành niên là 15 tuổi").
      // nor is an age joined to another for another thing ("… là 15 tuổi và 18 tuổi đối với công việc …").
      definesChild: !hit.minimum && !joined && c.definition.test(definitionWindow(text, hit.numberStart)),
      offender,
      opensRange: false,
      // (only after an age stated: it is the statement before it, whose subject it may take)
      coordinated: joined && read[i - 1].bound !== null,
      own: own && printed(...own),
      words: printed(sentence.start, sentence.end),
      leadIn: leadInOf(text, sentence.start, rawText, fold),
      at: originalSpan(fold, hit.numberStart, hit.numberStart + 1)[0],
    });
    spans.push({ numberStart: hit.numberStart, end: hit.end, sentenceStart: sentence.start });
  }
  // A range: an age of N or above, then, in its sentence and joined by a few words only, a higher
  // age it is under ("từ đủ 13 tuổi đến dưới 16 tuổi", "telah berumur 12 (dua belas) tahun, tetapi belum
  // berumur 18 (delapan belas) tahun").
  for (let i = 0; i + 1 < statements.length; i++) {
    const [low, high] = [statements[i], statements[i + 1]];
    const gap = text.slice(spans[i].end, spans[i + 1].numberStart);
    // An age joined to the one before for another thing is no upper end of a range.
    statements[i].opensRange =
      !high.coordinated &&
      low.bound === 'at_least' &&
      high.bound === 'under' &&
      high.age > low.age &&
      spans[i].sentenceStart === spans[i + 1].sentenceStart &&
      gap.length <= 60 &&
      c.rangeGap.test(gap);
  }
  return statements;
}
