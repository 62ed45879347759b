import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sql-store';
import type { Store } from '../store/store';
import { hashPassword } from './passwords';
import { createSignIn, MAX_FAILURES, WINDOW_MS } from './sign-in';

const PASSWORD = 'correct horse battery';

/** A project database with an active and a disabled account. */
async function project(): Promise<Store> {
  const store = await openSqliteStore(':memory:');
  for (const [name, disabled] of [
    ['Ayesha Khan', false],
    ['Former', true],
  ] as const)
    await store.saveAccount({
      name,
      role: 'reviewer',
      passwordHash: await hashPassword(PASSWORD),
      disabled,
      createdAt: '2026-12-04T00:00:00.000Z',
      updatedAt: '2026-12-04T00:00:00.000Z',
    });
  return store;
}

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('sign-in', () => {
  it('lets the right password in, refuses a wrong one, an unknown name and a disabled account alike in words', async () => {
    const signIn = createSignIn((store = await project()));
    expect(await signIn('Ayesha Khan', PASSWORD, '10.0.0.1')).toMatchObject({
      ok: true,
      account: { name: 'Ayesha Khan' },
    });
    expect(await signIn('Ayesha Khan', 'correct horse batterY', '10.0.0.1')).toEqual({
      ok: false,
      reason: 'wrong',
      message: 'wrong name or password',
    });
    expect(await signIn('Nobody', PASSWORD, '10.0.0.1')).toMatchObject({
      reason: 'wrong',
      message: 'wrong name or password',
    });
    expect(await signIn('Former', PASSWORD, '10.0.0.1')).toMatchObject({ reason: 'disabled' });
  });

  it('stops trying passwords after five failures for a name or from an address, for fifteen minutes', async () => {
    let clock = 1_000_000;
    const signIn = createSignIn((store = await project()), () => clock);
    for (let i = 0; i < MAX_FAILURES; i++)
      expect((await signIn('Ayesha Khan', `guess ${i} is wrong`, `10.0.0.${i}`)).ok).toBe(false);
    // The right password no longer helps: the name is held, whichever address asks.
    expect(await signIn('Ayesha Khan', PASSWORD, '10.0.1.1')).toEqual({
      ok: false,
      reason: 'limited',
      message: 'too many failed sign-ins: try again in 15 minutes',
    });
    // One address guessing many names is held too.
    for (let i = 0; i < MAX_FAILURES; i++) await signIn(`name ${i}`, 'wrong password here', '10.9.9.9');
    expect(await signIn('Former', PASSWORD, '10.9.9.9')).toMatchObject({ reason: 'limited' });
    clock += WINDOW_MS + 1;
    expect(await signIn('Ayesha Khan', PASSWORD, '10.0.1.1')).toMatchObject({ ok: true });
  });
});
