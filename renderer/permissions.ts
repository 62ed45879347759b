// Controls a team-server account's role may not use are disabled, their tooltip saying why; on a
// local project everything is allowed.
import { whyNot } from '../shared/accounts/may-call';
import type { MethodName } from '../shared/api/contract';
import { useSession } from './session';

export interface Allowed {
  ok: boolean;
  /** The tooltip of a disabled control. */
  why?: string;
}

export function useMay(): (method: MethodName) => Allowed {
  const { where } = useSession();
  const role = where?.kind === 'team' ? where.account.role : undefined;
  return (method) => {
    const why = role ? whyNot(role, method) : undefined;
    return { ok: why === undefined, why };
  };
}
