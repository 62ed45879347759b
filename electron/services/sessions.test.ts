// A window hidden for long, whose session the hourly clean-up has met since it ended, is told why the
// session ended, in the same words as one whose session is still there to read.
import { afterEach, expect, it } from 'vitest';
import type { Account } from '../../shared/accounts/account';
import { openSqliteStore } from '../store/sql-store';
import type { Store } from '../store/store';
import { createSessions } from './sessions';

const HOUR = 60 * 60 * 1000;
const IDLE = 'your session ended after 12 hours without activity';
const account: Account = {
  name: 'amina',
  role: 'reviewer',
  passwordHash: 'scrypt$1$1$1$c2FsdA==$aGFzaA==',
  disabled: false,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

it('says a session ended after 12 hours without activity even once the hourly clean-up has run', async () => {
  store = await openSqliteStore(':memory:');
  await store.saveAccount(account);
  let clock = Date.parse('2026-12-06T08:00:00.000Z');
  const sessions = createSessions(store, () => clock);
  const seen = await sessions.start(account);
  const hidden = await sessions.start(account);

  // 13 hours on, one window asks before the clean-up, the other after it: both are told the same.
  clock += 13 * HOUR;
  expect(await sessions.find(seen.token)).toEqual({ ended: IDLE });
  await sessions.prune();
  expect(await sessions.find(hidden.token)).toEqual({ ended: IDLE });

  // A window hidden for 8 days, the clean-up run every hour meanwhile: it went idle first.
  const away = await sessions.start(account);
  for (let hour = 0; hour < 8 * 24; hour += 1) {
    clock += HOUR;
    await sessions.prune();
  }
  expect(await sessions.find(away.token)).toEqual({ ended: IDLE });
});

it('removes an ended session once it has been ended for 30 days', async () => {
  store = await openSqliteStore(':memory:');
  await store.saveAccount(account);
  let clock = Date.parse('2026-12-06T08:00:00.000Z');
  const sessions = createSessions(store, () => clock);
  await sessions.start(account);
  clock += 13 * HOUR;
  expect(await sessions.prune()).toBe(0);
  clock += 31 * 24 * HOUR;
  expect(await sessions.prune()).toBe(1);
});
