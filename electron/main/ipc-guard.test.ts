// The IPC gate on the real dispatch over real handlers and a temporary SQLite file.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { openApp, type App } from '../app/open-app';
import { tempDir } from '../../tests/helpers/paths';
import { CALL_CHANNEL, handleIpcCall } from './ipc-guard';

let opened: App;
let dispatch: Dispatch;
const ours = { senderUrl: 'app://lexgap/index.html', isOurWindow: true };

beforeAll(async () => {
  opened = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
  dispatch = createDispatch(opened.api);
});

afterAll(async () => {
  await opened.close();
});

describe('handleIpcCall', () => {
  it('passes a good call from the app’s window to dispatch', async () => {
    expect(await handleIpcCall(ours, CALL_CHANNEL, 'listDocuments', {}, dispatch)).toEqual({
      ok: true,
      value: [],
    });
    const standards = await handleIpcCall(ours, CALL_CHANNEL, 'listStandards', {}, dispatch);
    expect(standards.ok).toBe(true);
  });

  it('refuses an unknown channel', async () => {
    const result = await handleIpcCall(ours, 'lexgap:eval', 'listDocuments', {}, dispatch);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses a foreign sender: another origin, a subframe or another window', async () => {
    for (const sender of [
      { senderUrl: 'https://evil.example/', isOurWindow: true },
      { senderUrl: 'file:///tmp/page.html', isOurWindow: true },
      { senderUrl: 'app://lexgap/index.html', isOurWindow: false },
    ]) {
      const result = await handleIpcCall(sender, CALL_CHANNEL, 'listDocuments', {}, dispatch);
      expect(result, sender.senderUrl).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    }
  });

  it('refuses a method that is not a string or not in the contract', async () => {
    for (const method of [
      42,
      null,
      { toString: () => 'listDocuments' },
      'dropTables',
      '__proto__',
      'constructor',
    ]) {
      const result = await handleIpcCall(ours, CALL_CHANNEL, method, {}, dispatch);
      expect(result, String(method)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('passes on that a call is the window’s own poll, and nothing else of its options', async () => {
    const seen: unknown[] = [];
    const watched: Dispatch = (method, args, options) => (
      seen.push(options),
      dispatch(method, args, options)
    );
    for (const options of [{ background: true }, undefined, { background: 'yes' }, 'background', null])
      await handleIpcCall(ours, CALL_CHANNEL, 'listJobs', {}, watched, options);
    expect(seen).toEqual([
      { background: true },
      { background: false },
      { background: false },
      { background: false },
      { background: false },
    ]);
  });

  it('refuses malformed arguments before any handler runs', async () => {
    const result = await handleIpcCall(ours, CALL_CHANNEL, 'listClauses', { documentId: 42 }, dispatch);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    const notAnObject = await handleIpcCall(ours, CALL_CHANNEL, 'getDocument', 'd-1', dispatch);
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });
});
