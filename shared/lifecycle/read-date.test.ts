import { describe, expect, it } from 'vitest';
import { readDate } from './read-date';

describe('readDate', () => {
  it('reads a date year first, with any of the usual separators, as YYYY-MM-DD', () => {
    expect(readDate('2026-12-06')).toBe('2026-12-06');
    expect(readDate(' 2026/12/6 ')).toBe('2026-12-06');
    expect(readDate('2026.1.31')).toBe('2026-01-31');
  });

  it('reads a date with its month named, short or whole', () => {
    expect(readDate('6 Dec 2026')).toBe('2026-12-06');
    expect(readDate('6 December 2026')).toBe('2026-12-06');
    expect(readDate('1 Sept. 1990')).toBe('1990-09-01');
  });

  it('refuses a date that reads two ways, and days that do not exist', () => {
    expect(readDate('06/12/2026')).toBeNull();
    expect(readDate('12/06/2026')).toBeNull();
    expect(readDate('2026-02-30')).toBeNull();
    expect(readDate('6 Ma 2026')).toBeNull();
    expect(readDate('2026-12')).toBeNull();
    expect(readDate('')).toBeNull();
  });
});
