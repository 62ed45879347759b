// Plain words for a server that gave no answer at all, the same in the browser and in the desktop
// app: "the team server https://lexgap.example.org/ could not be reached: nothing answers at that
// address (connection refused)". A browser's fetch says only "Failed to fetch" and keeps the reason
// to itself; Node's says "fetch failed" and gives the reason as a code on its cause, read here.

/** Which server: the team's (`lexgap serve`), or the one on this computer serving the app to a browser. */
export type UnreachedServer = 'the team server' | 'the app’s server';

/**
 * "the team server could not be reached", naming its address and the reason where they are known:
 * "the team server https://lexgap.example.org/ could not be reached: no such host name".
 */
export function serverUnreachable(server: UnreachedServer, address?: string, reason?: string): string {
  return `${server}${address ? ` ${address}` : ''} could not be reached${reason ? `: ${reason}` : ''}`;
}

const REFUSED = 'nothing answers at that address (connection refused)';
const TIMED_OUT = 'the connection timed out';
const CLOSED = 'the connection was closed by the other side';
const NOT_HTTPS = 'it does not speak HTTPS at that address (try http://)';

const CAUSES: Record<string, string> = {
  ECONNREFUSED: REFUSED,
  ENOTFOUND: 'no such host name',
  EAI_AGAIN: 'the host name could not be looked up (no network or no DNS)',
  ETIMEDOUT: TIMED_OUT,
  ECONNRESET: CLOSED,
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'no network route to the host',
  UND_ERR_CONNECT_TIMEOUT: TIMED_OUT,
  // Connected, but no answer came within Node's own limit (5 minutes).
  UND_ERR_HEADERS_TIMEOUT: 'it stopped answering (timed out)',
  UND_ERR_BODY_TIMEOUT: 'it stopped answering (timed out)',
  UND_ERR_SOCKET: CLOSED,
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and not trusted on this computer',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain ends in a self-signed certificate not trusted here',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate cannot be verified (unknown issuer)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate was issued by an authority not trusted here',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another host name',
  EPROTO: NOT_HTTPS,
  ERR_SSL_WRONG_VERSION_NUMBER: NOT_HTTPS,
};

/** Messages of Node's fetch that are already a reason, in its words, and what they mean. */
const MESSAGES: Record<string, string> = {
  // Ports browsers refuse (fetch's "bad port" list: 1, 9, 25, 6000, …) are refused by Node's fetch too.
  'bad port': 'that port is one web clients refuse to use; the server needs another port',
  // Calls are never sent on to another address (a proxy sending http:// on to https:// included).
  'unexpected redirect': 'it redirects to another address: give that address instead (https://…?)',
  'other side closed': CLOSED,
};

const field = (v: unknown, key: 'code' | 'cause' | 'message' | 'name'): unknown =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;

/**
 * Why a request never got an answer, in plain words (refused, timed out, no such host name, a
 * certificate problem, …), from the error fetch threw; never fetch's own "fetch failed" nor a bare
 * code such as ECONNREFUSED. `waited`: the seconds the request was given, where it had a limit.
 */
export function unreachableReason(error: unknown, waited?: number): string {
  const name = field(error, 'name');
  if (name === 'TimeoutError' || name === 'AbortError')
    return waited ? `no answer within ${waited} seconds (timed out)` : 'no answer in time (timed out)';
  for (let cause = error, depth = 0; depth < 4 && cause; depth++, cause = field(cause, 'cause')) {
    const code = field(cause, 'code');
    const message = field(cause, 'message');
    if (typeof code === 'string' && CAUSES[code]) return CAUSES[code];
    if (typeof code === 'string' && /CERT|TLS|SSL/.test(code))
      return 'a certificate problem: this computer does not accept its certificate';
    if (typeof message === 'string' && MESSAGES[message]) return MESSAGES[message];
  }
  return 'no answer came (the server may be stopped, or this computer off the network)';
}
