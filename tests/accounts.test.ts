// `lexgap account`: the administrator adds, resets, disables and lists team-server accounts. Only a
// scrypt hash of each password is stored, a weak or misplaced password is refused with nothing
// written, and every change is in the audit log without a password or hash in it.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../electron/services/passwords';
import { openStore } from '../electron/store/open-store';
import { tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

const PASSWORD = 'correct horse battery';

async function withPassword<T>(password: string | undefined, fn: () => Promise<T>): Promise<T> {
  const before = process.env.LEXGAP_PASSWORD;
  if (password === undefined) delete process.env.LEXGAP_PASSWORD;
  else process.env.LEXGAP_PASSWORD = password;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.LEXGAP_PASSWORD;
    else process.env.LEXGAP_PASSWORD = before;
  }
}

afterEach(() => {
  delete process.env.LEXGAP_PASSWORD;
});

async function stored(db: string, name: string) {
  const store = await openStore(db);
  try {
    return { account: await store.getAccount(name), audit: await store.listAudit(name) };
  } finally {
    await store.close();
  }
}

describe('lexgap account', () => {
  it('adds, resets, disables and lists accounts, keeping only a scrypt hash and auditing each change', async () => {
    const db = path.join(tempDir(), 'team.sqlite');
    expect((await lexgap(db, '--create', 'settings')).code).toBe(0);

    const added = await withPassword(PASSWORD, () =>
      lexgap(db, 'account', 'add', 'Ayesha Khan', '--role', 'reviewer'),
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('Ayesha Khan (reviewer) added\n');
    const first = (await stored(db, 'Ayesha Khan')).account!;
    expect(first).toMatchObject({ role: 'reviewer', disabled: false });
    expect(first.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, first.passwordHash)).toBe(true);
    expect(await verifyPassword('correct horse battery!', first.passwordHash)).toBe(false);

    // Refused, and nothing written: a short password, none at all, an unknown role, a name twice.
    const refusals = [
      [
        await withPassword('short', () => lexgap(db, 'account', 'add', 'Lead', '--role', 'lead')),
        'a password needs at least 12 characters',
      ],
      [
        await withPassword(PASSWORD, () => lexgap(db, 'account', 'add', 'Lead', '--role', 'admin')),
        '--role: "admin" is not a role (lead, analyst, reviewer or viewer)',
      ],
      [
        await withPassword(PASSWORD, () => lexgap(db, 'account', 'add', 'Ayesha Khan', '--role', 'lead')),
        'an account "Ayesha Khan" exists already (reset, enable or disable it)',
      ],
      [
        await withPassword(PASSWORD, () => lexgap(db, 'account', 'disable', 'Nobody')),
        'no account "Nobody" (lexgap account list shows them)',
      ],
    ] as const;
    for (const [run, message] of refusals) {
      expect(run.code).not.toBe(0);
      expect(run.stderr).toBe(`lexgap: ${message}\n`);
    }
    expect((await stored(db, 'Lead')).account).toBeUndefined();
    expect((await stored(db, 'Ayesha Khan')).account).toEqual(first);

    const reset = await withPassword('a new long passphrase', () =>
      lexgap(db, 'account', 'reset', 'Ayesha Khan', '--role', 'analyst'),
    );
    expect(reset.stdout).toBe('Ayesha Khan (analyst) has a new password\n');
    const second = (await stored(db, 'Ayesha Khan')).account!;
    expect(await verifyPassword('a new long passphrase', second.passwordHash)).toBe(true);
    expect(await verifyPassword(PASSWORD, second.passwordHash)).toBe(false);

    expect((await lexgap(db, 'account', 'disable', 'Ayesha Khan')).stdout).toBe(
      'Ayesha Khan (analyst) disabled\n',
    );
    const list = await lexgap(db, 'account', 'list', '--json');
    expect(list.json()).toEqual([
      {
        name: 'Ayesha Khan',
        role: 'analyst',
        disabled: true,
        createdAt: first.createdAt,
        updatedAt: expect.any(String),
      },
    ]);
    expect(list.stdout).not.toContain('scrypt');

    const { audit } = await stored(db, 'Ayesha Khan');
    expect(audit.map((e) => [e.action, e.before, e.after])).toEqual([
      ['update', { role: 'analyst', disabled: false }, { role: 'analyst', disabled: true }],
      ['reset-password', { role: 'reviewer', disabled: false }, { role: 'analyst', disabled: false }],
      ['create', null, { role: 'reviewer', disabled: false }],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/scrypt|correct horse|passphrase/);
  });
});
