// The IPC gate, kept pure: which calls reach dispatch, and the envelope every refusal comes back in.
import type { Dispatch } from '../api/dispatch';
import type { Result } from '../../shared/api/errors';
import { isMethodName } from '../../shared/api/schemas';
import { isTrustedSender } from './security';

export const CALL_CHANNEL = 'lexgap:call';
export const MENU_CHANNEL = 'lexgap:menu';

export interface IpcSender {
  /** The URL of the frame that sent the call (event.senderFrame.url). */
  senderUrl: string;
  /** The call came from the main frame of the window this app created. */
  isOurWindow: boolean;
}

function refused(code: 'invalid_args' | 'unknown_method', message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

/**
 * Never throws (Electron's invoke would pass only the message on): a foreign sender, an unknown channel or
 * method, or malformed arguments (checked by dispatch against the contract's schemas) come back as errors.
 * Of the call's `options` only `background: true` is passed on (the window's own poll).
 */
export async function handleIpcCall(
  event: IpcSender,
  channel: string,
  method: unknown,
  args: unknown,
  dispatch: Dispatch,
  options?: unknown,
): Promise<Result<unknown>> {
  if (channel !== CALL_CHANNEL) return refused('unknown_method', `unknown channel "${channel}"`);
  if (!event.isOurWindow || !isTrustedSender(event.senderUrl)) {
    return refused(
      'invalid_args',
      `refused a call from ${JSON.stringify(event.senderUrl)}: not the app's window`,
    );
  }
  if (typeof method !== 'string' || !isMethodName(method)) {
    return refused('unknown_method', `unknown method ${JSON.stringify(method)}`);
  }
  const background = (options as { background?: unknown } | null | undefined)?.background === true;
  return dispatch(method, args, { background });
}
