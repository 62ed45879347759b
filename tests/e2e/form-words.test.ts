// What a form says to a person reads right: an unknown country names the file waiting for it, and
// the Library's status column uses the Edit dialog's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1280, height: 800 });
  await importViaApi(app.page, 'PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]);
  await app.page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('importing with a country code that is no country', () => {
  it('names the file waiting, which is imported once the code is mended', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', 'XX');
    await page.setInputFiles('[data-testid=import-input]', law('MY/Evidence_of_Child_Witness_Bill_2007.pdf'));
    await expect
      .poll(() => page.locator('.card .error').allTextContents())
      .toContain(
        '"XX" is not a known country code (ISO 3166 alpha-2): correct it, then Import: Evidence_of_Child_Witness_Bill_2007.pdf waits for it.',
      );
    await page.screenshot({ path: '/tmp/shots/library-xx.png' });
    await page.fill('[aria-label="Country code"]', 'MY');
    await page.getByRole('button', { name: 'Import the chosen file' }).click();
    await expect
      .poll(async () => (await callApi<{ country: string }[]>(page, 'listDocuments')).map((d) => d.country))
      .toContain('MY');
  });
});

describe('the status column', () => {
  it('says “Unknown” as the Edit dialog does, not “status unknown”', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    const row = page.locator('table.docs tr', { hasText: 'Child Marriage' });
    await expect.poll(() => row.locator('td').allTextContents()).toContain('Unknown');
    expect(await row.textContent()).not.toMatch(/status unknown/i);
    await row.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByTestId('edit-law');
    expect(await dialog.getByLabel('Status').locator('option:checked').textContent()).toBe('Unknown');
    await page.screenshot({ path: '/tmp/shots/library-status.png' });
    await page.keyboard.press('Escape');
  });
});

describe('a recommendation’s target date that is not one', () => {
  it('Save says how to write it, with no failed request, and the recommendation keeps its date', async () => {
    const { page } = app;
    await callApi(page, 'addRecommendation', {
      cells: [{ country: 'PK', provisionId: 'CRC.19' }],
      type: 'amend',
      text: 'Prohibit corporal punishment in every setting.',
      priority: 'medium',
      targetDate: '2027',
      origin: 'analysis',
    });
    const errors = app.consoleErrors.length;
    await page.click('[data-screen=recommendations]');
    await page.getByText('Prohibit corporal punishment in every setting.').click();
    const dialog = page.locator('[data-testid=recommendation-dialog]');
    await dialog.getByLabel('Target date').fill('next year');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe(
        'The target date “next year” is not a date: write a year, year-month or date (2027, 2027-06, 2027-06-30), or leave it empty.',
      );
    await page.screenshot({ path: '/tmp/shots/recommendation-date.png' });
    expect(app.consoleErrors.slice(errors)).toEqual([]);
    const [kept] = await callApi<{ targetDate: string }[]>(page, 'listRecommendations');
    expect(kept.targetDate).toBe('2027');
    await page.keyboard.press('Escape');
  });
});

describe('Connect to a team server with a field left empty', () => {
  it('names the field to type, puts the cursor there, and sends nothing', async () => {
    const { page } = app;
    const errors = app.consoleErrors.length;
    await page.click('[data-screen=settings]');
    const card = page.getByTestId('team-server');
    await card.getByRole('button', { name: 'Connect' }).click();
    const alert = card.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Type the team server’s address, e.g. https://lexgap.example.org: nothing was connected.');
    const focused = (label: string) =>
      card.getByLabel(label, { exact: true }).evaluate((e) => e === document.activeElement);
    expect(await focused('Server address')).toBe(true);
    await card.getByLabel('Server address').fill('https://lexgap.example.org');
    await card.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => alert.textContent()).toBe('Type your account name: nothing was connected.');
    expect(await focused('Name')).toBe(true);
    await card.getByLabel('Name', { exact: true }).fill('lena');
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.textContent()).toBe('Type your password: nothing was connected.');
    expect(await focused('Password')).toBe(true);
    await page.screenshot({ path: '/tmp/shots/team-empty.png' });
    expect(app.consoleErrors.slice(errors)).toEqual([]);
    expect((await callApi<{ kind: string }>(page, 'getConnection')).kind).toBe('local');
  });
});

describe('a file that is no review package', () => {
  it('Open package and Import returned review name it and say what to choose, with no request made', async () => {
    const { page } = app;
    const errors = app.consoleErrors.length;
    await page.click('[data-screen=library]');
    const pdf = law('PK/Child_Marriage_Restraint_Act_1929.pdf');
    await page.setInputFiles('[data-testid=open-package-input]', pdf);
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain(
        'Child_Marriage_Restraint_Act_1929.pdf is not a review package: choose a .lexgap file made with Make review package…; nothing was opened.',
      );
    await page.setInputFiles('[data-testid=import-package-input]', pdf);
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain(
        'Child_Marriage_Restraint_Act_1929.pdf is not a review package: choose a .lexgap file made with Make review package…; nothing was imported.',
      );
    await page.screenshot({ path: '/tmp/shots/package-wrong.png' });
    expect(app.consoleErrors.slice(errors)).toEqual([]);
    expect((await callApi<{ package: unknown }>(page, 'getProject')).package).toBeFalsy();
  });
});
