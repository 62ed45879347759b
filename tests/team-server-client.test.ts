// Settings › Team server from this computer's side: the workspace signs in to a team server and
// sends the window's calls there; what a wrong address, a server that does not answer, a
// certificate not trusted here or a wrong password say.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../electron/app/workspace';
import { connectToTeamServer, serverBaseUrl, type RemoteSession } from '../electron/app/remote-dispatch';
import { startHttpBridge, type HttpBridge } from '../electron/http/http-bridge';
import type { OpenedTeamServer } from '../electron/http/open-team-server';
import { BACKGROUND_HEADER } from '../shared/api/team-call';
import type { AuditEntry, DocumentRecord, Suggestion, SuggestionView } from '../shared/model';
import { law, repoRoot, tempDir } from './helpers/paths';
import { freePort, Relay } from './helpers/relay';
import { PASSWORDS, serve, startTeamServer, teamDatabase, type Running } from './helpers/team-server';

let workspace: Workspace;
let dbFile: string;

beforeAll(async () => {
  dbFile = path.join(tempDir(), 'own.sqlite');
  workspace = await openWorkspace({ database: dbFile });
});
afterAll(async () => {
  await workspace.close();
});

/** A port nothing listens on: one just opened and closed. */
async function closedPort(): Promise<number> {
  const bridge = await startHttpBridge({ dispatch: workspace.dispatch });
  const port = Number(new URL(bridge.url).port);
  await bridge.close();
  return port;
}

describe('the address of a team server', () => {
  it('is normalised to its base, https by default, and anything else is refused in words', () => {
    expect(serverBaseUrl('lexgap.example.org')).toBe('https://lexgap.example.org/');
    expect(serverBaseUrl(' https://lexgap.example.org:8443/team ')).toBe(
      'https://lexgap.example.org:8443/team/',
    );
    expect(serverBaseUrl('http://10.0.0.5:4000/?x=1#y')).toBe('http://10.0.0.5:4000/');
    expect(() => serverBaseUrl('ftp://lexgap.example.org')).toThrow(
      /"ftp:\/\/lexgap.example.org" is not a server address/,
    );
    expect(() => serverBaseUrl('https://amina:secret@lexgap.example.org')).toThrow(
      /name and password in their own fields/,
    );
    expect(() => serverBaseUrl('http://')).toThrow(/is not a server address/);
  });
});

describe('connecting from the window', () => {
  it('starts on the local project, which it names', async () => {
    expect(await workspace.dispatch('getConnection', {})).toEqual({
      ok: true,
      value: { kind: 'local', project: dbFile, lastServerUrl: null },
    });
  });

  it('says when nothing answers at the address, and stays on the local project', async () => {
    const port = await closedPort();
    const result = await workspace.dispatch('connectTeamServer', {
      url: `http://127.0.0.1:${port}`,
      name: 'amina',
      password: 'correct horse battery',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `the team server http://127.0.0.1:${port}/ could not be reached: nothing answers at that address (connection refused)`,
      },
    });
    expect(await workspace.dispatch('getConnection', {})).toMatchObject({
      ok: true,
      value: { kind: 'local' },
    });
    expect(await workspace.dispatch('listDocuments', {})).toEqual({ ok: true, value: [] });
  });

  it('says when a host name does not exist', async () => {
    await expect(connectToTeamServer('https://lexgap.invalid', 'amina', 'x')).rejects.toThrow(
      /^the team server https:\/\/lexgap\.invalid\/ could not be reached: (no such host name|the host name could not be looked up)/,
    );
  });

  it('says when the server’s certificate is not trusted here', async () => {
    const tls = path.join(repoRoot, 'tests/fixtures/tls');
    const server = https.createServer(
      {
        key: fs.readFileSync(path.join(tls, 'self-signed-key.pem')),
        cert: fs.readFileSync(path.join(tls, 'self-signed-cert.pem')),
      },
      (_req, res) => res.end('{}'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await expect(connectToTeamServer(`https://127.0.0.1:${port}`, 'amina', 'x')).rejects.toThrow(
        `the team server https://127.0.0.1:${port}/ could not be reached: its certificate is self-signed and not trusted on this computer`,
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says when the address is some other web server, or one that sends the calls elsewhere', async () => {
    const other = http.createServer((req, res) => {
      if (req.url?.startsWith('/moved/')) {
        res.writeHead(301, { Location: 'https://lexgap.example.org/' });
        return res.end();
      }
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<h1>Not here</h1>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as AddressInfo;
    try {
      await expect(connectToTeamServer(`127.0.0.1:${port}`, 'amina', 'x')).rejects.toThrow(
        `the team server https://127.0.0.1:${port}/ could not be reached: it does not speak HTTPS at that address (try http://)`,
      );
      await expect(connectToTeamServer(`http://127.0.0.1:${port}`, 'amina', 'x')).rejects.toThrow(
        `http://127.0.0.1:${port}/ is not a Lexgap team server (it answered 404 Not Found to /auth/mode)`,
      );
      await expect(connectToTeamServer(`http://127.0.0.1:${port}/moved`, 'amina', 'x')).rejects.toThrow(
        `the team server http://127.0.0.1:${port}/moved/ could not be reached: it redirects to another address: give that address instead (https://…?)`,
      );
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('says when the address is a Lexgap on someone’s own computer rather than a team server', async () => {
    const bridge: HttpBridge = await startHttpBridge({ dispatch: workspace.dispatch });
    try {
      await expect(connectToTeamServer(bridge.url, 'amina', 'x')).rejects.toThrow(
        `${bridge.url} is a Lexgap on someone's own computer (npm start), not a team server: ask your lead for the team server's address`,
      );
    } finally {
      await bridge.close();
    }
  });
});

describe('on a real team server (lexgap serve, SQLite)', () => {
  let server: OpenedTeamServer;
  let suggestionId: string;

  beforeAll(async () => {
    server = await startTeamServer();
    suggestionId = (await server.app.store.listSuggestions({}))[0].id;
  });
  afterAll(async () => {
    await workspace.dispatch('disconnectTeamServer', {});
    await server?.close();
  });

  it('a wrong password is refused in the server’s words, naming the server; the window stays local', async () => {
    const result = await workspace.dispatch('connectTeamServer', {
      url: server.url,
      name: 'amina',
      password: 'not her password',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unauthenticated',
        message: `Team server ${server.url} refused the sign-in: wrong name or password`,
      },
    });
    expect(await workspace.dispatch('getConnection', {})).toMatchObject({
      ok: true,
      value: { kind: 'local' },
    });
  });

  it('signed in, the window lists the server’s laws and decides under the signed-in name', async () => {
    const connected = await workspace.dispatch('connectTeamServer', {
      url: server.url,
      name: 'amina',
      password: PASSWORDS.amina,
    });
    expect(connected).toEqual({
      ok: true,
      value: { kind: 'team', url: server.url, account: { name: 'amina', role: 'reviewer' } },
    });
    const docs = await workspace.dispatch('listDocuments', {});
    expect(docs).toEqual(await server.app.dispatch('listDocuments', {}));
    expect((docs as { value: DocumentRecord[] }).value.map((d) => d.title)).toEqual([
      expect.stringMatching(/Child Marriage Restraint/),
    ]);

    const decided = await workspace.dispatch('reviewSuggestions', {
      ids: [suggestionId],
      decision: 'accept',
      coverage: 'partial',
    });
    expect(decided).toMatchObject({
      ok: true,
      value: [{ id: suggestionId, status: 'accepted', reviewer: 'amina' }],
    });
    // Stored on the server under her name, whatever the local Reviewer setting says.
    const [stored] = (await server.app.store.getSuggestions([suggestionId])) as Suggestion[];
    expect(stored).toMatchObject({ status: 'accepted', reviewer: 'amina' });
    const audit = await server.app.dispatch('listAudit', { entityId: suggestionId });
    expect((audit as { value: AuditEntry[] }).value[0]).toMatchObject({ actor: 'amina' });
  });

  it('a PDF imported from the window goes to the server as bytes (a reviewer is refused, an analyst is not)', async () => {
    const file = law('MY/Evidence_of_Child_Witness_Bill_2007.pdf');
    const args = {
      country: 'MY',
      files: [{ name: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }],
    };
    const refused = await workspace.dispatch('importDocuments', args);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/reviewer/) },
    });
    const lead = await connectToTeamServer(server.url, 'lena', PASSWORDS.lena);
    try {
      const imported = await lead.dispatch('importDocuments', args);
      expect(imported).toMatchObject({ ok: true, value: { documents: [{ country: 'MY' }], failed: [] } });
      const onServer = (await server.app.dispatch('listDocuments', { country: 'MY' })) as {
        value: DocumentRecord[];
      };
      expect(onServer.value.map((d) => d.file)).toEqual([path.basename(file)]);
    } finally {
      await lead.signOut();
    }
  });

  it('once the session is ended on the server, calls answer unauthenticated until signed in again', async () => {
    const lead = await connectToTeamServer(server.url, 'lena', PASSWORDS.lena);
    try {
      // A new password ends every session of the account.
      PASSWORDS.amina = 'a new reviewer password';
      expect(
        await lead.dispatch('resetAccountPassword', { name: 'amina', password: PASSWORDS.amina }),
      ).toMatchObject({
        ok: true,
      });
    } finally {
      await lead.signOut();
    }
    expect(await workspace.dispatch('listDocuments', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(
      await workspace.dispatch('connectTeamServer', {
        url: server.url,
        name: 'amina',
        password: PASSWORDS.amina,
      }),
    ).toMatchObject({ ok: true, value: { kind: 'team' } });
    expect(await workspace.dispatch('listDocuments', {})).toMatchObject({ ok: true });
  });

  it('a disabled account is told so', async () => {
    const lead = await connectToTeamServer(server.url, 'lena', PASSWORDS.lena);
    try {
      await lead.dispatch('setAccountDisabled', { name: 'vik', disabled: true });
    } finally {
      await lead.signOut();
    }
    await expect(connectToTeamServer(server.url, 'vik', PASSWORDS.vik)).rejects.toThrow(
      `Team server ${server.url} refused the sign-in: the account "vik" is disabled`,
    );
  });

  it('Disconnect goes back to the local project as it was, and remembers the address', async () => {
    expect(await workspace.dispatch('disconnectTeamServer', {})).toEqual({
      ok: true,
      value: { kind: 'local', project: dbFile, lastServerUrl: server.url },
    });
    expect(await workspace.dispatch('listDocuments', {})).toEqual({ ok: true, value: [] });
  });
});

describe('the window’s polls, through this computer to a team server', () => {
  it('arrive marked as the window’s own: they keep no session alive, a person’s call does', async () => {
    let clock = Date.now();
    const hours = (h: number) => (clock += h * 60 * 60 * 1000);
    const server = await startTeamServer({ now: () => clock });
    const own = await openWorkspace({ database: path.join(tempDir(), 'polling.sqlite') });
    // npm start's page calls the loopback bridge; the bridge's workspace sends them to the server.
    const bridge = await startHttpBridge({ dispatch: own.dispatch });
    const call = async (method: string, poll: boolean) => {
      const response = await fetch(`${bridge.url}api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Lexgap-Token': bridge.token,
          ...(poll ? { [BACKGROUND_HEADER]: '1' } : {}),
        },
        body: '{}',
      });
      return (await response.json()) as unknown;
    };
    const connect = { url: server.url, name: 'amina', password: PASSWORDS.amina };
    try {
      expect(await own.dispatch('connectTeamServer', connect)).toMatchObject({ ok: true });
      hours(11);
      expect(await call('listJobs', true)).toMatchObject({ ok: true });
      hours(1);
      expect(await call('listJobs', true)).toEqual({
        ok: false,
        error: { code: 'unauthenticated', message: 'your session ended after 12 hours without activity' },
      });
      expect(await own.dispatch('connectTeamServer', connect)).toMatchObject({ ok: true });
      hours(11);
      expect(await call('listDocuments', false)).toMatchObject({ ok: true });
      hours(11);
      expect(await call('listJobs', true)).toMatchObject({ ok: true });
    } finally {
      await bridge.close();
      await own.close();
      await server.close();
    }
  });
});

describe('a team server that stops while the window works on it', () => {
  it('says so in the browser’s words, with the address and the reason, not “fetch failed”', async () => {
    const server = await startTeamServer();
    const session = await connectToTeamServer(server.url, 'amina', PASSWORDS.amina);
    expect(await session.dispatch('listDocuments', {})).toMatchObject({ ok: true });
    await server.close();
    expect(await session.dispatch('listDocuments', {})).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message: `the team server ${server.url} could not be reached: nothing answers at that address (connection refused)`,
      },
    });
  });
});

describe('a team server that takes calls and then stops answering', () => {
  // The limits as a test can wait for them; the app's are 30 s for a read and 60 s for a write.
  const limits = { read: 1_500, write: 3_000, long: 6_000, perByte: 0 };
  let running: Running;
  /** The address the calls go to: a relay in front of the server, whose answers it can hold back. */
  const relay = new Relay();
  let url: string;
  beforeAll(async () => {
    url = await relay.listen();
    // The server on a port of its own, taking the relay's address as the one people open.
    relay.target = await freePort();
    running = await serve(await teamDatabase(), '--port', String(relay.target), '--public-url', url);
  });
  afterAll(async () => {
    relay.close();
    running.child.kill('SIGCONT');
    running.child.kill('SIGTERM');
    await running.exited;
  });

  const undecided = async (session: RemoteSession): Promise<SuggestionView> => {
    const listed = (await session.dispatch('listSuggestions', { status: 'suggested' })) as {
      value: SuggestionView[];
    };
    return listed.value[0];
  };

  it('its process paused: a read gives up after its limit, a decision after its own', async () => {
    const session = await connectToTeamServer(url, 'amina', PASSWORDS.amina, { limits });
    const first = await undecided(session);
    running.child.kill('SIGSTOP');
    try {
      let started = Date.now();
      expect(await session.dispatch('listSuggestions', {})).toEqual({
        ok: false,
        error: {
          code: 'timed_out',
          message: `the team server ${url} stopped answering (timed out after 1.5 s): nothing was changed; try again in a moment`,
        },
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
      expect(Date.now() - started).toBeLessThan(5_000);

      started = Date.now();
      expect(
        await session.dispatch('reviewSuggestions', {
          ids: [first.id],
          decision: 'accept',
          coverage: 'full',
        }),
      ).toEqual({
        ok: false,
        error: {
          code: 'timed_out',
          message: `the team server ${url} stopped answering (timed out after 3 s): your change may or may not have been recorded; the screen reads it again to show what was`,
        },
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      running.child.kill('SIGCONT');
    }
    // Woken up, it answers again.
    expect(await session.dispatch('listDocuments', {})).toMatchObject({ ok: true });
    await session.signOut();
  }, 30_000);

  it('a decision whose answer is lost on the way back was recorded: it is not said to have failed', async () => {
    try {
      const session = await connectToTeamServer(url, 'amina', PASSWORDS.amina, { limits });
      const first = await undecided(session);
      relay.silent = true;
      const decided = await session.dispatch('reviewSuggestions', {
        ids: [first.id],
        decision: 'accept',
        coverage: 'full',
      });
      expect(decided).toMatchObject({
        ok: false,
        error: { code: 'timed_out', message: expect.stringMatching(/may or may not have been recorded/) },
      });
      relay.silent = false;
      // Read again, as the screen does: the decision is there.
      const after = (await session.dispatch('listSuggestions', {})) as { value: SuggestionView[] };
      expect(after.value.find((s) => s.id === first.id)).toMatchObject({
        status: 'accepted',
        reviewer: 'amina',
      });
      await session.signOut();
    } finally {
      relay.silent = false;
    }
  }, 30_000);
});
