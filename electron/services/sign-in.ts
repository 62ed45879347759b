// The team server's sign-in check: name and password against the stored scrypt hash, disabled
// accounts refused, and attempts limited, so that guessing passwords through the server is slow
// whether the guesser keeps to one name or one address. Unknown names cost a hash as known ones
// do, so the time taken does not tell which names exist.
import type { Account } from '../../shared/accounts/account';
import type { StoreReads } from '../store/store';
import { hashPassword, verifyPassword } from './passwords';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type SignInResult =
  | { ok: true; account: Account }
  | { ok: false; reason: 'wrong' | 'disabled' | 'limited'; message: string };

export interface SignIn {
  /** `from`: where the attempt came from (the client's address). */
  (name: string, password: string, from: string): Promise<SignInResult>;
}

export function createSignIn(store: Pick<StoreReads, 'getAccount'>, now: () => number = Date.now): SignIn {
  const failures = new Map<string, number[]>();
  let dummy: Promise<string> | undefined;
  const recent = (key: string) => (failures.get(key) ?? []).filter((t) => t > now() - WINDOW_MS);
  const fail = (key: string) => failures.set(key, [...recent(key), now()]);

  return async (name, password, from) => {
    const keys = [`name:${name.toLowerCase()}`, `from:${from}`];
    const blocked = keys.map(recent).find((list) => list.length >= MAX_FAILURES);
    if (blocked) {
      const wait = Math.ceil((blocked[0] + WINDOW_MS - now()) / 60_000);
      return {
        ok: false,
        reason: 'limited',
        message: `too many failed sign-ins: try again in ${wait} minute${wait === 1 ? '' : 's'}`,
      };
    }
    const account = await store.getAccount(name);
    const hash = account?.passwordHash ?? (await (dummy ??= hashPassword('not anyone’s password')));
    const right = await verifyPassword(password, hash);
    if (!account || !right) {
      keys.forEach(fail);
      return { ok: false, reason: 'wrong', message: 'wrong name or password' };
    }
    if (account.disabled)
      return { ok: false, reason: 'disabled', message: `the account "${name}" is disabled` };
    failures.delete(keys[0]);
    return { ok: true, account };
  };
}
