// Cleaned lines → clauses that follow the law's structure: Part/Chapter headings become the path,
// numbered sections or articles become clauses (with marginal or inline headings), schedules follow
// as their own units. The contents list and the explanatory statement are not clauses. Text the
// rules do not recognise stays with the clause before it.
import { foldSpellings } from '../language/fold-spellings';
import { fromAllProfiles } from '../language/registry';
import type { Box, ClauseKind, SegmentedClause, TextLine } from '../model';
import { followsInOrder, parseClauseNumber, type ClauseNumber } from './clause-number';
import { dropAmendmentMarks } from './amendment-marks';
import { idPart, uniqueIds } from './clause-ids';
import { guessTitle, titleFromShortTitle } from './guess-title';
import { joinText } from './join-text';
import {
  isCapsLine,
  isContentsHeading,
  isExplanatoryHeading,
  isLongTitleStart,
  parseGroupHeading,
  parseKeywordStart,
  parseNumberedStart,
  parseScheduleHeading,
  type ClauseStart,
  type GroupHeading,
  type ScheduleHeading,
} from './structure-lines';

export interface SegmentOptions {
  /** ISO 639-1 language of the law, when known. The drafting words of all languages are tried anyway. */
  language?: string;
  /** Marginal notes were read apart (OCR, see ocr-structure.ts): a line above a number is not its heading. */
  notesApart?: boolean;
  /** Lines that look like clause starts but are not ("18, including…" in a sentence that OCR broke). */
  notStarts?: ReadonlySet<string>;
}

type Role = 'text' | 'start' | 'group' | 'title' | 'marginal' | 'ignored';

interface Accepted {
  index: number;
  start: ClauseStart;
  number: ClauseNumber;
}

const TERMINAL = /[.;:—–\-_\]]["”’)]?$/u;
/** A clause keyword as the sets below hold it: in either spelling (`foldSpellings`), as it is read. */
const keywordForm = (word: string) => foldSpellings(word).text;
/** Keywords of clauses cited as articles ("Điều", "Pasal"); the others start sections. */
const ARTICLE_KEYWORDS = new Set(fromAllProfiles((profile) => profile.drafting.articles).map(keywordForm));
/** Thai and Burmese sections have no heading: what follows the number on its line is the text. */
const TEXT_AFTER_NUMBER = new Set(
  fromAllProfiles((profile) =>
    profile.drafting.clauseKeywordLine === 'text'
      ? [...profile.drafting.articles, ...profile.drafting.sections]
      : [],
  ).map(keywordForm),
);

/**
 * What the structure rules read in a line's text, each worked out once per segmentation: a
 * compilation's remaining lines are framed again for every law in it, and the contents and schedule
 * tests meet the same lines on each pass.
 */
interface LineReadings {
  keywordStart: (text: string) => ClauseStart | null;
  numberedStart: (text: string) => ClauseStart | null;
  schedule: (text: string) => ScheduleHeading | null;
  contents: (text: string) => boolean;
}

/** `read` remembered per text (its results are never undefined, and are not changed by their users). */
function once<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = read(text);
      seen.set(text, value);
    }
    return value;
  };
}

function lineReadings(): LineReadings {
  return {
    keywordStart: once(parseKeywordStart),
    numberedStart: once(parseNumberedStart),
    schedule: once(parseScheduleHeading),
    contents: once(isContentsHeading),
  };
}

function chooseParser(texts: string[], read: LineReadings): (text: string) => ClauseStart | null {
  let keyword = 0;
  let numbered = 0;
  for (const text of texts) {
    if (read.keywordStart(text)) keyword += 1;
    else if (read.numberedStart(text)) numbered += 1;
  }
  return keyword >= 3 && keyword >= numbered * 0.3 ? read.keywordStart : read.numberedStart;
}

/** A footnote mark run into the number ("42." for 2): the expected number hidden at its end. */
function strippedToFit(prev: ClauseNumber, next: ClauseNumber): ClauseNumber | null {
  const digits = String(next.base);
  for (let cut = 1; cut <= 2 && cut < digits.length; cut += 1) {
    const candidate = parseClauseNumber(digits.slice(cut) + next.suffix);
    if (candidate && followsInOrder(prev, candidate, 1)) return candidate;
  }
  return null;
}

/** Picks the body's clause starts in order, skipping the contents list (numbering restarts after it). */
function acceptStarts(
  texts: string[],
  read: LineReadings,
  parse: (text: string) => ClauseStart | null,
  from: number,
  stop: number,
  hasContents: boolean,
): { accepted: Accepted[]; contentsEnd: number; scheduleAt: number } {
  let accepted: Accepted[] = [];
  let contentsEnd = -1;
  let restarted = false;
  let scheduleAt = stop;
  for (let i = from; i < stop; i += 1) {
    const bodyBegun = accepted.length > 0 && (!hasContents || restarted);
    // "Schedule" over the next clause's number is that clause's marginal heading ("26. The Minister may amend the Schedule").
    const headsNextClause = () => {
      const next = i + 1 < stop ? parse(texts[i + 1]) : null;
      const prev = accepted.at(-1);
      return next !== null && prev !== undefined && followsInOrder(prev.number, next.number);
    };
    if (bodyBegun && read.schedule(texts[i]) && !headsNextClause()) {
      scheduleAt = i;
      break;
    }
    const start = parse(texts[i]);
    if (!start) continue;
    const prev = accepted.at(-1);
    if (!prev) {
      if (start.number.base <= 3) accepted.push({ index: i, start, number: start.number });
      continue;
    }
    if (followsInOrder(prev.number, start.number)) {
      accepted.push({ index: i, start, number: start.number });
      continue;
    }
    const first = accepted[0];
    // Contents entries sit a line or two apart; body clauses run longer. A run opened by the clause
    // that names the law ("This Act may be called…") is the body, whatever stands above it: a later
    // "1." is a slip ("1." for 11) or a list item, not the body after a contents list.
    const dense = (prev.index - first.index) / accepted.length < 3.5;
    if (
      !restarted &&
      accepted.length >= 2 &&
      start.number.text === first.number.text &&
      (dense || hasContents) &&
      !namesLaw(texts, first.index)
    ) {
      contentsEnd = prev.index;
      restarted = true;
      accepted = [{ index: i, start, number: start.number }];
      continue;
    }
    const fixed = strippedToFit(prev.number, start.number);
    if (fixed) accepted.push({ index: i, start, number: fixed });
  }
  return { accepted, contentsEnd, scheduleAt };
}

// A clause number that OCR has mangled past reading (":.", "E.", "L", ". 2"): a short token, then a
// capitalised word. Only trusted at the indent of the other clause starts, to fill a gap in the order.
const NOISY_START =
  /^[^\p{L}\p{N}([]{0,2}\s*[\p{L}\p{N}:;|'!.]{1,3}\s*[.,:-]?\s+[^\p{L}\s]{0,2}\p{L}[\p{Ll}'-]{2,}/u;

function fillGaps(
  texts: string[],
  lines: TextLine[],
  accepted: Accepted[],
  floor: number,
  ceiling: number,
): Accepted[] {
  if (accepted.length === 0) return accepted;
  const xs = accepted.map((a) => lines[a.index].x).sort((a, b) => a - b);
  const indent = xs[Math.floor(xs.length / 2)];
  const isNoisyStart = (i: number) => {
    if (Math.abs(lines[i].x - indent) > 15 || !NOISY_START.test(texts[i]) || parseGroupHeading(texts[i]))
      return false;
    // "J.", "L", ":1." or "6-" may be a number; "of any…" or "WHI, thc" are words.
    const token = /[\p{L}\p{N}:;|'!.]{1,3}/u.exec(texts[i])?.[0] ?? '';
    return /^\p{Lu}$/u.test(token) || /[\d.:;|'!]/.test(token);
  };
  const result: Accepted[] = [];
  const fill = (from: number, to: number, firstMissing: number, missing: number, closest = false) => {
    let found: number[] = [];
    for (let i = from + 1; i < to; i += 1) if (isNoisyStart(i)) found.push(i);
    // Before the first clause the preamble may add look-alikes; the starts are the ones nearest it.
    if (closest && found.length > missing) found = found.slice(-missing);
    if (found.length !== missing) return;
    found.forEach((index, k) => {
      const number = { text: String(firstMissing + k), base: firstMissing + k, suffix: '' };
      result.push({
        index,
        start: { number, rest: texts[index].replace(NOISY_START_TOKEN, ''), keyword: null },
        number,
      });
    });
  };
  const first = accepted[0];
  if (first.number.base > 1) fill(floor, first.index, 1, first.number.base - 1, true);
  accepted.forEach((a, k) => {
    result.push(a);
    const next = accepted[k + 1];
    if (next && next.number.base - a.number.base > 1 && !a.number.suffix && !next.number.suffix)
      fill(a.index, next.index, a.number.base + 1, next.number.base - a.number.base - 1);
  });
  // A mangled last number: one more start at the indent, before the schedules.
  const last = accepted[accepted.length - 1];
  const tail: number[] = [];
  for (let i = last.index + 1; i < ceiling; i += 1) if (isNoisyStart(i)) tail.push(i);
  if (tail.length === 1) fill(last.index, ceiling, last.number.base + 1, 1);
  return result.sort((a, b) => a.index - b.index);
}

const NOISY_START_TOKEN = /^[^\p{L}\p{N}([]{0,2}\s*[\p{L}\p{N}:;|'!.]{1,3}\s*[.,:-]?\s+[^\p{L}\s]{0,2}/u;

/** Whether a heading holds a word: a speck OCR read beside a number ("I", "i", "tb") is no heading. */
export function hasHeadingWord(heading: string): boolean {
  return /[\p{L}\p{M}]{3}/u.test(heading);
}

/** Heading block printed on its own line(s) just before the number (Malaysian marginal notes). */
function marginalBlock(texts: string[], roles: Role[], at: number, floor: number): number {
  for (let size = 1; size <= 4; size += 1) {
    const first = at - size;
    if (first <= floor || roles[first] !== 'text') return -1;
    const inner = texts.slice(first, at - 1);
    if (inner.some((text) => TERMINAL.test(text) && !/\betc\.$/.test(text))) return -1;
    const before = first - 1;
    const boundary = before <= floor || roles[before] !== 'text' || TERMINAL.test(texts[before]);
    if (boundary) return first;
  }
  return -1;
}

const INLINE_DASHED = /^(.{2,250}?)\s*[.:,]?\s*(?:[-—–_]{1,3}|:-)\s*(?=\S)([\s\S]*)$/u;
const INLINE_SENTENCE = /^([^\n]{2,200}?)\.\s+(?=[(["“A-Z])([\s\S]*)$/u;

// A full stop after a word (not after a number, "section 2. Act XXII", nor an abbreviation), then a
// capital, an opening quote or "(1)": where a sentence begins.
const SENTENCE_STOP = /(?<!\p{L})(\p{L}{3,})\.\s+(?=["“‘(]?\p{Lu}|\(\d)/gu;
const ABBREVIATIONS = new Set([
  'etc',
  'viz',
  'ord',
  'sch',
  'govt',
  'amdt',
  'subs',
  'ins',
  'art',
  'sec',
  'para',
  'nos',
]);

/** Where the first sentence of a heading candidate ends, or -1. */
function sentenceEnd(heading: string): number {
  for (const match of heading.matchAll(SENTENCE_STOP))
    if (!ABBREVIATIONS.has(match[1].toLowerCase())) return match.index + match[1].length;
  return -1;
}

// OCR misreads the stop before an inline heading's dash: as a comma ("Penalties,—(1)"), with a speck
// ("Child.~—(1)"), or not at all ("Commencement—(1)", "Inspectors—The"). A short phrase opening an
// OCR'd section, capitalised and with no sentence in it, is still its heading where the dash after it
// is followed by "(1)" or a capitalised word, as the text after a heading begins.
const OCR_DASHED = /^(\p{Lu}[^\n—–]{1,120}?)[\s.,:;~]*[—–][—–~\s]*(?=\(\s*[1lI]\s*\)|["“‘]?\p{Lu})/u;

/** The heading OCR read with a misread stop before its dash, and where the text after it starts. */
function ocrDashedHeading(paragraph: string): { heading: string; textAt: number } | null {
  const match = OCR_DASHED.exec(paragraph);
  if (!match || match[1].split(/\s+/).length > 15 || sentenceEnd(match[1]) >= 0) return null;
  return { heading: match[1].trim(), textAt: match[0].length };
}

/** Whether a clause's first words are an inline heading and its dash ("Definitions.— In this Act…"). */
function opensWithDashedHeading(rest: string, ocr: boolean): boolean {
  return /^.{2,250}?[.:]\s*(?:[-—–_]{1,3}|:-)/u.test(rest) || (ocr && ocrDashedHeading(rest) !== null);
}

/**
 * "Short title and commencement.— (1) This Act…" → heading and text (`ocr`: as OCR read it;
 * `sentence`: "Short title. This Act…" may be one).
 */
function splitInlineHeading(
  text: string,
  ocr: boolean,
  sentence: boolean,
): { heading: string; text: string } | null {
  const firstParagraph = text.split('\n', 1)[0];
  const dashed = INLINE_DASHED.exec(firstParagraph);
  if (dashed && /[.:]\s*(?:[-—–_]{1,3}|:-)|--|__/u.test(firstParagraph.slice(0, dashed[1].length + 6))) {
    // A heading ends at its first full stop: in "Definitions. In this Act, unless … context,—" the
    // heading's dash was lost in print and the dash found is the text's own, before its list.
    const stop = sentenceEnd(dashed[1]);
    if (stop > 0) {
      const after = text.slice(stop + 1);
      return { heading: dashed[1].slice(0, stop), text: after.slice(after.search(/\S/u)) };
    }
    return {
      heading: dashed[1].replace(/[.:,\s]+$/, ''),
      text: text.slice(firstParagraph.length - dashed[2].length),
    };
  }
  const misread = ocr ? ocrDashedHeading(firstParagraph) : null;
  if (misread) return { heading: misread.heading, text: text.slice(misread.textAt) };
  const first = sentence ? INLINE_SENTENCE.exec(firstParagraph) : null;
  if (first && first[1].split(/\s+/).length <= 20) {
    return { heading: first[1], text: text.slice(firstParagraph.length - first[2].length) };
  }
  return null;
}

// A reprint prints an omitted or repealed section as its heading in brackets and a note saying so:
// "3.[Punishment for male adult … marrying a child] Omitted by the Muslim Family Laws Ordinance, 1961",
// "52. [Amendment of Majority Act]. Repealed by the Repealing Act, 1938".
const OMITTED_HEADING = /^\[([^[\]\n]{3,250}?)[.\s]*\][.:\s]*(?=(?:Omitted|Repealed|Deleted|Rep\.)[\s,.:])/u;

/** The bracketed heading of an omitted or repealed section, and its note ("Omitted by…") as its text. */
function omittedHeading(text: string): { heading: string; text: string } | null {
  const match = OMITTED_HEADING.exec(text);
  return match ? { heading: match[1].trim(), text: text.slice(match[0].length) } : null;
}

/** OCR slips in subsection numbers: "( l)" anywhere, and "(l)" opening a clause (before any "(k)"). */
function readSubsectionNumbers(text: string): string {
  return text
    .replace(/^\(l\)/, '(1)')
    .replace(
      /(^|\n)\(\s+([\dlI]{1,2})\s*\)|(^|\n)\(([\dlI]{1,2})\s+\)/g,
      (_m: string, a?: string, b?: string, c?: string, d?: string) => {
        const before = a ?? c ?? '';
        const digits = String(b ?? d).replace(/[lI]/g, '1');
        return /^\d+$/.test(digits) ? `${before}(${digits})` : _m;
      },
    );
}

/** One box per page around everything given on it (lines, or the boxes of clauses being merged). */
export function boxesOf(lines: readonly Box[]): Box[] {
  const byPage = new Map<number, Box>();
  for (const line of lines) {
    const box = byPage.get(line.page);
    if (!box) {
      byPage.set(line.page, {
        page: line.page,
        x: line.x,
        y: line.y,
        width: line.width,
        height: line.height,
      });
      continue;
    }
    const right = Math.max(box.x + box.width, line.x + line.width);
    const bottom = Math.max(box.y + box.height, line.y + line.height);
    box.x = Math.min(box.x, line.x);
    box.y = Math.min(box.y, line.y);
    box.width = right - box.x;
    box.height = bottom - box.y;
  }
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}

function sourceOf(lines: TextLine[]): Pick<SegmentedClause, 'source' | 'ocrConfidence'> {
  const ocr = lines.filter((line) => line.source === 'ocr');
  if (ocr.length * 2 <= lines.length) return { source: 'text', ocrConfidence: null };
  const scored = ocr.filter((line) => typeof line.confidence === 'number');
  const mean = scored.length
    ? scored.reduce((sum, line) => sum + (line.confidence ?? 0), 0) / scored.length
    : null;
  return { source: 'ocr', ocrConfidence: mean === null ? null : Math.round(mean * 10) / 10 };
}

function groupLabel(group: GroupHeading, titles: string[]): string {
  const keyword = group.keyword[0] + group.keyword.slice(1).toLowerCase();
  const title = [group.title, ...titles].filter(Boolean).join(' ');
  return title ? `${keyword} ${group.number} — ${title}` : `${keyword} ${group.number}`;
}

const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/** One law's frame: its contents list, where its explanatory statement stops it, its clause starts. */
interface LawFrame {
  contentsAt: number;
  from: number;
  stop: number;
  parse: (text: string) => ClauseStart | null;
  /** Clauses numbered by keyword ("Article 5", "Điều 5"): the rest of the number's line is a heading. */
  keywordMode: boolean;
  found: ReturnType<typeof acceptStarts>;
}

/** Whether numbered clauses already run, body-like, before line `end` (a law with no contents list). */
function bodyBefore(texts: string[], end: number, read: LineReadings): boolean {
  const { accepted } = acceptStarts(texts, read, chooseParser(texts.slice(0, end), read), 0, end, false);
  if (accepted.length < 3) return false;
  return (accepted[accepted.length - 1].index - accepted[0].index) / accepted.length >= 3.5;
}

function frameLaw(texts: string[], read: LineReadings, notStarts?: ReadonlySet<string>): LawFrame {
  let contentsAt = texts.findIndex(read.contents);
  // A contents list after a body is the next law's, in a compilation whose first law has none.
  if (contentsAt > 0 && bodyBefore(texts, contentsAt, read)) contentsAt = -1;
  const from = contentsAt + 1;
  let stop = texts.findIndex((text, i) => i > from && isCapsLine(text) && isExplanatoryHeading(text));
  if (stop < 0) stop = texts.length;
  const chosen = chooseParser(texts.slice(from, stop), read);
  const parse = notStarts?.size ? (text: string) => (notStarts.has(text) ? null : chosen(text)) : chosen;
  const found = acceptStarts(texts, read, parse, from, stop, contentsAt >= 0);
  // Read as keyword-numbered only when nothing was set aside as a false start.
  const keywordMode = parse === read.keywordStart;
  return { contentsAt, from, stop, parse, keywordMode, found };
}

/**
 * Where the next law of a compilation begins, or -1: after this law's body has begun, a new contents
 * list, or (once the explanatory statement or the schedules are reached) a new bill caption or long
 * title, followed by numbering that starts again at 1; or a clause 1 that is a short-title clause.
 */
function nextLawAt(texts: string[], read: LineReadings, { found, parse, stop }: LawFrame): number {
  const body = found.accepted[0];
  if (!body) return -1;
  const ended = Math.min(stop, found.scheduleAt);
  // A clause 1 naming its law ("This Act may be called…") needs no contents list or readable long
  // title (gazettes, noisy OCR), once this law's body has run a few clauses.
  const settled = found.accepted[2]?.index ?? texts.length;
  let lastStart = body.index;
  for (let i = body.index + 1; i < texts.length; i += 1) {
    const start = parse(texts[i]);
    if (i > settled && (start ? start.number.text === '1' : looksNumbered(texts[i])) && namesLaw(texts, i))
      return preambleStart(texts, i, lastStart + 1);
    if (start) lastStart = i;
    const opens = read.contents(texts[i]) || (i >= ended && isLongTitleStart(texts[i], texts[i + 1]));
    if (!opens) continue;
    for (let k = i + 1; k < texts.length; k += 1) {
      const start = parse(texts[k]);
      if (!start) continue;
      if (start.number.text === '1') return titleAbove(texts, i, lastStart + 1);
      break;
    }
  }
  return -1;
}

// A clause start whose number OCR mangled ("J. Short title…" for "1."): a lone capital or a token with
// digits or punctuation, then a word ("It may be called…" is prose).
function looksNumbered(text: string): boolean {
  if (!NOISY_START.test(text)) return false;
  const token = /[\p{L}\p{N}:;|'!.]{1,3}/u.exec(text)?.[0] ?? '';
  return /^\p{Lu}\.?$/u.test(token) || /[\d:;|'!]/.test(token);
}

/** Whether the clause starting at line `at` is a short-title clause. */
function namesLaw(texts: string[], at: number): boolean {
  return titleFromShortTitle(texts.slice(at, at + 4).join(' ')) !== null;
}

// Title lines above a long title: "THE CHILD MARRIAGE RESTRAINT ACT 1929", "ACT NO. XIX OF 1929", "[1st October, 1929]".
const TITLE_BLOCK_LINE = /\b(act|ordinance)\s+no\b|^\[[^\]]*\]$/i;

/** The first of up to five title lines (capitals, "ACT NO. …", a bracketed date) just above `at`, not before `floor`. */
function titleAbove(texts: string[], at: number, floor: number): number {
  let begin = at;
  while (
    begin > floor &&
    begin > at - 5 &&
    (isCapsLine(texts[begin - 1]) || TITLE_BLOCK_LINE.test(texts[begin - 1]))
  )
    begin -= 1;
  return begin;
}

/** Where a law whose clause 1 is at line `at` begins: its long title and the title over it, if found after `floor`. */
function preambleStart(texts: string[], at: number, floor: number): number {
  const from = Math.max(floor, at - 60);
  for (let j = from; j < at; j += 1)
    if (isLongTitleStart(texts[j], texts[j + 1])) return titleAbove(texts, j, from);
  return at;
}

/**
 * Clauses of the law (or laws, one after another in a compilation) in the lines. The first law's
 * clauses are as for a document of its own; each later law's start again at 1, under the law's
 * title as the outermost path element, with eids under `law_N`.
 */
export function segmentClauses(lines: TextLine[], options: SegmentOptions = {}): SegmentedClause[] {
  const clauses: SegmentedClause[] = [];
  const allTexts = lines.map((line) => line.text.trim());
  const read = lineReadings();
  let begin = 0;
  for (let law = 1; begin < lines.length; law += 1) {
    const texts = allTexts.slice(begin);
    const frame = frameLaw(texts, read, options.notStarts);
    const next = nextLawAt(texts, read, frame);
    const own = next < 0 ? texts : texts.slice(0, next);
    // Framed again on its own lines, the law gets the same frame when the first framing found its
    // contents list (or none) and its end before the next law: it then read no line past them.
    const reframe = next >= 0 && (frame.stop > next || frame.contentsAt >= next);
    const found = segmentLaw(
      lines.slice(begin, begin + own.length),
      own,
      read,
      reframe ? frameLaw(own, read, options.notStarts) : frame,
      options.notesApart === true,
    );
    if (law === 1) clauses.push(...found);
    else {
      const firstText = found.find((c) => c.kind !== 'schedule')?.text;
      const title =
        titleFromShortTitle(firstText) ??
        guessTitle(lines.slice(Math.max(0, begin - 2), begin + 10)) ??
        `Law ${law}`;
      const prefix = idPart('law', String(law));
      for (const clause of found)
        clauses.push({ ...clause, path: [title, ...clause.path], eid: `${prefix}__${clause.eid}` });
    }
    if (next < 0) break;
    begin += next;
  }
  return clauses;
}

/** One law's clauses from its lines and their trimmed texts. */
function segmentLaw(
  lines: TextLine[],
  texts: string[],
  read: LineReadings,
  frame: LawFrame,
  notesApart: boolean,
): SegmentedClause[] {
  const roles: Role[] = texts.map(() => 'text');
  const { from, stop, parse, keywordMode, found } = frame;
  const { contentsEnd, scheduleAt } = found;
  if (found.accepted.length === 0 && scheduleAt === stop) return [];
  const regionStart = Math.max(from, contentsEnd + 1);
  const accepted = keywordMode
    ? found.accepted
    : fillGaps(texts, lines, found.accepted, regionStart - 1, scheduleAt);
  for (let i = 0; i < regionStart; i += 1) roles[i] = 'ignored';
  for (let i = scheduleAt; i < texts.length; i += 1) roles[i] = 'ignored';
  for (const { index } of accepted) roles[index] = 'start';

  // Part/Chapter headings with their capitals titles, between the contents and the schedules.
  const groups = new Map<number, { group: GroupHeading; titles: string[] }>();
  for (let i = regionStart; i < scheduleAt; i += 1) {
    if (roles[i] !== 'text') continue;
    const group = parseGroupHeading(texts[i]);
    if (!group) continue;
    roles[i] = 'group';
    const titles: string[] = [];
    for (let k = i + 1; k < scheduleAt && titles.length < 3 && roles[k] === 'text'; k += 1) {
      if (parseGroupHeading(texts[k]) || parse(texts[k])) break;
      // Titles are in capitals; a short title-case line counts when the next line starts something.
      const next = texts[k + 1] ?? '';
      const titled =
        titles.length === 0 &&
        // A capital first, or a script without case (Thai, Khmer, Lao, Burmese).
        (/^\p{Lu}/u.test(texts[k]) || !/[\p{Lu}\p{Ll}]/u.test(texts[k])) &&
        texts[k].split(/\s+/).length <= 10 &&
        !TERMINAL.test(texts[k]) &&
        (parse(next) !== null || parseGroupHeading(next) !== null);
      if (!isCapsLine(texts[k]) && !titled) break;
      roles[k] = 'title';
      titles.push(texts[k]);
    }
    groups.set(i, { group, titles });
  }
  // A lone untitled "PART I" is a gazette's section of the paper, not a division of the law.
  const perLevel = new Map<number, number[]>();
  for (const [i, { group }] of groups) perLevel.set(group.level, [...(perLevel.get(group.level) ?? []), i]);
  for (const indexes of perLevel.values()) {
    const only = indexes.length === 1 ? groups.get(indexes[0]) : undefined;
    if (only && !only.group.title && only.titles.length === 0) {
      groups.delete(indexes[0]);
      roles[indexes[0]] = 'ignored';
    }
  }

  // Marginal headings: when most clause numbers follow an unpunctuated line, that line is a heading.
  const unpunctuated = accepted.filter(({ index }) => index > 0 && !TERMINAL.test(texts[index - 1])).length;
  const inline = accepted.filter(({ index, start }) =>
    opensWithDashedHeading(start.rest, lines[index].source === 'ocr'),
  ).length;
  const marginal =
    !notesApart && !keywordMode && unpunctuated * 2 > accepted.length && inline * 2 < accepted.length;
  const headingStart = new Map<number, number>();
  // Numbers where a speck stands in the heading's place ("I", "￿"): the heading's print was lost.
  const speckAbove = new Set<number>();
  if (marginal) {
    let floor = regionStart - 1;
    for (const { index } of accepted) {
      const first = marginalBlock(texts, roles, index, floor);
      if (first >= 0 && !hasHeadingWord(texts.slice(first, index).join(' '))) {
        for (let k = first; k < index; k += 1) roles[k] = 'ignored';
        speckAbove.add(index);
      } else if (first >= 0) {
        for (let k = first; k < index; k += 1) roles[k] = 'marginal';
        headingStart.set(index, first);
      }
      floor = index;
    }
  }

  const path: { level: number; label: string; id: string }[] = [];
  const clauses: SegmentedClause[] = [];
  const ids: string[] = [];
  let next = 0;
  for (let i = regionStart; i < scheduleAt; i += 1) {
    const group = groups.get(i);
    if (group) {
      while (path.length && path[path.length - 1].level >= group.group.level) path.pop();
      path.push({
        level: group.group.level,
        label: groupLabel(group.group, group.titles),
        id: idPart(group.group.idPrefix, group.group.number),
      });
      continue;
    }
    if (roles[i] !== 'start') continue;
    const { start, number } = accepted[next];
    next += 1;
    const end =
      next < accepted.length ? (headingStart.get(accepted[next].index) ?? accepted[next].index) : scheduleAt;
    const body = [lines[i]];
    for (let k = i + 1; k < end; k += 1) if (roles[k] === 'text') body.push(lines[k]);
    const headingFrom = headingStart.get(i);
    const headingLines = headingFrom === undefined ? [] : lines.slice(headingFrom, i);
    let heading = dropAmendmentMarks(headingLines.map((line) => line.text.trim()).join(' '));
    // A section printed in brackets ("5[9. Mode…]") had its "[" read with its number.
    const bracketed = /^\d{0,3}\s?\[/.test(texts[i]);
    let text = dropAmendmentMarks(joinText(body, start.rest), bracketed);
    if (keywordMode && !(start.keyword && TEXT_AFTER_NUMBER.has(keywordForm(start.keyword)))) {
      heading = dropAmendmentMarks(start.rest);
      text = dropAmendmentMarks(joinText(body.slice(1)), bracketed);
    } else if (!heading) {
      // Where the heading above was lost, the text's first sentence is not one; a dashed heading is.
      const inline =
        omittedHeading(text) ?? splitInlineHeading(text, sourceOf(body).source === 'ocr', !speckAbove.has(i));
      if (inline && hasHeadingWord(inline.heading)) {
        heading = inline.heading;
        text = inline.text.trim();
      }
    }
    text = readSubsectionNumbers(text);
    const kind: ClauseKind =
      start.keyword && ARTICLE_KEYWORDS.has(keywordForm(start.keyword)) ? 'article' : 'section';
    const all = [...headingLines, ...body];
    clauses.push({
      eid: '',
      number: number.text,
      kind,
      heading: heading.replace(/\s+/g, ' ').trim(),
      path: path.map((p) => p.label),
      text,
      pageStart: Math.min(...all.map((line) => line.page)),
      pageEnd: Math.max(...all.map((line) => line.page)),
      boxes: boxesOf(all),
      ...sourceOf(all),
    });
    ids.push([...path.map((p) => p.id), idPart(kind === 'article' ? 'art' : 'sec', number.text)].join('__'));
  }

  // Schedules, each its own unit, up to the explanatory statement.
  let schedule: { at: number; number: string; label: string; lines: TextLine[] } | null = null;
  const flush = () => {
    if (!schedule) return;
    const [first, ...rest] = schedule.lines;
    const titleLines = rest
      .slice(0, 3)
      .filter((line, k) => isCapsLine(line.text) && k < 2 && !/^\[/.test(line.text));
    const bodyLines = rest.filter((line) => !titleLines.includes(line));
    const label = titleCase(schedule.label);
    clauses.push({
      eid: '',
      number: schedule.number,
      kind: 'schedule',
      heading: [label, ...titleLines.map((line) => line.text)].join(' — '),
      path: [],
      text: dropAmendmentMarks(joinText(bodyLines)),
      pageStart: first.page,
      pageEnd: Math.max(...schedule.lines.map((line) => line.page)),
      boxes: boxesOf(schedule.lines),
      ...sourceOf(schedule.lines),
    });
    ids.push(
      idPart('sched', schedule.number || String(ids.filter((id) => id.startsWith('sched_')).length + 1)),
    );
    schedule = null;
  };
  for (let i = scheduleAt; i < stop; i += 1) {
    const heading = read.schedule(texts[i]);
    if (heading) {
      flush();
      schedule = { at: i, number: heading.number, label: heading.label, lines: [lines[i]] };
    } else if (schedule) schedule.lines.push(lines[i]);
  }
  flush();

  const unique = uniqueIds(ids);
  return clauses.map((clause, k) => ({ ...clause, eid: unique[k] }));
}
