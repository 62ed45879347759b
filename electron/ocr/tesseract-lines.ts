// Tesseract's block → paragraph → line tree to positioned lines in PDF points, like the text layer's.
// Tesseract reads the page as one block (see ocr-pages.ts), so a row can run from a marginal note
// across the body text; rows are split at wide gaps, and notes outside the body column (or touching
// its right edge) come out as lines of their own marked `marginal`, for segmentation to use as headings.
import type Tesseract from 'tesseract.js';
import type { ExtractedPage, TextLine } from '../../shared/model';

const round = (n: number) => Math.round(n * 100) / 100;

interface Segment {
  words: Tesseract.Word[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  rowHeight: number;
  confidence: number;
  /** Split off a body row as a marginal note touching it. */
  note?: boolean;
}

/** Specks, rules and stamps come back as lines of punctuation: they carry no text. */
function isNoise(text: string, confidence: number): boolean {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters === 0) return true;
  // A lone low-confidence mark ("ii", "—l") from a smudge.
  return confidence < 30 && letters <= 2;
}

/** A word's height tells its font size only when it has a capital or ascender and no descender. */
function measurable(word: Tesseract.Word): boolean {
  return /[\p{Lu}\p{N}bdfhklt]/u.test(word.text) && !/[gjpqy,;()[\]{}|]/.test(word.text);
}

/**
 * Marginal notes set in a smaller font right against the body ("…the West Pakistan Short title"):
 * drops a run of small-font words at the row's end. (At a row's start, skewed scans make the first
 * body word look small too often to do the same for left-hand notes.)
 */
function touchingNoteAt(words: Tesseract.Word[], pageWidth: number): number {
  const heights = words.filter(measurable).map((w) => w.bbox.y1 - w.bbox.y0);
  if (heights.length < 4) return words.length;
  const body = percentile(heights, 0.5);
  const small = (w: Tesseract.Word) => measurable(w) && w.bbox.y1 - w.bbox.y0 < body * 0.8;
  const smallOrUnknown = (w: Tesseract.Word) => small(w) || !measurable(w);

  let end = words.length;
  let start = end;
  while (start > 0 && smallOrUnknown(words[start - 1])) start -= 1;
  while (start < end && !small(words[start])) start += 1;
  if (start < end && start >= 3 && words[start].bbox.x0 > pageWidth * 0.6) end = start;
  return end;
}

/** Splits a row where words are further apart than justified text ever spaces them. */
function splitRow(line: Tesseract.Line, pageWidth: number): Segment[] {
  const all = line.words.filter((w) => w.text.trim().length > 0);
  const noteAt = touchingNoteAt(all, pageWidth);
  const words = all.slice(0, noteAt);
  const height =
    line.rowAttributes?.rowHeight > 0 ? line.rowAttributes.rowHeight : line.bbox.y1 - line.bbox.y0;
  const segments: Tesseract.Word[][] = [];
  for (const word of words) {
    const current = segments.at(-1);
    const last = current?.at(-1);
    if (current && last && word.bbox.x0 - last.bbox.x1 <= height * 1.8) current.push(word);
    else segments.push([word]);
  }
  const split = segments.map((ws) =>
    segmentOf(ws, height, ws.length === all.length ? line.confidence : null),
  );
  if (noteAt < all.length) split.push({ ...segmentOf(all.slice(noteAt), height, null), note: true });
  return split;
}

function segmentOf(ws: Tesseract.Word[], rowHeight: number, rowConfidence: number | null): Segment {
  return {
    words: ws,
    x0: Math.min(...ws.map((w) => w.bbox.x0)),
    y0: Math.min(...ws.map((w) => w.bbox.y0)),
    x1: Math.max(...ws.map((w) => w.bbox.x1)),
    y1: Math.max(...ws.map((w) => w.bbox.y1)),
    rowHeight,
    // A split-off part keeps its words' confidence; the whole row keeps the row's.
    confidence: rowConfidence ?? ws.reduce((s, w) => s + w.confidence, 0) / ws.length,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Short segments wholly left or right of the body column: marginal notes and gutter specks. */
function marginal(segments: Segment[], pageWidth: number): Set<Segment> {
  const body = segments.filter((s) => s.x1 - s.x0 > pageWidth * 0.4);
  if (body.length < 3) return new Set();
  const left = percentile(
    body.map((s) => s.x0),
    0.25,
  );
  const right = percentile(
    body.map((s) => s.x1),
    0.75,
  );
  return new Set(segments.filter((s) => s.x1 - s.x0 < pageWidth * 0.25 && (s.x1 < left || s.x0 > right)));
}

/**
 * Notes printed in a margin close against the body ("…repugnant Definitions.", "Power to 15. (1) The…"):
 * the words at a row's end that run past the body's right edge there, or at its start that lie well
 * left of its left edge. The edges are the median ends of the long rows nearest in height on the page
 * (so a skewed scan is followed); on the right a note also reaches past the page's longest lines.
 */
function splitTouchingNotes(segments: Segment[], pageWidth: number): Segment[] {
  const long = segments.filter((s) => s.x1 - s.x0 > pageWidth * 0.4);
  if (long.length < 5) return segments;
  const slack = pageWidth * 0.012;
  const edges = segments.map((segment) => {
    const nearest = [...long]
      .sort((a, b) => Math.abs(a.y0 - segment.y0) - Math.abs(b.y0 - segment.y0))
      .slice(0, 9);
    const at = (p: number, side: 'x0' | 'x1') =>
      percentile(
        nearest.map((s) => s[side]),
        p,
      );
    return { left: at(0.5, 'x0'), right: at(0.5, 'x1') };
  });
  const cuts = segments.map((segment, k) => {
    let cut = segment.words.length;
    while (cut > 1 && segment.words[cut - 1].bbox.x1 > edges[k].right + slack) cut -= 1;
    return cut;
  });
  // Ragged-right text ends past the nearby median often: a note also reaches past the page's
  // longest body lines (those lines without what the first pass took as notes).
  const bodyEnds = segments
    .map((segment, k) => segment.words.slice(0, cuts[k]))
    .filter((ws) => ws.length > 0 && ws[ws.length - 1].bbox.x1 - ws[0].bbox.x0 > pageWidth * 0.4)
    .map((ws) => ws[ws.length - 1].bbox.x1);
  const pageRight = bodyEnds.length ? percentile(bodyEnds, 0.9) : 0;
  const past = (x1: number, k: number) => x1 > Math.max(edges[k].right, pageRight) + slack * 0.5;

  const out: Segment[] = [];
  segments.forEach((segment, k) => {
    const { left } = edges[k];
    const words = segment.words;
    if (segment.x1 - segment.x0 < pageWidth * 0.3) {
      // A short piece wholly past an edge: a note on a row segment of its own.
      const note =
        (past(segment.x1, k) && segment.x0 > pageWidth * 0.6) ||
        (segment.x1 < left - slack &&
          segment.x0 < pageWidth * 0.3 &&
          /\p{L}{3}/u.test(words.map((w) => w.text).join(' ')));
      out.push(note ? { ...segment, note } : segment);
      return;
    }
    let cut = cuts[k];
    while (cut < words.length && !past(words[cut].bbox.x1, k)) cut += 1;
    // Left: only a note that starts well clear of the edge (hanging item numbers "(ii)" start just left of it).
    let from = 0;
    if (words[0].bbox.x0 < left - pageWidth * 0.08)
      while (from < cut - 1 && words[from].bbox.x1 < left + slack) from += 1;
    if (
      from > 0 &&
      !/\p{L}{3}/u.test(
        words
          .slice(0, from)
          .map((w) => w.text)
          .join(' '),
      )
    )
      from = 0;
    if (from > 0) out.push({ ...segmentOf(words.slice(0, from), segment.rowHeight, null), note: true });
    if (from === 0 && cut === words.length) out.push(segment);
    else out.push(segmentOf(words.slice(from, cut), segment.rowHeight, null));
    if (cut < words.length) out.push({ ...segmentOf(words.slice(cut), segment.rowHeight, null), note: true });
  });
  return out;
}

export function tesseractLines(
  result: Pick<Tesseract.Page, 'blocks'>,
  page: { number: number; width: number; height: number; scale: number },
): ExtractedPage {
  const rows: Segment[] = [];
  for (const block of result.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) rows.push(...splitRow(line, page.width * page.scale));
  const segments = splitTouchingNotes(rows, page.width * page.scale);
  // Notes clear of the body are judged on the rows as read, before touching notes are split off them.
  const notes = marginal(rows, page.width * page.scale);

  const lines: TextLine[] = [];
  let weighted = 0;
  let chars = 0;
  for (const segment of segments) {
    const text = segment.words
      .map((w) => w.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text || isNoise(text, segment.confidence)) continue;
    const height = (segment.y1 - segment.y0) / page.scale;
    lines.push({
      text,
      page: page.number,
      x: round(segment.x0 / page.scale),
      y: round(segment.y0 / page.scale),
      width: round((segment.x1 - segment.x0) / page.scale),
      height: round(height),
      fontSize: round(segment.rowHeight > 0 ? segment.rowHeight / page.scale : height),
      source: 'ocr',
      confidence: Math.round(segment.confidence),
      ...(notes.has(segment)
        ? { marginal: 'beside' as const }
        : segment.note
          ? { marginal: 'touching' as const }
          : {}),
    });
    weighted += segment.confidence * text.length;
    chars += text.length;
  }
  return {
    number: page.number,
    width: round(page.width),
    height: round(page.height),
    lines,
    source: 'ocr',
    ocrConfidence: chars > 0 ? Math.round(weighted / chars) : 0,
  };
}
