// Team-server sessions: a random token for the browser's cookie, its SHA-256 in the database (so a
// restarted server keeps people signed in and a copy of the database signs no one in), a random
// CSRF token per session, idle and absolute ends, and the account read afresh on every request so
// that a disabled account or a changed role counts at once.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Account } from '../../shared/accounts/account';
import {
  ENDED_SESSION_KEPT_MS,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SESSION_TOUCH_MS,
  sessionEnd,
  type Session,
} from '../../shared/accounts/session';
import type { Store } from '../store/store';

export interface ActiveSession {
  session: Session;
  account: Account;
}

/** Why a cookie's token has no session (any more), in plain words to put before "sign in again". */
export interface EndedSession {
  ended: string;
}

/**
 * Said of a token the database does not know: ended at sign-out, by a new password or a disabled
 * account, or removed by the clean-up ENDED_SESSION_KEPT_MS after its end.
 */
export const SESSION_GONE = 'your session has ended';

export interface Sessions {
  /** A new session for an account that has just signed in; the token goes only into its cookie. */
  start(account: Account): Promise<{ token: string; session: Session }>;
  /**
   * The live session of an enabled account that this cookie token belongs to, or why there is none.
   * A request of a person's counts as activity (`touch`); the window's own polls do not.
   */
  find(token: string, options?: { touch?: boolean }): Promise<ActiveSession | EndedSession>;
  end(token: string): Promise<void>;
  /**
   * Removes sessions ended more than ENDED_SESSION_KEPT_MS ago (the server does so when it starts
   * and every hour); one ended since is kept to say why it ended.
   */
  prune(): Promise<number>;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Tokens are compared in constant time, so timing does not reveal how much of a guess was right. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createSessions(store: Store, now: () => number = Date.now): Sessions {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    async start(account) {
      const token = randomBytes(32).toString('hex');
      const at = now();
      const session: Session = {
        tokenHash: hashToken(token),
        account: account.name,
        csrfToken: randomBytes(32).toString('hex'),
        createdAt: iso(at),
        lastSeenAt: iso(at),
        expiresAt: iso(at + SESSION_MAX_MS),
      };
      await store.saveSession(session);
      return { token, session };
    },
    async find(token, { touch = true } = {}) {
      const gone = { ended: SESSION_GONE };
      if (!/^[0-9a-f]{64}$/.test(token)) return gone;
      const session = await store.getSession(hashToken(token));
      if (!session) return gone;
      const at = now();
      const ended = sessionEnd(session, at);
      if (ended) {
        await store.deleteSession(session.tokenHash);
        return { ended };
      }
      const account = await store.getAccount(session.account);
      if (!account || account.disabled) {
        await store.deleteAccountSessions(session.account);
        return gone;
      }
      if (touch && at - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_MS) {
        session.lastSeenAt = iso(at);
        await store.saveSession(session);
      }
      return { session, account };
    },
    async end(token) {
      await store.deleteSession(hashToken(token));
    },
    prune: () => {
      const before = now() - ENDED_SESSION_KEPT_MS;
      return store.deleteExpiredSessions(iso(before), iso(before - SESSION_IDLE_MS));
    },
  };
}
