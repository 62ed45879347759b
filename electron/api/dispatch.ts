// The one gate every transport goes through: validate → call → Result envelope.
import type { LexgapApi } from '../../shared/api/contract';
import { ApiError, type ApiErrorInfo, type Result } from '../../shared/api/errors';
import { checkArgs } from '../../shared/api/check-args';
import { explainIssues } from '../../shared/api/explain-issues';
import type { CallOptions } from '../../shared/api/team-call';

/** `options` say how the call was made (a window's own poll); only a team server reads them. */
export type Dispatch = (method: string, args: unknown, options?: CallOptions) => Promise<Result<unknown>>;

// Writes are not queued here: the store runs its transactions one at a time, and every handler
// reads what it changes inside its transaction (`audited`), so calls may overlap safely.
export function createDispatch(api: LexgapApi): Dispatch {
  return async function dispatch(method, rawArgs) {
    try {
      const checked = await checkArgs(method, rawArgs ?? {});
      if (!checked.ok) {
        if (checked.unknownMethod) throw new ApiError('unknown_method', `unknown method "${method}"`);
        // Said to a person as it is (a form shows it): which method refused is the caller's to log.
        throw new ApiError('invalid_args', explainIssues(checked.error, rawArgs ?? {}).replace(/\n/g, '; '));
      }
      const handler = api[checked.method] as (a: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(checked.data) };
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
