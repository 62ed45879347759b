import { describe, expect, it } from 'vitest';
import { serverUnreachable, unreachableReason } from './server-unreachable';

/** What fetch really throws for `url`, as the desktop app's main process (Node) sees it. */
async function fetchError(url: string, init?: RequestInit): Promise<unknown> {
  try {
    await fetch(url, { redirect: 'error', ...init });
  } catch (error) {
    return error;
  }
  throw new Error(`${url} answered`);
}

describe('serverUnreachable', () => {
  it('says it in the browser’s words, naming the address and the reason where they are known', () => {
    expect(serverUnreachable('the team server')).toBe('the team server could not be reached');
    expect(serverUnreachable('the app’s server')).toBe('the app’s server could not be reached');
    expect(serverUnreachable('the team server', 'https://lexgap.example.org/', 'no such host name')).toBe(
      'the team server https://lexgap.example.org/ could not be reached: no such host name',
    );
  });
});

describe('unreachableReason', () => {
  it('reads why Node’s fetch failed from its cause, never “fetch failed” or the bare code', async () => {
    // Port 2: nothing listens there (only root could), and fetch does not refuse it as it refuses port 1.
    const refused = await fetchError('http://127.0.0.1:2/');
    expect((refused as Error).message).toBe('fetch failed');
    expect(unreachableReason(refused)).toBe('nothing answers at that address (connection refused)');
    // A name that cannot exist (RFC 6761); without DNS at all the lookup itself fails.
    expect(unreachableReason(await fetchError('https://lexgap.invalid/'))).toMatch(
      /^(no such host name|the host name could not be looked up \(no network or no DNS\))$/,
    );
    expect(unreachableReason(await fetchError('http://127.0.0.1:1/'))).toBe(
      'that port is one web clients refuse to use; the server needs another port',
    );
  });

  it('says a wait ran out, in seconds where the request had a limit', async () => {
    const signal = AbortSignal.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    const timedOut = await fetchError('http://127.0.0.1:2/', { signal });
    expect(unreachableReason(timedOut, 20)).toBe('no answer within 20 seconds (timed out)');
    expect(unreachableReason(timedOut)).toBe('no answer in time (timed out)');
  });

  it('names a certificate problem in words, and gives plain words when fetch says nothing more', () => {
    // The shape Node's fetch gives a failure: the code on the cause.
    const failed = (code: string) =>
      Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
    expect(unreachableReason(failed('CERT_HAS_EXPIRED'))).toBe('its certificate has expired');
    expect(unreachableReason(failed('UND_ERR_HEADERS_TIMEOUT'))).toBe('it stopped answering (timed out)');
    expect(unreachableReason(failed('ERR_TLS_CERT_SIGNATURE_ALGORITHM_UNSUPPORTED'))).toBe(
      'a certificate problem: this computer does not accept its certificate',
    );
    for (const bare of [new TypeError('fetch failed'), new TypeError('Failed to fetch'), failed('EWHATEVER')])
      expect(unreachableReason(bare)).toBe(
        'no answer came (the server may be stopped, or this computer off the network)',
      );
  });
});
