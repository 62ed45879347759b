// A throwaway PostgreSQL server for tests and benchmarks: initdb in a temp folder, started on a free
// local port, stopped and removed afterwards. initdb refuses to run as root, so under root (CI) the
// server runs as the `postgres` user Debian's package creates. LEXGAP_TEST_PG (a URL to a database
// where schemas may be created) uses a server already running instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** The test database's URL. */
  url: string;
  /** A URL to an empty schema of its own in the test database: one per store under test. */
  freshSchema(): Promise<string>;
  stop(): Promise<void>;
}

/** The folder with initdb and pg_ctl: LEXGAP_PG_BIN, the newest /usr/lib/postgresql/N/bin, or PATH. */
export function postgresBinDir(): string | undefined {
  if (process.env.LEXGAP_PG_BIN) return process.env.LEXGAP_PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => fs.existsSync(path.join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(debian, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found ? path.dirname(found) : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

let schemas = 0;

function overServer(url: string, stop: () => Promise<void>): TestPostgres {
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  return {
    url,
    async freshSchema() {
      schemas += 1;
      const schema = `t${process.pid}_${schemas}_${Date.now().toString(36)}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      return withSchema(url, schema);
    },
    async stop() {
      await admin.end();
      await stop();
    },
  };
}

/**
 * A PostgreSQL server for this test file, or undefined where none is installed. With CI=true a
 * missing PostgreSQL is an error: the suite must not pass by skipping it.
 */
export async function startTestPostgres(): Promise<TestPostgres | undefined> {
  if (process.env.LEXGAP_TEST_PG) return overServer(process.env.LEXGAP_TEST_PG, async () => undefined);
  const bin = postgresBinDir();
  if (!bin) {
    if (process.env.CI === 'true')
      throw new Error(
        "PostgreSQL is not installed (no initdb): install Debian's postgresql, as .ci/run does",
      );
    return undefined;
  }
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-pg-'));
  const run = (command: string, args: string[]) => {
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]]
      : [path.join(bin, command), args];
    const r = spawnSync(cmd, argv, { encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(
        `${command} failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr || r.stdout}`,
      );
  };
  if (asRoot) {
    const user = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (user.status !== 0)
      throw new Error('running as root, and no `postgres` user to run PostgreSQL as (initdb refuses root)');
    fs.chownSync(dir, Number(user.stdout), Number(group.stdout));
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  // C collation: the same order of titles as SQLite's, whatever the machine's locale.
  run('initdb', ['-D', data, '-U', 'lexgap', '--auth=trust', '--locale=C', '--encoding=UTF8', '-N']);
  const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-o', settings, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  const stopNow = () => {
    spawnSync(
      ...((asRoot
        ? [
            'runuser',
            ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'],
          ]
        : [path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']]) as [string, string[]]),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  const server = `postgres://lexgap@127.0.0.1:${port}`;
  const setup = new pg.Client({ connectionString: `${server}/postgres` });
  await setup.connect();
  await setup.query('CREATE DATABASE lexgap');
  await setup.end();
  return overServer(`${server}/lexgap`, async () => {
    process.removeListener('exit', stopNow);
    stopNow();
  });
}
