import { describe, expect, it } from 'vitest';
import { checkLawDates, isIsoDate, notCountedBecause, type LawDates } from './law-dates';
import { describeLife, describePlace } from './describe-law';

// The Child Marriage Restraint Act 1929 as it prints its dates.
const act1929: LawDates = {
  status: 'in_force',
  year: 1929,
  enactedOn: '1929-10-01',
  inForceFrom: '1930-04-01',
  amendedOn: null,
  repealedOn: null,
};
const undated: LawDates = { ...act1929, year: 2018, enactedOn: null, inForceFrom: null };

describe('which laws count, today or on a date', () => {
  it('a law counts from its commencement, not its enactment', () => {
    expect(notCountedBecause(act1929, '1930-03-31')).toBe('not yet in force on 1930-03-31 (from 1930-04-01)');
    expect(notCountedBecause(act1929, '1930-04-01')).toBeNull();
    expect(notCountedBecause(act1929)).toBeNull();
  });

  it('an undated law counts from 1 January of its year; without a year, always', () => {
    expect(notCountedBecause(undated, '2017-12-31')).toMatch(/^not yet in force/);
    expect(notCountedBecause(undated, '2018-01-01')).toBeNull();
    expect(notCountedBecause({ ...undated, year: null }, '1800-01-01')).toBeNull();
  });

  it('a repealed law never counts today, and on a date only before its recorded repeal', () => {
    const repealed = { ...act1929, status: 'repealed' as const, repealedOn: '2025-05-30' };
    expect(notCountedBecause(repealed)).toBe('repealed');
    expect(notCountedBecause(repealed, '2025-05-29')).toBeNull();
    expect(notCountedBecause(repealed, '2025-05-30')).toBe('repealed on 2025-05-30');
    expect(notCountedBecause({ ...repealed, repealedOn: null }, '1990-01-01')).toBe(
      'repealed (no repeal date recorded)',
    );
  });
});

describe('editing status and dates', () => {
  it('a repeal date makes the law repealed, an amendment date amended', () => {
    expect(checkLawDates(act1929, { repealedOn: '2025-05-30' })).toEqual({
      repealedOn: '2025-05-30',
      status: 'repealed',
    });
    expect(checkLawDates(act1929, { amendedOn: '1938-01-01' })).toEqual({
      amendedOn: '1938-01-01',
      status: 'amended',
    });
  });

  it('refuses a repeal date beside another status, or before the law came into force', () => {
    const repealed = { ...act1929, status: 'repealed' as const, repealedOn: '2025-05-30' };
    expect(() => checkLawDates(repealed, { status: 'in_force' })).toThrow(/status to repealed, or clear/);
    expect(checkLawDates(repealed, { status: 'in_force', repealedOn: null })).toEqual({
      status: 'in_force',
      repealedOn: null,
    });
    expect(() => checkLawDates(act1929, { repealedOn: '1929-12-31' })).toThrow(
      'repealed on 1929-12-31, before it came into force (1930-04-01)',
    );
  });

  it('takes only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1 January 2019')).toBe(false);
    expect(() => checkLawDates(act1929, { enactedOn: '2019-13-01' })).toThrow(/enacted date "2019-13-01"/);
  });
});

describe('a law described in a few words', () => {
  it('says where it applies and its life', () => {
    const doc = { ...act1929, country: 'PK', jurisdiction: null, excludedSubdivisions: ['PK-GB'] };
    expect(describePlace(doc)).toBe('PK national, not in PK-GB');
    expect(describePlace({ ...doc, jurisdiction: 'PK-IS' })).toBe('PK-IS Islamabad Capital Territory');
    expect(describeLife({ ...doc, status: 'repealed', repealedOn: '2025-05-30' })).toBe(
      'in force from 1930-04-01 (enacted 1929-10-01); repealed 2025-05-30',
    );
    // Marked repealed without its dates: never "In force; repealed".
    expect(describeLife({ ...doc, ...undated, status: 'repealed' })).toBe('repealed (date not recorded)');
    expect(describeLife({ ...doc, status: 'repealed', inForceFrom: null })).toBe(
      'enacted 1929-10-01; repealed (date not recorded)',
    );
    expect(describeLife({ ...doc, status: 'unknown', enactedOn: null })).toBe(
      'status unknown, in force from 1930-04-01',
    );
  });
});
