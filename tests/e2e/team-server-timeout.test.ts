// A team server that stops answering while the window works on it, in Chromium: `npm start`'s
// window is connected to a team server through a relay that loses the answer to one decision. The
// Review screen says the decision may or may not have been recorded, reads the queue again, and
// shows the decision the server did record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTeamServer, type OpenedTeamServer } from '../../electron/http/open-team-server';
import { freePort, Relay } from '../helpers/relay';
import { PASSWORDS, teamDatabase } from '../helpers/team-server';
import { type RunningApp, startApp } from './start-app';

let server: OpenedTeamServer;
let app: RunningApp;
const relay = new Relay();

beforeAll(async () => {
  const url = await relay.listen();
  relay.target = await freePort();
  server = await openTeamServer({ database: await teamDatabase(), port: relay.target, publicUrl: url });
  // Limits a test can wait for: a read 2 s, a change 3 s (the app's are 30 s and 60 s).
  process.env.LEXGAP_TEAM_CALL_SECONDS = '2,3,8';
  try {
    app = await startApp();
  } finally {
    delete process.env.LEXGAP_TEAM_CALL_SECONDS;
  }
});

afterAll(async () => {
  await app?.close();
  relay.close();
  await server?.close();
});

describe('a decision whose answer never comes back', () => {
  it('is said to be perhaps recorded, and the queue read again shows it was', async () => {
    const { page } = app;
    await page.click('[data-screen=settings]');
    const card = page.getByTestId('team-server');
    await card.getByLabel('Server address').fill(relay.url);
    await card.getByLabel('Name').fill('amina');
    await card.getByLabel('Password').fill(PASSWORDS.amina);
    await card.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('amina · reviewer');

    await page.click('[data-screen=review]');
    const detail = page.getByTestId('review-detail');
    const accept = detail.getByRole('button', { name: 'Accept full (f)' });
    await expect.poll(() => accept.isEnabled()).toBe(true);
    relay.losing = /api\/reviewSuggestions/;
    await accept.click();
    await expect
      .poll(() => detail.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe(
        `The team server ${relay.url} stopped answering (timed out after 3 s): your change may or may not have been recorded; the screen reads it again to show what was`,
      );
    relay.losing = undefined;
    // The server did record it: the queue read again shows the row decided, by her.
    const decided = await server.app.store.listSuggestions({ status: 'accepted' });
    expect(decided.map((s) => s.reviewer)).toEqual(['amina']);
    await expect.poll(() => detail.getByTestId('decided-by').textContent()).toBe('by amina');
    await page.screenshot({ path: '/tmp/st-review-timeout.png' });
  }, 60_000);
});
