// The loopback HTTP bridge: the same dispatch as the Electron IPC, for browser mode and end-to-end tests.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import type { ApiErrorCode, Result } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { injectToken, resolveStaticFile } from './static-files';

export interface HttpBridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer); without it only the API is served. */
  staticDir?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 32 random bytes, new on every run. */
  token?: string;
}

export interface HttpBridge {
  /** `http://127.0.0.1:PORT/`, with the trailing slash. */
  url: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-lexgap-token';
/** Base64 PDF uploads of a whole folder of laws fit; anything larger is refused before it is buffered. */
export const MAX_BODY_BYTES = 200 * 1024 * 1024;

const STATUS: Record<ApiErrorCode, number> = {
  invalid_args: 400,
  unknown_country: 400,
  unknown_method: 404,
  not_found: 404,
  not_pdf: 422,
  damaged: 422,
  needs_password: 422,
  wrong_password: 422,
  no_text: 422,
  ocr_failed: 422,
  duplicate: 409,
  conflict: 409,
  cancelled: 409,
  unavailable: 501,
  internal: 500,
};

/** The HTTP status an error envelope travels with. */
export function httpStatus(result: Result<unknown>): number {
  return result.ok ? 200 : (STATUS[result.error.code] ?? 500);
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

class TooLarge extends Error {}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const { dispatch, staticDir } = options;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const send = (
    res: http.ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    extra = {},
  ) => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(body);
  };
  const sendResult = (res: http.ServerResponse, result: Result<unknown>, status = httpStatus(result)) =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(result));
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    send(res, status, 'text/plain; charset=utf-8', message + '\n');

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    if (!sameToken(req.headers[TOKEN_HEADER], token)) return refuse(res, 403, 'missing or wrong token');
    if (req.method !== 'POST') return refuse(res, 405, 'use POST');
    let args: unknown;
    try {
      const body = await readBody(req);
      args = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
    } catch (error) {
      if (error instanceof TooLarge) {
        res.setHeader('Connection', 'close');
        return sendResult(
          res,
          { ok: false, error: { code: 'invalid_args', message: 'request too large' } },
          413,
        );
      }
      return sendResult(res, { ok: false, error: { code: 'invalid_args', message: 'the body is not JSON' } });
    }
    sendResult(res, await dispatch(method, args));
  }

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed');
    if (!staticDir) return refuse(res, 404, 'not found');
    const found = await resolveStaticFile(staticDir, pathname);
    if (found.kind === 'forbidden') return refuse(res, 403, 'forbidden');
    if (found.kind === 'missing') return refuse(res, 404, 'not found');
    const data = await fs.readFile(found.file);
    const body = found.isIndex ? injectToken(data.toString('utf8'), token) : data;
    // The page carries this run's token, so it is never cached; hashed assets may be.
    const cache = found.isIndex ? 'no-store' : 'no-cache';
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.type, 'Cache-Control': cache });
      return res.end();
    }
    send(res, 200, found.type, body, { 'Cache-Control': cache });
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
      if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return refuse(res, 403, 'wrong host');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) {
        return refuse(res, 403, 'cross-origin request');
      }
      // Browsers label requests from other sites even where they send no Origin (a GET of a script or image).
      const site = req.headers['sec-fetch-site'];
      if (site === 'cross-site' || site === 'same-site') return refuse(res, 403, 'cross-site request');
      const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const api = /^\/api\/([^/]*)$/.exec(pathname);
      if (api) return serveApi(req, res, api[1]);
      if (pathname.startsWith('/api/')) return refuse(res, 404, 'not found');
      return serveStatic(req, res, pathname);
    })().catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      sendResult(res, {
        ok: false,
        error: { code: 'internal', message: (error as Error).message ?? String(error) },
      });
    });
  });
  server.requestTimeout = 0; // large uploads on slow machines; the loopback peer is trusted once it has the token
  server.headersTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
