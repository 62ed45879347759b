// What both HTTP front ends share (the loopback bridge and the team server): the response headers,
// the error envelope's status, bounded bodies, and the built UI's files.
import fs from 'node:fs/promises';
import type http from 'node:http';
import type { ApiErrorCode, Result } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { resolveStaticFile } from './static-files';

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
  unauthenticated: 401,
  timed_out: 504,
  forbidden: 403,
  internal: 500,
};

/** The HTTP status an error envelope travels with. */
export function httpStatus(result: Result<unknown>): number {
  return result.ok ? 200 : (STATUS[result.error.code] ?? 500);
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

export function sendResult(
  res: http.ServerResponse,
  result: Result<unknown>,
  status = httpStatus(result),
  extra: http.OutgoingHttpHeaders = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result), extra);
}

export function refuse(res: http.ServerResponse, status: number, message: string): void {
  send(res, status, 'text/plain; charset=utf-8', message + '\n');
}

export class TooLarge extends Error {}

export async function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A JSON body as the API takes it (empty is `{}`), or the envelope to answer with instead. */
export async function readJsonArgs(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit = MAX_BODY_BYTES,
): Promise<{ ok: true; args: unknown } | { ok: false }> {
  try {
    const body = await readBody(req, limit);
    return { ok: true, args: body.trim() === '' ? {} : (JSON.parse(body) as unknown) };
  } catch (error) {
    if (error instanceof TooLarge) {
      res.setHeader('Connection', 'close');
      sendResult(res, { ok: false, error: { code: 'invalid_args', message: 'request too large' } }, 413);
    } else {
      sendResult(res, { ok: false, error: { code: 'invalid_args', message: 'the body is not JSON' } });
    }
    return { ok: false };
  }
}

/**
 * The built UI: its files by GET or HEAD, index.html for client-side routes. `page` rewrites
 * index.html (the bridge puts its token in); the page itself is never cached, hashed assets may be.
 */
export async function serveStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  staticDir: string | undefined,
  pathname: string,
  page: (html: string) => string = (html) => html,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed');
  if (!staticDir) return refuse(res, 404, 'not found');
  const found = await resolveStaticFile(staticDir, pathname);
  if (found.kind === 'forbidden') return refuse(res, 403, 'forbidden');
  if (found.kind === 'missing') return refuse(res, 404, 'not found');
  const data = await fs.readFile(found.file);
  const body = found.isIndex ? page(data.toString('utf8')) : data;
  const cache = found.isIndex ? 'no-store' : 'no-cache';
  if (req.method === 'HEAD') {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.type, 'Cache-Control': cache });
    res.end();
    return;
  }
  send(res, 200, found.type, body, { 'Cache-Control': cache });
}

/** Browsers label requests from other sites even where they send no Origin (a GET of a script or image). */
export function fromAnotherSite(req: http.IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

/** Answers an error thrown while handling a request, unless an answer has begun. */
export function answerFailure(res: http.ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendResult(res, {
    ok: false,
    error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
  });
}
