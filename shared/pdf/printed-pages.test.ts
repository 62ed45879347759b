import { describe, expect, it } from 'vitest';
import type { ExtractedPage } from '../model';
import { printedPageNumbers } from './printed-pages';

const page = (number: number, ...margins: string[]): ExtractedPage => ({
  number,
  width: 595,
  height: 842,
  source: 'text',
  lines: [
    ...margins.map((text) => ({
      text,
      page: number,
      x: 280,
      y: 30,
      width: 30,
      height: 10,
      fontSize: 10,
      source: 'text' as const,
    })),
    {
      text: '(2) A body line in the middle.',
      page: number,
      x: 72,
      y: 400,
      width: 300,
      height: 10,
      fontSize: 10,
      source: 'text',
    },
  ],
});

describe('printedPageNumbers', () => {
  it('reads folios in step with their neighbours, run-on heads included, and leaves the rest unknown', () => {
    const pages = [
      page(1, 'A BILL'),
      page(2, '2'),
      page(3, 'Bill 3'),
      page(4, '4Bill'),
      page(5, '(9)'),
      page(6),
    ];
    expect(printedPageNumbers(pages, 6)).toEqual([null, '2', '3', '4', null, null]);
  });

  it('follows an offset between the PDF and the print, restarting numbering included', () => {
    const pages = [page(1, '1'), page(2, '2'), page(3, '- 1 -'), page(4, 'Page 2 of 9'), page(5, '3')];
    expect(printedPageNumbers(pages, 5)).toEqual(['1', '2', '1', '2', '3']);
  });

  it('takes no lone number in a margin for a folio, and prefers the PDF page labels', () => {
    expect(printedPageNumbers([page(1, '7'), page(2), page(3, '12')], 3)).toBeNull();
    expect(printedPageNumbers([page(1, '7')], 3, ['i', 'ii', '1'])).toEqual(['i', 'ii', '1']);
    // Labels that only repeat the index say nothing: the folios are read instead.
    expect(printedPageNumbers([page(1, '5'), page(2, '6')], 2, ['1', '2'])).toEqual(['5', '6']);
  });
});
