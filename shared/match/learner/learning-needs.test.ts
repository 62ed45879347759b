import { describe, expect, it } from 'vitest';
import { learningNeeds, MIN_DECISIONS } from './review-learner';

describe('what learning still needs, as the Review line says it', () => {
  it('counts the decisions still missing', () => {
    expect(learningNeeds(5, 3)).toBe(
      `needs at least ${MIN_DECISIONS} decisions, some accepted and some rejected (${MIN_DECISIONS - 5} more)`,
    );
  });

  it('names the kind of decision that is missing once there are enough', () => {
    expect(learningNeeds(87, 87)).toBe('needs some rejected decisions too: none rejected yet');
    expect(learningNeeds(40, 0)).toBe('needs some accepted decisions too: none accepted yet');
  });

  it('needs nothing more with enough of both kinds', () => {
    expect(learningNeeds(MIN_DECISIONS, 1)).toBeUndefined();
  });
});
