import { describe, expect, it } from 'vitest';
import { describeLearning } from './queue-defaults';

const REASON = 'needs at least 20 decisions, some accepted and some rejected';
const status = (decisions: number) => ({ decisions, active: false, reason: REASON, heldOut: null });

describe('the Review screen’s learning line', () => {
  it('counts one decision in the singular', () => {
    expect(describeLearning(status(1))).toBe(`Plain matcher ranking (1 decision: learning ${REASON})`);
  });

  it('counts none or several in the plural', () => {
    expect(describeLearning(status(0))).toMatch(/^Plain matcher ranking \(0 decisions:/);
    expect(describeLearning({ ...status(42), active: true, pending: true })).toBe(
      'Learned from 42 decisions · re-scoring…',
    );
  });
});
