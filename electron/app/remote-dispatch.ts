// A window's calls sent to a team server (`lexgap serve`) instead of the local project: signed in
// once with the analyst's name and password, then every call carries the session cookie and the
// CSRF token the server gave, as the browser UI's calls do. The password is used for the sign-in
// and dropped; the cookie and token live in this object only, never on disk.
import type { Dispatch } from '../api/dispatch';
import { ApiError } from '../../shared/api/errors';
import type { Result } from '../../shared/api/errors';
import type { SignedInAccount } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/accounts/account';
import { serverUnreachable, unreachableReason } from '../../shared/api/server-unreachable';
import { backgroundHeaders, CALL_LIMITS, sendTeamCall, type CallLimits } from '../../shared/api/team-call';

export const SESSION_COOKIE = 'lexgap_session';
export const CSRF_HEADER = 'x-lexgap-csrf';
/** Long enough for a slow network, short enough that a wrong address does not hang the window. */
const SIGN_IN_TIMEOUT_MS = 20_000;

export interface RemoteSession {
  /** The server's address as given, normalised: `https://host[:port]/[prefix/]`. */
  url: string;
  account: SignedInAccount;
  dispatch: Dispatch;
  /** Ends the session on the server; the dispatch refuses calls after it. */
  signOut(): Promise<void>;
}

/** `https://lexgap.example.org` → `https://lexgap.example.org/`; anything but http(s) refused. */
export function serverBaseUrl(given: string): string {
  const text = given.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new ApiError(
      'invalid_args',
      `"${given}" is not a server address (e.g. https://lexgap.example.org)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ApiError('invalid_args', `"${given}" is not a server address: use https:// (or http://)`);
  if (url.username || url.password)
    throw new ApiError('invalid_args', `"${given}": give the name and password in their own fields`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

function unreachable(url: string, error: unknown): ApiError {
  // The browser's words for a lost team server, with what only Node can tell: the address and why.
  const reason = unreachableReason(error, SIGN_IN_TIMEOUT_MS / 1000);
  return new ApiError('unavailable', serverUnreachable('the team server', url, reason));
}

async function readEnvelope(response: Response): Promise<Result<unknown> | undefined> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    const body = (await response.json()) as Result<unknown>;
    return body && typeof body === 'object' && 'ok' in body ? body : undefined;
  } catch {
    return undefined;
  }
}

interface SessionBody {
  account: SignedInAccount;
  csrfToken: string;
}

function sessionBody(value: unknown): SessionBody | undefined {
  const v = value as { account?: { name?: unknown; role?: unknown }; csrfToken?: unknown } | undefined;
  if (
    typeof v?.account?.name !== 'string' ||
    !ROLES.includes(v.account.role as Role) ||
    typeof v.csrfToken !== 'string'
  )
    return undefined;
  return { account: { name: v.account.name, role: v.account.role as Role }, csrfToken: v.csrfToken };
}

function sessionCookie(response: Response): string | undefined {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === SESSION_COOKIE) return pair.trim();
  }
  return undefined;
}

/**
 * `LEXGAP_TEAM_CALL_SECONDS=READ,WRITE,LONG` (e.g. `2,4,8`): other limits for calls to a team
 * server, for tests that wait for them; anything else: the usual ones.
 */
export function limitsFromEnvironment(value = process.env.LEXGAP_TEAM_CALL_SECONDS): CallLimits | undefined {
  const seconds = (value ?? '').split(',').map(Number);
  if (seconds.length !== 3 || !seconds.every((s) => Number.isFinite(s) && s > 0)) return undefined;
  const [read, write, long] = seconds.map((s) => s * 1000);
  return { ...CALL_LIMITS, read, write, long };
}

/**
 * Checks that `given` is a Lexgap team server, signs in, and resolves to a dispatch sending every
 * call there. Every failure is an ApiError naming the server and the reason. Each call has a time
 * limit (shared/api/team-call.ts); `limits` shortens them for tests.
 */
export async function connectToTeamServer(
  given: string,
  name: string,
  password: string,
  options: { limits?: CallLimits } = {},
): Promise<RemoteSession> {
  const limits = options.limits ?? limitsFromEnvironment();
  const url = serverBaseUrl(given);
  const timeout = () => AbortSignal.timeout(SIGN_IN_TIMEOUT_MS);

  let mode: Response;
  try {
    mode = await fetch(new URL('auth/mode', url), { signal: timeout(), redirect: 'error' });
  } catch (error) {
    throw unreachable(url, error);
  }
  const modeBody = await readEnvelope(mode);
  const modeValue = modeBody?.ok ? (modeBody.value as { mode?: unknown }).mode : undefined;
  if (modeValue === 'local')
    throw new ApiError(
      'invalid_args',
      `${url} is a Lexgap on someone's own computer (npm start), not a team server: ask your lead for the team server's address`,
    );
  if (modeValue !== 'team') {
    const answered = `${mode.status}${mode.statusText ? ` ${mode.statusText}` : ''}`;
    throw new ApiError(
      'invalid_args',
      `${url} is not a Lexgap team server (it answered ${answered} to /auth/mode)`,
    );
  }

  let response: Response;
  try {
    response = await fetch(new URL('auth/sign-in', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
      signal: timeout(),
      redirect: 'error',
    });
  } catch (error) {
    throw unreachable(url, error);
  }
  const envelope = await readEnvelope(response);
  if (!response.ok || !envelope?.ok) {
    const said = envelope && !envelope.ok ? envelope.error.message : `HTTP ${response.status}`;
    const code = response.status === 401 || response.status === 403 ? 'unauthenticated' : 'unavailable';
    throw new ApiError(code, `Team server ${url} refused the sign-in: ${said}`);
  }
  const session = sessionBody(envelope.value);
  const cookie = sessionCookie(response);
  if (!session || !cookie)
    throw new ApiError('unavailable', `Team server ${url} answered the sign-in without a session`);

  let ended = false;
  const headers = {
    'Content-Type': 'application/json',
    Cookie: cookie,
    [CSRF_HEADER]: session.csrfToken,
  };

  const dispatch: Dispatch = async (method, args, options) => {
    if (ended)
      return {
        ok: false,
        error: { code: 'unauthenticated', message: `signed out of the team server ${url}` },
      };
    return sendTeamCall(
      method,
      args,
      (body, signal) =>
        fetch(new URL(`api/${encodeURIComponent(method)}`, url), {
          method: 'POST',
          // A poll of the window's is marked so, and does not keep the session from ending when idle.
          headers: { ...headers, ...backgroundHeaders(options) },
          body,
          signal,
          redirect: 'error',
        }),
      async (answer) => {
        const result = await readEnvelope(answer);
        if (result) return result;
        // A proxy's error page or a refusal in plain text: said as the server said it.
        const text = (await answer.text().catch(() => '')).trim().split('\n')[0].slice(0, 200);
        const code =
          answer.status === 401 ? 'unauthenticated' : answer.status === 403 ? 'forbidden' : 'internal';
        return {
          ok: false,
          error: { code, message: `Team server ${url} answered ${answer.status}${text ? `: ${text}` : ''}` },
        };
      },
      // The browser's words for a lost team server, with what only Node can tell: the address and why.
      { server: 'the team server', address: url, limits, reason: (error) => unreachableReason(error) },
    );
  };

  return {
    url,
    account: session.account,
    dispatch,
    async signOut() {
      if (ended) return;
      ended = true;
      // Best effort: the session ends on the server when it expires anyway.
      await fetch(new URL('auth/sign-out', url), {
        method: 'POST',
        headers,
        body: '{}',
        signal: timeout(),
        redirect: 'error',
      }).catch(() => undefined);
    },
  };
}
