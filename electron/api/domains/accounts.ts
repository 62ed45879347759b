// Team-server accounts managed by a lead over the API (the team server lets only leads call these,
// shared/accounts/permissions.ts). On a local project they manage the project's own accounts table,
// as `lexgap account` does, so accounts can be prepared before `lexgap db copy` to a server.
import type { LexgapApi } from '../../../shared/api/contract';
import { accountInfo, type Account } from '../../../shared/accounts/account';
import { ApiError } from '../../../shared/api/errors';
import { saveAccountChange } from '../../services/change-account';
import { passwordProblem } from '../../../shared/accounts/password-problem';
import { hashPassword } from '../../services/passwords';
import type { StoreTx } from '../../store/store';
import type { HandlerContext } from '../handler-context';

async function hashed(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new ApiError('invalid_args', problem);
  return hashPassword(password);
}

export function accountHandlers({ store, audited }: HandlerContext) {
  /**
   * One account changed and audited in one transaction; `update` sees it as it is then. Its name
   * was checked with the args (shared/api/schemas.ts), in the words `lexgap account` uses.
   */
  const change = (name: string, update: (before: Account | undefined, at: string) => Account) =>
    audited(async (tx: StoreTx, who) => {
      const before = await tx.getAccount(name);
      const after = update(before, who.at);
      const entry = await saveAccountChange(tx, before, after, who.actor);
      return { value: accountInfo(after), audit: [entry] };
    });
  const existing = (name: string, a: Account | undefined): Account => {
    if (!a) throw new ApiError('not_found', `no account "${name}"`);
    return a;
  };

  return {
    async listAccounts() {
      return (await store.listAccounts()).map(accountInfo);
    },
    async addAccount({ name, role, password }) {
      // Hashed before the transaction: scrypt takes a moment that other writes need not wait for.
      const passwordHash = await hashed(password);
      return change(name, (before, at) => {
        if (before) throw new ApiError('duplicate', `an account "${name}" exists already`);
        return { name, role, passwordHash, disabled: false, createdAt: at, updatedAt: at };
      });
    },
    async setAccountDisabled({ name, disabled }) {
      return change(name, (before, at) => ({ ...existing(name, before), disabled, updatedAt: at }));
    },
    async resetAccountPassword({ name, password, role }) {
      const passwordHash = await hashed(password);
      return change(name, (before, at) => {
        const a = existing(name, before);
        return { ...a, role: role ?? a.role, passwordHash, updatedAt: at };
      });
    },
  } satisfies Partial<LexgapApi>;
}
