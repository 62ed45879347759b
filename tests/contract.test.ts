// The same calls through each transport — dispatch in-process, the loopback HTTP bridge, the CLI —
// give the same answers and the same errors.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../electron/api/dispatch';
import { openApp, type App } from '../electron/app/open-app';
import { startHttpBridge } from '../electron/http/http-bridge';
import type { Result } from '../shared/api/errors';
import { lexgap } from './helpers/run-cli';
import { law, tempDir } from './helpers/paths';

let db: string;
let opened: App;
let dispatch: Dispatch;
let bridge: Awaited<ReturnType<typeof startHttpBridge>>;
let documentId: string;

async function overHttp(method: string, args: unknown): Promise<{ status: number; body: Result<unknown> }> {
  const response = await fetch(`${bridge.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Lexgap-Token': bridge.token },
    body: JSON.stringify(args),
  });
  return { status: response.status, body: (await response.json()) as Result<unknown> };
}

beforeAll(async () => {
  db = path.join(tempDir(), 'db.sqlite');
  const imported = await lexgap(
    db,
    'import',
    law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
    '--country',
    'PK',
    '--json',
  );
  documentId = imported.json<{ documents: { id: string }[] }>().documents[0].id;
  opened = await openApp({ database: db });
  dispatch = opened.dispatch;
  bridge = await startHttpBridge({ dispatch, port: 0 });
});

afterAll(async () => {
  await bridge.close();
  await opened.close();
});

describe('one contract, three transports', () => {
  it('listClauses answers the same in-process, over HTTP and on the command line', async () => {
    const direct = await dispatch('listClauses', { documentId });
    expect(direct.ok).toBe(true);
    const http = await overHttp('listClauses', { documentId });
    expect(http.status).toBe(200);
    expect(http.body).toEqual(direct);
    const cli = (await lexgap(db, 'clauses', documentId, '--json')).json<
      { number: string; text: string }[]
    >();
    const clauses = (direct as { value: { number: string; text: string }[] }).value;
    expect(cli.map((c) => [c.number, c.text])).toEqual(clauses.map((c) => [c.number, c.text]));
  });

  it('listDocuments answers the same everywhere', async () => {
    const direct = await dispatch('listDocuments', { country: 'PK' });
    expect((await overHttp('listDocuments', { country: 'PK' })).body).toEqual(direct);
    expect((await lexgap(db, 'documents', '--country', 'PK', '--json')).json()).toEqual(
      (direct as { value: unknown }).value,
    );
  });

  it('an unknown id is not_found everywhere: an envelope, HTTP 404, one stderr line and exit 1', async () => {
    const direct = await dispatch('listClauses', { documentId: 'd-missing' });
    expect(direct).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const http = await overHttp('listClauses', { documentId: 'd-missing' });
    expect(http.status).toBe(404);
    expect(http.body).toEqual(direct);
    const cli = await lexgap(db, 'clauses', 'd-missing');
    expect(cli.code).toBe(1);
    expect(cli.stderr.trim()).toBe(`lexgap: ${(direct as { error: { message: string } }).error.message}`);
  });

  it('malformed arguments and unknown methods are refused before any handler runs', async () => {
    const bad = await dispatch('listClauses', { documentId: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    const http = await overHttp('listClauses', { documentId: 42 });
    expect(http.status).toBe(400);
    expect(http.body).toEqual(bad);
    expect(await dispatch('dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect((await overHttp('dropTables', {})).status).toBe(404);
  });

  it('the HTTP bridge refuses a request without the per-run token', async () => {
    const response = await fetch(`${bridge.url}api/listDocuments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });
});
