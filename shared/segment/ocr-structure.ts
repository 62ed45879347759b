// OCR'd lines made ready for the same structure reading as a text layer: gazette furniture out,
// marginal notes set apart, Part headings and section numbers read through OCR slips. The sequence of
// section numbers is the evidence: a mangled number is only read as the one the sequence expects there.
import type { TextLine } from '../model';
import { isCapsLine, parseGroupHeading, parseNumberedStart, parseScheduleHeading } from './structure-lines';

export interface OcrReading {
  /** The body lines, furniture removed, headings and numbers as read. Text-layer lines are untouched. */
  lines: TextLine[];
  /** Marginal notes printed beside the body, for `attachMarginalNotes`. */
  notes: TextLine[];
  /** How numbers and headings were read where the print was not legible ("s. 15 read from “156.”"). */
  readings: string[];
  /** Line texts that look like section starts but are not (pass to `segmentClauses` as `notStarts`). */
  notStarts: Set<string>;
}

// Gazette furniture: the price, the gazette's own number, the printer's imprint, its page heads.
const PRICE = /\b[Pp]?rice\s*[:;.,]?\s*R[se5][.,]?\s*\d/u;
const GAZETTE_NUMBER = /\bEx\.?\s*Gaz\b|^\W{0,3}REGISTERED\s+No\b/iu;
const IMPRINT = /^\W{0,3}(printed|published)\s+by\s+the\s+(manager|deputy|controller)\b/iu;
const PAGE_HEAD = /\bGAZ(?:ETTE|\.)?\s+OF\b|\bGAZETTE\b.*\bEXTRA|\bEXT(?:RA|RY)\b.*\b(1[89]|20)\d\d\b/iu;
const PAGE_NUMBER = /^[({[]\s*\d{1,4}\s*[)}\]]$/u;

function isFurniture(line: TextLine, rank: number, fromEnd: number): boolean {
  const text = line.text.trim();
  if (PRICE.test(text) || GAZETTE_NUMBER.test(text) || IMPRINT.test(text)) return true;
  if (rank < 3 && PAGE_HEAD.test(text)) return true;
  return (rank < 2 || fromEnd < 3) && PAGE_NUMBER.test(text);
}

// "PaRT 1", "PART}", "Parr II", "P ART Ill": a Part heading through OCR slips.
const PART_WORD = /^P\s?[Aa][Rr][TtRr7][}\])|]?$/u;
const ROMAN_SLIPS = /^[IVXl1|!]{1,5}[.,]?$/u;

function readPartHeading(text: string): string | null {
  // "PARTI", "PARTIII": the number run into the word.
  const words = text
    .trim()
    .replace(/^(P\s?[Aa][Rr][TtRr7])([IVXl1|!]{1,5}[.,]?)(?=\s|$)/u, '$1 $2')
    .split(/\s+/);
  if (words.length < 2 || words.length > 6) return null;
  let first = words[0];
  let rest = words.slice(1);
  if (/^P$/u.test(first) && rest.length > 1) {
    first += rest[0];
    rest = rest.slice(1);
  }
  if (!PART_WORD.test(first) || !ROMAN_SLIPS.test(rest[0] ?? '')) return null;
  const roman = rest[0].replace(/[.,]$/u, '').replace(/[l1|!]/gu, 'I');
  if (!/^(I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3})$/u.test(roman)) return null;
  const title = rest.slice(1).join(' ');
  if (title && !isCapsLine(title)) return null;
  return ['PART', roman, title].filter(Boolean).join(' ');
}

const ROMANS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'];

/**
 * Section numbers as OCR misreads them: l/I/|/! for 1, O/o for 0, S for 5, Z for 2, B for 8. A "[" is
 * a 1 only where no digit follows it ("[." for "1."): before a digit it opens an insertion ("[3A.").
 */
function readNumberToken(token: string): string | null {
  if (/\[(?=\d)/u.test(token)) return null;
  const read = token
    .replace(/[lIi|!\][]/gu, '1')
    .replace(/[Oo]/gu, '0')
    .replace(/[Ss]/gu, '5')
    .replace(/Z/gu, '2')
    .replace(/B/gu, '8');
  return /^\d{1,4}$/u.test(read) ? read : null;
}

// A section start through noise: up to two specks or a stray short token before the number, the
// number (with OCR slips), a stray ")" and its stop, then the text (a capital, a bracket or a quote).
const LOOSE_START =
  /^(?:[^\p{L}\p{N}\s]{1,3}\s*|\S{1,2}\s+){0,2}?[^\p{L}\p{N}\s(]{0,2}([0-9lIi|!OoSZB[]{1,4})[)\]}]?\s?[.,:;¢©]\s*(?=[\p{Lu}(["“‘'{])(.*)$/u;
// A section whose number OCR lost altogether: its inline heading opens a paragraph ("Procedure relating
// to Offences.—(1) Any person…").
const NUMBERLESS_START = /^[^\p{L}]{0,4}(\p{Lu}[\p{L}'’ ,()-]{3,80}?)[.,:]?\s?[—–~]{1,2}\s*(?=[\p{Lu}(])/u;
const ENDS_PARAGRAPH = /[.;:—–-]["”’)]?$/u;

type Fit = 'exact' | 'extra digit' | 'slip' | 'lost digit';

/**
 * How a printed token fits the expected number: exactly, with one digit too many ("156." for 15), one
 * digit off, or (where a later section bounds the gap) one digit lost ("2." for 12).
 */
function fits(digits: string, expected: number, lostDigit: boolean): Fit | null {
  const want = String(expected);
  if (digits === want) return 'exact';
  if (digits.length === want.length + 1 && digits.startsWith(want)) return 'extra digit';
  if (digits.length === want.length && [...digits].filter((d, k) => d !== want[k]).length === 1)
    return 'slip';
  if (lostDigit && [...want].some((_, k) => want.slice(0, k) + want.slice(k + 1) === digits))
    return 'lost digit';
  return null;
}

// What follows a section number: a capitalised word (a heading or the text) or "(1)".
const OPENS_SECTION = /^(?:[(["“‘']?\p{Lu}\p{Ll}|\(\s*[1lI]\s*\))/u;

/**
 * The number a line's token is read as where `from`…`to` are due. Digits printed as they are may be
 * any number due ("2." is 2, never a slip for 1 while 2 is also missing); a token read through slips
 * ("[.", "i1.", "13¢") only the very next number, and only before a capitalised word or "(1)". A
 * lost digit is read only from clean digits in a gap a later section closes. Digits after "[" open an
 * insertion ("[3A.", "[3."): they are read only as printed.
 */
function readInGap(
  printed: string,
  token: string,
  digits: string,
  rest: string,
  from: number,
  to: number,
  bounded: boolean,
): { expected: number; fit: Fit } | null {
  const clean = digits === token;
  if (clean)
    for (let expected = from; expected <= to; expected += 1)
      if (digits === String(expected)) return { expected, fit: 'exact' };
  if (/\[\s*\d/u.test(printed) || (!clean && !OPENS_SECTION.test(rest))) return null;
  const fit = fits(digits, from, bounded && clean);
  return fit ? { expected: from, fit } : null;
}

interface Start {
  index: number;
  base: number;
}

// An inserted section's bracket after its footnote's number, read as "(" or "{" ("2(12. Power…" for
// "2[12. Power…"): only before a number, its stop and a capital.
const MISREAD_INSERTION = /^(\d{1,2})\s?[({](?=\d{1,3}\s?\.\s*[\p{Lu}(["“])/u;
const insertionRead = (text: string) => text.replace(MISREAD_INSERTION, '$1[');

/**
 * The body's clause starts in order (first at most 3, then steps of at most 5). A jump is taken only
 * when no start just after it has a number in between: "15., 19., 17." reads 19 as a slip, not 17 as one.
 */
function orderedStarts(texts: string[], until: number, notStarts: Set<string>): Start[] {
  const candidates: Start[] = [];
  for (let i = 0; i < until; i += 1) {
    const start = notStarts.has(texts[i]) ? null : parseNumberedStart(insertionRead(texts[i]));
    if (start && !start.number.suffix) candidates.push({ index: i, base: start.number.base });
  }
  const starts: Start[] = [];
  candidates.forEach((candidate, k) => {
    const prev = starts.at(-1);
    const base = candidate.base;
    if (!prev) {
      if (base <= 3) starts.push(candidate);
      return;
    }
    if (base <= prev.base || base - prev.base > 5) return;
    const between = candidates.slice(k + 1, k + 4).some((c) => c.base > prev.base && c.base < base);
    if (base === prev.base + 1 || !between) starts.push(candidate);
  });
  return starts;
}

/**
 * OCR lines that parse as a section start but continue a sentence ("18, including but not limited
 * to…"): where the law's sections open with a capital or a bracket, one opening in lower case is not one.
 */
function sentenceBreaks(lines: TextLine[]): Set<string> {
  const parsed = lines
    .filter((line) => line.source === 'ocr')
    .map((line) => ({ line, start: parseNumberedStart(line.text.trim()) }))
    .filter(({ start }) => start !== null && start.rest.length > 0);
  const lower = parsed.filter(({ start }) => /^\p{Ll}/u.test(start?.rest ?? ''));
  if (parsed.length < 4 || lower.length * 5 > parsed.length) return new Set();
  return new Set(lower.map(({ line }) => line.text.trim()));
}

/** Reads mangled section numbers where the sequence expects them; returns notes of what was read how. */
function readSectionNumbers(lines: TextLine[], readings: string[], notStarts: Set<string>): void {
  const texts = lines.map((line) => line.text.trim());
  let until = texts.findIndex((text, i) => i > 0 && parseScheduleHeading(text) !== null);
  if (until < 0) until = texts.length;
  const starts = orderedStarts(texts, until, notStarts);
  if (starts.length === 0) return;
  for (const { index, base } of starts) {
    const read = insertionRead(texts[index]);
    if (read === texts[index] || lines[index].source !== 'ocr') continue;
    readings.push(`s. ${base} read from “${texts[index].split(/\s/u, 1)[0]}” (page ${lines[index].page})`);
    lines[index] = { ...lines[index], text: read };
    texts[index] = read;
  }
  const bounds = [{ index: -1, base: 0 }, ...starts, { index: until, base: Number.POSITIVE_INFINITY }];
  for (let k = 0; k + 1 < bounds.length; k += 1) {
    const next = bounds[k + 1];
    let current = bounds[k].base;
    // Before the first start (at most s. 3) only the numbers below it are looked for; after the last
    // start, one more at a time.
    const tail = !Number.isFinite(next.base);
    const lastOf = () => (tail ? current + 1 : next.base - 1);
    let currentAt = bounds[k].index;
    for (let i = bounds[k].index + 1; i < next.index && current < lastOf(); i += 1) {
      const last = lastOf();
      const line = lines[i];
      if (line.source !== 'ocr') continue;
      const match = notStarts.has(texts[i]) ? null : LOOSE_START.exec(texts[i]);
      const digits = match ? readNumberToken(match[1]) : null;
      if (!match || digits === null) continue;
      const rest = match[2].trim();
      const printed = texts[i].slice(0, texts[i].length - match[2].length).trim();
      const found = readInGap(printed, match[1], digits, rest, current + 1, last, k > 0 && !tail);
      if (!found) continue;
      lines[i] = { ...line, text: `${found.expected}. ${rest}` };
      texts[i] = lines[i].text;
      if (found.fit !== 'exact' || digits !== match[1])
        readings.push(`s. ${found.expected} read from “${printed}” (page ${line.page})`);
      current = found.expected;
      currentAt = i;
    }
    const last = lastOf();
    if (k === 0 || tail || current >= last) continue;
    // Numbers still missing: as many paragraphs opening with an inline heading as numbers missing.
    const headed: number[] = [];
    for (let i = currentAt + 1; i < next.index; i += 1)
      if (
        lines[i].source === 'ocr' &&
        NUMBERLESS_START.test(texts[i]) &&
        !parseNumberedStart(texts[i]) &&
        ENDS_PARAGRAPH.test(texts[i - 1] ?? '.')
      )
        headed.push(i);
    if (headed.length !== last - current) continue;
    for (const i of headed) {
      current += 1;
      lines[i] = { ...lines[i], text: `${current}. ${texts[i].replace(/^[^\p{L}]{0,4}/u, '')}` };
      texts[i] = lines[i].text;
      readings.push(`s. ${current}: number not legible, placed by its heading (page ${lines[i].page})`);
    }
  }
}

/** The horizontal centre of a page's body text: the median centre of its long lines. */
function bodyCentres(lines: TextLine[]): Map<number, { centre: number; width: number }> {
  const byPage = new Map<number, TextLine[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const result = new Map<number, { centre: number; width: number }>();
  for (const [page, own] of byPage) {
    const widest = Math.max(...own.map((l) => l.width));
    const long = own.filter((l) => l.width > widest * 0.8);
    const lefts = long.map((l) => l.x).sort((a, b) => a - b);
    const rights = long.map((l) => l.x + l.width).sort((a, b) => a - b);
    const left = lefts[Math.floor(lefts.length / 2)];
    const right = rights[Math.floor(rights.length / 2)];
    result.set(page, { centre: (left + right) / 2, width: right - left });
  }
  return result;
}

/**
 * A Part heading OCR did not read (lost under a rule, or read as "RET RE, Teh 460"), in a law whose
 * other Parts were read: a centred capitals title between sections, with no Part line over it, is
 * the next Part. Its number comes from the sequence of the Parts before it.
 */
function inferPartHeadings(lines: TextLine[], readings: string[]): TextLine[] {
  const texts = lines.map((line) => line.text.trim());
  const parts = texts
    .map((text, i) => ({ i, group: parseGroupHeading(text) }))
    .filter(({ group }) => group?.idPrefix === 'part');
  const titled = parts.some(({ i, group }) => group?.title || isCapsLine(texts[i + 1] ?? ''));
  if (!titled) return lines;
  const centres = bodyCentres(lines);
  const centred = (line: TextLine) => {
    const body = centres.get(line.page);
    return body !== undefined && Math.abs(line.x + line.width / 2 - body.centre) < body.width * 0.08;
  };
  const firstStart = texts.findIndex((text) => parseNumberedStart(text) !== null);
  const out: TextLine[] = [];
  let lastPart = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const group = parseGroupHeading(texts[i]);
    if (parseScheduleHeading(texts[i])) {
      out.push(...lines.slice(i));
      break;
    }
    if (group?.idPrefix === 'part') {
      const n = ROMANS.indexOf(group.number);
      if (n > 0) lastPart = n;
    }
    const isTitle =
      line.source === 'ocr' &&
      i > firstStart &&
      firstStart >= 0 &&
      lastPart > 0 &&
      isCapsLine(texts[i]) &&
      (texts[i].match(/\p{Lu}/gu)?.length ?? 0) >= 8 &&
      centred(line) &&
      !parseGroupHeading(texts[i - 1] ?? '') &&
      !isCapsLine(texts[i - 1] ?? '') &&
      texts.slice(i + 1, i + 4).some((text) => parseNumberedStart(text) !== null);
    if (isTitle && ROMANS[lastPart + 1]) {
      // A short centred line of noise just above is the illegible Part line itself.
      const above = out.at(-1);
      if (above && above.page === line.page && centred(above) && above.width < line.width * 0.6) out.pop();
      lastPart += 1;
      out.push({
        ...line,
        text: `PART ${ROMANS[lastPart]}`,
        y: line.y - line.height * 1.5,
        width: line.height * 4,
        confidence: 0,
      });
      readings.push(
        `Part ${ROMANS[lastPart]}: heading not legible, numbered from the Parts before it (page ${line.page})`,
      );
    }
    out.push(line);
  }
  return out;
}

/** OCR'd lines (after cleaning) → lines for `segmentClauses`, marginal notes, and how they were read. */
export function readOcrStructure(lines: TextLine[]): OcrReading {
  if (!lines.some((line) => line.source === 'ocr'))
    return { lines, notes: [], readings: [], notStarts: new Set() };
  const readings: string[] = [];
  const notes: TextLine[] = [];
  const rank = new Map<TextLine, { rank: number; fromEnd: number }>();
  const byPage = new Map<number, TextLine[]>();
  for (const line of lines)
    if (!line.marginal) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  for (const own of byPage.values())
    own.forEach((line, k) => rank.set(line, { rank: k, fromEnd: own.length - 1 - k }));

  let body: TextLine[] = [];
  for (const line of lines) {
    if (line.source !== 'ocr') {
      body.push(line);
      continue;
    }
    if (line.marginal) {
      // Specks in the margin ("4", "|") are not notes; a piece split off a body row may be text.
      if (line.marginal === 'touching' || (line.text.match(/\p{L}/gu)?.length ?? 0) >= 3) notes.push(line);
      continue;
    }
    const where = rank.get(line) ?? { rank: 99, fromEnd: 99 };
    if (isFurniture(line, where.rank, where.fromEnd)) continue;
    const part = readPartHeading(line.text);
    body.push(part && part !== line.text.trim() ? { ...line, text: part } : line);
  }
  const notStarts = sentenceBreaks(body);
  const { lines: read, notes: readNotes } = withSplitStarts(body, notes, (all) =>
    readSectionNumbers(all, readings, notStarts),
  );
  body = inferPartHeadings(read, readings);
  return { lines: body, notes: readNotes, readings, notStarts };
}

/**
 * A section's number and first words that OCR split off its row ("5S. Child in" touching "need of
 * care.—A child…") are read in the sequence at their row's place, then go back among the notes.
 */
function withSplitStarts(
  body: TextLine[],
  notes: TextLine[],
  read: (lines: TextLine[]) => void,
): { lines: TextLine[]; notes: TextLine[] } {
  const split = new Set(
    notes.filter((note) => note.marginal === 'touching' && LOOSE_START.test(note.text.trim())),
  );
  if (split.size === 0) {
    read(body);
    return { lines: body, notes };
  }
  const all = [...body];
  for (const note of split) {
    const row = all.findIndex(
      (line) => line.page > note.page || (line.page === note.page && line.y >= note.y - note.height / 2),
    );
    all.splice(row < 0 ? all.length : row, 0, note);
  }
  const at = new Map([...split].map((note) => [note, all.indexOf(note)]));
  const isNote = new Set(at.values());
  read(all);
  return {
    lines: all.filter((_, k) => !isNote.has(k)),
    notes: notes.map((note) => all[at.get(note) ?? -1] ?? note),
  };
}
