import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/schemas';
import { openApp } from '../app/open-app';
import { mergeHandlers } from './merge-handlers';
import { tempDir } from '../../tests/helpers/paths';
import path from 'node:path';

describe('mergeHandlers', () => {
  it('refuses a method that two domains implement', () => {
    const one = { getSettings: async () => ({ reviewerName: 'a', leadReviewer: 'a' }) };
    const two = { getSettings: async () => ({ reviewerName: 'b', leadReviewer: 'b' }) };
    expect(() => mergeHandlers(one, two)).toThrow('two handlers for the API method "getSettings"');
  });

  it('refuses a set of domains that leaves a method without a handler', () => {
    expect(() =>
      mergeHandlers({ getSettings: async () => ({ reviewerName: 'a', leadReviewer: 'a' }) }),
    ).toThrow(/no handler for the API method\(s\) importDocuments, startImport/);
  });

  it('the domains together implement every method of the contract, each once', async () => {
    const app = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
    try {
      expect(Object.keys(app.api).sort()).toEqual([...METHOD_NAMES].sort());
    } finally {
      await app.close();
    }
  });
});
