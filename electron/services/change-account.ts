// One change to a team-server account, the same from `lexgap account` and from a lead over the API:
// saved, its sessions ended when it is disabled or gets a new password (whoever held it is signed
// out at once), and the audit entry that records it (role and state, never a hash).
import type { Account } from '../../shared/accounts/account';
import type { AuditInput } from '../../shared/model';
import type { StoreTx } from '../store/store';

export async function saveAccountChange(
  tx: StoreTx,
  before: Account | undefined,
  after: Account,
  actor: string,
): Promise<AuditInput> {
  await tx.saveAccount(after);
  const newPassword = before !== undefined && before.passwordHash !== after.passwordHash;
  if (after.disabled || newPassword) await tx.deleteAccountSessions(after.name);
  const visible = (a: Account | undefined) => a && { role: a.role, disabled: a.disabled };
  return {
    actor,
    action: before ? (newPassword ? 'reset-password' : 'update') : 'create',
    entity: 'account',
    entityId: after.name,
    before: visible(before) ?? null,
    after: visible(after) ?? null,
  };
}
