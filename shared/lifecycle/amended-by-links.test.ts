import { describe, expect, it } from 'vitest';
import {
  amendedByLinksChange,
  amendmentTookEffect,
  type AmendedByLinks,
  type AmendedState,
} from './amended-by-links';

const inForce: AmendedState = { status: 'in_force', amendedOn: null };

/** Confirms and dismisses links one after another, as the store would keep the law and the audit log. */
function replay(start: AmendedState, steps: { documentId: string; tookEffect: string | null }[][]) {
  let current = start;
  let last: AmendedByLinks | undefined;
  return steps.map((confirmed) => {
    const change = amendedByLinksChange(current, last, confirmed);
    if (change) {
      last = change;
      current = { status: change.status, amendedOn: change.amendedOn };
    }
    return current;
  });
}

describe('a law amended by confirmed amending acts', () => {
  it('takes effect from the amending act’s commencement, else its enactment', () => {
    expect(amendmentTookEffect({ inForceFrom: '2022-03-01', enactedOn: '2022-01-10' })).toBe('2022-03-01');
    expect(amendmentTookEffect({ inForceFrom: null, enactedOn: '2022-01-10' })).toBe('2022-01-10');
    expect(amendmentTookEffect({ inForceFrom: null, enactedOn: null })).toBeNull();
  });

  it('reads as amended from the latest amending act, and as before once every link is dismissed', () => {
    const a = { documentId: 'a', tookEffect: '2019-05-01' };
    const b = { documentId: 'b', tookEffect: '2020-07-01' };
    expect(replay(inForce, [[a], [a, b], [b], []])).toEqual([
      { status: 'amended', amendedOn: '2019-05-01' },
      { status: 'amended', amendedOn: '2020-07-01' },
      { status: 'amended', amendedOn: '2020-07-01' },
      inForce,
    ]);
    // Dismissed the other way round: the earlier act's date comes back, then nothing.
    expect(replay(inForce, [[a], [a, b], [a], []])).toEqual([
      { status: 'amended', amendedOn: '2019-05-01' },
      { status: 'amended', amendedOn: '2020-07-01' },
      { status: 'amended', amendedOn: '2019-05-01' },
      inForce,
    ]);
  });

  it('keeps a later amendment date of its own, and a repealed law stays repealed', () => {
    const own: AmendedState = { status: 'amended', amendedOn: '2023-01-01' };
    const a = { documentId: 'a', tookEffect: '2019-05-01' };
    expect(amendedByLinksChange(own, undefined, [a])).toBeNull();
    expect(replay({ status: 'repealed', amendedOn: null }, [[a], []])).toEqual([
      { status: 'repealed', amendedOn: '2019-05-01' },
      { status: 'repealed', amendedOn: null },
    ]);
  });

  it('an undated amending act marks the law amended without a date', () => {
    expect(replay(inForce, [[{ documentId: 'a', tookEffect: null }], []])).toEqual([
      { status: 'amended', amendedOn: null },
      inForce,
    ]);
  });

  it('a date the analyst set by hand after the link stays when the link is dismissed', () => {
    const a = { documentId: 'a', tookEffect: '2019-05-01' };
    const first = amendedByLinksChange(inForce, undefined, [a]);
    expect(first).toMatchObject({ status: 'amended', amendedOn: '2019-05-01', withoutLinks: inForce });
    const edited: AmendedState = { status: 'amended', amendedOn: '2021-02-02' };
    expect(amendedByLinksChange(edited, first ?? undefined, [])).toBeNull();
  });
});
