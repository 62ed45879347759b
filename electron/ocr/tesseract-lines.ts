// Tesseract's block → paragraph → line tree to positioned lines in PDF points, like the text layer's.
import type Tesseract from 'tesseract.js';
import type { ExtractedPage, TextLine } from '../../shared/model';

const round = (n: number) => Math.round(n * 100) / 100;

/** Specks, rules and stamps come back as lines of punctuation: they carry no text. */
function isNoise(text: string, confidence: number): boolean {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters === 0) return true;
  // A lone low-confidence mark ("ii", "—l") from a smudge.
  return confidence < 30 && letters <= 2;
}

export function tesseractLines(
  result: Pick<Tesseract.Page, 'blocks'>,
  page: { number: number; width: number; height: number; scale: number },
): ExtractedPage {
  const lines: TextLine[] = [];
  let weighted = 0;
  let chars = 0;
  for (const block of result.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words.filter((w) => w.text.trim().length > 0);
        const text = words
          .map((w) => w.text.trim())
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (!text || isNoise(text, line.confidence)) continue;
        const { x0, y0, x1, y1 } = line.bbox;
        const rowHeight = line.rowAttributes?.rowHeight;
        const height = (y1 - y0) / page.scale;
        lines.push({
          text,
          page: page.number,
          x: round(x0 / page.scale),
          y: round(y0 / page.scale),
          width: round((x1 - x0) / page.scale),
          height: round(height),
          fontSize: round(rowHeight && rowHeight > 0 ? rowHeight / page.scale : height),
          source: 'ocr',
          confidence: Math.round(line.confidence),
        });
        weighted += line.confidence * text.length;
        chars += text.length;
      }
    }
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
