// A call to a team server with a time limit of its own (shared/api/team-call.ts, as the desktop app
// and a browser send it), against servers that take the connection and then never finish answering.
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../shared/api/errors';
import { CALL_LIMITS, callTimeLimit, isWrite, sendTeamCall, timedOutMessage } from '../shared/api/team-call';

describe('the time limit of a call to a team server', () => {
  it('is short for a read, longer for a write, longest for an import, a tagging run or an export', () => {
    expect(callTimeLimit('listSuggestions', 100)).toBe(30_000 + 2);
    expect(callTimeLimit('reviewSuggestions', 0)).toBe(60_000);
    for (const long of ['importDocuments', 'startImport', 'tagDocuments', 'exportMatrix', 'exportReport'])
      expect(callTimeLimit(long, 0)).toBe(CALL_LIMITS.long);
    // A 10 MB PDF sent on a slow line gets 200 s more.
    expect(callTimeLimit('startImport', 10_000_000)).toBe(300_000 + 200_000);
    expect([
      isWrite('getJob'),
      isWrite('updateDocument'),
      isWrite('importPackage'),
      isWrite('exportMatrix'),
    ]).toEqual([false, true, true, false]);
  });

  it('is said with the server, the limit, and for a write that the change may have been recorded', () => {
    expect(timedOutMessage('the team server', 'https://lexgap.example.org/', 'listDocuments', 30_000)).toBe(
      'the team server https://lexgap.example.org/ stopped answering (timed out after 30 s): nothing was changed; try again in a moment',
    );
    expect(timedOutMessage('the team server', undefined, 'setCellOverride', 60_000)).toBe(
      'the team server stopped answering (timed out after 60 s): your change may or may not have been recorded; the screen reads it again to show what was',
    );
    expect(timedOutMessage('the team server', undefined, 'exportReport', 300_000)).toMatch(/after 5 min\)/);
  });
});

describe('a server that takes the connection and never answers', () => {
  // One that never replies, and one that sends the start of an answer and then nothing more.
  let silent: net.Server;
  let halfway: net.Server;
  const sockets: net.Socket[] = [];
  const listen = async (server: net.Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  };
  beforeAll(() => {
    silent = net.createServer((socket) => void sockets.push(socket));
    halfway = net.createServer((socket) => {
      sockets.push(socket);
      socket.once('data', () =>
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"ok":true,',
        ),
      );
    });
  });
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
    halfway.close();
  });

  const limits = { read: 400, write: 800, long: 1_600, perByte: 0 };
  const call = (base: string, method: string): Promise<Result<unknown>> =>
    sendTeamCall(
      method,
      {},
      (body, signal) => fetch(`${base}api/${method}`, { method: 'POST', body, signal }),
      async (response) => (await response.json()) as Result<unknown>,
      { server: 'the team server', address: base, limits },
    );

  it('gives up on a read after its limit', async () => {
    const base = await listen(silent);
    const started = Date.now();
    expect(await call(base, 'listDocuments')).toEqual({
      ok: false,
      error: { code: 'timed_out', message: timedOutMessage('the team server', base, 'listDocuments', 400) },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up on an answer that stops half way, and a write says it may have been recorded', async () => {
    const base = await listen(halfway);
    const started = Date.now();
    const result = await call(base, 'reviewSuggestions');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'timed_out',
        message: timedOutMessage('the team server', base, 'reviewSuggestions', 800),
      },
    });
    expect(JSON.stringify(result)).toMatch(/after 0\.8 s\): your change may or may not have been recorded/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(780);
  });
});
