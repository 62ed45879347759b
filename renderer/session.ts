// Where this page's calls go and who is signed in. Three ways a page can run:
// - the desktop window (IPC) or `npm start` in a browser (the loopback bridge with its token): the
//   calls go to this computer, which may itself be connected to a team server (Settings › Team
//   server) and then forwards them there;
// - a browser opened on a team server (`lexgap serve`): the page signs in itself and its calls
//   carry the session cookie and the CSRF token.
// When a team server says the session has ended, calls wait here until the analyst signs in again,
// then go again: what was typed on the screen stays.
import { useSyncExternalStore } from 'react';
import type { ConnectionInfo, SignedInAccount } from '../shared/api/contract';
import type { Result } from '../shared/api/errors';

export type PageMode = 'ipc' | 'local' | 'team';

/** Where the window is: this computer's project, or a team server (reached from here or directly). */
export type Whereabouts = ConnectionInfo & { via: PageMode };

export interface SignInRequest {
  /** The team server asking. */
  url: string;
  /** Why: "your session has ended", or nothing at the first sign-in. */
  reason?: string;
  /** At the page's start nothing else is shown; later the screens stay behind the dialog. */
  first: boolean;
}

export interface SessionState {
  where: Whereabouts | null;
  signIn: SignInRequest | null;
  /** Why the page could not find out where it is (a server that does not answer). */
  failure?: string;
}

let state: SessionState = { where: null, signIn: null };
let csrfToken = '';
let waiting: (() => void)[] = [];
const listeners = new Set<() => void>();

function set(next: Partial<SessionState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

export const currentSession = (): SessionState => state;

/** The account whose role limits what this page may do; none on a local project. */
export function signedInAccount(): SignedInAccount | undefined {
  return state.where?.kind === 'team' ? state.where.account : undefined;
}

let mode: Promise<PageMode> | undefined;

/**
 * Known from the page itself where it can be: the desktop window has its preload's bridge, and the
 * loopback bridge puts its token in the page; a team server does neither.
 */
export function localMode(): PageMode | undefined {
  if (window.lexgap) return 'ipc';
  if (document.querySelector('meta[name="lexgap-token"]')) return 'local';
  return undefined;
}

/** Asked once: the team server says `team`; the loopback bridge says `local` (an older one says nothing). */
export function pageMode(): Promise<PageMode> {
  return (mode ??= (async (): Promise<PageMode> => {
    const known = localMode();
    if (known) return known;
    try {
      const response = await fetch('auth/mode', { credentials: 'same-origin' });
      const body = (await response.json()) as Result<{ mode?: string }>;
      return body.ok && body.value.mode === 'team' ? 'team' : 'local';
    } catch {
      return 'local';
    }
  })());
}

/** The page's own address on a team server, as the analyst typed it. */
const pageUrl = () => new URL('.', location.href).toString();

export const teamHeaders = (): Record<string, string> => ({ 'X-Lexgap-Csrf': csrfToken });

interface SessionBody {
  account: SignedInAccount;
  csrfToken: string;
}

function resume(where: Whereabouts): void {
  set({ where, signIn: null });
  const calls = waiting;
  waiting = [];
  calls.forEach((go) => go());
}

function signedIn(body: SessionBody): void {
  csrfToken = body.csrfToken;
  resume({ kind: 'team', url: pageUrl(), account: body.account, via: 'team' });
}

/** Reads the session a team server holds for this browser, else asks for a sign-in. */
export async function startSession(getConnection: () => Promise<ConnectionInfo>): Promise<void> {
  try {
    const m = await pageMode();
    if (m !== 'team') {
      set({ where: { ...(await getConnection()), via: m } });
      return;
    }
    const response = await fetch('auth/session', { credentials: 'same-origin' });
    const body = (await response.json()) as Result<SessionBody>;
    if (body.ok) signedIn(body.value);
    else set({ signIn: { url: pageUrl(), first: true } });
  } catch (error) {
    set({ failure: error instanceof Error ? error.message : String(error) });
  }
}

/** A call was refused for want of a session: ask for a sign-in and wait for it. */
export function waitForSignIn(message: string): Promise<void> {
  const where = state.where;
  const url = where?.kind === 'team' ? where.url : pageUrl();
  if (!state.signIn) set({ signIn: { url, reason: message, first: false } });
  return new Promise((resolve) => waiting.push(resolve));
}

/**
 * Signs in on the team server. In a browser on the server, directly; from the desktop window or
 * `npm start`, this computer signs in and forwards the calls (`connect`).
 */
export async function signIn(
  name: string,
  password: string,
  connect: (args: { url: string; name: string; password: string }) => Promise<ConnectionInfo>,
): Promise<void> {
  if ((await pageMode()) === 'team') {
    const response = await fetch('auth/sign-in', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    const body = (await response.json().catch(() => undefined)) as Result<SessionBody> | undefined;
    if (!body?.ok) throw new Error(body?.error.message ?? `the server answered ${response.status}`);
    signedIn(body.value);
    return;
  }
  const url = state.signIn?.url ?? (state.where?.kind === 'team' ? state.where.url : '');
  resume({ ...(await connect({ url, name, password })), via: await pageMode() });
}

/** Ends the session on the server; the page starts again (at the sign-in, or on the local project). */
export async function signOut(disconnect: () => Promise<unknown>): Promise<void> {
  if ((await pageMode()) === 'team') {
    await fetch('auth/sign-out', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...teamHeaders() },
      body: '{}',
    }).catch(() => undefined);
  } else {
    await disconnect();
  }
  location.reload();
}
