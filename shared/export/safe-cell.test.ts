import { describe, expect, it } from 'vitest';
import { safeCell, safeCellOrEmpty } from './safe-cell';

describe('safeCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes an apostrophe to %j',
    (text) => {
      expect(safeCell(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone', () => {
    for (const text of ['Child Bill 1999, s. 31', 'A child is a person under 18.', '', " 'quoted'", 'x=1'])
      expect(safeCell(text)).toBe(text);
  });

  it('turns a missing value into an empty cell', () => {
    expect(safeCellOrEmpty(null)).toBe('');
    expect(safeCellOrEmpty(undefined)).toBe('');
    expect(safeCellOrEmpty('=1')).toBe("'=1");
  });
});
