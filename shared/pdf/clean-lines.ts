// Page furniture out, body text in: running headers and footers, page numbers, footnotes in small
// print, and words hyphenated across lines. Each step is small, named and safe to run twice, so
// cleaning cleaned pages changes nothing. Line breaks (and so paragraph breaks) are kept.
import type { ExtractedPage, TextLine } from '../model';

/** Share of the page height, at the top and at the bottom, where running heads and folios live. */
const BAND = 0.12;

const PAGE_NUMBER_PATTERNS = [
  /^(page|halaman|trang)\s*\d+(\s*(of|dari|\/)\s*\d+)?$/i,
  /^\d{1,4}$/,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\(\s*\d{1,4}\s*\)$/,
  /^\[\s*\d{1,4}\s*\]$/,
  /^[ivxlc]{1,6}$/i,
];

function inBand(line: TextLine, page: ExtractedPage): boolean {
  const height = page.height > 0 ? page.height : 842;
  return line.y < height * BAND || line.y + line.height > height * (1 - BAND);
}

/** Folios: "Page 3 of 12", "3", "- 3 -", "(5)". Only within the top/bottom bands. */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(t));
}

/**
 * Key under which running heads repeat: only the letters count, so page numbers ("Bill 3", "41Bill"),
 * spacing ("Anti-Traffic king") and case may vary.
 */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}]+/gu, '');
}

export function dropPageNumbers(pages: ExtractedPage[]): ExtractedPage[] {
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => !(inBand(line, page) && isPageNumber(line.text))),
  }));
}

/** Lines in the top/bottom bands whose text (digits aside) recurs on many pages. */
export function dropRunningHeads(pages: ExtractedPage[]): ExtractedPage[] {
  if (pages.length < 3) return pages;
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(
      page.lines.filter((line) => inBand(line, page)).map((line) => furnitureKey(line.text)),
    );
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.2));
  const repeated = new Set(
    [...seen].filter(([key, count]) => key.length > 0 && count >= threshold).map(([key]) => key),
  );
  if (repeated.size === 0) return pages;
  return pages.map((page) => ({
    ...page,
    lines: page.lines.flatMap((line) => {
      if (!inBand(line, page)) return [line];
      if (repeated.has(furnitureKey(line.text))) return [];
      const rest = withoutRunningHead(line.text, repeated);
      return [rest === line.text ? line : { ...line, text: rest }];
    }),
  }));
}

/** A running head printed on the same baseline as a heading: "Bill Protector may require security". */
function withoutRunningHead(text: string, repeated: Set<string>): string {
  const words = text.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k -= 1) {
    const key = furnitureKey(words.slice(0, k).join(' '));
    // What is left must read as a start ("Protector may…"); "Child under ten years…" is not "Child" + text.
    if (key && repeated.has(key) && /^[\p{Lu}\d(]/u.test(words[k])) return words.slice(k).join(' ');
  }
  return text;
}

/** The body's type size: the size carrying the most characters, or 0 when no size dominates (OCR). */
export function bodyFontSize(pages: ExtractedPage[]): number {
  const weight = new Map<number, number>();
  for (const page of pages)
    for (const line of page.lines) {
      const size = Math.round(line.fontSize * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    }
  let best = 0;
  let bestWeight = -1;
  let total = 0;
  for (const [size, w] of weight) {
    total += w;
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return bestWeight * 2 >= total ? best : 0;
}

/**
 * The type size of OCR'd text: the size at the middle of its characters, or 0. OCR sizes each row apart
 * (11.8, 12, 12.2 for one type), so no size dominates as in a text layer.
 */
function ocrBodySize(pages: ExtractedPage[]): number {
  const rows = pages
    .flatMap((page) => page.lines)
    .filter((line) => line.source === 'ocr' && line.fontSize > 0)
    .sort((a, b) => a.fontSize - b.fontSize);
  let half = rows.reduce((sum, line) => sum + line.text.length, 0) / 2;
  for (const line of rows) {
    half -= line.text.length;
    if (half <= 0) return line.fontSize;
  }
  return 0;
}

/**
 * Footnotes: small print in the lower half of a page (editorial notes in consolidated acts). On a page
 * OCR read, a footnote's size is read row by row, and a short row of one ("July, 1961).") can come out
 * nearly body-sized: the notes run from the first row of small print in the lower half to the page's
 * foot, and every row below it smaller than the body's type is one of them.
 */
export function dropFootnotes(pages: ExtractedPage[]): ExtractedPage[] {
  const body = bodyFontSize(pages);
  const ocrBody = ocrBodySize(pages);
  if (body <= 0 && ocrBody <= 0) return pages;
  return pages.map((page) => {
    const height = page.height > 0 ? page.height : 842;
    const notesFrom = Math.min(
      ...page.lines
        .filter(
          (line) =>
            line.source === 'ocr' &&
            line.y > height * 0.5 &&
            line.fontSize < ocrBody * 0.72 &&
            /\p{L}{3}/u.test(line.text),
        )
        .map((line) => line.y),
    );
    const footnote = (line: TextLine) =>
      line.source === 'text'
        ? line.fontSize < body * 0.72 && line.y > height * 0.5
        : line.y >= notesFrom && line.fontSize < ocrBody * 0.85;
    return { ...page, lines: page.lines.filter((line) => !footnote(line)) };
  });
}

const HYPHENATED_END = /\p{Ll}[-\u00ad]$/u;
const LOWER_START = /^\p{Ll}/u;
const KEPT_HYPHEN =
  /(?:^|[^\p{L}])(co|sub|non|anti|re|pre|post|self|inter|multi|cross|ex|vice|semi|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$/iu;

/** "protec-" + "tion of" → "protection" + "of": the fragment moves up, the next line keeps the rest. */
export function joinHyphenatedWords(pages: ExtractedPage[]): ExtractedPage[] {
  const lines = pages.flatMap((page) => page.lines);
  const dropped = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!HYPHENATED_END.test(line.text) || !LOWER_START.test(next.text)) continue;
    const space = next.text.indexOf(' ');
    const fragment = space === -1 ? next.text : next.text.slice(0, space);
    const rest = space === -1 ? '' : next.text.slice(space + 1).trimStart();
    // "Co-" + "ordinating", "twenty-" + "one": a prefix keeps its hyphen; "protec-" + "tion" loses it.
    const keep = KEPT_HYPHEN.test(line.text);
    // Copies, not edits: the caller's pages stay as they were.
    lines[i] = { ...line, text: (keep ? line.text : line.text.slice(0, -1)) + fragment };
    if (rest) lines[i + 1] = { ...next, text: rest };
    else dropped.add(i + 1);
  }
  let index = 0;
  return pages.map((page) => ({
    ...page,
    lines: page.lines.map(() => index++).flatMap((k) => (dropped.has(k) ? [] : [lines[k]])),
  }));
}

/** A rule typed as underscores on a line of its own (above the footnotes, under the last section). */
const UNDERSCORE_RULE = /^[\s_]*_{3}[\s_]*$/;
/** A dash typed as two or three underscores after a stop or comma ("context,__", "commencement.__ (1)"). */
const TYPED_DASH = /([.,:;])_{2,3}(?=\s|$)/g;

/**
 * Underscores of a typed reprint: a rule is layout and goes; a dash typed as underscores reads as the dash
 * ("unless … context,—"). A blank left to be filled in ("within ____ days") stays as printed.
 */
export function readUnderscores(pages: ExtractedPage[]): ExtractedPage[] {
  return pages.map((page) =>
    page.lines.some((line) => line.text.includes('__'))
      ? {
          ...page,
          lines: page.lines
            .filter((line) => !UNDERSCORE_RULE.test(line.text))
            .map((line) => {
              const text = line.text.replace(TYPED_DASH, '$1—');
              return text === line.text ? line : { ...line, text };
            }),
        }
      : page,
  );
}

/** Every cleaning step, in order. Idempotent: cleanLines(cleanLines(p)) equals cleanLines(p). */
export function cleanLines(pages: ExtractedPage[]): ExtractedPage[] {
  return readUnderscores(joinHyphenatedWords(dropFootnotes(dropRunningHeads(dropPageNumbers(pages)))));
}
