import { describe, expect, it } from 'vitest';
import type { ExtractedPage, TextLine } from '../model';
import {
  cleanLines,
  dropPageNumbers,
  dropRunningHeads,
  isPageNumber,
  joinHyphenatedWords,
  readUnderscores,
} from './clean-lines';

const HEIGHT = 800;

function line(page: number, y: number, text: string, fontSize = 10): TextLine {
  return { text, page, x: 60, y, width: 300, height: fontSize * 1.2, fontSize, source: 'text' };
}

function page(number: number, lines: TextLine[]): ExtractedPage {
  return { number, width: 600, height: HEIGHT, lines, source: 'text' };
}

const texts = (pages: ExtractedPage[]) => pages.map((p) => p.lines.map((l) => l.text));

/** Five pages of a bill: alternating running heads with folios, footers "Page N of 5", body text between. */
function bill(): ExtractedPage[] {
  return [1, 2, 3, 4, 5].map((n) =>
    page(n, [
      line(n, 30, n % 2 ? `Child Bill ${n}` : `${n} Bill`),
      line(n, 100, `Body line one of page ${n}, which runs on and on`),
      line(n, 400, n === 2 ? 'the protec-' : 'an ordinary sentence.'),
      line(n, 420, n === 2 ? 'tion of children (2) continues' : 'Another paragraph'),
      line(n, 770, `Page ${n} of 5`),
    ]),
  );
}

describe('cleanLines', () => {
  it('drops running heads whose page numbers vary, and "Page N of M" footers', () => {
    const cleaned = cleanLines(bill());
    for (const p of texts(cleaned)) {
      expect(p.some((t) => /Bill/.test(t))).toBe(false);
      expect(p.some((t) => /^Page \d/.test(t))).toBe(false);
      expect(p[0]).toMatch(/^Body line one/);
    }
  });

  it('joins a word hyphenated across lines and keeps the rest of the next line', () => {
    const cleaned = cleanLines(bill());
    expect(texts(cleaned)[1]).toContain('the protection');
    expect(texts(cleaned)[1]).toContain('of children (2) continues');
  });

  it('keeps line breaks, so paragraphs stay apart', () => {
    const cleaned = cleanLines(bill());
    expect(texts(cleaned)[0]).toEqual([
      'Body line one of page 1, which runs on and on',
      'an ordinary sentence.',
      'Another paragraph',
    ]);
  });

  it('is idempotent', () => {
    const once = cleanLines(bill());
    expect(cleanLines(once)).toEqual(once);
  });

  it('leaves body text in the middle of the page alone even when it repeats', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, [line(n, 300, '(a) the child;'), line(n, 320, `${n}`)]));
    expect(texts(cleanLines(pages)).flat()).toEqual([
      '(a) the child;',
      '1',
      '(a) the child;',
      '2',
      '(a) the child;',
      '3',
      '(a) the child;',
      '4',
    ]);
  });

  it('strips a running head printed on the same line as a heading', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [line(n, 30, n === 3 ? 'Bill Protector may require security' : 'Bill'), line(n, 200, 'text')]),
    );
    expect(texts(dropRunningHeads(pages))[2]).toEqual(['Protector may require security', 'text']);
  });

  it('does not take a heading that starts with the running head word for the head', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [line(n, 30, n === 3 ? 'Child under ten years of age' : 'Child'), line(n, 200, 'text')]),
    );
    expect(texts(dropRunningHeads(pages))[2]).toEqual(['Child under ten years of age', 'text']);
  });

  it('drops footnotes in small print at the foot of the page', () => {
    const pages = [
      page(1, [
        line(1, 100, 'Body text that is long enough to weigh the most here'),
        line(1, 120, 'more body text of the same size, the bulk of the page'),
        line(1, 700, '1 Subs. by the Federal Laws (Revision) Ordinance, 1981.', 7),
      ]),
    ];
    expect(texts(cleanLines(pages))[0]).toHaveLength(2);
  });
});

describe('underscores', () => {
  // As the Child Marriage Restraint Act 1929 and the ICT Child Protection Act 2018 type them.
  it('drops a rule typed as underscores, reads a typed dash as a dash, keeps a blank to be filled', () => {
    const pages = [
      page(1, [
        line(1, 100, '2. Definitions. In this Act, unless … context,__'),
        line(1, 120, '6. Punishment for parent.__ (1) Where a minor'),
        line(1, 300, '_________________________________________'),
        line(1, 320, 'within ____ days of the notice, signed __________'),
      ]),
    ];
    const read = readUnderscores(pages);
    expect(texts(read)[0]).toEqual([
      '2. Definitions. In this Act, unless … context,—',
      '6. Punishment for parent.— (1) Where a minor',
      'within ____ days of the notice, signed __________',
    ]);
    expect(readUnderscores(read)).toEqual(read);
  });
});

describe('footnotes OCR read', () => {
  // As tesseract sizes the rows of the Child Marriage Restraint Act's page 2 (body 11.8–12, notes 6–8.7).
  it('drops the small print from its first row in the lower half to the foot, short rows too', () => {
    const ocr = (y: number, text: string, fontSize: number): TextLine => ({
      ...line(2, y, text, fontSize),
      source: 'ocr',
    });
    const body = Array.from({ length: 8 }, (_, k) =>
      ocr(100 + k * 20, `(${k + 1}) a row of the body text, as long as the rows of a section run`, 11.9),
    );
    const pages = [
      page(2, [
        ...body,
        ocr(300, '(d) “minor” means a person of either sex who is under eighteen years of age', 12),
        ocr(320, 'law', 11.76),
        ocr(340, 'relating to local government for the time being in force.', 11.76),
        ocr(600, '1 For Statement of Objects and Reasons, see Gazette of India, 1927', 6.48),
        ocr(610, 'July, 1961).', 8.66),
        ocr(620, '9 Subs. by the Federal Laws (Revision and Declaration) Ordinance, 1981', 6.24),
      ]),
    ];
    expect(texts(cleanLines(pages))[0]).toEqual([
      ...body.map((row) => row.text),
      '(d) “minor” means a person of either sex who is under eighteen years of age',
      'law',
      'relating to local government for the time being in force.',
    ]);
  });
});

describe('page numbers', () => {
  it.each(['Page 3 of 12', '3', '- 3 -', '— 14 —', '(5)', 'iv'])('%s is a page number', (text) =>
    expect(isPageNumber(text)).toBe(true),
  );
  it.each(['3. Interpretation', 'PART I', '(a) the child', 'Bill'])('%s is not a page number', (text) =>
    expect(isPageNumber(text)).toBe(false),
  );

  it('are only dropped in the top and bottom bands', () => {
    const pages = [page(1, [line(1, 400, '12'), line(1, 780, '12')])];
    expect(texts(dropPageNumbers(pages))[0]).toEqual(['12']);
  });
});

describe('hyphenation', () => {
  it('keeps the hyphen of a prefix and of a compound name', () => {
    const pages = [page(1, [line(1, 100, 'the Co-'), line(1, 115, 'ordinating Council')])];
    expect(texts(joinHyphenatedWords(pages))[0]).toEqual(['the Co-ordinating', 'Council']);
    const names = [page(1, [line(1, 100, 'the Anti-'), line(1, 115, 'Trafficking Council')])];
    expect(texts(joinHyphenatedWords(names))[0]).toEqual(['the Anti-', 'Trafficking Council']);
  });
});
