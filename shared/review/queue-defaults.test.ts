import { describe, expect, it } from 'vitest';
import { describeLearning } from './queue-defaults';

const REASON = 'needs at least 20 decisions, some accepted and some rejected';
const status = (decisions: number) => ({ decisions, active: false, reason: REASON, heldOut: null });
const heldOut = { clauses: 120, recall3: { learned: 1, plain: 0.995 }, top1: { learned: 0.983, plain: 1 } };

describe('the Review screen’s learning line', () => {
  it('counts one decision in the singular', () => {
    expect(describeLearning(status(1)).line).toBe(`Plain matcher ranking (1 decision: learning ${REASON})`);
  });

  it('counts none or several in the plural', () => {
    expect(describeLearning(status(0)).line).toMatch(/^Plain matcher ranking \(0 decisions:/);
    expect(describeLearning({ ...status(42), active: true, pending: true }).line).toBe(
      'Learned from 42 decisions · re-scoring…',
    );
  });

  it('keeps the held-out figure on the line and gives the reason and the other figure in full beside it', () => {
    const reason = 'does not rank better than the matcher on held-out decisions by more than their noise';
    const off = describeLearning({ decisions: 1429, active: false, reason, heldOut });
    expect(off.line).toBe(
      'Plain matcher ranking (1429 decisions, learning not used) · held out on 120 clauses: top-3 recall 1.00 with learning vs 0.99 without',
    );
    expect(off.detail).toBe(
      `Learning is not used: it ${reason}. Held out on 120 reviewed clauses: top-3 recall 1.00 with learning vs 0.99 without; first suggestion right 0.98 vs 1.00.`,
    );
    const on = describeLearning({
      decisions: 243,
      active: true,
      reason: 'ranks better than the matcher',
      heldOut,
    });
    expect(on.line).toMatch(/^Learned from 243 decisions · held out on 120 clauses: top-3 recall 1\.00/);
    expect(on.detail).toMatch(/^Learning is used: it ranks better than the matcher\. Held out/);
  });
});
