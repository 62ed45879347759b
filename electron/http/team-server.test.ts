// The team server over real sockets, on the real handlers and a SQLite file: who may call what,
// what a page of another site can do (nothing), how sessions start, last and end, and under whose
// name each write is recorded.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../shared/accounts/permissions';
import type { MethodName } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/schemas';
import { BACKGROUND_HEADER } from '../../shared/api/team-call';
import type { AuditEntry, SuggestionView } from '../../shared/model';
import { law, tempDir } from '../../tests/helpers/paths';
import { request, TeamClient } from '../../tests/helpers/team-client';
import { openApp } from '../app/open-app';
import { runCli } from '../cli/cli';
import type { Role } from '../../shared/accounts/account';
import { openTeamServer, type OpenedTeamServer } from './open-team-server';

const PASSWORD = 'a long enough password';
const ACCOUNTS: [string, Role][] = [
  ['lead', 'lead'],
  ['ana', 'analyst'],
  ['amina', 'reviewer'],
  ['vic', 'viewer'],
  ['leaver', 'reviewer'],
];

let db: string;
let server: OpenedTeamServer;
const clients = new Map<string, TeamClient>();
const as = (name: string) => clients.get(name)!;

async function signedIn(name: string): Promise<TeamClient> {
  const client = new TeamClient(server.url);
  const reply = await client.signIn(name, PASSWORD);
  expect(reply.status).toBe(200);
  return client;
}

beforeAll(async () => {
  db = path.join(tempDir(), 'team.sqlite');
  const setup = await openApp({ database: db });
  for (const [name, role] of ACCOUNTS) await setup.api.addAccount({ name, role, password: PASSWORD });
  await setup.close();
  server = await openTeamServer({ database: db, port: 0 });
  for (const [name] of ACCOUNTS) clients.set(name, await signedIn(name));
}, 60_000);

afterAll(() => server?.close());

const writes = (METHOD_NAMES as MethodName[]).filter((m) => PERMISSIONS[m] !== 'viewer');

describe('without a session', () => {
  it('tells the page it is a team server, and that nobody is signed in', async () => {
    expect((await request(server.url, '/auth/mode')).body).toEqual({ ok: true, value: { mode: 'team' } });
    const session = await request(server.url, '/auth/session');
    expect(session.status).toBe(401);
    expect(session.body).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'sign in first' } });
  });

  it.each(METHOD_NAMES)('refuses %s', async (method) => {
    const reply = await request(server.url, `/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: new URL(server.url).origin },
      body: '{}',
    });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('refuses every verb, an unknown method, and a cookie that is not a session', async () => {
    for (const verb of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      for (const method of ['listDocuments', 'noSuchMethod']) {
        const reply = await request(server.url, `/api/${method}`, { method: verb });
        expect([verb, method, reply.status]).toEqual([verb, method, 401]);
      }
    }
    const forged = await as('amina').call(
      'listDocuments',
      {},
      { Cookie: `lexgap_session=${'0'.repeat(64)}` },
    );
    expect(forged.status).toBe(401);
  });

  it('still serves the page, so that one can sign in', async () => {
    const reply = await request(server.url, '/');
    // No built UI in this test: the page is not found, but it is not refused for want of a session.
    expect(reply.status).toBe(404);
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie (not Secure over plain HTTP) and gives the CSRF token', async () => {
    const client = new TeamClient(server.url);
    const reply = await client.signIn('amina', PASSWORD);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      ok: true,
      value: {
        account: { name: 'amina', role: 'reviewer' },
        csrfToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    const cookie = reply.headers['set-cookie']!;
    expect(cookie).toHaveLength(1);
    expect(cookie[0]).toMatch(/^lexgap_session=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/$/);
    expect((await client.session()).body).toEqual(reply.body);
    // A second sign-in is a session of its own, with a token of its own.
    expect(client.csrf).not.toBe(as('amina').csrf);
    expect(client.cookie).not.toBe(as('amina').cookie);
  });

  it('keeps only the token’s hash in the database', async () => {
    const token = as('amina').cookie.split('=')[1];
    const bytes = fs.readFileSync(db);
    expect(bytes.includes(Buffer.from(token))).toBe(false);
  });

  it('refuses a wrong password and an unknown name alike, and a form post', async () => {
    const client = new TeamClient(server.url);
    for (const [name, password] of [
      ['vic', 'not the password at all'],
      ['nobody', PASSWORD],
    ]) {
      const reply = await client.signIn(name, password);
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({
        ok: false,
        error: { code: 'unauthenticated', message: 'wrong name or password' },
      });
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    const form = await request(server.url, '/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: client.origin },
      body: `name=vic&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(form.status).toBe(415);
  });

  it('signs out: the session ends, the cookie is cleared', async () => {
    const client = await signedIn('vic');
    const out = await request(server.url, '/auth/sign-out', {
      method: 'POST',
      headers: { Cookie: client.cookie, 'X-Lexgap-Csrf': client.csrf, Origin: client.origin },
    });
    expect(out.status).toBe(200);
    expect(out.headers['set-cookie']?.[0]).toMatch(
      /^lexgap_session=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0$/,
    );
    expect((await client.call('listDocuments')).status).toBe(401);
    expect((await as('vic').call('listDocuments')).status).toBe(200);
  });
});

describe('requests from other sites', () => {
  it('refuses a foreign Origin, a cross-site fetch, a missing or another session’s CSRF token', async () => {
    const amina = as('amina');
    const refused = async (headers: Record<string, string>) => {
      const reply = await amina.call('listDocuments', {}, headers);
      expect([headers, reply.status, reply.body.ok]).toEqual([headers, 403, false]);
    };
    await refused({ Origin: 'https://evil.example' });
    await refused({ Origin: 'http://localhost.evil.example' });
    await refused({ 'Sec-Fetch-Site': 'cross-site' });
    await refused({ 'Sec-Fetch-Site': 'same-site' });
    await refused({ 'X-Lexgap-Csrf': '' });
    await refused({ 'X-Lexgap-Csrf': as('vic').csrf });
    await refused({ 'X-Lexgap-Csrf': amina.csrf.slice(0, -1) + (amina.csrf.endsWith('0') ? '1' : '0') });
    expect((await amina.call('listDocuments', {}, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    // Not even signing in from another site.
    const reply = await request(server.url, '/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'amina', password: PASSWORD }),
    });
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a Host that is not the server’s (DNS rebinding)', async () => {
    const reply = await request(server.url, '/api/listDocuments', {
      method: 'POST',
      headers: { Host: 'evil.example', Cookie: as('amina').cookie, 'X-Lexgap-Csrf': as('amina').csrf },
      body: '{}',
    });
    expect(reply.status).toBe(403);
  });
});

describe('roles', () => {
  it('lists every method of the API in the permission table', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('lets a viewer read and export but call no method that writes', async () => {
    const vic = as('vic');
    expect((await vic.call('listDocuments')).status).toBe(200);
    expect((await vic.call('buildMatrix')).status).toBe(200);
    const auditBefore = await as('lead').value<AuditEntry[]>('listAudit');
    for (const method of writes) {
      const reply = await vic.call(method, {});
      const desktop = PERMISSIONS[method] === 'desktop';
      expect([method, reply.status, reply.body]).toEqual([
        method,
        desktop ? 501 : 403,
        {
          ok: false,
          error: {
            code: desktop ? 'unavailable' : 'forbidden',
            message: desktop
              ? `${method} works only in the desktop app on a project of one's own, not on a team server`
              : expect.stringContaining(`a viewer may not call ${method}`),
          },
        },
      ]);
    }
    expect(await as('lead').value<AuditEntry[]>('listAudit')).toEqual(auditBefore);
  });

  it('lets no reviewer or analyst change accounts', async () => {
    const before = await as('lead').value('listAccounts');
    for (const who of ['amina', 'ana']) {
      for (const [method, args] of [
        ['listAccounts', {}],
        ['addAccount', { name: 'mallory', role: 'lead', password: PASSWORD }],
        ['setAccountDisabled', { name: 'lead', disabled: true }],
        ['resetAccountPassword', { name: 'lead', password: 'mallory’s own password' }],
      ] as const) {
        const reply = await as(who).call(method, args);
        expect([who, method, reply.status, reply.body.ok]).toEqual([who, method, 403, false]);
      }
    }
    expect(await as('lead').value('listAccounts')).toEqual(before);
    expect((await new TeamClient(server.url).signIn('mallory', PASSWORD)).status).toBe(401);
  });

  it('refuses the desktop’s own methods and paths on the server’s disk even to a lead', async () => {
    const lead = as('lead');
    expect((await lead.call('openPackage', { dataBase64: 'AA==' })).body).toMatchObject({
      error: { code: 'unavailable' },
    });
    for (const [method, args] of [
      ['importDocuments', { files: [{ path: '/etc/passwd' }], country: 'PK' }],
      ['exportMatrix', { format: 'csv', path: path.join(tempDir(), 'm.csv') }],
      ['importRecommendations', { path: '/etc/hostname' }],
    ] as const) {
      const reply = await lead.call(method, args);
      expect([method, reply.status, reply.body]).toEqual([
        method,
        403,
        {
          ok: false,
          error: {
            code: 'forbidden',
            message: `${method}: a team server takes files as bytes (dataBase64) and never a path on the server`,
          },
        },
      ]);
    }
  });
});

describe('attribution', () => {
  let suggestions: SuggestionView[] = [];

  beforeAll(async () => {
    const lead = as('lead');
    const file = law('PK/Child_Marriage_Restraint_Act_1929.pdf');
    const imported = await lead.value<{ failed: unknown[] }>('importDocuments', {
      files: [{ name: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }],
      country: 'PK',
    });
    expect(imported.failed).toEqual([]);
    await lead.value('tagDocuments', {});
    // The database's own reviewer name says someone else: it must not be who a decision is recorded under.
    await lead.value('updateSettings', { reviewerName: 'Server Admin' });
    suggestions = await as('vic').value<SuggestionView[]>('listSuggestions', { country: 'PK', limit: 3 });
    expect(suggestions).toHaveLength(3);
  }, 120_000);

  it('records a reviewer’s decision under the signed-in name, and refuses a name in the arguments', async () => {
    const amina = as('amina');
    const named = await amina.call('reviewSuggestions', {
      ids: [suggestions[0].id],
      decision: 'accept',
      coverage: 'full',
      reviewer: 'lead',
    });
    expect(named.status).toBe(400);
    const decided = await amina.value<{ reviewer: string }[]>('reviewSuggestions', {
      ids: [suggestions[0].id],
      decision: 'accept',
      coverage: 'full',
      note: 'section 2 sets the age',
    });
    expect(decided[0].reviewer).toBe('amina');
    const audit = await as('vic').value<AuditEntry[]>('listAudit', { entityId: suggestions[0].id });
    expect(audit.map((e) => e.actor)).toEqual(['amina']);
    // The lead's decision on another suggestion is the lead's, at the same time on the same server.
    const [mine, theirs] = await Promise.all([
      as('lead').value<{ reviewer: string }[]>('reviewSuggestions', {
        ids: [suggestions[1].id],
        decision: 'reject',
      }),
      amina.value<{ reviewer: string }[]>('reviewSuggestions', {
        ids: [suggestions[2].id],
        decision: 'reject',
      }),
    ]);
    expect([mine[0].reviewer, theirs[0].reviewer]).toEqual(['lead', 'amina']);
    expect((await as('vic').value<{ reviewerName: string }>('getSettings')).reviewerName).toBe('vic');
  });

  it('undoes only the signed-in reviewer’s own decisions', async () => {
    const undone = await as('amina').value<{ changes: { suggestionId: string }[] }>('undoLastReview');
    expect(undone.changes.map((c) => c.suggestionId)).toEqual([suggestions[2].id]);
    const [lead] = await as('vic').value<SuggestionView[]>('listSuggestions', {
      clauseId: suggestions[1].clauseId,
      provisionId: suggestions[1].provisionId,
    });
    expect(lead.reviewer).toBe('lead');
  });

  it('audits account changes under the lead who made them', async () => {
    await as('lead').value('addAccount', { name: 'newcomer', role: 'viewer', password: PASSWORD });
    const audit = await as('lead').value<AuditEntry[]>('listAudit', { entityId: 'newcomer' });
    expect(audit.map((e) => [e.actor, e.action, e.after])).toEqual([
      ['lead', 'create', { role: 'viewer', disabled: false }],
    ]);
    expect(JSON.stringify(await as('lead').value('listAccounts'))).not.toContain('scrypt');
  });
});

describe('sessions', () => {
  it('ends a disabled account’s sessions at once, and a reset password’s', async () => {
    const first = await signedIn('leaver');
    const second = await signedIn('leaver');
    expect((await first.call('listDocuments')).status).toBe(200);
    await as('lead').value('setAccountDisabled', { name: 'leaver', disabled: true });
    for (const client of [first, second, as('leaver')]) {
      expect((await client.call('listDocuments')).status).toBe(401);
      expect((await client.session()).status).toBe(401);
    }
    const again = await new TeamClient(server.url).signIn('leaver', PASSWORD);
    expect([again.status, again.body]).toEqual([
      403,
      { ok: false, error: { code: 'forbidden', message: 'the account "leaver" is disabled' } },
    ]);
    await as('lead').value('setAccountDisabled', { name: 'leaver', disabled: false });
    const back = await signedIn('leaver');
    await as('lead').value('resetAccountPassword', { name: 'leaver', password: 'a brand new password' });
    expect((await back.call('listDocuments')).status).toBe(401);
    expect((await new TeamClient(server.url).signIn('leaver', 'a brand new password')).status).toBe(200);
  });

  it('counts a new role at once', async () => {
    const ana = await signedIn('ana');
    await as('lead').value('resetAccountPassword', { name: 'ana', password: PASSWORD, role: 'viewer' });
    // A new password ends the session; signed in again, the role is the new one.
    const again = await signedIn('ana');
    expect((await again.session()).body).toMatchObject({ value: { account: { role: 'viewer' } } });
    expect((await again.call('startTagging', {})).status).toBe(403);
    expect((await ana.call('listDocuments')).status).toBe(401);
  });

  it('outlive the server: a new server on the same database knows them', async () => {
    const amina = as('amina');
    await server.close();
    server = await openTeamServer({ database: db, port: 0 });
    const moved = new TeamClient(server.url);
    moved.cookie = amina.cookie;
    moved.csrf = amina.csrf;
    expect((await moved.session()).body).toMatchObject({ ok: true, value: { account: { name: 'amina' } } });
    expect((await moved.call('listDocuments')).status).toBe(200);
    clients.set('amina', moved);
  });
});

describe('session ends', () => {
  /** Runs `test` on a server of its own, its clock moved on by `hours`; `window()` signs one more in. */
  async function onClock(
    test: (hours: (h: number) => void, window: () => Promise<TeamClient>) => Promise<void>,
  ): Promise<void> {
    let clock = Date.parse('2026-03-02T09:00:00.000Z');
    const timed = await openTeamServer({ database: db, port: 0, now: () => clock });
    try {
      await test(
        (h) => void (clock += h * 60 * 60 * 1000),
        async () => {
          const client = new TeamClient(timed.url);
          expect((await client.signIn('vic', PASSWORD)).status).toBe(200);
          return client;
        },
      );
    } finally {
      await timed.close();
    }
  }

  it('ends a session 12 hours after its last request, and any session 7 days after sign-in', () =>
    onClock(async (hours, window) => {
      const idle = await window();
      const busy = await window();
      hours(11);
      expect((await idle.call('listDocuments')).status).toBe(200);
      hours(11.9);
      expect((await busy.call('listDocuments')).status).toBe(401);
      expect((await idle.call('listDocuments')).status).toBe(200);
      // Used every 11 hours, it still ends 7 days (168 hours) after sign-in.
      const fresh = await window();
      for (let h = 11; h < 168; h += 11) {
        hours(11);
        expect([h, (await fresh.call('listDocuments')).status]).toEqual([h, 200]);
      }
      hours(168 - 165);
      expect((await fresh.call('listDocuments')).status).toBe(401);
    }));

  it('does not count a script on the server’s database as anyone’s activity: the command line opens no session', () =>
    onClock(async (hours, window) => {
      const left = await window();
      hours(11);
      // A nightly script under vic's name, on the database the server serves (the command line
      // never goes through the server: README, Command line).
      const said: string[] = [];
      const io = { stdout: (t: string) => void said.push(t), stderr: (t: string) => void said.push(t) };
      expect(await runCli(['--db', db, 'baseline', 'create', 'Nightly', '--reviewer', 'vic'], io)).toBe(0);
      expect(await runCli(['--db', db, 'documents', '--json'], io)).toBe(0);
      hours(1);
      expect((await left.call('listDocuments')).body).toMatchObject({
        error: { message: 'your session ended after 12 hours without activity' },
      });
    }));

  it('does not count a window’s own polls as activity: polled all day, a session left alone ends after 12 hours', () =>
    onClock(async (hours, window) => {
      const left = await window();
      const worked = await window();
      const poll = (client: TeamClient, method = 'listJobs') =>
        client.call(method, {}, { [BACKGROUND_HEADER]: '1' });
      // Both windows poll every half hour; a person works in one of them once, at 10 hours.
      for (let minutes = 30; minutes <= 11.5 * 60; minutes += 30) {
        hours(0.5);
        for (const client of [left, worked]) expect((await poll(client)).status).toBe(200);
        if (minutes === 10 * 60) expect((await worked.call('listDocuments')).status).toBe(200);
      }
      hours(0.5);
      // 12 hours after sign-in: the window nobody touched is signed out, and told why.
      const ended = await poll(left, 'getLearningStatus');
      expect([ended.status, ended.body]).toEqual([
        401,
        {
          ok: false,
          error: { code: 'unauthenticated', message: 'your session ended after 12 hours without activity' },
        },
      ]);
      expect((await left.session()).status).toBe(401);
      // The one a person used at 10 hours lasts until 12 hours after that, polls or not.
      expect((await poll(worked)).status).toBe(200);
      hours(9.9);
      expect((await poll(worked)).status).toBe(200);
      hours(0.1);
      expect((await poll(worked)).body).toMatchObject({
        error: { message: 'your session ended after 12 hours without activity' },
      });
    }));
});

describe('sign-in rate limiting', () => {
  it('answers the sixth wrong attempt in a row with 429, even with the right password then', async () => {
    const client = new TeamClient(server.url);
    for (let i = 0; i < 5; i++) expect((await client.signIn('vic', `wrong password ${i}`)).status).toBe(401);
    const sixth = await client.signIn('vic', PASSWORD);
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({
      ok: false,
      error: {
        code: 'unauthenticated',
        message: expect.stringMatching(/^too many failed sign-ins: try again in 15 minutes$/),
      },
    });
    expect(sixth.headers['set-cookie']).toBeUndefined();
  }, 60_000);
});

describe('starting', () => {
  it('makes the only lead account the lead reviewer, so its decision settles disagreements', async () => {
    const file = path.join(tempDir(), 'one-lead.sqlite');
    const setup = await openApp({ database: file });
    await setup.api.addAccount({ name: 'lena', role: 'lead', password: PASSWORD });
    await setup.close();
    const server = await openTeamServer({ database: file, port: 0 });
    try {
      expect(server.leadNotice).toBe(
        'the lead reviewer is now lena, the only lead account (change it with lexgap settings --lead-reviewer NAME)',
      );
      expect((await server.app.api.getSettings({})).leadReviewer).toBe('lena');
      const audit = await server.app.api.listAudit({});
      expect(audit.find((e) => e.action === 'lead')?.actor).toBe('lena');
    } finally {
      await server.close();
    }
    // A second start finds it set and leaves it alone.
    const again = await openTeamServer({ database: file, port: 0 });
    await again.close();
    expect(again.leadNotice).toBeUndefined();
  });

  it('names the lead accounts when there are several and none is the lead reviewer', async () => {
    const file = path.join(tempDir(), 'two-leads.sqlite');
    const setup = await openApp({ database: file });
    await setup.api.addAccount({ name: 'lena', role: 'lead', password: PASSWORD });
    await setup.api.addAccount({ name: 'omar', role: 'lead', password: PASSWORD });
    await setup.close();
    const server = await openTeamServer({ database: file, port: 0 });
    await server.close();
    expect(server.leadNotice).toBe(
      'the lead reviewer is not set, so disagreements stay open until it is: change it with lexgap settings --lead-reviewer NAME (lead accounts: lena, omar)',
    );
  });

  it('refuses a database without an enabled lead', async () => {
    const bare = path.join(tempDir(), 'bare.sqlite');
    const setup = await openApp({ database: bare });
    await setup.api.addAccount({ name: 'vic', role: 'viewer', password: PASSWORD });
    await setup.api.addAccount({ name: 'gone', role: 'lead', password: PASSWORD });
    await setup.api.setAccountDisabled({ name: 'gone', disabled: true });
    await setup.close();
    await expect(openTeamServer({ database: bare, port: 0 })).rejects.toThrow(
      'the database has no enabled lead account to manage the team: add one with lexgap account add NAME --role lead',
    );
  });
});
