// Lines → clause text: wrapped lines join with a space, a new paragraph (subsection, paragraph
// letter, definition, illustration, or a visible gap) starts on a new line.
import type { TextLine } from '../model';

// A reprint's amendment mark may stand before the number ("9[(e) …]": see amendment-marks.ts).
const PARAGRAPH_START =
  /^(?:\d{1,3}\[)?(\(\s*[\dlI]{1,3}[A-Z]?\s*\)|\([a-z]{1,2}\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)|\d{1,3}\.\s|[a-zđ]\)\s|["“'‘][^"”]{1,80}["”'’]\s*(means|includes|has|in relation)|Illustrations?$|ILLUSTRATIONS?$|Explanation\b|Huraian\b|Contoh\b|Provided\b)/u;

export function startsParagraph(line: TextLine, previous: TextLine | undefined): boolean {
  if (!previous) return false;
  if (PARAGRAPH_START.test(line.text)) return true;
  if (/^(Illustrations?|ILLUSTRATIONS?|Contoh)$/u.test(previous.text)) return true;
  if (line.page === previous.page) {
    const gap = line.y - (previous.y + previous.height);
    if (gap > Math.max(line.fontSize, previous.fontSize) * 0.9) return true;
  }
  return false;
}

export function joinText(lines: TextLine[], firstText?: string): string {
  let text = '';
  lines.forEach((line, index) => {
    const piece = index === 0 && firstText !== undefined ? firstText : line.text;
    if (!piece) return;
    if (!text) text = piece;
    else text += (startsParagraph(line, lines[index - 1]) ? '\n' : ' ') + piece;
  });
  // Runs of blanks become one space; most texts have none (a replace would copy them whole anyway).
  return (BLANK_RUN.test(text) ? text.replace(/[ \t]+/g, ' ') : text).trim();
}

/** Two blanks in a row, or a tab: what the replace above changes. */
const BLANK_RUN = /[ \t]{2}|\t/;
