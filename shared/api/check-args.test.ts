import { describe, expect, it } from 'vitest';
import { ACCEPT_EMPTY_ARGS, checkArgs, ID_LENGTH, ONE_ID_ARG } from './check-args';
import { argSchemas, isMethodName } from './schemas';

describe('checkArgs', () => {
  it.each([...ACCEPT_EMPTY_ARGS])('takes no args to %s as its schema does: accepted, as {}', (method) => {
    expect(isMethodName(method)).toBe(true);
    const parsed = isMethodName(method) ? argSchemas[method].safeParse({}) : undefined;
    expect(parsed?.success).toBe(true);
    expect(parsed?.data).toEqual({});
  });

  it.each([...ONE_ID_ARG])('takes just an id to %s as its schema does (key %s)', async (method, key) => {
    expect(isMethodName(method)).toBe(true);
    const schema = isMethodName(method) ? argSchemas[method] : undefined;
    const longest = 'x'.repeat(ID_LENGTH.max);
    // What the schema accepts, passed as given without it; what it refuses, refused by it.
    for (const args of [{ [key]: 'j1' }, { [key]: longest }]) {
      expect(schema?.safeParse(args).data).toEqual(args);
      expect(await checkArgs(method, args)).toEqual({ ok: true, method, data: args });
    }
    for (const args of [
      { [key]: '' },
      { [key]: `${longest}x` },
      { [key]: 7 },
      { [key]: 'j1', other: 'x' },
      { other: 'j1' },
    ]) {
      expect(schema?.safeParse(args).success).toBe(false);
      const checked = await checkArgs(method, args);
      expect(checked.ok === false && !checked.unknownMethod && checked.error.issues.length).toBeGreaterThan(
        0,
      );
    }
  });

  it('checks any args given to such a method against its schema', async () => {
    const checked = await checkArgs('listDocuments', { country: 'Pakistan' });
    expect(checked.ok).toBe(false);
    expect(checked.ok || checked.unknownMethod).toBe(false);
    expect(await checkArgs('listDocuments', { country: 'PK' })).toEqual({
      ok: true,
      method: 'listDocuments',
      data: { country: 'PK' },
    });
  });

  it('refuses empty args to a method that needs some, and a method that does not exist', async () => {
    const noId = await checkArgs('getDocument', {});
    expect(noId.ok === false && !noId.unknownMethod && noId.error.issues[0].path).toEqual(['documentId']);
    expect(await checkArgs('listEverything', {})).toEqual({ ok: false, unknownMethod: true });
    // Only a plain object with no keys is "no args": anything else is checked.
    expect((await checkArgs('listDocuments', [])).ok).toBe(false);
    expect((await checkArgs('listDocuments', null)).ok).toBe(false);
  });
});
