import { describe, expect, it } from 'vitest';
import type { TextLine } from '../model';
import { segmentWithNotes } from './marginal-notes';
import { numberingGaps } from './numbering-report';
import { readOcrStructure } from './ocr-structure';

/** Lines as OCR (or a text layer) gives them, one per printed line, 14 pt apart on page 1. */
function linesOf(texts: string[], source: TextLine['source'] = 'ocr'): TextLine[] {
  return texts.map((text, k) => ({
    text,
    page: 1,
    x: 60,
    y: 60 + k * 14,
    width: text.length * 5,
    height: 12,
    fontSize: 10,
    source,
    ...(source === 'ocr' ? { confidence: 90 } : {}),
  }));
}

/** What an import shows: the clause numbers and headings, and the numbering warnings. */
function read(texts: string[], source: TextLine['source'] = 'ocr') {
  const reading = readOcrStructure(linesOf(texts, source));
  const clauses = segmentWithNotes(reading.lines, reading.notes, { notStarts: reading.notStarts });
  return {
    numbers: clauses.map((clause) => clause.number),
    headings: clauses.map((clause) => clause.heading),
    warnings: [...numberingGaps(clauses), ...reading.readings],
  };
}

// An amending act as tesseract reads the gazette: "1." printed as "[.", "2." behind a speck.
const AMENDING_ACT = [
  'An Act to amend the Islamabad Capital Territory Child Protection Act, 2018',
  'WHEREAS, it is expedient to amend the Islamabad Capital Territory',
  'Protection Act, 2018 (XXI of 2018), for the purposes hereinafter appearing:',
  'It is hereby enacted as follows: —',
  '[. Short title and commencement.—(1) This Act shall be called the',
  'Islamabad Capital Territory Child Protection (Amendment) Act, 2022.',
  '(2) It shall come into force at once.',
  '. 2. Amendment of section 6, Act XXI of 2018.— In the Islamabad',
  'Capital Territory Child Protection Act, 2018, in section 6, for the word',
  '“Government”, the words “Prime Minister” shall be substituted.',
  '3. Amendment of section 8, Act XXI of 2018. In the said Act, in',
  'section 8, for the word “Government”, the words “Division concerned” shall be substituted.',
];

describe('section numbers OCR misread, read where the sequence expects them', () => {
  it('reads "[." as s. 1 where s. 1 is missing before s. 2, and a clean "2." as s. 2', () => {
    expect(read(AMENDING_ACT)).toEqual({
      numbers: ['1', '2', '3'],
      headings: [
        'Short title and commencement',
        'Amendment of section 6, Act XXI of 2018',
        'Amendment of section 8, Act XXI of 2018',
      ],
      warnings: ['s. 1 read from “[.” (page 1)'],
    });
  });

  it('leaves a text layer as it is printed', () => {
    expect(read(AMENDING_ACT, 'text').numbers).toEqual(['3']);
  });

  it('does not take a bracketed insertion ("[3A.") or a "[" before a digit for a missing number', () => {
    const law = [
      '1. Short title.—This Act may be called the Orphanages Act.',
      '2. Definitions.—In this Act, unless the context otherwise requires,—',
      '3. Application.—This Act applies to every orphanage.',
      '[3A. Registration of orphanages.—(1) Every orphanage shall be registered',
      'with the Board within three months.]',
      ...Array.from({ length: 8 }, (_, k) => `${k + 5}. Heading ${k + 5}.—The text of section ${k + 5}.`),
      '[3. Omitted by Ordinance XX of 1961.]',
      '14. Rules.—The Government may make rules.',
    ];
    const { numbers, headings, warnings } = read(law);
    expect(numbers).toEqual(['1', '2', '3', '3A', '5', '6', '7', '8', '9', '10', '11', '12', '14']);
    expect(headings.slice(2, 5)).toEqual(['Application', 'Registration of orphanages', 'Heading 5']);
    expect(warnings).toEqual([
      's. 4 not found between s. 3A and s. 5',
      's. 13 not found between s. 12 and s. 14',
    ]);
  });

  it('reads a misread number only where a section is missing, and only before a section opening', () => {
    const law = [
      '[. the said Act shall be read as one with this Act.',
      '[. Short title.—(1) This Act may be called the Children Act.',
      '2. Definitions.—In this Act,—',
      '[. Omitted by the Amending Act, 1961.]',
      '3. Offences.—Whoever employs a child shall be punished.',
    ];
    const { numbers, warnings } = read(law);
    expect(numbers).toEqual(['1', '2', '3']);
    expect(warnings).toEqual(['s. 1 read from “[.” (page 1)']);
  });

  it('reads a number that lost a digit ("2." for 12) between two sections', () => {
    const law = [
      ...Array.from({ length: 11 }, (_, k) => `${k + 1}. Heading ${k + 1}.—The text of section ${k + 1}.`),
      '2. Reports.—The Board shall report to the Government every year.',
      '13. Offences.—Whoever obstructs the Board shall be punished.',
    ];
    const { numbers, headings, warnings } = read(law);
    expect(numbers.slice(10)).toEqual(['11', '12', '13']);
    expect(headings.slice(11)).toEqual(['Reports', 'Offences']);
    expect(warnings).toEqual(['s. 12 read from “2.” (page 1)']);
  });

  it('reads the body after a contents list whose numbers OCR set apart, through "1." for 11 and "2(12."', () => {
    // As tesseract reads an annotated code (laws/PK/Child_Marriage_Restraint_Act_1929.pdf): the
    // contents' numbers stand apart in the margin and are dropped, so only their titles remain.
    const law = [
      'CONTENTS',
      ...Array.from({ length: 12 }, (_, k) => `Heading ${k + 1}`),
      'An Act to restrain the solemnisation of child marriages',
      '1.Short title.— (1) This Act may be called the Child Marriage Restraint Act, 2[1929].',
      '(2) It extends to the whole of Pakistan.',
      ...Array.from({ length: 9 }, (_, k) => [
        `${k + 2}. Heading ${k + 2}. The text of section ${k + 2}`,
        'goes on over a second line.',
      ]).flat(),
      '1. [Power to take security from Complainant.] Omitted.',
      '2(12. Power to issue injunction.— (1) Notwithstanding anything in this Act,',
      'the Court may issue an injunction.',
    ];
    const { numbers, warnings } = read(law);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, k) => String(k + 1)));
    expect(warnings).toEqual(['s. 12 read from “2(12.” (page 1)', 's. 11 read from “1.” (page 1)']);
  });

  it('reads a number OCR split off its row with the first words ("5S. Child in") in the sequence', () => {
    const lines = linesOf([
      '1. Short title.—This Act may be called the Child Protection Act.',
      '2. Definitions.—In this Act, unless the context otherwise requires,—',
      '3. Best interest.—The best interest of the child comes first.',
      '4. Restriction on parental custody.—The Court may restrict the custody.',
      'need of care.—A child in need of protection and care shall include a child who—',
      '6. Establishment of the Board.—The Government shall establish a Board.',
    ]);
    // The piece split off the start of the fifth row, level with it, as OCR gives it apart.
    const row = lines[4];
    const split: TextLine = { ...row, text: '5S. Child in', width: 55, marginal: 'touching' };
    lines[4] = { ...row, x: row.x + 60 };
    const reading = readOcrStructure([...lines.slice(0, 4), split, ...lines.slice(4)]);
    const clauses = segmentWithNotes(reading.lines, reading.notes, { notStarts: reading.notStarts });
    expect(clauses.map((clause) => [clause.number, clause.heading])).toEqual([
      ['1', 'Short title'],
      ['2', 'Definitions'],
      ['3', 'Best interest'],
      ['4', 'Restriction on parental custody'],
      ['5', 'Child in need of care'],
      ['6', 'Establishment of the Board'],
    ]);
    expect(reading.readings).toEqual(['s. 5 read from “5S.” (page 1)']);
  });
});
