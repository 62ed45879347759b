import { describe, expect, it } from 'vitest';
import { citeClause, citePages } from './cite-clause';

const cite = (
  documentTitle: string,
  documentYear: number | null,
  clauseNumber: string,
  clauseKind: Parameters<typeof citeClause>[0]['clauseKind'],
) => citeClause({ documentTitle, documentYear, clauseNumber, clauseKind });

describe('citeClause', () => {
  it('cites sections as "s."', () => {
    expect(cite('Child Bill 1999', 1999, '31', 'section')).toBe('Child Bill 1999, s. 31');
    expect(cite('Child Act', 2001, '31(1)(a)', 'section')).toBe('Child Act 2001, s. 31(1)(a)');
  });

  it('cites articles, clauses of a bill, schedules and the rest by their usual abbreviations', () => {
    expect(cite('Law on Children 2016', 2016, '12', 'article')).toBe('Law on Children 2016, art. 12');
    expect(cite('Sexual Offences against Children Bill 2017', 2017, '14', 'clause')).toBe(
      'Sexual Offences against Children Bill 2017, cl. 14',
    );
    expect(cite('Child Bill 1999', 1999, '2', 'schedule')).toBe('Child Bill 1999, Sch. 2');
    expect(cite('Rules', null, '4', 'rule')).toBe('Rules, r. 4');
    expect(cite('Regulations 2010', 2010, '5', 'regulation')).toBe('Regulations 2010, reg. 5');
    expect(cite('Order', null, '3', 'paragraph')).toBe('Order, para. 3');
    expect(cite('Child Bill 1999', 1999, '', 'preamble')).toBe('Child Bill 1999, Preamble');
  });

  it('does not repeat a label printed with the number', () => {
    expect(cite('Child Bill 1999', 1999, 'Section 31', 'section')).toBe('Child Bill 1999, s. 31');
    expect(cite('Law on Children 2016', 2016, 'Điều 12', 'article')).toBe('Law on Children 2016, art. 12');
    expect(cite('Child Bill 1999', 1999, 'SCHEDULE 2', 'schedule')).toBe('Child Bill 1999, Sch. 2');
  });

  it('knows the labels of every registered language, abbreviated or not', () => {
    expect(cite('Akta Kanak-Kanak 2001', 2001, 'Seksyen 31', 'section')).toBe('Akta Kanak-Kanak 2001, s. 31');
    expect(cite('Akta Kanak-Kanak 2001', 2001, 'Sek. 31', 'section')).toBe('Akta Kanak-Kanak 2001, s. 31');
    expect(cite('Batas', null, 'Artikulo 3', 'article')).toBe('Batas, art. 3');
    expect(cite('พระราชบัญญัติ', null, 'มาตรา 26/1', 'section')).toBe('พระราชบัญญัติ, s. 26/1');
    expect(cite('ច្បាប់', null, 'មាត្រា 4', 'article')).toBe('ច្បាប់, art. 4');
  });

  it('adds the year only when the title lacks it', () => {
    expect(cite('Guardians and Wards Act', 1890, '7', 'section')).toBe('Guardians and Wards Act 1890, s. 7');
    expect(cite('Guardians and Wards Act 1890', 1890, '7', 'section')).toBe(
      'Guardians and Wards Act 1890, s. 7',
    );
  });
});

describe('citePages', () => {
  it('gives one page or a range', () => {
    expect(citePages(30, 30)).toBe('p. 30');
    expect(citePages(32, 33)).toBe('pp. 32–33');
  });
});
