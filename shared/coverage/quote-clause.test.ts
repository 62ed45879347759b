import { describe, expect, it } from 'vitest';
import type { MatchedTerm } from '../model';
import { quoteClause, quotePieces } from './quote-clause';

const at = (text: string, words: string, kind: MatchedTerm['kind'] = 'phrase'): MatchedTerm => {
  const start = text.indexOf(words);
  return { term: words, kind, start, end: start + words.length };
};

describe('quoteClause', () => {
  const interpretation = [
    '(1) In this Act, unless the context otherwise requires—',
    '"approved school" means a school established under section 65;',
    '"centre" means a shelter approved by the Minister;',
    '"child" means a person under the age of eighteen years;',
    '"guardian" includes any person who has the care of a child;',
  ].join('\n');

  it('quotes the one definition that matched, marked as cut on both sides', () => {
    const q = quoteClause(interpretation, [at(interpretation, 'under the age of eighteen years')]);
    expect(q.quote).toBe('… "child" means a person under the age of eighteen years; …');
    expect(q.terms).toEqual(['under the age of eighteen years']);
  });

  it('quotes the sentence holding most matches, not the top of the clause', () => {
    const text =
      'This Part applies to every employer. No person shall employ a child under fifteen years in any occupation. The Minister may make rules.';
    const q = quoteClause(text, [at(text, 'employ a child'), at(text, 'under fifteen years', 'keyword')]);
    expect(q.quote).toBe('… No person shall employ a child under fifteen years in any occupation. …');
    expect(q.terms).toEqual(['employ a child', 'under fifteen years']);
  });

  it('keeps a numbered subsection whole and does not split at "s." abbreviations', () => {
    const text =
      '(1) A child may be taken into care.\n(2) An order under s. 19 lasts one year. It may be renewed.';
    const q = quoteClause(text, [at(text, 'order under s. 19')]);
    expect(q.quote).toBe('… (2) An order under s. 19 lasts one year. …');
  });

  it('cuts a long unit around its matches, at word boundaries', () => {
    const filler = 'the court shall have regard to all the circumstances of the case and ';
    const text =
      `${filler.repeat(20)}the best interests of the child shall be paramount ${filler.repeat(20)}`.trim();
    const q = quoteClause(text, [at(text, 'best interests of the child')], 200);
    expect(q.quote.length).toBeLessThanOrEqual(204);
    expect(q.quote).toMatch(/^… .*best interests of the child.* …$/);
    expect(q.terms).toEqual(['best interests of the child']);
  });

  it('quotes the whole of a short clause without marks, and the opening words where nothing is located', () => {
    const text = 'Corporal punishment is prohibited in all settings.';
    expect(quoteClause(text, [at(text, 'Corporal punishment')]).quote).toBe(text);
    const unlocated = quoteClause(
      interpretation,
      [{ term: 'child', kind: 'context', start: -1, end: -1 }],
      80,
    );
    expect(unlocated).toEqual({
      quote: '(1) In this Act, unless the context otherwise requires— "approved school" means …',
      terms: [],
    });
  });

  it('cuts a quote into plain and matched pieces, the longer term first', () => {
    expect(quotePieces('… a person under the age of 18 (a) …', ['under the age', 'age', '(a)'])).toEqual([
      { text: '… a person ', matched: false },
      { text: 'under the age', matched: true },
      { text: ' of 18 ', matched: false },
      { text: '(a)', matched: true },
      { text: ' …', matched: false },
    ]);
  });
});
