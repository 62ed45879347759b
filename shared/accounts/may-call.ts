// What the UI says about a control a team-server account's role may not use: the server's own
// rule (permissions.ts), put as a tooltip for the person whose role it is.
import type { MethodName } from '../api/contract';
import type { Role } from './account';
import { PERMISSIONS, mayCall } from './permissions';

/** Why `role` may not call `method`, in words for a tooltip; undefined when it may. */
export function whyNot(role: Role, method: MethodName): string | undefined {
  if (mayCall(role, method).ok) return undefined;
  const needed = PERMISSIONS[method];
  if (needed === 'desktop') return 'Only in the desktop app on a project of your own, not on a team server';
  return `Your role, ${role}, may not do this: it needs the ${needed} role${needed === 'lead' ? '' : ' or above'}`;
}
