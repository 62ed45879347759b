import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/paths';
import { openStore, parseDatabaseLocation } from './open-store';

describe('openStore', () => {
  it('reads sqlite:PATH and a plain path (a Windows drive letter is not a scheme)', () => {
    expect(parseDatabaseLocation('sqlite:/tmp/a.sqlite')).toEqual({
      scheme: 'sqlite',
      location: '/tmp/a.sqlite',
    });
    expect(parseDatabaseLocation('/tmp/a.sqlite')).toEqual({ scheme: 'sqlite', location: '/tmp/a.sqlite' });
    expect(parseDatabaseLocation('C:\\Users\\a\\lexgap.sqlite')).toEqual({
      scheme: 'sqlite',
      location: 'C:\\Users\\a\\lexgap.sqlite',
    });
    expect(parseDatabaseLocation(':memory:')).toEqual({ scheme: 'sqlite', location: ':memory:' });
  });

  it('opens the same SQLite file by path and by sqlite: URL', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const first = await openStore(file);
    await first.setSetting('reviewerName', 'Analyst');
    await first.close();
    const second = await openStore(`sqlite:${file}`);
    try {
      expect(await second.getSetting('reviewerName')).toBe('Analyst');
    } finally {
      await second.close();
    }
  });

  it('names the location and the known kinds for a scheme it has no store for, and creates nothing', async () => {
    const dir = tempDir();
    await expect(openStore(`mysql://lexgap@localhost/${dir}`)).rejects.toThrow(
      `mysql://lexgap@localhost/${dir}: no store for "mysql:" databases (known: sqlite:PATH, postgres://USER@HOST/DB, or a plain file path)`,
    );
    await expect(openStore('sqlite:')).rejects.toThrow('sqlite:: no path after "sqlite:"');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
