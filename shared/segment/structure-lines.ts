// What a single line is, structurally: a Part/Chapter heading, a clause start, a schedule heading,
// the start of a contents list or an explanatory statement. The drafting words are every language
// profile's (shared/language/profiles): all languages are tried on every law. Those of the scripts
// written without spaces are read in either spelling (Lao ຫມວດ is ໝວດ: shared/language/fold-spellings.ts).
import { foldSpellings, originalSpan } from '../language/fold-spellings';
import type { DraftingWords } from '../language/profile';
import { alternatives, characters, fromAllProfiles, LANGUAGE_PROFILES } from '../language/registry';
import { asciiDigits, NATIVE_DIGIT, parseClauseNumber, type ClauseNumber } from './clause-number';

export interface GroupHeading {
  /** Nesting level: 1 part, 2 chapter, 3 division/section group, 4 paragraph group. */
  level: number;
  /** Short id prefix for eids: part, chap, div. */
  idPrefix: string;
  keyword: string;
  number: string;
  /** Title printed on the same line, if any. */
  title: string;
}

interface GroupKeyword {
  words: Set<string>;
  /** The words of the scripts written without spaces, folded (`foldSpellings`). */
  unspaced: Set<string>;
  level: number;
  idPrefix: string;
}

type GroupLevel = 'parts' | 'chapters' | 'divisions' | 'paragraphs';
const GROUP_LEVELS: [GroupLevel, string][] = [
  ['parts', 'part'],
  ['chapters', 'chap'],
  ['divisions', 'div'],
  ['paragraphs', 'para'],
];

// A keyword, a number, and nothing but a capitals title: "Part X and to assist" inside a sentence is text.
// Thai, Khmer, Lao and Burmese keywords often carry an ordinal marker (ที่, ទី, ທີ) and a number in
// the script's own digits.
const UNSPACED = LANGUAGE_PROFILES.filter((profile) => profile.spacing === 'unspaced');
/** Words of the languages written without spaces, from their profiles, folded. */
const unspacedWords = (pick: (drafting: DraftingWords) => string[]) => [
  ...new Set(UNSPACED.flatMap((profile) => pick(profile.drafting)).map((word) => foldSpellings(word).text)),
];
const GROUP_KEYWORDS: GroupKeyword[] = GROUP_LEVELS.map(([field, idPrefix], k) => ({
  words: new Set(fromAllProfiles((profile) => profile.drafting[field])),
  unspaced: new Set(unspacedWords((d) => d[field])),
  level: k + 1,
  idPrefix,
}));
/** No word of a script written without spaces starts in ASCII: such lines are not folded. */
const mayBeUnspaced = (text: string) => text.charCodeAt(0) > 0x7f;
/**
 * `pattern` (with the `d` flag) matched on `text` in folded spelling, its groups as printed;
 * null where it does not match.
 */
function execFolded(pattern: RegExp, text: string): string[] | null {
  const fold = foldSpellings(text);
  const match = pattern.exec(fold.text);
  return match?.indices
    ? [...match.indices].map((span) => (span ? text.slice(...originalSpan(fold, span[0], span[1])) : ''))
    : null;
}
/** A caseless-script group keyword run into its number ("ជំពូកទី១", "အခန်း(၁)"): a space goes between. */
const GLUED_GROUP = new RegExp(
  `^(${alternatives(unspacedWords((d) => GROUP_LEVELS.flatMap(([field]) => d[field])))})\\s*(?=[(\\d${NATIVE_DIGIT}])`,
  'du',
);
/** Indonesian "Bagian Kesatu": ordinal words that number a group heading. */
const GROUP_ORDINALS = alternatives(fromAllProfiles((profile) => profile.drafting.groupOrdinals));
const GROUP_HEADING = new RegExp(
  `^(\\S+)\\s+\\(?([IVXLC]+|\\d{1,3}[A-Z]?|[A-Z]|${GROUP_ORDINALS})\\)?\\.?(?=$|[\\s\\-—–:])\\s*(.*)$`,
  'u',
);

const hasLower = (text: string) => /\p{Ll}/u.test(text);
const hasUpper = (text: string) => /\p{Lu}/u.test(text);

/** A line in capitals (a Part's title, "PRELIMINARY"); digits and punctuation allowed. */
export function isCapsLine(text: string): boolean {
  // Read a character at a time while the line is ASCII (most lines of most laws, each read several
  // times by segmentation); any other script goes to the patterns.
  let upper = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x80) return hasUpper(text) && !hasLower(text);
  }
  return upper;
}

/** "PART V", "CHAPTER 2 — OFFENCES", "Bahagian III", "Chương I", "BAB II": a grouping heading. */
export function parseGroupHeading(text: string): GroupHeading | null {
  // Letter-spaced headings come apart: "P ART V".
  text = text.replace(/^(\p{Lu}) (\p{Lu}{2,})\b/u, '$1$2');
  text = asciiDigits(text.trim());
  const glued = mayBeUnspaced(text) ? execFolded(GLUED_GROUP, text) : null;
  if (glued) text = `${glued[1]} ${text.slice(glued[0].length)}`;
  // Numbers: Roman, Arabic (in parentheses in Burmese), a letter, or an Indonesian ordinal ("Bagian Kesatu").
  const match = GROUP_HEADING.exec(text);
  if (!match) return null;
  const [, keyword, number, rest] = match;
  const folded = mayBeUnspaced(keyword) ? foldSpellings(keyword).text : null;
  const group = GROUP_KEYWORDS.find((g) => g.words.has(keyword) || (folded && g.unspaced.has(folded)));
  if (!group) return null;
  let title = rest.trim();
  if (/^[-—–:]/.test(title)) title = title.replace(/^[-—–:]+\s*/, '');
  // Words after the number that are not a capitals title make this a sentence ("Part X and ...").
  else if (title && hasLower(title)) return null;
  return { level: group.level, idPrefix: group.idPrefix, keyword, number, title };
}

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether `text` normalises to more than `max` characters, by its ASCII letters and digits alone
 * (normalize keeps them all): a body line is ruled out in a few dozen characters, without the patterns.
 */
function longerThan(text: string, max: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    if (alnum && (kept += 1) > max) return true;
  }
  return false;
}

const longest = (phrases: Set<string>) => Math.max(0, ...[...phrases].map((phrase) => phrase.length));

const CONTENTS = new Set(fromAllProfiles((profile) => profile.drafting.contents));
const CONTENTS_LONGEST = longest(CONTENTS);

export function isContentsHeading(text: string): boolean {
  return !longerThan(text, CONTENTS_LONGEST) && CONTENTS.has(normalize(text));
}

const EXPLANATORY = new Set(fromAllProfiles((profile) => profile.drafting.explanatory));
const EXPLANATORY_LONGEST = longest(EXPLANATORY);

export function isExplanatoryHeading(text: string): boolean {
  return !longerThan(text, EXPLANATORY_LONGEST) && EXPLANATORY.has(normalize(text));
}

const drafted = (pick: (drafting: DraftingWords) => string[]) =>
  alternatives(fromAllProfiles((profile) => pick(profile.drafting)));
// "A BILL" / "intituled", "RANG UNDANG-UNDANG" / "bernama": the caption over a bill's long title.
const BILL_CAPTION = new RegExp(`^(${drafted((d) => d.billCaptions)})$`);
const CAPTION_VERB = new RegExp(`^(${drafted((d) => d.captionVerbs)})$`);
// "An Act to consolidate…", "Suatu Akta untuk…": a long title at the start of a line.
const LONG_TITLE = new RegExp(
  `^(${drafted((d) => d.longTitle.determiners)}) (${drafted((d) => d.longTitle.nouns)}) (${drafted((d) => d.longTitle.linkers)})\\b`,
);

/** The opening of a law's preamble: a bill's caption over its long title, or the long title itself. */
export function isLongTitleStart(text: string, next = ''): boolean {
  const line = normalize(text);
  return (BILL_CAPTION.test(line) && CAPTION_VERB.test(normalize(next))) || LONG_TITLE.test(line);
}

const ORDINALS = fromAllProfiles((profile) => profile.drafting.ordinals);

/** An ordinal word, through OCR slips ("PlRST" for FIRST): one edit away once l/1/| read as i. */
function readOrdinal(word: string): string | null {
  if (ORDINALS.includes(word)) return word;
  if (word.length < 5) return null;
  const read = word.replace(/[l1|]/g, 'i');
  return (
    ORDINALS.find((o) => o.length === read.length && [...o].filter((c, k) => c !== read[k]).length <= 1) ??
    null
  );
}

export interface ScheduleHeading {
  /** "First", "1", "II" or "" for a lone SCHEDULE. */
  number: string;
  label: string;
}

const SCHEDULE_WORDS = drafted((d) => d.schedules);
/** A title-case heading: one word (an ordinal) before the schedule word, or a number after it. */
const TITLED_SCHEDULE = new RegExp(`^(the )?(\\p{L}+ )?(${SCHEDULE_WORDS})( \\S{1,4})?$`, 'u');
/** "FIRST SCHEDULE": languages whose ordinal comes first. */
const ORDINAL_SCHEDULE = new RegExp(
  `^(?:the )?(\\p{L}+) (${alternatives(fromAllProfiles((p) => (p.drafting.ordinalBeforeSchedule ? p.drafting.schedules : [])))})$`,
  'u',
);
const NUMBERED_SCHEDULE = new RegExp(
  `^(?:the )?(${drafted((d) => [...d.schedules, ...d.capitalSchedules])})(?: ([ivxlc]+|\\d{1,2}|[a-z]|\\p{L}+))?$`,
  'u',
);

/** "FIRST SCHEDULE", "SCHEDULE 2", "THE SCHEDULE", "JADUAL KEDUA", "Phụ lục 1": a whole-line heading. */
export function parseScheduleHeading(text: string): ScheduleHeading | null {
  const t = text.trim().replace(/\s+/g, ' ');
  // "PlRST": an l among capitals is an OCR slip for I, not lower case.
  const caps = t.replace(/(?<=\p{Lu})l|l(?=\p{Lu})/gu, 'I');
  // Title case only for a bare heading ("Schedule", "First Schedule"); "Schedule." ends a sentence.
  const titled = hasLower(caps);
  if (titled && /[.:,;]$/.test(t)) return null;
  const lower = t.toLowerCase().replace(/[.:]$/, '');
  if (titled && !TITLED_SCHEDULE.test(lower)) return null;
  let match = ORDINAL_SCHEDULE.exec(lower);
  const ordinal = match ? readOrdinal(match[1]) : null;
  if (ordinal)
    return {
      number: cap(ordinal),
      label: t.replace(/^(the )?\S+/i, (w) => (w.length > 4 ? cap(ordinal).toUpperCase() : w)),
    };
  match = NUMBERED_SCHEDULE.exec(lower);
  if (!match) return null;
  const word = match[2] ?? '';
  if (word && !/^([ivxlc]+|\d{1,2}|[a-z])$/.test(word) && !ORDINALS.includes(word)) return null;
  return { number: /^[ivxlc]+$/.test(word) ? word.toUpperCase() : cap(word), label: t };
}

const cap = (word: string) => (word ? word[0].toUpperCase() + word.slice(1) : word);

export interface ClauseStart {
  number: ClauseNumber;
  /** Text after the number on the same line (an inline heading, or the clause's first words). */
  rest: string;
  /** Started by a keyword ("Điều 5.", "Article 12", "Pasal 3", "Section 5"). */
  keyword: string | null;
}

const clauseKeywords = (d: DraftingWords) => [...d.articles, ...d.sections];
const SPACED_CLAUSE_KEYWORDS = alternatives(
  fromAllProfiles((p) => (p.spacing === 'spaced' ? clauseKeywords(p.drafting) : [])),
);
const KEYWORD_START = new RegExp(
  `^(${SPACED_CLAUSE_KEYWORDS})\\s+([\\dlIO|]{1,4}(?:-?[A-Z]{1,2})?)(?:\\s*[.:]\\s*|\\s*[-—–]\\s*|$)(.*)$`,
  'u',
);
// Thai มาตรา, Khmer មាត្រា, Lao ມາດຕາ, Burmese ပုဒ်မ: the number (often in the script's own digits,
// Thai insertions as "๒๖/๑") may be followed by the text itself, with or without a stop (។ ៖ ။) or dash.
const UNSPACED_KEYWORD_START = new RegExp(
  `^(${alternatives(unspacedWords(clauseKeywords))})\\s*([\\d${NATIVE_DIGIT}]{1,4}(?:\\/[\\d${NATIVE_DIGIT}]{1,2})?)(?![\\d${NATIVE_DIGIT}/])\\s*(?:[.:${characters(unspacedWords((d) => d.clauseNumberStops))}]\\s*)?(?:[-—–]\\s*)?(.*)$`,
  'du',
);

/** "Điều 5. Heading", "Article 12", "Pasal 3", "มาตรา ๕": keyword-numbered clause starts. */
export function parseKeywordStart(text: string): ClauseStart | null {
  const line = text.trim();
  const match =
    KEYWORD_START.exec(line) ?? (mayBeUnspaced(line) ? execFolded(UNSPACED_KEYWORD_START, line) : null);
  if (!match) return null;
  const number = parseClauseNumber(match[2]);
  if (!number) return null;
  return { number, rest: match[3].trim(), keyword: match[1] };
}

// "1. (1) This Act", "10A. Interpretation", "[4-A. Power", "l. Short title", "5[9. Mode" (footnote 5 on an
// inserted section); "( l)" is a subsection, not a start.
// Burmese sections: "၁။" (the number in Myanmar digits, then the script's full stop).
const BARE_NUMBER_STOPS = characters(fromAllProfiles((p) => p.drafting.bareNumberStops));
const NUMBERED_START = new RegExp(
  `^(?:\\d{1,2}\\s?(?=\\[))?\\[?\\s*([\\dlI|O${NATIVE_DIGIT}]{1,4}(?:-?[A-Z]{1,2})?)\\s*(?:[.,${BARE_NUMBER_STOPS}]|-(?=\\s+\\p{Lu}))\\s*(?!\\d)(.*)$`,
  'u',
);

/** "1. (1) This Act…", "10A. Interpretation.—", "[2. Repealed": number-first clause starts. */
export function parseNumberedStart(text: string): ClauseStart | null {
  const match = NUMBERED_START.exec(text.trim());
  if (!match) return null;
  const number = parseClauseNumber(match[1]);
  if (!number) return null;
  // "I." alone is a list item or Roman numeral, "l." a slip for 1: only a slip when text follows.
  const rest = match[2].trim();
  if (/^[lI|]$/.test(match[1]) && !rest) return null;
  return { number, rest, keyword: null };
}
