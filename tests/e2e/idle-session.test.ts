// A window left open on a team server: the Library polls its Jobs every few seconds, and those polls
// say they are the window's own (x-lexgap-background), so the server does not count them as
// activity. Left alone, the session ends 12 hours after the person's last request and the sign-in
// dialog says so over the screen; a person's click keeps it going as before. The server's clock is
// moved forward; the browser's polls are real.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectToTeamServer } from '../../electron/app/remote-dispatch';
import type { OpenedTeamServer } from '../../electron/http/open-team-server';
import { BACKGROUND_HEADER } from '../../shared/api/team-call';
import { law } from '../helpers/paths';
import { PASSWORDS, startTeamServer } from '../helpers/team-server';
import { CHROMIUM_ARGS } from './start-app';

const HOUR = 60 * 60 * 1000;
let clock = Date.now();
let server: OpenedTeamServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTeamServer({ ui: true, now: () => clock });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each API call the page sends from now on: its method and whether it is marked as the window's own. */
function watchCalls(page: Page): { method: string; background: boolean }[] {
  const calls: { method: string; background: boolean }[] = [];
  page.on('request', (r) => {
    const method = /\/api\/(\w+)$/.exec(r.url())?.[1];
    if (method) calls.push({ method, background: r.headers()[BACKGROUND_HEADER] === '1' });
  });
  return calls;
}

async function signIn(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Name').fill('amina');
  await form.getByLabel('Password').fill(PASSWORDS.amina);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

it('does not let the Jobs poll keep a session alive: left alone, the window asks for a sign-in after 12 hours', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const calls = watchCalls(page);
  /** Resolves once the page has read its jobs `n` more times. */
  const polls = async (n: number) => {
    const from = calls.filter((c) => c.method === 'listJobs').length;
    await expect
      .poll(() => calls.filter((c) => c.method === 'listJobs').length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(from + n);
  };
  await page.goto(server.url);
  await signIn(page);
  await expect.poll(() => page.textContent('table.docs')).toContain('Child Marriage Restraint');
  await polls(2);
  // The poll is marked; what the person's sign-in and the Library's opening read is not.
  expect(calls.filter((c) => c.method === 'listJobs').every((c) => c.background)).toBe(true);
  expect(calls.find((c) => c.method === 'listDocuments')?.background).toBe(false);

  const again = page.getByRole('dialog', { name: 'Sign in again' });
  // Eleven hours on, the window still polling: still signed in.
  clock += 11 * HOUR;
  await polls(2);
  expect(await again.isVisible()).toBe(false);
  // Twelve hours after the sign-in, the next poll finds the session ended and the dialog says why.
  clock += 1 * HOUR;
  await expect.poll(() => again.isVisible(), { timeout: 15_000 }).toBe(true);
  expect(await again.getByRole('status').textContent()).toBe(
    'Your session ended after 12 hours without activity — sign in again to carry on where you were.',
  );
  await signIn(page);
  await expect.poll(() => again.isVisible()).toBe(false);

  // A person's click (to Review and back) counts: 11 hours after it, 22 after the sign-in, still in.
  clock += 11 * HOUR;
  await page.click('[data-screen=review]');
  await expect.poll(() => page.getByTestId('review-row').count()).toBeGreaterThan(0);
  await page.click('[data-screen=library]');
  clock += 11 * HOUR;
  await polls(2);
  expect(await again.isVisible()).toBe(false);
  await page.context().close();
}, 120_000);

it('reads the Library again as a colleague’s import ends, marked as the window’s own', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(server.url);
  await signIn(page);
  await expect.poll(() => page.textContent('table.docs')).toContain('Child Marriage Restraint');
  const calls = watchCalls(page);
  const lead = await connectToTeamServer(server.url, 'lena', PASSWORDS.lena);
  try {
    const file = law('MY/Evidence_of_Child_Witness_Bill_2007.pdf');
    const files = [{ name: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }];
    expect(await lead.dispatch('startImport', { country: 'MY', files })).toMatchObject({ ok: true });
    // Her import shows in amina's Library as it ends, without amina doing anything.
    await expect.poll(() => page.locator('tr[data-document]').count(), { timeout: 60_000 }).toBe(2);
  } finally {
    await lead.signOut();
  }
  const read = new Set(calls.map((c) => c.method));
  for (const method of ['listJobs', 'listDocuments', 'listCountries', 'listAmendments', 'getSettings'])
    expect(read, method).toContain(method);
  expect(calls.filter((c) => !c.background)).toEqual([]);
  await page.context().close();
}, 120_000);
