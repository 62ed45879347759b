// Browser mode as a user starts it: a process that prints its address, serves the API, and stops on a signal.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../tests/helpers/paths';

interface Started {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
}

function start(args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const line = /^(http:\/\/127\.0\.0\.1:\d+\/)\n/m.exec(stdout);
      if (line) resolve({ child, url: line[1], stdout: () => stdout, stderr: () => stderr });
    });
    child.on('exit', (code) => reject(new Error(`exited (${code}) before printing its address: ${stderr}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

async function tokenOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return /<meta name="lexgap-token" content="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
}

describe('serve', () => {
  it('prints only its address, answers with the token from its page, and stops cleanly on SIGTERM', async () => {
    const db = path.join(tempDir(), 'nested', 'db.sqlite');
    const app = await start(['--import', 'tsx', 'electron/http/serve.ts'], {
      LEXGAP_DB: db,
      LEXGAP_PORT: '0',
    });
    expect(app.stdout()).toBe(app.url + '\n');
    const response = await fetch(`${app.url}api/listDocuments`, {
      method: 'POST',
      headers: { 'X-Lexgap-Token': await tokenOf(app.url) },
      body: '{}',
    });
    expect(await response.json()).toEqual({ ok: true, value: [] });
    expect(fs.existsSync(db)).toBe(true);
    const done = exited(app.child);
    app.child.kill('SIGTERM');
    expect(await done).toBe(0);
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/http/serve.ts'], {
      cwd: repoRoot,
      env: { ...process.env, LEXGAP_DB: path.join(tempDir(), 'db.sqlite'), LEXGAP_PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('LEXGAP_PORT must be a port number');
  });
});

// npm test builds dist/ before the tests; run alone, this needs `npm run build` first.
const built = fs.existsSync(path.join(repoRoot, 'dist/serve.mjs'));

describe.skipIf(!built)('npm start without Electron', () => {
  it('says why there is no window and serves the UI for a browser instead', async () => {
    const app = await start(['scripts/start.mjs'], {
      LEXGAP_DB: path.join(tempDir(), 'db.sqlite'),
      LEXGAP_PORT: '0',
      // Wherever Electron is installed, no display means no window (on Linux; elsewhere, ask for browser mode).
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
      ...(process.platform === 'linux' ? {} : { LEXGAP_BROWSER: '1' }),
    });
    expect(app.stderr()).toMatch(/cannot open the desktop window: .+; serving the UI for a browser instead/);
    expect(await tokenOf(app.url)).toMatch(/^[0-9a-f]{64}$/);
    const done = exited(app.child);
    app.child.kill('SIGTERM');
    expect(await done).toBe(0);
  });
});
