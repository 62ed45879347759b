// A team on one corpus, in Chromium: a browser opened on the team server signs in (and is told a
// wrong password), a reviewer's decision is recorded under her name, a viewer finds the write
// controls disabled with the reason, a session ended on the server asks for a sign-in over the
// screen and the interrupted decision then goes through; and `npm start`'s window connects to the
// same server from Settings › Team server, and disconnects back to its own project.
import net, { type AddressInfo } from 'node:net';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectToTeamServer } from '../../electron/app/remote-dispatch';
import type { OpenedTeamServer } from '../../electron/http/open-team-server';
import { PASSWORDS, startTeamServer } from '../helpers/team-server';
import { CHROMIUM_ARGS, type RunningApp, startApp } from './start-app';

let server: OpenedTeamServer;
let browser: Browser;

/** A browser of its own (its own cookies) on the team server's address. */
async function openServerPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  return page;
}

async function signIn(page: Page, name: string, password = PASSWORDS[name]): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(async () => {
  server = await startTeamServer({ ui: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a browser on the team server', () => {
  it('asks for a sign-in, says when the password is wrong, and then shows the team’s laws as the reviewer', async () => {
    const page = await openServerPage();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    await expect(page.locator('nav.sidebar').count()).resolves.toBe(0);
    // A field left empty is named in the form's own words, and nothing is sent.
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Type your account name to sign in.');
    await form.getByLabel('Name').fill('amina');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Type your password to sign in.');
    expect(await form.getByLabel('Password').evaluate((e) => e === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await signIn(page, 'amina', 'not her password');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Wrong name or password');

    await signIn(page, 'amina');
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('amina · reviewer');
    await expect.poll(() => page.textContent('.statusbar')).toContain(`Team server ${server.url}`);
    await expect.poll(() => page.textContent('table.docs')).toContain('Child Marriage Restraint');
    // A reviewer decides suggestions but does not import laws: the button says why it is disabled.
    const choose = page.getByRole('button', { name: 'Choose PDFs…' });
    expect(await choose.isDisabled()).toBe(true);
    expect(await choose.getAttribute('title')).toBe(
      'Your role, reviewer, may not do this: it needs the analyst role or above',
    );
    await page.context().close();
  });

  it('records the reviewer’s decision under her name, and asks her to sign in again when her session ends', async () => {
    const page = await openServerPage();
    await signIn(page, 'amina');
    await page.click('[data-screen=review]');
    const detail = page.getByTestId('review-detail');
    await detail.getByRole('button', { name: 'Accept full (f)' }).click();
    await expect.poll(() => detail.getByTestId('decided-by').textContent()).toBe('by amina');
    const decided = await server.app.store.listSuggestions({ status: 'accepted' });
    expect(decided.map((s) => s.reviewer)).toEqual(['amina']);

    // She opens the next row (Review reads its history) before her session ends.
    await page.getByTestId('review-row').nth(1).click();
    await expect
      .poll(() => detail.getByTestId('suggestion-history').textContent())
      .toContain('No decision recorded yet.');

    // The lead gives her a new password: her sessions end at once.
    const lead = await connectToTeamServer(server.url, 'lena', PASSWORDS.lena);
    PASSWORDS.amina = 'her new reviewer password';
    await lead.dispatch('resetAccountPassword', { name: 'amina', password: PASSWORDS.amina });
    await lead.signOut();

    await detail.getByRole('button', { name: 'Reject (r)' }).click();
    const again = page.getByRole('dialog', { name: 'Sign in again' });
    await expect.poll(() => again.isVisible()).toBe(true);
    await expect
      .poll(() => again.textContent())
      .toContain('Your session has ended — sign in again to carry on where you were.');
    expect(await server.app.store.listSuggestions({ status: 'rejected' })).toEqual([]);
    await signIn(page, 'amina');
    // The reject she clicked went through once she was signed in again.
    await expect.poll(() => again.isVisible()).toBe(false);
    await expect.poll(() => detail.getByRole('status').textContent()).toMatch(/^Rejected \S+ on /);
    expect((await server.app.store.listSuggestions({ status: 'rejected' })).map((s) => s.reviewer)).toEqual([
      'amina',
    ]);
    await page.context().close();
  });

  it('a viewer finds the decision buttons disabled, with the reason', async () => {
    const page = await openServerPage();
    await signIn(page, 'vik');
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('vik · viewer');
    await page.click('[data-screen=review]');
    const accept = page.getByTestId('review-detail').getByRole('button', { name: 'Accept full (f)' });
    await expect.poll(() => accept.isDisabled()).toBe(true);
    expect(await accept.getAttribute('title')).toBe(
      'Your role, viewer, may not do this: it needs the reviewer role or above',
    );
    // The decision keys say so too, before any call reaches the server.
    await page.keyboard.press('f');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Your role, viewer, may not do this: it needs the reviewer role or above');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('npm start in a browser', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('needs no sign-in, and connects to the team server from Settings, then back to its own project', async () => {
    const { page } = app;
    await expect.poll(() => page.textContent('.statusbar')).toContain('Offline · data stays on this machine');
    expect(await page.getByRole('heading', { name: 'Sign in' }).count()).toBe(0);

    await page.click('[data-screen=settings]');
    const card = page.getByTestId('team-server');
    await expect
      .poll(() => card.getByTestId('connection').textContent())
      .toBe(`This window works on the local project ${app.dbPath}.`);
    // An address nothing answers at: the line of its own starts with a capital.
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const nowhere = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    await card.getByLabel('Server address').fill(nowhere);
    await card.getByLabel('Name').fill('lena');
    await card.getByLabel('Password').fill(PASSWORDS.lena);
    await card.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toBe(
        `The team server ${nowhere} could not be reached: nothing answers at that address (connection refused)`,
      );

    await card.getByLabel('Server address').fill(server.url);
    await card.getByLabel('Password').fill('not her password');
    await card.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toBe(`Team server ${server.url} refused the sign-in: wrong name or password`);

    await card.getByLabel('Password').fill(PASSWORDS.lena);
    await card.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe('lena · lead');
    await page.click('[data-screen=settings]');
    await expect
      .poll(() => page.getByTestId('connection').textContent())
      .toBe(`This window works on the team server ${server.url} as lena (lead).`);
    // A lead manages the accounts from here.
    const accounts = page.getByTestId('accounts');
    await expect.poll(() => accounts.locator('tr[data-account]').count()).toBe(3);
    await accounts.getByRole('button', { name: 'Add account' }).click();
    await expect
      .poll(() => accounts.getByRole('alert').textContent())
      .toBe('Type the new account’s name: no account was added.');
    expect(await accounts.getByLabel('New account name').evaluate((e) => e === document.activeElement)).toBe(
      true,
    );
    expect(await accounts.locator('tr[data-account]').count()).toBe(3);
    await accounts.getByLabel('New account name').fill('farid');
    await accounts.getByLabel('Role').selectOption('analyst');
    await accounts.getByLabel('First password').fill('short');
    await accounts.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(() => accounts.getByRole('alert').textContent()).toMatch(/12 characters/);
    await accounts.getByLabel('First password').fill('analyst password 2026');
    await accounts.getByRole('button', { name: 'Add account' }).click();
    const farid = accounts.locator('tr[data-account="farid"]');
    await expect.poll(() => farid.textContent()).toContain('analyst');
    await farid.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(() => farid.textContent()).toContain('disabled');
    await expect(connectToTeamServer(server.url, 'farid', 'analyst password 2026')).rejects.toThrow(
      /the account "farid" is disabled/,
    );
    await farid.getByRole('button', { name: 'Reset password…' }).click();
    await page.getByLabel('New password', { exact: true }).fill('a new analyst password');
    await page.getByRole('button', { name: 'Reset password', exact: true }).click();
    await expect
      .poll(() => accounts.getByRole('status').textContent())
      .toBe("farid's password is reset; their sessions have ended.");
    await page.click('[data-screen=library]');
    await expect.poll(() => page.textContent('table.docs')).toContain('Child Marriage Restraint');

    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect.poll(() => page.textContent('.statusbar')).toContain('Offline · data stays on this machine');
    expect(await page.locator('table.docs').count()).toBe(0);
  });
});
