import { describe, expect, it } from 'vitest';
import { pendingCandidates, ratingProblem } from './rating';

describe('ratingProblem', () => {
  const rating = { country: 'MY', provisionId: 'CRC.34', rationale: '' };

  it('refuses a Gap or Contradicts without a rationale, naming the cell', () => {
    expect(ratingProblem({ ...rating, level: 'gap' })).toMatch(
      /^A Gap rating of CRC\.34 for MY needs a rationale/,
    );
    expect(ratingProblem({ ...rating, level: 'contradicts', rationale: '  \n ' })).toMatch(/Contradicts/);
  });

  it('accepts them with one, and other levels without', () => {
    expect(ratingProblem({ ...rating, level: 'gap', rationale: 'Searched the Child Act.' })).toBeNull();
    expect(ratingProblem({ ...rating, level: 'partial' })).toBeNull();
  });
});

describe('pendingCandidates', () => {
  it('keeps the undecided suggestions, best first', () => {
    const s = (suggestionId: string, score: number, status: string) => ({
      suggestionId,
      clauseId: `c-${suggestionId}`,
      documentId: 'd',
      citation: `Act, s. ${suggestionId}`,
      score,
      status,
    });
    const pending = pendingCandidates([
      s('1', 0.2, 'suggested'),
      s('2', 0.71, 'suggested'),
      s('3', 0.9, 'rejected'),
    ]);
    expect(pending.map((p) => [p.suggestionId, p.score])).toEqual([
      ['2', 0.71],
      ['1', 0.2],
    ]);
    expect(pending[0]).not.toHaveProperty('status');
  });
});
