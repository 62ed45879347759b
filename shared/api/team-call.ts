// One call to a team server, as the desktop app (electron/app/remote-dispatch.ts) and a browser
// opened on the server (renderer/api-client.ts) both send it: with a time limit of its own, so that
// a server that took the connection and then stopped answering (a hung process, a half-dead
// network, a laptop whose lid was closed) does not hold the screen waiting on it for Node's five
// minutes, or for ever in a browser. A read gives up after 30 s; a write after 60 s, and then says
// that the change may or may not have been recorded, since the server may have written it before
// going quiet; the long calls (an import, tagging, an export or a report, a package, a baseline)
// after 5 minutes. Every call also gets a second per 50 kB it sends (a PDF uploaded on a slow line).
import type { MethodName } from './contract';
import type { Result } from './errors';
import { serverUnreachable, type UnreachedServer } from './server-unreachable';

export type CallKind = 'read' | 'write' | 'long read' | 'long write';

/** How a call was made, beside its method and arguments, over whichever transport carries it. */
export interface CallOptions {
  /**
   * The window asked by itself (a poll: the jobs list, a job's progress, learning's state), not at a
   * person's doing: a team server does not count it as activity, so a window left open does not keep
   * its session from ending after the idle hours.
   */
  background?: boolean;
}

/** The header a background call carries over HTTP, to the app's server here and to a team server. */
export const BACKGROUND_HEADER = 'x-lexgap-background';

/** The header that says a call is background, for the HTTP request that carries it. */
export const backgroundHeaders = (options: CallOptions | undefined): Record<string, string> =>
  options?.background ? { [BACKGROUND_HEADER]: '1' } : {};

/** Whether an HTTP request's headers say the window sent it by itself. */
export const isBackground = (value: string | string[] | undefined): boolean => value === '1';

/** Every method of the contract by what a time-out of it means and how long it may take. */
export const CALL_KINDS: Readonly<Record<MethodName, CallKind>> = {
  importDocuments: 'long write',
  startImport: 'long write',
  startReread: 'long write',
  startTagging: 'write',
  getJob: 'read',
  waitForJob: 'read',
  listJobs: 'read',
  cancelJob: 'write',
  listCountries: 'read',
  listDocuments: 'read',
  getDocument: 'read',
  updateDocument: 'write',
  deleteDocument: 'write',
  getDocumentFile: 'long read',
  listClauses: 'read',
  listVersions: 'read',
  listAmendments: 'read',
  reviewAmendment: 'write',
  splitClause: 'write',
  mergeClauseWithNext: 'write',
  updateClause: 'write',
  tagDocuments: 'long write',
  getLearningStatus: 'read',
  listSuggestions: 'read',
  reviewSuggestions: 'write',
  undoLastReview: 'write',
  addManualTag: 'write',
  listAudit: 'read',
  listStandards: 'read',
  buildMatrix: 'read',
  setCellOverride: 'write',
  clearCellOverride: 'write',
  exportMatrix: 'long read',
  exportReport: 'long read',
  listChecks: 'read',
  reviewCheck: 'write',
  listRecommendations: 'read',
  addRecommendation: 'write',
  updateRecommendation: 'write',
  deleteRecommendation: 'write',
  importRecommendations: 'long write',
  exportPackage: 'long write',
  importPackage: 'long write',
  openPackage: 'long write',
  closePackage: 'write',
  getProject: 'read',
  getPackageFile: 'long read',
  listDisagreements: 'read',
  getAgreement: 'read',
  createBaseline: 'long write',
  listBaselines: 'read',
  compareBaselines: 'long read',
  exportBaselineComparison: 'long read',
  getConnection: 'read',
  connectTeamServer: 'write',
  disconnectTeamServer: 'write',
  getSettings: 'read',
  updateSettings: 'write',
  listAccounts: 'read',
  addAccount: 'write',
  setAccountDisabled: 'write',
  resetAccountPassword: 'write',
};

/** Milliseconds a call may wait for the whole answer, by kind; tests give short ones. */
export interface CallLimits {
  read: number;
  write: number;
  long: number;
  /** Added per byte sent: a slow line still gets a large upload through. */
  perByte: number;
}

export const CALL_LIMITS: Readonly<CallLimits> = {
  read: 30_000,
  write: 60_000,
  long: 300_000,
  // A second per 50 kB, about 400 kbit/s.
  perByte: 1_000 / 50_000,
};

const kindOf = (method: string): CallKind => CALL_KINDS[method as MethodName] ?? 'write';

/** Whether the method changes something on the server (an unknown one is taken to). */
export const isWrite = (method: string): boolean => kindOf(method).endsWith('write');

/** How long a call of `method` sending `bytes` may take, in milliseconds. */
export function callTimeLimit(method: string, bytes: number, limits: CallLimits = CALL_LIMITS): number {
  const kind = kindOf(method);
  const base = kind.startsWith('long') ? limits.long : kind === 'write' ? limits.write : limits.read;
  return Math.round(base + bytes * limits.perByte);
}

/** `30 s`, `5 min`, `1.5 s`: the limit as the message says it. */
function duration(ms: number): string {
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}

/**
 * "the team server https://lexgap.example.org/ stopped answering (timed out after 30 s)", and for
 * a write, that the change may or may not have been recorded and that the screen reads it again.
 */
export function timedOutMessage(
  server: UnreachedServer,
  address: string | undefined,
  method: string,
  ms: number,
) {
  const said = `${server}${address ? ` ${address}` : ''} stopped answering (timed out after ${duration(ms)})`;
  return isWrite(method)
    ? `${said}: your change may or may not have been recorded; the screen reads it again to show what was`
    : `${said}: nothing was changed; try again in a moment`;
}

export interface TeamCallOptions {
  server: UnreachedServer;
  /** The server's address, where the caller knows it (the desktop app; a browser is on its page). */
  address?: string;
  /** None given: CALL_LIMITS; null: no limit of its own (the app's server on this computer). */
  limits?: CallLimits | null;
  /** Why a request got no answer at all, in plain words (the desktop reads Node's error causes). */
  reason?: (error: unknown) => string | undefined;
}

/**
 * Sends one call (`send` posts `body` with `signal`) and reads its answer (`read`, under the same
 * limit): the server's Result, or a failure in plain words naming the server — `timed_out` when the
 * limit passed, `unavailable` when no answer came at all.
 */
export async function sendTeamCall(
  method: string,
  args: unknown,
  send: (body: string, signal: AbortSignal) => Promise<Response>,
  read: (response: Response) => Promise<Result<unknown>>,
  options: TeamCallOptions,
): Promise<Result<unknown>> {
  const body = JSON.stringify(args ?? {});
  // The body's length in characters stands for its bytes: a large one is a PDF in base64, all ASCII,
  // and encoding it again only to count it would copy tens of megabytes.
  const ms = options.limits === null ? 0 : callTimeLimit(method, body.length, options.limits);
  const signal = ms ? AbortSignal.timeout(ms) : new AbortController().signal;
  const timedOut = (): Result<unknown> => ({
    ok: false,
    error: { code: 'timed_out', message: timedOutMessage(options.server, options.address, method, ms) },
  });
  try {
    const result = await read(await send(body, signal));
    // An answer cut off by the limit may read as a garbled one: it is the time-out that is said.
    return !result.ok && signal.aborted ? timedOut() : result;
  } catch (error) {
    if (signal.aborted) return timedOut();
    const reason = options.reason?.(error);
    return {
      ok: false,
      error: { code: 'unavailable', message: serverUnreachable(options.server, options.address, reason) },
    };
  }
}
