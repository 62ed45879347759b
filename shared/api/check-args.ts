// The args check every transport makes before a call (shared/api/schemas.ts), with zod and the
// schemas loaded only when there is something to check: a call with no args to a method that takes
// none is known to pass, so a short command (`lexgap documents`) starts without them, and so is a
// call with just an id to a method that takes only that (`lexgap tag` follows its job with getJob).
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

/**
 * Methods whose schema takes one id and nothing else (`{ jobId }`), by that id's key
 * (check-args.test.ts proves it against the schemas): args of just that key holding an id pass as
 * they are. Any other args to them are checked by the schema, which says what is wrong.
 */
export const ONE_ID_ARG: ReadonlyMap<string, string> = new Map<MethodName, string>([
  ['getJob', 'jobId'],
  ['waitForJob', 'jobId'],
  ['cancelJob', 'jobId'],
  ['getDocument', 'documentId'],
  ['deleteDocument', 'documentId'],
  ['getDocumentFile', 'documentId'],
  ['listClauses', 'documentId'],
  ['listVersions', 'documentId'],
  ['mergeClauseWithNext', 'clauseId'],
]);
/** How long an id may be, as the schemas take one (`id` in schemas.ts). */
export const ID_LENGTH = { min: 1, max: 200 } as const;

export type CheckedArgs =
  | { ok: true; method: MethodName; data: unknown }
  | { ok: false; unknownMethod: true }
  | { ok: false; unknownMethod: false; error: z.ZodError };

/** The own keys of a plain object (as a transport carries `{ … }`), or undefined for anything else. */
function plainKeys(value: unknown): (string | symbol)[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null ? Reflect.ownKeys(value) : undefined;
}

/** The args of a method that takes one id, when they are just that id: its schema's result, known already. */
function oneId(method: string, args: unknown): Record<string, string> | undefined {
  const key = ONE_ID_ARG.get(method);
  const keys = key === undefined ? undefined : plainKeys(args);
  if (key === undefined || keys?.length !== 1 || keys[0] !== key) return undefined;
  const id = (args as Record<string, unknown>)[key];
  return typeof id === 'string' && id.length >= ID_LENGTH.min && id.length <= ID_LENGTH.max
    ? { [key]: id }
    : undefined;
}

/** Checks a call's method name and args against the API's schemas: the parsed args, or what is wrong. */
export async function checkArgs(method: string, args: unknown): Promise<CheckedArgs> {
  if (ACCEPT_EMPTY_ARGS.has(method) && plainKeys(args)?.length === 0)
    return { ok: true, method: method as MethodName, data: {} };
  const id = oneId(method, args);
  if (id) return { ok: true, method: method as MethodName, data: id };
  const { argSchemas, isMethodName } = await import('./schemas');
  if (!isMethodName(method)) return { ok: false, unknownMethod: true };
  const parsed = argSchemas[method].safeParse(args);
  return parsed.success
    ? { ok: true, method, data: parsed.data }
    : { ok: false, unknownMethod: false, error: parsed.error };
}
