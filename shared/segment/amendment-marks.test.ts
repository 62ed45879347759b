import { describe, expect, it } from 'vitest';
import { dropAmendmentMarks } from './amendment-marks';

// As Pakistani and Indian reprints print amendments (laws/PK/Child_Marriage_Restraint_Act_1929.pdf).
describe('dropAmendmentMarks', () => {
  it('keeps the words an amendment substituted or inserted, without the footnote number or brackets', () => {
    expect(dropAmendmentMarks('is under 5[sixteen] years of age;')).toBe('is under sixteen years of age;');
    expect(dropAmendmentMarks('whose marriage is 6[or is about to be] thereby')).toBe(
      'whose marriage is or is about to be thereby',
    );
    // Nested: an insertion inside a substituted passage.
    expect(dropAmendmentMarks('Act, 6[except on a 7[complaint] made] after')).toBe(
      'Act, except on a complaint made after',
    );
  });

  it('keeps the stars of omitted words without their footnote number, and a substituted stop', () => {
    expect(dropAmendmentMarks('other than that of 3* * * a Magistrate')).toBe(
      'other than that of * * * a Magistrate',
    );
    // A single star goes with its number: alone, it would read as a reference to a dropped note.
    expect(dropAmendmentMarks('thereby solemnized; *7\n(d) “minor”')).toBe(
      'thereby solemnized;\n(d) “minor”',
    );
    expect(dropAmendmentMarks('the words 4* and the Board')).toBe('the words and the Board');
    expect(dropAmendmentMarks('that of * * *3 a Magistrate')).toBe('that of * * * a Magistrate');
    expect(dropAmendmentMarks('years of age [;] 8\n(e) “Union Council”')).toBe(
      'years of age;\n(e) “Union Council”',
    );
  });

  it('reads the marks through OCR slips: a footnote number read as a letter, a "[" read as "/"', () => {
    expect(dropAmendmentMarks('this Act, S[except on a complaint made] after')).toBe(
      'this Act, except on a complaint made after',
    );
    expect(dropAmendmentMarks('under l[sixteen] years')).toBe('under sixteen years');
    expect(dropAmendmentMarks('/Punishment for male adult] Omitted by the Ordinance')).toBe(
      '[Punishment for male adult] Omitted by the Ordinance',
    );
    // A slash between words, or one no "]" closes in its paragraph, stays.
    for (const text of ['the father and/or mother [if any]', 'a /b\nc] d', 'A[b] of the Schedule'])
      expect(dropAmendmentMarks(text)).toBe(text);
  });

  it('closes a section printed in brackets whose "[" stood before its number', () => {
    expect(dropAmendmentMarks('No Court shall take cognizance … committed.]', true)).toBe(
      'No Court shall take cognizance … committed.',
    );
    // OCR read its "]" as "|".
    expect(dropAmendmentMarks('No Court shall take cognizance … committed. |', true)).toBe(
      'No Court shall take cognizance … committed.',
    );
    // A bracket the text itself opens and closes is not the section's.
    expect(dropAmendmentMarks('Repealed : [Rep by the Repealing Act, 1938.]', true)).toBe(
      'Repealed : [Rep by the Repealing Act, 1938.]',
    );
  });

  it('leaves real numbers and plain brackets alone', () => {
    for (const text of [
      'under section 5 [2] of the Act',
      '[2] the Board; [3] the Fund',
      'sub-section (5) of section 15',
      '[See Section 7(1)]',
      'a fee of Rs. 1.5[to be revised]',
      'clause A5[b] of the Schedule',
      'not less than 2*3 metres',
      'in any * other law',
      'a figure read as text: ?.5*; :,,/==+?=',
      'a 5[ left open',
    ])
      expect(dropAmendmentMarks(text)).toBe(text);
  });
});
