// The one gate every transport goes through: validate → call → Result envelope.
import { z } from 'zod';
import type { LexgapApi, MethodName } from '../../shared/api/contract';
import { ApiError, type ApiErrorInfo, type Result } from '../../shared/api/errors';
import { argSchemas, isMethodName } from '../../shared/api/schemas';

export type Dispatch = (method: string, args: unknown) => Promise<Result<unknown>>;

/** Methods that only read; everything else is run one at a time, as a single SQLite writer needs. */
const READ_ONLY = new Set<MethodName>([
  'getJob',
  'listCountries',
  'listDocuments',
  'getDocument',
  'getDocumentFile',
  'listClauses',
  'listSuggestions',
  'listAudit',
  'listStandards',
  'buildMatrix',
  'exportMatrix',
  'getSettings',
  // Jobs are queued by the service itself; starting or cancelling one must not wait behind a long write.
  'startImport',
  'startTagging',
  'cancelJob',
]);

export function createDispatch(api: LexgapApi): Dispatch {
  let writes: Promise<unknown> = Promise.resolve();

  return async function dispatch(method, rawArgs) {
    try {
      if (!isMethodName(method)) throw new ApiError('unknown_method', `unknown method "${method}"`);
      const parsed = argSchemas[method].safeParse(rawArgs ?? {});
      if (!parsed.success) {
        throw new ApiError(
          'invalid_args',
          `${method}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`,
        );
      }
      const call = () => (api[method] as (a: unknown) => Promise<unknown>)(parsed.data);
      if (READ_ONLY.has(method)) return { ok: true, value: await call() };
      const run = writes.then(call, call);
      writes = run.catch(() => undefined);
      return { ok: true, value: await run };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) };
    }
  };
}

export function toErrorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof ApiError) return error.toInfo();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}
