// The loopback HTTP bridge: the same dispatch as the Electron IPC, for browser mode and end-to-end tests.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BACKGROUND_HEADER, isBackground } from '../../shared/api/team-call';
import type { Dispatch } from '../api/dispatch';
import { answerFailure, fromAnotherSite, readJsonArgs, refuse, sendResult, serveStatic } from './http-common';
import { injectToken } from './static-files';

export { httpStatus, MAX_BODY_BYTES } from './http-common';

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

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const { dispatch, staticDir } = options;
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    if (!sameToken(req.headers[TOKEN_HEADER], token)) return refuse(res, 403, 'missing or wrong token');
    if (req.method !== 'POST') return refuse(res, 405, 'use POST');
    const body = await readJsonArgs(req, res);
    // A poll of the page's goes on marked to a team server this computer is connected to.
    const background = isBackground(req.headers[BACKGROUND_HEADER]);
    if (body.ok) sendResult(res, await dispatch(method, body.args, { background }));
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
      if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return refuse(res, 403, 'wrong host');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) {
        return refuse(res, 403, 'cross-origin request');
      }
      if (fromAnotherSite(req)) return refuse(res, 403, 'cross-site request');
      const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      // The renderer asks which kind of server it is on: here, one person's own project, no sign-in.
      if (pathname === '/auth/mode') return sendResult(res, { ok: true, value: { mode: 'local' } });
      const api = /^\/api\/([^/]*)$/.exec(pathname);
      if (api) return serveApi(req, res, api[1]);
      if (pathname.startsWith('/api/')) return refuse(res, 404, 'not found');
      // The page carries this run's token.
      return serveStatic(req, res, staticDir, pathname, (html) => injectToken(html, token));
    })().catch((error: unknown) => answerFailure(res, error));
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
