import { describe, expect, it } from 'vitest';
import { importedFirst } from './import-read-ahead';

describe('the import command line read before the command line loads', () => {
  it('names the first file and the password of an import, wherever the options stand', () => {
    expect(importedFirst(['import', 'a.pdf', 'b.pdf', '--country', 'MY'])).toEqual({ file: 'a.pdf' });
    expect(
      importedFirst([
        '--db',
        'x.db',
        '--create',
        'import',
        '--country',
        'PK',
        '--password=pw',
        '--ocr',
        '--title',
        'Act.pdf',
        'law.pdf',
      ]),
    ).toEqual({ file: 'law.pdf', password: 'pw' });
    expect(importedFirst(['import', '--country', 'MY', '--password', 'pw', '--', '-odd.pdf'])).toEqual({
      file: '-odd.pdf',
      password: 'pw',
    });
  });

  it('names nothing for another command, help, or an option it does not know', () => {
    expect(importedFirst(['documents', 'import.pdf'])).toBeUndefined();
    expect(importedFirst(['--db', 'import', 'documents'])).toBeUndefined();
    expect(importedFirst(['import', 'a.pdf', '--help'])).toBeUndefined();
    expect(importedFirst(['import', 'a.pdf', '--country', 'MY', '--new-flag'])).toBeUndefined();
    expect(importedFirst(['import', '--country', 'MY'])).toBeUndefined();
  });
});
