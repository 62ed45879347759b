// Tesseract's block → paragraph → line tree to positioned lines in PDF points, like the text layer's.
// Tesseract reads the page as one block (see ocr-pages.ts), so a row can run from a marginal note
// across the body text; rows are split at wide gaps and notes outside the body column are left out.
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
function withoutTouchingNotes(words: Tesseract.Word[], pageWidth: number): Tesseract.Word[] {
  const heights = words.filter(measurable).map((w) => w.bbox.y1 - w.bbox.y0);
  if (heights.length < 4) return words;
  const body = percentile(heights, 0.5);
  const small = (w: Tesseract.Word) => measurable(w) && w.bbox.y1 - w.bbox.y0 < body * 0.8;
  const smallOrUnknown = (w: Tesseract.Word) => small(w) || !measurable(w);

  let end = words.length;
  let start = end;
  while (start > 0 && smallOrUnknown(words[start - 1])) start -= 1;
  while (start < end && !small(words[start])) start += 1;
  if (start < end && start >= 3 && words[start].bbox.x0 > pageWidth * 0.6) end = start;

  return words.slice(0, end);
}

/** Splits a row where words are further apart than justified text ever spaces them. */
function splitRow(line: Tesseract.Line, pageWidth: number): Segment[] {
  const words = withoutTouchingNotes(
    line.words.filter((w) => w.text.trim().length > 0),
    pageWidth,
  );
  const height =
    line.rowAttributes?.rowHeight > 0 ? line.rowAttributes.rowHeight : line.bbox.y1 - line.bbox.y0;
  const segments: Tesseract.Word[][] = [];
  for (const word of words) {
    const current = segments.at(-1);
    const last = current?.at(-1);
    if (current && last && word.bbox.x0 - last.bbox.x1 <= height * 1.8) current.push(word);
    else segments.push([word]);
  }
  return segments.map((ws) => ({
    words: ws,
    x0: Math.min(...ws.map((w) => w.bbox.x0)),
    y0: Math.min(...ws.map((w) => w.bbox.y0)),
    x1: Math.max(...ws.map((w) => w.bbox.x1)),
    y1: Math.max(...ws.map((w) => w.bbox.y1)),
    rowHeight: height,
    // One split-off word keeps its own confidence; the whole row keeps the row's.
    confidence:
      ws.length === words.length ? line.confidence : ws.reduce((s, w) => s + w.confidence, 0) / ws.length,
  }));
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

export function tesseractLines(
  result: Pick<Tesseract.Page, 'blocks'>,
  page: { number: number; width: number; height: number; scale: number },
): ExtractedPage {
  const segments: Segment[] = [];
  for (const block of result.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) segments.push(...splitRow(line, page.width * page.scale));
  const notes = marginal(segments, page.width * page.scale);

  const lines: TextLine[] = [];
  let weighted = 0;
  let chars = 0;
  for (const segment of segments) {
    if (notes.has(segment)) continue;
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
