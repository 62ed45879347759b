/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { linesFromFixture } from '../../tests/fixtures/segment/fixture-lines';
import idLawExpected from '../../tests/fixtures/segment/id-law.expected.json';
import idLaw from '../../tests/fixtures/segment/id-law.txt?raw';
import kmLawExpected from '../../tests/fixtures/segment/km-law.expected.json';
import kmLaw from '../../tests/fixtures/segment/km-law.txt?raw';
import myBillExpected from '../../tests/fixtures/segment/my-bill.expected.json';
import myBill from '../../tests/fixtures/segment/my-bill.txt?raw';
import pkActExpected from '../../tests/fixtures/segment/pk-act.expected.json';
import pkAct from '../../tests/fixtures/segment/pk-act.txt?raw';
import thLawExpected from '../../tests/fixtures/segment/th-law.expected.json';
import thLaw from '../../tests/fixtures/segment/th-law.txt?raw';
import vnLawExpected from '../../tests/fixtures/segment/vn-law.expected.json';
import vnLaw from '../../tests/fixtures/segment/vn-law.txt?raw';
import type { SegmentedClause } from '../model';
import { uniqueIds } from './clause-ids';
import { parseClauseNumber } from './clause-number';
import { guessTitle } from './guess-title';
import { segmentClauses } from './segment-clauses';

// Fixture pairs: the text as printed (one line per line, "-----" between pages) and the clauses expected.
const fixtures: Record<string, { text: string; expected: unknown }> = {
  'my-bill': { text: myBill, expected: myBillExpected },
  'pk-act': { text: pkAct, expected: pkActExpected },
  'vn-law': { text: vnLaw, expected: vnLawExpected },
  'id-law': { text: idLaw, expected: idLawExpected },
  // Thai: มาตรา with the text on its line, Thai digits, an inserted section ๖/๑; Khmer: ជំពូកទី១ run
  // into its number, មាត្រា ១.- with a heading.
  'th-law': { text: thLaw, expected: thLawExpected },
  'km-law': { text: kmLaw, expected: kmLawExpected },
};

/** What a clause shows the analyst, without its boxes. */
const shown = ({ eid, number, kind, heading, path, text, pageStart, pageEnd }: SegmentedClause) => ({
  eid,
  number,
  kind,
  heading,
  path,
  text,
  pageStart,
  pageEnd,
});

function segmentFixture(name: string) {
  return segmentClauses(linesFromFixture(fixtures[name].text));
}

describe('segmentClauses on fixtures (input text → expected clauses)', () => {
  for (const name of Object.keys(fixtures)) {
    it(name, () => {
      const { expected } = fixtures[name];
      expect(segmentFixture(name).map(shown)).toEqual(expected);
    });
  }
});

describe('segmentClauses', () => {
  it('skips the arrangement of clauses and the explanatory statement', () => {
    const clauses = segmentFixture('my-bill');
    expect(clauses.map((c) => c.number)).toEqual(['1', '2', '3', '3A', '4', '']);
    expect(clauses.every((c) => c.pageStart >= 2)).toBe(true);
    expect(clauses.some((c) => c.text.includes('Clause 2 defines'))).toBe(false);
  });

  it('starts a new law where the next contents list of a compilation restarts the numbering', () => {
    const one = segmentFixture('my-bill');
    const both = segmentClauses(linesFromFixture(`${myBill}\n-----\n${myBill}`));
    expect(both.slice(0, one.length)).toEqual(one);
    const second = both.slice(one.length);
    expect(second.map((c) => c.number)).toEqual(one.map((c) => c.number));
    expect(second.map((c) => c.text)).toEqual(one.map((c) => c.text));
    // The later law's title (from its short-title clause) is the outermost path element.
    expect(second.map((c) => c.path)).toEqual(one.map((c) => ['Child Welfare Act 2020', ...c.path]));
    expect(second.map((c) => c.eid)).toEqual(one.map((c) => `law_2__${c.eid}`));
  });

  it('finds the chapters of a Lao law printed ຫມວດ as of one printed ໝວດ, headings as printed', () => {
    // Article 1 of the Law on the Protection of the Rights and Interests of Children (2006) as
    // published, with ໍາ; the chapter headings and the other articles in the law's style, the second
    // chapter's keyword run into its number as Lao laws often print it.
    const modern = [
      'ກົດໝາຍວ່າດ້ວຍການປົກປ້ອງສິດ ແລະ ຜົນປະໂຫຍດຂອງເດັກ',
      'ໝວດທີ 1',
      'ບົດບັນຍັດທົ່ວໄປ',
      'ມາດຕາ 1 ຈຸດປະສົງ',
      'ກົດໝາຍວ່າດ້ວຍການປົກປ້ອງສິດ ແລະຜົນປະໂຫຍດຂອງເດັກ ກໍານົດຫຼັກການ,ລະບຽບການແລະມາດຕະການກ່ຽວກັບການ ຄຸ້ມຄອງ,ການຕິດຕາມ,ກວດກາການຈັດຕັ້ງປະຕິບັດການປົກປ້ອງ ສິດແລະຜົນປະໂຫຍດຂອງເດັກບັນດາເຜົ່າ.',
      'ມາດຕາ 2 ເດັກ',
      'ເດັກ ແມ່ນ ບຸກຄົນທີ່ມີອາຍຸຕ່ໍາກວ່າ 18 ປີ.',
      'ໝວດທີ2',
      'ສິດ ແລະ ພັນທະຂອງເດັກ',
      'ມາດຕາ 3 ສິດຂອງເດັກ',
      'ເດັກມີສິດໄດ້ຮັບການປົກປ້ອງ.',
      'ມາດຕາ 4 ພັນທະຂອງເດັກ',
      'ເດັກມີພັນທະເຄົາລົບກົດໝາຍ.',
    ].join('\n');
    const older = modern.replaceAll('ໝ', 'ຫມ');
    const shape = (text: string) => segmentClauses(linesFromFixture(text)).map(shown);
    const expected = shape(modern);
    expect(expected.map((c) => [c.eid, c.path])).toEqual([
      ['chap_1__art_1', ['ໝວດທີ 1 — ບົດບັນຍັດທົ່ວໄປ']],
      ['chap_1__art_2', ['ໝວດທີ 1 — ບົດບັນຍັດທົ່ວໄປ']],
      ['chap_2__art_3', ['ໝວດທີ 2 — ສິດ ແລະ ພັນທະຂອງເດັກ']],
      ['chap_2__art_4', ['ໝວດທີ 2 — ສິດ ແລະ ພັນທະຂອງເດັກ']],
    ]);
    expect(shape(older)).toEqual(
      expected.map((c) => ({
        ...c,
        path: c.path.map((p) => p.replaceAll('ໝ', 'ຫມ')),
        text: c.text.replaceAll('ໝ', 'ຫມ'),
      })),
    );
  });

  it('reads OCR slips in clause numbers and footnote marks run into them', () => {
    // "l." is clause 1, "42." is clause 2 with footnote 4 in front of it.
    expect(segmentFixture('pk-act').map((c) => c.number)).toEqual(['1', '2', '3']);
  });

  it('keeps numbered items inside an article when articles are keyword-numbered', () => {
    const clauses = segmentFixture('vn-law');
    expect(clauses.map((c) => c.number)).toEqual(['1', '2', '3', '4']);
    expect(clauses[1].text).toContain('\n1. Bảo vệ trẻ em');
  });

  it('gives boxes on the clause pages, enough to highlight it', () => {
    for (const clause of segmentFixture('my-bill')) {
      expect(clause.boxes.length).toBeGreaterThan(0);
      for (const box of clause.boxes) {
        expect(box.page).toBeGreaterThanOrEqual(clause.pageStart);
        expect(box.page).toBeLessThanOrEqual(clause.pageEnd);
        expect(box.width).toBeGreaterThan(0);
        expect(box.height).toBeGreaterThan(0);
      }
    }
  });

  it('keeps unknown text with the clause before it rather than failing', () => {
    const lines = linesFromFixture(
      '1. First clause text.\n??? stray words from a bad scan\n2. Second clause.\n',
    );
    const clauses = segmentClauses(lines);
    expect(clauses.map((c) => c.number)).toEqual(['1', '2']);
    expect(clauses[0].text).toContain('stray words');
  });

  it('takes no OCR speck for a heading: a lone "I" above a number, or before an inline dash', () => {
    // Headings printed above the numbers; beside s. 5 the scan has only a speck, read as "I" (as
    // OCR read one above s. 7 of the Employment of Children Act 1991).
    const clauses = segmentClauses(
      linesFromFixture(
        [
          'Short title',
          '1. This Act may be cited as the Child Welfare Act 2020.',
          'Interpretation',
          '2. In this Act, "child" means a person under the age of eighteen years.',
          'Duty to report',
          '3. A medical officer who believes that a child is abused shall inform a Protector.',
          'Form of report',
          '4. A report shall be made in writing.',
          'I',
          '5. Temporary custody.—(1) A Protector may take a child into temporary custody.',
          'Offences',
          '6. A person who abuses a child commits an offence.',
          'Regulations',
          '7. The Minister may make regulations.',
        ].join('\n'),
      ),
    );
    expect(clauses.map((c) => c.heading)).toEqual([
      'Short title',
      'Interpretation',
      'Duty to report',
      'Form of report',
      'Temporary custody',
      'Offences',
      'Regulations',
    ]);
    // Its own inline heading is taken; the speck is in neither section.
    expect(clauses[4].text).toBe('(1) A Protector may take a child into temporary custody.');
    expect(clauses[3].text).toBe('A report shall be made in writing.');
    // Headings inline, one of them lost but for a speck before its dash.
    const inline = segmentClauses(
      linesFromFixture(
        [
          '1. Short title.—(1) This Act may be called the Child Act 2020.',
          '2. Definitions.—In this Act, "child" means a person under the age of eighteen years.',
          '3. I.—(1) A person who abuses a child commits an offence.',
        ].join('\n'),
      ),
    );
    expect(inline.map((c) => c.heading)).toEqual(['Short title', 'Definitions', '']);
  });

  it('returns nothing for text without any clause', () => {
    expect(segmentClauses(linesFromFixture('Just a letter.\nWith two lines.'))).toEqual([]);
  });

  it('gives eids that do not change when the same text is segmented again', () => {
    const first = segmentFixture('vn-law').map((c) => c.eid);
    expect(segmentFixture('vn-law').map((c) => c.eid)).toEqual(first);
  });
});

describe('clause ids and numbers', () => {
  it('suffixes duplicates in order', () => {
    expect(uniqueIds(['sec_5', 'sec_6', 'sec_5', 'sec_5'])).toEqual(['sec_5', 'sec_6', 'sec_5_2', 'sec_5_3']);
  });

  it.each([
    ['1', '1'],
    ['l', '1'],
    ['1O', '10'],
    ['10A', '10A'],
    ['4-A', '4A'],
    ['I', '1'],
  ])('%s reads as %s', (token, text) => expect(parseClauseNumber(token)?.text).toBe(text));
});

describe('guessTitle', () => {
  it('turns a title in capitals into title case', () => {
    expect(guessTitle(linesFromFixture('CHILD BILL 1999\nARRANGEMENT OF CLAUSES'))).toBe('Child Bill 1999');
  });

  it('joins a title broken over two lines and drops "The"', () => {
    expect(
      guessTitle(
        linesFromFixture(
          'Updated Till 22.8.2022\nTHE ISLAMABAD CAPITAL TERRITORY CHILD\nPROTECTION ACT, 2018\nCONTENTS',
        ),
      ),
    ).toBe('Islamabad Capital Territory Child Protection Act, 2018');
  });

  it('falls back to the short-title clause', () => {
    expect(
      guessTitle(
        linesFromFixture('No. F. 9(47)/2021-Legis.—The following Act'),
        'This Act shall be called the Example (Amendment) Act, 2022.',
      ),
    ).toBe('Example (Amendment) Act, 2022');
  });

  it("reads a short-title clause whose year an annotated code substituted (its footnote's number before it)", () => {
    const gazette = linesFromFixture('An Act to restrain the solemnisation of child marriages');
    expect(guessTitle(gazette, 'This Act may be called the Child Marriage Restraint Act, 2[1929].')).toBe(
      'Child Marriage Restraint Act, 1929',
    );
  });

  it('reads a short-title clause as OCR printed it: a slip in "be" or "the", a full stop for the comma', () => {
    const gazette = linesFromFixture('No. F. 9(47)/2021-Legis.—The following Act');
    // As OCR read two Pakistani gazettes of 2022 (laws/PK/…_Amendment_Act*.pdf).
    expect(
      guessTitle(
        gazette,
        'This Act shall be called the Juvcnilc Justicc System (Amendment) Act. 2022 (2) It shall',
      ),
    ).toBe('Juvcnilc Justicc System (Amendment) Act, 2022');
    expect(
      guessTitle(gazette, "al) This Act shall b€ called lhe Child Prorcclron (Arnend'renr) Act, 2022 (: I h"),
    ).toBe("Child Prorcclron (Arnend'renr) Act, 2022");
    // A law's number in brackets after its name ends the name.
    expect(guessTitle(gazette, 'This Act may be cited as the Child Act 2001 (Act 611).')).toBe(
      'Child Act 2001',
    );
  });

  it('gives null when nothing looks like a title', () => {
    expect(guessTitle(linesFromFixture('Hello world'))).toBeNull();
  });
});
