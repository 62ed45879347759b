// `lexgap serve`: the API and the built UI for a team, on the network. Unlike the loopback bridge
// (one person, a per-run token) every API call needs a signed-in account: a session cookie
// (HttpOnly, SameSite=Strict, Secure under TLS) plus the session's CSRF token in a header, from a
// page of this server's own origin, and the account's role must allow the method
// (shared/accounts/permissions.ts). Each call runs as its account (electron/api/signed-in.ts).
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { Account } from '../../shared/accounts/account';
import { mayCall } from '../../shared/accounts/permissions';
import type { Session } from '../../shared/accounts/session';
import type { ApiErrorCode } from '../../shared/api/errors';
import { isMethodName } from '../../shared/api/schemas';
import { BACKGROUND_HEADER, isBackground } from '../../shared/api/team-call';
import type { Dispatch } from '../api/dispatch';
import { asAccount } from '../api/signed-in';
import { createSessions, sameSecret, type ActiveSession } from '../services/sessions';
import { createSignIn } from '../services/sign-in';
import type { Store } from '../store/store';
import { answerFailure, fromAnotherSite, readJsonArgs, sendResult, serveStatic } from './http-common';
import { serverPathProblem } from './server-paths';

export const SESSION_COOKIE = 'lexgap_session';
export const CSRF_HEADER = 'x-lexgap-csrf';
/** A sign-in body is a name and a password; nothing larger is read. */
const SIGN_IN_BODY_BYTES = 16 * 1024;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface TeamServerOptions {
  /** The project's store: sessions and accounts are read from it, as the handlers read everything else. */
  store: Store;
  /** The one dispatch over that store's handlers; each call runs as its signed-in account. */
  dispatch: Dispatch;
  /** The built renderer (dist/renderer); without it only the API is served. */
  staticDir?: string;
  /** Where to listen; default 127.0.0.1. 0.0.0.0 or :: listens on every interface. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** With a certificate and its key the server speaks HTTPS only (and cookies are Secure). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Mark cookies Secure without TLS here: behind a proxy that terminates TLS. */
  secureCookies?: boolean;
  /** The address people use when it is not the one listened on (a proxy's `https://lexgap.example.org`). */
  publicUrl?: string;
  /**
   * A proxy in front appends each client's address to X-Forwarded-For: sign-in limits per address
   * take that last entry instead of the socket's (which would be the proxy's, for everyone at once).
   */
  trustProxy?: boolean;
  /** Milliseconds since the epoch; tests move time. */
  now?: () => number;
}

export interface TeamServer {
  /** With the trailing slash: the public URL when given, else the address listened on. */
  url: string;
  /** The address listened on (`http://127.0.0.1:8080/`), which a proxy in front forwards to. */
  listening: string;
  close(): Promise<void>;
}

const WILDCARDS = new Set(['0.0.0.0', '::', '']);
const LOOPBACKS = new Set(['127.0.0.1', 'localhost', '::1']);

const hostPort = (host: string, port: number) => `${host.includes(':') ? `[${host}]` : host}:${port}`;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const failure = (code: ApiErrorCode, message: string) => ({ ok: false as const, error: { code, message } });

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const { store, dispatch, staticDir } = options;
  const now = options.now ?? Date.now;
  const host = options.host ?? '127.0.0.1';
  const scheme = options.tls ? 'https' : 'http';
  const publicUrl = options.publicUrl ? new URL(options.publicUrl) : undefined;
  const secure = Boolean(options.tls) || Boolean(options.secureCookies) || publicUrl?.protocol === 'https:';
  const sessions = createSessions(store, now);
  const signIn = createSignIn(store, now);
  let allowedHosts = new Set<string>();

  const cookie = (value: string, extra = '') =>
    `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/${extra}${secure ? '; Secure' : ''}`;

  /** Behind no proxy, any Host on a wildcard address; else the address's own names and the public one. */
  const hostAllowed = (given: string) => (WILDCARDS.has(host) && !publicUrl) || allowedHosts.has(given);
  /** A page of this server: the origin the request was sent to, or the public one. */
  const originAllowed = (origin: string, givenHost: string) =>
    origin === `${scheme}://${givenHost}` || (publicUrl !== undefined && origin === publicUrl.origin);

  const sessionBody = ({ session, account }: { session: Session; account: Account }) => ({
    ok: true as const,
    value: { account: { name: account.name, role: account.role }, csrfToken: session.csrfToken },
  });

  /**
   * The request's live session, or why it has none. A call the window made by itself (marked with
   * the background header) is not activity: the session still ends after its idle hours.
   */
  async function activeSession(req: http.IncomingMessage): Promise<ActiveSession | { ended: string }> {
    const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (token === undefined) return { ended: 'sign in first' };
    return sessions.find(token, { touch: !isBackground(req.headers[BACKGROUND_HEADER]) });
  }

  const notSignedIn = (res: http.ServerResponse, why: { ended: string }) =>
    sendResult(res, failure('unauthenticated', why.ended));
  const wrongVerb = (res: http.ServerResponse, verb: string) =>
    sendResult(res, failure('invalid_args', `use ${verb}`), 405, { Allow: verb });
  const csrfOk = (req: http.IncomingMessage, active: ActiveSession) => {
    const given = req.headers[CSRF_HEADER];
    return sameSecret(typeof given === 'string' ? given : undefined, active.session.csrfToken);
  };
  const badCsrf = (res: http.ServerResponse) =>
    sendResult(
      res,
      failure('forbidden', `missing or wrong ${CSRF_HEADER} header (read it from /auth/session)`),
    );

  async function serveSignIn(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== 'POST') return wrongVerb(res, 'POST');
    // A cross-site form cannot send JSON without asking first (CORS), which this server never allows.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      return sendResult(res, failure('invalid_args', 'send the name and password as JSON'), 415);
    const body = await readJsonArgs(req, res, SIGN_IN_BODY_BYTES);
    if (!body.ok) return;
    const { name, password } = (body.args ?? {}) as { name?: unknown; password?: unknown };
    if (typeof name !== 'string' || typeof password !== 'string' || name === '' || password === '')
      return sendResult(res, failure('invalid_args', 'give a name and a password'));
    const result = await signIn(name, password, clientAddress(req));
    if (!result.ok) {
      if (result.reason === 'limited')
        return sendResult(res, failure('unauthenticated', result.message), 429);
      if (result.reason === 'disabled') return sendResult(res, failure('forbidden', result.message));
      return sendResult(res, failure('unauthenticated', result.message));
    }
    const { token, session } = await sessions.start(result.account);
    sendResult(res, sessionBody({ session, account: result.account }), 200, { 'Set-Cookie': cookie(token) });
  }

  function clientAddress(req: http.IncomingMessage): string {
    const forwarded = options.trustProxy ? req.headers['x-forwarded-for'] : undefined;
    const last = (typeof forwarded === 'string' ? forwarded : '').split(',').at(-1)?.trim();
    return last || (req.socket.remoteAddress ?? 'unknown');
  }

  async function serveSignOut(req: http.IncomingMessage, res: http.ServerResponse) {
    const active = await activeSession(req);
    if ('ended' in active) return notSignedIn(res, active);
    if (req.method !== 'POST') return wrongVerb(res, 'POST');
    if (!csrfOk(req, active)) return badCsrf(res);
    await store.deleteSession(active.session.tokenHash);
    sendResult(res, { ok: true, value: null }, 200, { 'Set-Cookie': cookie('', '; Max-Age=0') });
  }

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    // The session first, whatever the verb: nothing about the API is told to someone not signed in.
    const active = await activeSession(req);
    if ('ended' in active) return notSignedIn(res, active);
    if (req.method !== 'POST') return wrongVerb(res, 'POST');
    if (!csrfOk(req, active)) return badCsrf(res);
    const { account } = active;
    if (isMethodName(method)) {
      const allowed = mayCall(account.role, method);
      if (!allowed.ok)
        return sendResult(res, failure(allowed.desktop ? 'unavailable' : 'forbidden', allowed.message));
    }
    const body = await readJsonArgs(req, res);
    if (!body.ok) return;
    const pathProblem = serverPathProblem(method, body.args);
    if (pathProblem) return sendResult(res, failure('forbidden', pathProblem));
    sendResult(res, await asAccount(account, () => dispatch(method, body.args)));
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse) {
    const givenHost = (req.headers.host ?? '').toLowerCase();
    // DNS rebinding: a page on evil.example resolving to this server still sends its own Host.
    if (!hostAllowed(givenHost)) return sendResult(res, failure('forbidden', 'wrong host'));
    const origin = req.headers.origin;
    if (origin !== undefined && !originAllowed(origin.toLowerCase(), givenHost))
      return sendResult(res, failure('forbidden', 'cross-origin request'));
    if (fromAnotherSite(req)) return sendResult(res, failure('forbidden', 'cross-site request'));
    const pathname = new URL(req.url ?? '/', 'http://server').pathname;
    switch (pathname) {
      case '/auth/mode':
        if (req.method !== 'GET') return wrongVerb(res, 'GET');
        return sendResult(res, { ok: true, value: { mode: 'team' } });
      case '/auth/session': {
        if (req.method !== 'GET') return wrongVerb(res, 'GET');
        const active = await activeSession(req);
        return 'ended' in active ? notSignedIn(res, active) : sendResult(res, sessionBody(active));
      }
      case '/auth/sign-in':
        return serveSignIn(req, res);
      case '/auth/sign-out':
        return serveSignOut(req, res);
    }
    const api = /^\/api\/([^/]*)$/.exec(pathname);
    if (api) return serveApi(req, res, api[1]);
    if (pathname.startsWith('/api/') || pathname.startsWith('/auth/'))
      return sendResult(res, failure('not_found', 'not found'));
    return serveStatic(req, res, staticDir, pathname);
  }

  // Browsers that once reached the server over HTTPS never try plain HTTP to it again (for a year).
  const hsts = Boolean(options.tls) || publicUrl?.protocol === 'https:';
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    route(req, res).catch((error: unknown) => answerFailure(res, error));
  };
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handle)
    : http.createServer(handle);
  // Uploads of many laws over slow links take a while; a client that never finishes its headers does not.
  server.requestTimeout = 30 * 60 * 1000;
  server.headersTimeout = 60_000;

  await sessions.prune();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const names = LOOPBACKS.has(host) || WILDCARDS.has(host) ? [...LOOPBACKS] : [host];
  allowedHosts = new Set(names.map((n) => hostPort(n, port).toLowerCase()));
  if (publicUrl) allowedHosts.add(publicUrl.host.toLowerCase());
  const pruning = setInterval(() => {
    sessions.prune().catch((error: unknown) => console.error(`lexgap: pruning sessions: ${String(error)}`));
  }, PRUNE_EVERY_MS);
  pruning.unref();

  const shown = WILDCARDS.has(host) ? os.hostname() : host;
  return {
    url: publicUrl ? publicUrl.href.replace(/\/?$/, '/') : `${scheme}://${hostPort(shown, port)}/`,
    listening: `${scheme}://${hostPort(shown, port)}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(pruning);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
