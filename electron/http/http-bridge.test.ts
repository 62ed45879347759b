// The loopback bridge over a real socket, on real handlers and a temporary SQLite file.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../api/dispatch';
import { openApp, type App } from '../app/open-app';
import type { ApiErrorCode, Result } from '../../shared/api/errors';
import { tempDir } from '../../tests/helpers/paths';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { httpStatus, startHttpBridge } from './http-bridge';

let opened: App;
let bridge: Awaited<ReturnType<typeof startHttpBridge>>;
let port: number;

/** node:http rather than fetch: fetch will not send a forged Host or an unnormalised path. */
function raw(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function call(method: string, args: unknown, token = bridge.token) {
  const response = await fetch(`${bridge.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Lexgap-Token': token },
    body: JSON.stringify(args),
  });
  return { status: response.status, body: (await response.json()) as Result<unknown> };
}

beforeAll(async () => {
  const dir = tempDir();
  const site = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(site, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(site, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /><title>Lexgap</title></head><body></body></html>',
  );
  fs.writeFileSync(path.join(site, 'assets/app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(site, 'assets/worker.mjs'), 'export {};');
  fs.writeFileSync(path.join(site, 'assets/app.css'), 'body{}');
  fs.writeFileSync(path.join(site, 'assets/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(site, 'assets/core.wasm'), Buffer.from([0, 97, 115, 109]));
  fs.writeFileSync(path.join(site, 'assets/data.json'), '{}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(site, 'assets/link.txt'));

  opened = await openApp({ database: path.join(dir, 'db.sqlite') });
  bridge = await startHttpBridge({ dispatch: createDispatch(opened.api), staticDir: site, port: 0 });
  port = Number(new URL(bridge.url).port);
});

afterAll(async () => {
  await bridge.close();
  await opened.close();
});

describe('the API over HTTP', () => {
  it('listens on the loopback address and answers a good call with 200 and the envelope', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const { status, body } = await call('listDocuments', {});
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, value: [] });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const missing = await raw('/api/listDocuments', {
      method: 'POST',
      body: '{}',
      headers: { Host: `127.0.0.1:${port}` },
    });
    expect(missing.status).toBe(403);
    const wrong = await fetch(`${bridge.url}api/listDocuments`, {
      method: 'POST',
      headers: { 'X-Lexgap-Token': bridge.token.replace(/.$/, (c) => (c === '0' ? '1' : '0')) },
      body: '{}',
    });
    expect(wrong.status).toBe(403);
  });

  it('maps error codes to statuses: bad arguments 400, unknown ids and methods 404', async () => {
    expect((await call('listClauses', { documentId: 7 })).status).toBe(400);
    expect((await call('listDocuments', { country: 'XX' })).status).toBe(400);
    expect((await call('listClauses', { documentId: 'd-missing' })).status).toBe(404);
    expect((await call('dropTables', {})).status).toBe(404);
    const notJson = await fetch(`${bridge.url}api/listDocuments`, {
      method: 'POST',
      headers: { 'X-Lexgap-Token': bridge.token },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('gives every error code a status', () => {
    const status = (code: ApiErrorCode) => httpStatus({ ok: false, error: { code, message: '' } });
    expect(status('not_pdf')).toBe(422);
    expect(status('needs_password')).toBe(422);
    expect(status('wrong_password')).toBe(422);
    expect(status('damaged')).toBe(422);
    expect(status('no_text')).toBe(422);
    expect(status('ocr_failed')).toBe(422);
    expect(status('duplicate')).toBe(409);
    expect(status('conflict')).toBe(409);
    expect(status('cancelled')).toBe(409);
    expect(status('unauthenticated')).toBe(401);
    expect(status('forbidden')).toBe(403);
    expect(status('timed_out')).toBe(504);
    expect(status('internal')).toBe(500);
  });

  it('tells the page it is one person’s own project (no sign-in), without the token', async () => {
    const mode = await fetch(`${bridge.url}auth/mode`);
    expect(await mode.json()).toEqual({ ok: true, value: { mode: 'local' } });
  });

  it('answers only POST on the API', async () => {
    const got = await raw('/api/listDocuments', {
      headers: { Host: `127.0.0.1:${port}`, 'X-Lexgap-Token': bridge.token },
    });
    expect(got.status).toBe(405);
  });
});

describe('who may talk to the bridge', () => {
  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const headers = { 'X-Lexgap-Token': bridge.token, 'Content-Type': 'application/json' };
    const evil = await raw('/api/listDocuments', {
      method: 'POST',
      body: '{}',
      headers: { ...headers, Host: `evil.example:${port}` },
    });
    expect(evil.status).toBe(403);
    const page = await raw('/', { headers: { Host: `rebind.example:${port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(bridge.token);
    const local = await raw('/api/listDocuments', {
      method: 'POST',
      body: '{}',
      headers: { ...headers, Host: `localhost:${port}` },
    });
    expect(local.status).toBe(200);
  });

  it('refuses a cross-origin request', async () => {
    const headers = { 'X-Lexgap-Token': bridge.token, Host: `127.0.0.1:${port}` };
    const cross = await raw('/api/listDocuments', {
      method: 'POST',
      body: '{}',
      headers: { ...headers, Origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
    const same = await raw('/api/listDocuments', {
      method: 'POST',
      body: '{}',
      headers: { ...headers, Origin: `http://127.0.0.1:${port}` },
    });
    expect(same.status).toBe(200);
    const nullOrigin = await raw('/api/listDocuments', {
      method: 'POST',
      body: '{}',
      headers: { ...headers, Origin: 'null' },
    });
    expect(nullOrigin.status).toBe(403);
    // A script tag on another site sends no Origin, but the browser says where it comes from.
    const embedded = await raw('/', {
      headers: { Host: `127.0.0.1:${port}`, 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(embedded.status).toBe(403);
    expect(embedded.body).not.toContain(bridge.token);
  });
});

describe('the built UI', () => {
  it('serves index.html with this run’s token, the CSP and nosniff', async () => {
    const response = await fetch(bridge.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain(`<meta name="lexgap-token" content="${bridge.token}" />`);
    // The charset declaration stays first.
    expect(html.indexOf('charset')).toBeLessThan(html.indexOf('lexgap-token'));
  });

  it('sends each asset with its MIME type', async () => {
    const types: Record<string, string> = {
      'assets/app.js': 'text/javascript; charset=utf-8',
      'assets/worker.mjs': 'text/javascript; charset=utf-8',
      'assets/app.css': 'text/css; charset=utf-8',
      'assets/logo.svg': 'image/svg+xml',
      'assets/core.wasm': 'application/wasm',
      'assets/data.json': 'application/json; charset=utf-8',
    };
    for (const [file, type] of Object.entries(types)) {
      const response = await fetch(bridge.url + file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(response.headers.get('content-security-policy'), file).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('falls back to index.html for a client-side route, but not for a missing file', async () => {
    const route = await fetch(`${bridge.url}matrix/PK`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('lexgap-token');
    expect((await fetch(`${bridge.url}assets/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    const host = { Host: `127.0.0.1:${port}` };
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%5csecret.txt',
      '/assets/link.txt',
    ]) {
      const got = await raw(attempt, { headers: host });
      expect([403, 404], attempt).toContain(got.status);
      expect(got.body, attempt).not.toContain('outside the renderer');
    }
  });
});
