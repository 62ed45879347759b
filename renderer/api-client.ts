// The renderer's only way to the services: the same LexgapApi over Electron IPC, the loopback HTTP
// bridge (its per-run token) or a team server (its session cookie and CSRF token). `api` is for what
// a person does; `background` for what the window asks by itself (its polls), which a team server
// does not count as activity, so that a window left open does not keep its session alive.
import type { LexgapApi, MethodName } from '../shared/api/contract';
import type { LexgapBridge } from '../shared/api/bridge';
import type { ApiErrorInfo, Result } from '../shared/api/errors';
import { METHOD_NAMES } from '../shared/api/schemas';
import { backgroundHeaders, isWrite, sendTeamCall, type CallOptions } from '../shared/api/team-call';
import { pageMode, teamHeaders, waitForSignIn } from './session';

export class ApiCallError extends Error {
  readonly code: ApiErrorInfo['code'];
  readonly file?: string;
  /** The method that refused (for a log): the message, said to a person, does not name it. */
  readonly method?: string;
  constructor(info: ApiErrorInfo, method?: string) {
    super(info.message);
    this.code = info.code;
    this.file = info.file;
    this.method = method;
  }
}

declare global {
  interface Window {
    lexgap?: LexgapBridge;
  }
}

type Transport = (method: string, args: unknown, options: CallOptions) => Promise<Result<unknown>>;

/** Signing in is what answers "unauthenticated": these are never held back waiting for it. */
const CONNECTION_METHODS: ReadonlySet<string> = new Set([
  'getConnection',
  'connectTeamServer',
  'disconnectTeamServer',
]);

async function readResult(response: Response): Promise<Result<unknown>> {
  if (/json/i.test(response.headers.get('content-type') ?? ''))
    return (await response.json()) as Result<unknown>;
  // A refusal in plain text (wrong host, cross-site) or a proxy's page: said as it came.
  const text = (await response.text()).trim().split('\n')[0].slice(0, 200);
  const code =
    response.status === 401 ? 'unauthenticated' : response.status === 403 ? 'forbidden' : 'internal';
  return { ok: false, error: { code, message: text || `the server answered ${response.status}` } };
}

function httpTransport(): Transport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="lexgap-token"]')?.content ?? '';
  return async (method, args, options) => {
    const team = (await pageMode()) === 'team';
    const auth = team ? teamHeaders() : { 'X-Lexgap-Token': token };
    // No answer at all (the server stopped, the network gone), or none in time: plain words, not
    // the browser's "Failed to fetch"; a write that timed out may or may not have been made.
    return sendTeamCall(
      method,
      args,
      (body, signal) =>
        fetch(`api/${method}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', ...auth, ...backgroundHeaders(options) },
          body,
          signal,
        }),
      readResult,
      // The app's server on this computer has no limit of its own: its calls to a team server have theirs.
      team ? { server: 'the team server' } : { server: 'the app’s server', limits: null },
    );
  };
}

const uncertain = new Set<() => void>();

/**
 * Calls `listener` after a change the server gave no answer to in time, which it may or may not have
 * made: a screen showing data reads it again. Returns the unsubscribe.
 */
export function onUncertainWrite(listener: () => void): () => void {
  uncertain.add(listener);
  return () => uncertain.delete(listener);
}

export function createApiClient(options: CallOptions = {}): LexgapApi {
  const bridge = window.lexgap;
  const transport: Transport = bridge ? (m, a, o) => bridge.call(m, a, o) : httpTransport();
  const api = {} as Record<MethodName, (args: unknown) => Promise<unknown>>;
  for (const method of METHOD_NAMES) {
    api[method] = async (args: unknown) => {
      for (;;) {
        const result = await transport(method, args ?? {}, options);
        if (result.ok) return result.value;
        // The session ended (expired, or signed out elsewhere): the call goes again once signed in.
        if (result.error.code === 'unauthenticated' && !CONNECTION_METHODS.has(method)) {
          await waitForSignIn(result.error.message);
          continue;
        }
        if (result.error.code === 'timed_out' && isWrite(method)) for (const reread of uncertain) reread();
        throw new ApiCallError(result.error, method);
      }
    };
  }
  return api as unknown as LexgapApi;
}

/** The calls a person's action makes: they keep a team server's session alive. */
export const api = createApiClient();
/** The calls the window makes by itself (polls, and what it reads again when they find news). */
export const background = createApiClient({ background: true });
