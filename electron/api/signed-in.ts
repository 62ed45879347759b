// The account a team-server request runs for, carried through everything the call awaits (a job it
// starts included) without threading it through every handler: one store and one set of handlers
// serve every signed-in person, and `reviewer()` (handler-context.ts) records each write under the
// name of whoever made it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../../shared/accounts/account';

export interface SignedIn {
  name: string;
  role: Role;
}

const current = new AsyncLocalStorage<SignedIn>();

/** Runs `call` as `account`: every write it makes is recorded under the account's name. */
export function asAccount<T>(account: SignedIn, call: () => Promise<T>): Promise<T> {
  return current.run({ name: account.name, role: account.role }, call);
}

/** The signed-in account of the running team-server call; undefined on the desktop and the CLI. */
export function signedIn(): SignedIn | undefined {
  return current.getStore();
}
