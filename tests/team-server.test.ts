// `lexgap serve` as an administrator runs it: a process that prints its URL first, stops cleanly on
// SIGTERM, keeps everyone signed in across a SIGKILL and a restart, speaks HTTPS with the files it
// is given, and refuses to start with no lead to manage it; then the same server on PostgreSQL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Role } from '../shared/accounts/account';
import type { AuditEntry, SuggestionView } from '../shared/model';
import { openApp } from '../electron/app/open-app';
import { openTeamServer } from '../electron/http/open-team-server';
import { law, repoRoot, tempDir } from './helpers/paths';
import { startTestPostgres } from './helpers/postgres-cluster';
import { lexgap } from './helpers/run-cli';
import { request, TeamClient } from './helpers/team-client';
import { serve } from './helpers/team-server';

const PASSWORD = 'a long enough password';

async function withAccounts(database: string, accounts: [string, Role][]): Promise<void> {
  const app = await openApp({ database });
  for (const [name, role] of accounts) await app.api.addAccount({ name, role, password: PASSWORD });
  await app.close();
}

describe('lexgap serve', () => {
  it('refuses to start on a database with no enabled lead, saying how to add one', async () => {
    const db = path.join(tempDir(), 'team.sqlite');
    await withAccounts(db, [['amina', 'reviewer']]);
    const run = spawnSync(process.execPath, ['bin/lexgap.mjs', '--db', db, 'serve', '--port', '0'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'lexgap: the database has no enabled lead account to manage the team: add one with lexgap account add NAME --role lead\n',
    });
  }, 60_000);

  it('prints its URL first, keeps sessions across a SIGKILL and a restart, and stops cleanly on SIGTERM', async () => {
    const db = path.join(tempDir(), 'team.sqlite');
    await withAccounts(db, []);
    process.env.LEXGAP_PASSWORD = PASSWORD;
    try {
      expect((await lexgap(db, 'account', 'add', 'lead', '--role', 'lead')).stderr).toBe('');
      expect((await lexgap(db, 'account', 'add', 'amina', '--role', 'reviewer')).stderr).toBe('');
    } finally {
      delete process.env.LEXGAP_PASSWORD;
    }
    const first = await serve(db);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(first.stdout().split('\n')[0]).toBe(first.url);
    const amina = new TeamClient(first.url);
    expect((await amina.signIn('amina', PASSWORD)).status).toBe(200);
    expect((await amina.call('listDocuments')).status).toBe(200);

    first.child.kill('SIGKILL');
    await first.exited;
    const second = await serve(db);
    const again = new TeamClient(second.url);
    again.cookie = amina.cookie;
    again.csrf = amina.csrf;
    expect((await again.session()).body).toMatchObject({ ok: true, value: { account: { name: 'amina' } } });
    expect((await again.call('listDocuments')).body).toEqual({ ok: true, value: [] });

    // The administrator disables the account from the command line while the server runs.
    expect((await lexgap(db, 'account', 'disable', 'amina')).stdout).toBe('amina (reviewer) disabled\n');
    expect((await again.call('listDocuments')).status).toBe(401);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  const openssl = spawnSync('openssl', ['version']).status === 0;

  it.skipIf(!openssl && process.env.CI !== 'true')(
    'serves HTTPS with the certificate it is given, and marks the cookie Secure',
    async () => {
      const dir = tempDir();
      const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
      const made = spawnSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
        ],
        { encoding: 'utf8' },
      );
      expect(made.status, made.stderr).toBe(0);
      const db = path.join(dir, 'team.sqlite');
      await withAccounts(db, [['lead', 'lead']]);
      const running = await serve(db, '--tls-cert', cert, '--tls-key', key);
      try {
        expect(running.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
        const lead = new TeamClient(running.url);
        const reply = await lead.signIn('lead', PASSWORD);
        expect(reply.headers['set-cookie']?.[0]).toMatch(
          /^lexgap_session=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/; Secure$/,
        );
        expect(reply.headers['strict-transport-security']).toBe('max-age=31536000');
        expect((await lead.call('listAccounts')).status).toBe(200);
        // Plain HTTP to the same port gets no answer from the API.
        await expect(request(running.url.replace('https:', 'http:'), '/auth/mode')).rejects.toThrow();
      } finally {
        running.child.kill('SIGTERM');
        expect(await running.exited).toBe(0);
      }
    },
    60_000,
  );

  it('behind a TLS proxy: Secure cookies, the public URL’s Host and Origin, and sign-in limits per forwarded address', async () => {
    const db = path.join(tempDir(), 'team.sqlite');
    await withAccounts(db, [['lead', 'lead']]);
    const server = await openTeamServer({
      database: db,
      port: 0,
      secureCookies: true,
      publicUrl: 'https://lexgap.example.org/',
      trustProxy: true,
    });
    try {
      expect(server.url).toBe('https://lexgap.example.org/');
      // As the proxy forwards it: the public Host, and the Origin of the page people opened.
      const proxied = { Host: 'lexgap.example.org', Origin: 'https://lexgap.example.org' };
      const reply = await request<{ csrfToken: string }>(server.listening, '/auth/sign-in', {
        method: 'POST',
        headers: { ...proxied, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'lead', password: PASSWORD }),
      });
      expect(reply.status).toBe(200);
      const cookie = reply.headers['set-cookie']![0];
      expect(cookie).toMatch(/; Secure$/);
      const csrf = reply.body.ok ? reply.body.value.csrfToken : '';
      const call = (headers: Record<string, string>) =>
        request(server.listening, '/api/listAccounts', {
          method: 'POST',
          headers: { Cookie: cookie.split(';')[0], 'X-Lexgap-Csrf': csrf, ...headers },
          body: '{}',
        });
      expect((await call(proxied)).status).toBe(200);
      expect((await call({ ...proxied, Origin: 'https://evil.example' })).status).toBe(403);
      expect((await call({ ...proxied, Host: 'evil.example' })).status).toBe(403);
      // Someone guessing from one address behind the proxy does not shut out the others (--trust-proxy).
      const attempt = (from: string, password: string) =>
        request(server.listening, '/auth/sign-in', {
          method: 'POST',
          headers: { ...proxied, 'Content-Type': 'application/json', 'X-Forwarded-For': from },
          body: JSON.stringify({ name: 'nobody', password }),
        });
      for (let i = 0; i < 5; i++) expect((await attempt('203.0.113.9', `guess ${i}`)).status).toBe(401);
      expect((await attempt('203.0.113.9', PASSWORD)).status).toBe(429);
      const other = await request(server.listening, '/auth/sign-in', {
        method: 'POST',
        headers: { ...proxied, 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.7' },
        body: JSON.stringify({ name: 'lead', password: PASSWORD }),
      });
      expect(other.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

const postgres = await startTestPostgres();
afterAll(() => postgres?.stop());

describe.skipIf(!postgres)('the team server on PostgreSQL', () => {
  it('signs in, records a reviewer’s decision under their name, refuses a viewer’s write, and keeps sessions across a restart', async () => {
    const database = await postgres!.freshSchema();
    await withAccounts(database, [
      ['lead', 'lead'],
      ['amina', 'reviewer'],
      ['vic', 'viewer'],
    ]);
    let server = await openTeamServer({ database, port: 0 });
    try {
      const [lead, amina, vic] = [
        new TeamClient(server.url),
        new TeamClient(server.url),
        new TeamClient(server.url),
      ];
      for (const [client, name] of [
        [lead, 'lead'],
        [amina, 'amina'],
        [vic, 'vic'],
      ] as const)
        expect((await client.signIn(name, PASSWORD)).status).toBe(200);
      const file = law('PK/Child_Marriage_Restraint_Act_1929.pdf');
      await lead.value('importDocuments', {
        files: [{ name: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }],
        country: 'PK',
      });
      await lead.value('tagDocuments', {});
      const [suggestion] = await vic.value<SuggestionView[]>('listSuggestions', { country: 'PK', limit: 1 });
      expect(
        (await vic.call('reviewSuggestions', { ids: [suggestion.id], decision: 'accept', coverage: 'full' }))
          .status,
      ).toBe(403);
      const [decided] = await amina.value<{ reviewer: string }[]>('reviewSuggestions', {
        ids: [suggestion.id],
        decision: 'accept',
        coverage: 'full',
      });
      expect(decided.reviewer).toBe('amina');
      const audit = await vic.value<AuditEntry[]>('listAudit', { entityId: suggestion.id });
      expect(audit.map((e) => e.actor)).toEqual(['amina']);

      await server.close();
      server = await openTeamServer({ database, port: 0 });
      const back = new TeamClient(server.url);
      back.cookie = amina.cookie;
      back.csrf = amina.csrf;
      expect((await back.session()).body).toMatchObject({ ok: true, value: { account: { name: 'amina' } } });
      const newLead = new TeamClient(server.url);
      expect((await newLead.signIn('lead', PASSWORD)).status).toBe(200);
      await newLead.value('setAccountDisabled', { name: 'amina', disabled: true });
      expect((await back.call('listDocuments')).status).toBe(401);
    } finally {
      await server.close();
    }
  }, 180_000);
});
