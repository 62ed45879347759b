// The renderer's only way to the services: the same LexgapApi over Electron IPC or the loopback HTTP bridge.
import type { LexgapApi, MethodName } from '../shared/api/contract';
import type { LexgapBridge } from '../shared/api/bridge';
import type { ApiErrorInfo, Result } from '../shared/api/errors';
import { METHOD_NAMES } from '../shared/api/schemas';

export class ApiCallError extends Error {
  readonly code: ApiErrorInfo['code'];
  readonly file?: string;
  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.code = info.code;
    this.file = info.file;
  }
}

declare global {
  interface Window {
    lexgap?: LexgapBridge;
  }
}

type Transport = (method: string, args: unknown) => Promise<Result<unknown>>;

function httpTransport(): Transport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="lexgap-token"]')?.content ?? '';
  return async (method, args) => {
    const response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Lexgap-Token': token },
      body: JSON.stringify(args ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  };
}

export function createApiClient(): LexgapApi {
  const bridge = window.lexgap;
  const transport: Transport = bridge ? (m, a) => bridge.call(m, a) : httpTransport();
  const api = {} as Record<MethodName, (args: unknown) => Promise<unknown>>;
  for (const method of METHOD_NAMES) {
    api[method] = async (args: unknown) => {
      const result = await transport(method, args ?? {});
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value;
    };
  }
  return api as unknown as LexgapApi;
}

export const api = createApiClient();
