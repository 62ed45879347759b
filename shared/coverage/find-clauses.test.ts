import { describe, expect, it } from 'vitest';
import type { ClauseKind } from '../model';
import { findClauses } from './find-clauses';

const clause = (number: string, heading: string, text: string, kind: ClauseKind = 'section') => ({
  number,
  kind,
  heading,
  text,
});
// As the Child Marriage Restraint Act, 1929 reads.
const act = [
  clause(
    '1',
    'Short title, extent and commencement',
    'This Act may be called the Child Marriage Restraint Act.',
  ),
  clause(
    '2',
    'Definitions',
    '“child” means a person who, if a male, is under 18 years of age, and if a female, is under 16',
  ),
  clause(
    '4',
    'Punishment for male adult above twenty one',
    'Whoever, being a male above eighteen years of age, contracts a child marriage',
  ),
  clause('12', 'Power to issue injunction', 'the Court may issue an injunction prohibiting a child marriage'),
  clause('10A', 'Inserted', 'a section added by amendment'),
];

const numbers = (q: string) => findClauses(act, q).map((c) => c.number);

describe('findClauses', () => {
  it('finds a clause by its number, with or without its label, before the words that merely contain it', () => {
    expect(numbers('2')).toEqual(['2']);
    expect(numbers('s. 12')).toEqual(['12']);
    expect(numbers('section 10a')).toEqual(['10A']);
  });

  it('finds clauses by every word of the query in their heading or text, in the law’s order', () => {
    expect(numbers('child marriage')).toEqual(['1', '4', '12']);
    expect(numbers('female under')).toEqual(['2']);
    expect(numbers('divorce')).toEqual([]);
  });

  it('lists every clause for an empty query', () => {
    expect(numbers('  ')).toEqual(['1', '2', '4', '12', '10A']);
  });
});
