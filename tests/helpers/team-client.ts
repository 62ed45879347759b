// A team server's client as a browser is one: a session cookie kept from sign-in, the session's CSRF
// token sent back in a header, and the server's own Origin; node:http underneath so that tests may
// also send what a browser never would (a forged Host, no Origin, another session's token).
import http from 'node:http';
import https from 'node:https';
import type { Result } from '../../shared/api/errors';

export interface Reply<T = unknown> {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Result<T>;
  text: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request to `base` (the server's URL with its trailing slash); self-signed certificates are accepted. */
export function request<T = unknown>(
  base: string,
  pathname: string,
  options: RequestOptions = {},
): Promise<Reply<T>> {
  const url = new URL(pathname.replace(/^\//, ''), base);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let body: Result<T>;
          try {
            body = JSON.parse(text) as Result<T>;
          } catch {
            body = { ok: false, error: { code: 'internal', message: text } };
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export class TeamClient {
  cookie = '';
  csrf = '';
  /** The Origin a page of the server sends. */
  readonly origin: string;

  constructor(readonly base: string) {
    this.origin = new URL(base).origin;
  }

  async signIn(name: string, password: string): Promise<Reply<{ csrfToken: string }>> {
    const reply = await request<{ csrfToken: string }>(this.base, '/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: this.origin },
      body: JSON.stringify({ name, password }),
    });
    const set = reply.headers['set-cookie']?.[0];
    if (reply.body.ok && set) {
      this.cookie = set.split(';')[0];
      this.csrf = reply.body.value.csrfToken;
    }
    return reply;
  }

  /** POST /api/<method> with the session; `headers` replace or add to the browser's own. */
  call<T = unknown>(
    method: string,
    args: unknown = {},
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    return request<T>(this.base, `/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: this.origin,
        Cookie: this.cookie,
        'X-Lexgap-Csrf': this.csrf,
        ...headers,
      },
      body: JSON.stringify(args),
    });
  }

  /** The value of a call that must succeed. */
  async value<T>(method: string, args: unknown = {}): Promise<T> {
    const reply = await this.call<T>(method, args);
    if (!reply.body.ok) throw new Error(`${method}: ${reply.status} ${reply.body.error.message}`);
    return reply.body.value;
  }

  session(): Promise<Reply<{ account: { name: string; role: string }; csrfToken: string }>> {
    return request(this.base, '/auth/session', { headers: { Cookie: this.cookie } });
  }
}
