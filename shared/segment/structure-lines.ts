// What a single line is, structurally: a Part/Chapter heading, a clause start, a schedule heading,
// the start of a contents list or an explanatory statement. Drafting words per language live here.
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
  pattern: RegExp;
  level: number;
  idPrefix: string;
}

// A keyword, a number, and nothing but a capitals title: "Part X and to assist" inside a sentence is text.
// Thai, Khmer, Lao and Burmese: ภาค/ພາກ parts, หมวด/ជំពូក/ໝວດ/အခန်း chapters, ส่วน/ផ្នែក divisions,
// often with an ordinal marker (ที่, ទី, ທີ) and a number in the script's own digits.
const GROUP_KEYWORDS: GroupKeyword[] = [
  { pattern: /^(PART|Part|Bahagian|BAHAGIAN|Bahagi|BAHAGI|ภาค|ພາກ|ພາກທີ)$/u, level: 1, idPrefix: 'part' },
  {
    pattern:
      /^(CHAPTER|Chapter|BAB|Bab|Chương|CHƯƠNG|Kabanata|KABANATA|หมวด|หมวดที่|ជំពូក|ជំពូកទី|ໝວດ|ໝວດທີ|အခန်း)$/u,
    level: 2,
    idPrefix: 'chap',
  },
  {
    pattern: /^(DIVISION|Division|Bagian|BAGIAN|Mục|MỤC|Penggal|PENGGAL|ส่วน|ส่วนที่|ផ្នែក|ផ្នែកទី)$/u,
    level: 3,
    idPrefix: 'div',
  },
  { pattern: /^(Paragraf|PARAGRAF)$/u, level: 4, idPrefix: 'para' },
];
/** A caseless-script group keyword run into its number ("ជំពូកទី១", "အခန်း(၁)"): a space goes between. */
const GLUED_GROUP = new RegExp(
  `^(ภาค|หมวด(?:ที่)?|ส่วน(?:ที่)?|ជំពូក(?:ទី)?|ផ្នែក(?:ទី)?|ພາກ(?:ທີ)?|ໝວດ(?:ທີ)?|အခန်း)\\s*(?=[(\\d${NATIVE_DIGIT}])`,
  'u',
);

const hasLower = (text: string) => /\p{Ll}/u.test(text);
const hasUpper = (text: string) => /\p{Lu}/u.test(text);

/** A line in capitals (a Part's title, "PRELIMINARY"); digits and punctuation allowed. */
export function isCapsLine(text: string): boolean {
  return hasUpper(text) && !hasLower(text);
}

/** "PART V", "CHAPTER 2 — OFFENCES", "Bahagian III", "Chương I", "BAB II": a grouping heading. */
export function parseGroupHeading(text: string): GroupHeading | null {
  // Letter-spaced headings come apart: "P ART V".
  text = text.replace(/^(\p{Lu}) (\p{Lu}{2,})\b/u, '$1$2');
  text = asciiDigits(text.trim()).replace(GLUED_GROUP, '$1 ');
  // Numbers: Roman, Arabic (in parentheses in Burmese), a letter, or an Indonesian ordinal ("Bagian Kesatu").
  const match =
    /^(\S+)\s+\(?([IVXLC]+|\d{1,3}[A-Z]?|[A-Z]|Ke(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))\)?\.?(?=$|[\s\-—–:])\s*(.*)$/u.exec(
      text,
    );
  if (!match) return null;
  const [, keyword, number, rest] = match;
  const group = GROUP_KEYWORDS.find((g) => g.pattern.test(keyword));
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

const CONTENTS = new Set([
  'contents',
  'table of contents',
  'arrangement of sections',
  'arrangement of clauses',
  'arrangement of articles',
  'arrangement of regulations',
  'arrangement of rules',
  'susunan fasal',
  'susunan seksyen',
  'mục lục',
  'daftar isi',
]);

export function isContentsHeading(text: string): boolean {
  return CONTENTS.has(normalize(text));
}

const EXPLANATORY = new Set([
  'explanatory statement',
  'huraian',
  'statement of objects and reasons',
  'explanatory memorandum',
  'penjelasan',
]);

export function isExplanatoryHeading(text: string): boolean {
  return EXPLANATORY.has(normalize(text));
}

// "A BILL" / "intituled", "RANG UNDANG-UNDANG" / "bernama": the caption over a bill's long title.
const BILL_CAPTION = /^(a bill|rang undang-undang)$/;
const CAPTION_VERB = /^(intituled|bernama)$/;
// "An Act to consolidate…", "Suatu Akta untuk…": a long title at the start of a line.
const LONG_TITLE = /^(an?|suatu) (act|bill|ordinance|enactment|akta) (to|for|relating|untuk|bagi)\b/;

/** The opening of a law's preamble: a bill's caption over its long title, or the long title itself. */
export function isLongTitleStart(text: string, next = ''): boolean {
  const line = normalize(text);
  return (BILL_CAPTION.test(line) && CAPTION_VERB.test(normalize(next))) || LONG_TITLE.test(line);
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'pertama',
  'kedua',
  'ketiga',
  'keempat',
  'kelima',
  'keenam',
];

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

/** "FIRST SCHEDULE", "SCHEDULE 2", "THE SCHEDULE", "JADUAL KEDUA", "Phụ lục 1": a whole-line heading. */
export function parseScheduleHeading(text: string): ScheduleHeading | null {
  const t = text.trim().replace(/\s+/g, ' ');
  // "PlRST": an l among capitals is an OCR slip for I, not lower case.
  const caps = t.replace(/(?<=\p{Lu})l|l(?=\p{Lu})/gu, 'I');
  // Title case only for a bare heading ("Schedule", "First Schedule"); "Schedule." ends a sentence.
  const titled = hasLower(caps);
  if (titled && /[.:,;]$/.test(t)) return null;
  const lower = t.toLowerCase().replace(/[.:]$/, '');
  if (titled && !/^(the )?(\p{L}+ )?(schedule|jadual|phụ lục|lampiran)( \S{1,4})?$/u.test(lower)) return null;
  let match = /^(?:the )?(\p{L}+) (schedule)$/u.exec(lower);
  const ordinal = match ? readOrdinal(match[1]) : null;
  if (ordinal)
    return {
      number: cap(ordinal),
      label: t.replace(/^(the )?\S+/i, (w) => (w.length > 4 ? cap(ordinal).toUpperCase() : w)),
    };
  match =
    /^(?:the )?(schedule|jadual|phụ lục|lampiran|annex|annexure)(?: ([ivxlc]+|\d{1,2}|[a-z]|\p{L}+))?$/u.exec(
      lower,
    );
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

const KEYWORD_START =
  /^(Điều|ĐIỀU|Article|ARTICLE|Art\.|Pasal|PASAL|Perkara|PERKARA|Section|SECTION|Sec\.|Seksyen|SEKSYEN|Seksiyon|SEKSIYON|Sek\.|SEK\.|Artikulo|ARTIKULO)\s+([\dlIO|]{1,4}(?:-?[A-Z]{1,2})?)(?:\s*[.:]\s*|\s*[-—–]\s*|$)(.*)$/u;
// Thai มาตรา, Khmer មាត្រា, Lao ມາດຕາ, Burmese ပုဒ်မ: the number (often in the script's own digits,
// Thai insertions as "๒๖/๑") may be followed by the text itself, with or without a stop (។ ៖ ။) or dash.
const UNSPACED_KEYWORD_START = new RegExp(
  `^(มาตรา|មាត្រា|ມາດຕາ|ပုဒ်မ)\\s*([\\d${NATIVE_DIGIT}]{1,4}(?:\\/[\\d${NATIVE_DIGIT}]{1,2})?)(?![\\d${NATIVE_DIGIT}/])\\s*(?:[.:។៖။]\\s*)?(?:[-—–]\\s*)?(.*)$`,
  'u',
);

/** "Điều 5. Heading", "Article 12", "Pasal 3", "มาตรา ๕": keyword-numbered clause starts. */
export function parseKeywordStart(text: string): ClauseStart | null {
  const match = KEYWORD_START.exec(text.trim()) ?? UNSPACED_KEYWORD_START.exec(text.trim());
  if (!match) return null;
  const number = parseClauseNumber(match[2]);
  if (!number) return null;
  return { number, rest: match[3].trim(), keyword: match[1] };
}

// "1. (1) This Act", "10A. Interpretation", "[4-A. Power", "l. Short title", "5[9. Mode" (footnote 5 on an
// inserted section); "( l)" is a subsection, not a start.
// Burmese sections: "၁။" (the number in Myanmar digits, then the script's full stop).
const NUMBERED_START = new RegExp(
  `^(?:\\d{1,2}\\s?(?=\\[))?\\[?\\s*([\\dlI|O${NATIVE_DIGIT}]{1,4}(?:-?[A-Z]{1,2})?)\\s*(?:[.,။]|-(?=\\s+\\p{Lu}))\\s*(?!\\d)(.*)$`,
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
