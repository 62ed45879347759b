// Team-server sessions: a random token for the browser's cookie, its SHA-256 in the database (so a
// restarted server keeps people signed in and a copy of the database signs no one in), a random
// CSRF token per session, idle and absolute ends, and the account read afresh on every request so
// that a disabled account or a changed role counts at once.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Account } from '../../shared/accounts/account';
import {
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SESSION_TOUCH_MS,
  sessionLive,
  type Session,
} from '../../shared/accounts/session';
import type { Store } from '../store/store';

export interface ActiveSession {
  session: Session;
  account: Account;
}

export interface Sessions {
  /** A new session for an account that has just signed in; the token goes only into its cookie. */
  start(account: Account): Promise<{ token: string; session: Session }>;
  /** The live session of an enabled account that this cookie token belongs to. */
  find(token: string): Promise<ActiveSession | undefined>;
  end(token: string): Promise<void>;
  /** Removes sessions past their end (the server does so when it starts and every hour). */
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
    async find(token) {
      if (!/^[0-9a-f]{64}$/.test(token)) return undefined;
      const session = await store.getSession(hashToken(token));
      if (!session) return undefined;
      const at = now();
      if (!sessionLive(session, at)) {
        await store.deleteSession(session.tokenHash);
        return undefined;
      }
      const account = await store.getAccount(session.account);
      if (!account || account.disabled) {
        await store.deleteAccountSessions(session.account);
        return undefined;
      }
      if (at - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_MS) {
        session.lastSeenAt = iso(at);
        await store.saveSession(session);
      }
      return { session, account };
    },
    async end(token) {
      await store.deleteSession(hashToken(token));
    },
    prune: () => {
      const at = now();
      return store.deleteExpiredSessions(iso(at), iso(at - SESSION_IDLE_MS));
    },
  };
}
