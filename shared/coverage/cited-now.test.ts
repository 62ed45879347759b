import { describe, expect, it } from 'vitest';
import type { RatingClause } from '../model';
import { citedChangeText, citedGone, citedNow, readsNowText } from './cited-now';

const LAW = { title: 'Child Marriage Restraint Act, 1929', year: 1929, status: 'in_force' as const };
const CITED: RatingClause = {
  clauseId: 'd1:sec_2',
  documentId: 'd1',
  documentTitle: LAW.title,
  clauseNumber: '2',
  citation: 'Child Marriage Restraint Act, 1929, s. 2',
  page: 2,
  printedPage: '2',
  clauseText: '(a) “child” means a person who, if a female, is under sixteen years of age;',
};
const clause = (
  over: Partial<{ number: string; text: string; pageStart: number; printedPage: string | null }> = {},
) => ({
  number: '2',
  kind: 'section' as const,
  text: CITED.clauseText,
  pageStart: 2,
  printedPage: '2',
  ...over,
});

describe('citedNow', () => {
  it('leaves a clause that reads as cited as it was, whatever its layout now', () => {
    const relaid = clause({
      text: '(a) "child" means a person who, if a female,\nis under sixteen years of age;',
    });
    expect(citedNow(CITED, LAW, relaid)).toBe(CITED);
  });

  it('says a clause changed since rated, with its words now', () => {
    const c = citedNow(
      CITED,
      LAW,
      clause({ text: '(a) “child” means a person under eighteen years of age;' }),
    );
    expect(c.now?.change).toBe('changed');
    expect(citedChangeText(c)).toBe('changed since rated');
    expect(readsNowText(c)).toBe(
      'Reads now (Child Marriage Restraint Act, 1929, s. 2, p. 2): (a) “child” means a person under eighteen years of age;',
    );
  });

  it('says a clause renumbered, gone, or of a law deleted or repealed', () => {
    expect(citedChangeText(citedNow(CITED, LAW, clause({ number: '2A' })))).toBe(
      'renumbered since rated: now Child Marriage Restraint Act, 1929, s. 2A',
    );
    expect(citedChangeText(citedNow(CITED, LAW, clause({ pageStart: 3, printedPage: '3' })))).toBe(
      'now on p. 3',
    );
    const gone = citedNow(CITED, LAW, undefined);
    expect([citedGone(gone), citedChangeText(gone)]).toEqual([true, 'no longer in the law as read now']);
    expect(citedChangeText(citedNow(CITED, undefined, undefined))).toBe(
      'no longer in the library: its law was deleted',
    );
    const repealed = citedNow(CITED, { ...LAW, status: 'repealed' }, clause());
    expect([citedGone(repealed), citedChangeText(repealed)]).toEqual([false, 'its law is repealed']);
  });
});
