// Controls a team-server account's role may not use are disabled, their tooltip saying why; on a
// local project everything is allowed.
import { useCallback } from 'react';
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
  // One function per role: Review's key handler depends on it and would otherwise be re-attached on
  // every render.
  return useCallback(
    (method: MethodName) => {
      const why = role ? whyNot(role, method) : undefined;
      return { ok: why === undefined, why };
    },
    [role],
  );
}
