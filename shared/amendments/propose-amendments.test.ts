import { describe, expect, it } from 'vitest';
import {
  amendedSections,
  isAmendingTitle,
  proposeAmendments,
  type LawForAmendments,
} from './propose-amendments';

const law = (
  id: string,
  title: string,
  year: number | null,
  clauses: [string, string, string][] = [],
): LawForAmendments => ({
  id,
  title,
  year,
  country: 'MY',
  clauses: clauses.map(([number, heading, text]) => ({ id: `${id}:${number}`, number, heading, text })),
});

describe('proposing what an amending act amends', () => {
  const child = law('c', 'Child Act 2001', 2001, [
    ['2', 'Interpretation', '…'],
    ['17', 'Child in need of care', '…'],
  ]);
  const evidence = law('e', 'Evidence Act 1950', 1950);

  it('links an English amending act by its title and finds the sections it changes', () => {
    const amending = law('a', 'Child (Amendment) Act 2016', 2016, [
      ['1', 'Short title', 'This Act may be cited as the Child (Amendment) Act 2016.'],
      [
        '2',
        'Amendment of section 2',
        'The Child Act 2001, which is referred to as the "principal Act", is amended in section 2 …',
      ],
      [
        '3',
        'New section 17A',
        'The principal Act is amended by inserting after section 17 the following section …',
      ],
    ]);
    expect(proposeAmendments([child, evidence, amending])).toEqual([
      { amendingDocumentId: 'a', amendedDocumentId: 'c', evidence: 'title: “Child (Amendment) Act 2016”' },
    ]);
    expect(amendedSections(amending, child)).toEqual([
      { amendingClauseId: 'a:2', amendingNumber: '2', amendedNumber: '2', amendedClauseId: 'c:2' },
      // A section the amendment inserts is named, with no clause of the amended act to show it beside.
      { amendingClauseId: 'a:3', amendingNumber: '3', amendedNumber: '17A', amendedClauseId: null },
    ]);
  });

  it('reads a Malay amending act (Pindaan, seksyen) and names the act from its text when the title does not', () => {
    const akta = law('k', 'Akta Kanak-Kanak 2001', 2001, [['2', 'Tafsiran', '…']]);
    const pindaan = law('p', 'Akta Pindaan 2016', 2016, [
      ['1', 'Nama ringkas', 'Akta ini bolehlah dinamakan Akta Pindaan 2016.'],
      ['2', 'Pindaan seksyen 2', 'Akta ini adalah untuk meminda Akta Kanak-Kanak 2001 dalam seksyen 2 …'],
    ]);
    expect(isAmendingTitle(pindaan.title)).toBe(true);
    expect(proposeAmendments([akta, pindaan])).toMatchObject([
      { amendingDocumentId: 'p', amendedDocumentId: 'k' },
    ]);
    expect(amendedSections(pindaan, akta).map((s) => s.amendedClauseId)).toEqual(['k:2']);
  });

  it('proposes nothing for a law that amends nothing, or names a law not in the library', () => {
    const other = law('o', 'Penal Code (Amendment) Act 2019', 2019, [['2', 'Amendment of section 375', '…']]);
    expect(proposeAmendments([child, evidence, other])).toEqual([]);
    expect(isAmendingTitle('Child Act 2001')).toBe(false);
  });
});
