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
