// The args check every transport makes before a call (shared/api/schemas.ts), with zod and the
// schemas loaded only when there is something to check: a call with no args to a method that takes
// none is known to pass, so a short command (`lexgap documents`) starts without them.
import type { z } from 'zod';
import type { MethodName } from './contract';

/**
 * Methods whose schema accepts empty args and gives back `{}` (check-args.test.ts proves it against
 * the schemas): for these, the check of `{}` is decided already. A method left out is only slower.
 */
export const ACCEPT_EMPTY_ARGS: ReadonlySet<string> = new Set<MethodName>([
  'startTagging',
  'tagDocuments',
  'listJobs',
  'listCountries',
  'listDocuments',
  'listAmendments',
  'listSuggestions',
  'undoLastReview',
  'getLearningStatus',
  'listAudit',
  'listStandards',
  'buildMatrix',
  'listChecks',
  'listRecommendations',
  'listDisagreements',
  'getAgreement',
  'listBaselines',
  'closePackage',
  'getProject',
  'getPackageFile',
  'getConnection',
  'disconnectTeamServer',
  'getSettings',
  'listAccounts',
]);

export type CheckedArgs =
  | { ok: true; method: MethodName; data: unknown }
  | { ok: false; unknownMethod: true }
  | { ok: false; unknownMethod: false; error: z.ZodError };

/** A plain object with no keys at all: what `{}` is, whichever transport carried it. */
function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && Reflect.ownKeys(value).length === 0;
}

/** Checks a call's method name and args against the API's schemas: the parsed args, or what is wrong. */
export async function checkArgs(method: string, args: unknown): Promise<CheckedArgs> {
  if (ACCEPT_EMPTY_ARGS.has(method) && isEmptyObject(args))
    return { ok: true, method: method as MethodName, data: {} };
  const { argSchemas, isMethodName } = await import('./schemas');
  if (!isMethodName(method)) return { ok: false, unknownMethod: true };
  const parsed = argSchemas[method].safeParse(args);
  return parsed.success
    ? { ok: true, method, data: parsed.data }
    : { ok: false, unknownMethod: false, error: parsed.error };
}
