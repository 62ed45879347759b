// What the app shows when the API refuses a value, in Chromium on a team server signed in as the
// lead: a rationale too long and an account name with characters a name may not have are each
// refused in their schema's own words (shared/api/schemas.ts), saying what to give, and nothing is
// written.
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OpenedTeamServer } from '../../electron/http/open-team-server';
import { PASSWORDS, startTeamServer } from '../helpers/team-server';
import { CHROMIUM_ARGS } from './start-app';

let server: OpenedTeamServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTeamServer({ ui: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(server.url);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Name').fill('lena');
  await form.getByLabel('Password').fill(PASSWORDS.lena);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('table.docs', { hasText: 'Child Marriage Restraint' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('refuses a rationale of more than 10,000 characters saying how long it is and what to give', async () => {
  await page.click('[data-screen=matrix]');
  const cell = page.locator('[data-cell^="PK/"]').first();
  const before = await cell.getAttribute('data-level');
  await cell.click();
  await page.getByLabel('Level').selectOption('partial');
  await page.getByLabel('Rationale').fill('The Act sets a marriage age. '.repeat(345).slice(0, 10_001));
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect
    .poll(() => page.getByTestId('cell-drawer').getByRole('alert').textContent())
    .toBe(
      'rationale is too long (10,001 characters): give a rationale of up to 10,000 characters (about three pages; cite clauses for the rest)',
    );
  await page.screenshot({ path: '/tmp/shots/rationale-too-long.png' });
  expect(await cell.getAttribute('data-level')).toBe(before);
  await page.getByLabel('Rationale').fill('Short enough.');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect.poll(() => cell.getAttribute('data-level')).toBe('partial');
}, 60_000);

it('refuses an account name with characters a name may not have, saying what a name is', async () => {
  await page.click('[data-screen=settings]');
  const accounts = page.getByTestId('accounts');
  await accounts.getByLabel('New account name').fill('amina/2');
  await accounts.getByLabel('First password').fill('a long first password');
  await accounts.getByRole('button', { name: 'Add account' }).click();
  await expect
    .poll(() => accounts.getByRole('alert').textContent())
    .toBe(
      'name: "amina/2" is not an account name (2 to 64 letters, digits, spaces, dots, dashes, @ or _, starting and ending with a letter or digit)',
    );
  await page.screenshot({ path: '/tmp/shots/account-name-refused.png' });
  expect(await accounts.locator('tr[data-account]').count()).toBe(3);
}, 60_000);

it('says a first or a new password needs 12 characters before sending it, as the server would', async () => {
  await page.click('[data-screen=settings]');
  const sent: string[] = [];
  const watch = (r: { url(): string }) => {
    const method = /\/api\/(\w+)$/.exec(r.url())?.[1];
    if (method) sent.push(method);
  };
  page.on('request', watch);
  const accounts = page.getByTestId('accounts');
  await accounts.getByLabel('New account name').fill('farah');
  await accounts.getByLabel('First password').fill('eleven char');
  await accounts.getByRole('button', { name: 'Add account' }).click();
  await expect
    .poll(() => accounts.getByRole('alert').textContent())
    .toBe('A password needs at least 12 characters: no account was added.');
  expect(await accounts.getByLabel('First password').evaluate((e) => e === document.activeElement)).toBe(
    true,
  );

  await accounts.locator('tr[data-account="amina"]').getByRole('button', { name: 'Reset password…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New password for amina' });
  await dialog.getByLabel('New password').fill('short');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect
    .poll(() => dialog.getByRole('alert').textContent())
    .toBe('A password needs at least 12 characters: the password was not changed.');
  await page.screenshot({ path: '/tmp/shots/password-too-short.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  page.off('request', watch);
  expect(sent.filter((m) => m === 'addAccount' || m === 'resetAccountPassword')).toEqual([]);

  // Twelve characters go through.
  await accounts.getByLabel('First password').fill('twelve chars');
  await accounts.getByRole('button', { name: 'Add account' }).click();
  await expect.poll(() => accounts.locator('tr[data-account="farah"]').count()).toBe(1);
}, 60_000);
