// A field left empty is answered in plain words by the screen itself, which names what to type, not
// by the API's check ("createBaseline: name must not be empty") and a failed request in the console.
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

describe('an empty field', () => {
  it('Freeze the matrix without a name says to name the baseline, keeps the focus there, and freezes nothing', async () => {
    const { page } = app;
    await page.click('[data-screen=baselines]');
    await page.getByText('No baseline yet').waitFor();
    await page.getByRole('button', { name: 'Freeze the matrix' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Name the baseline first, e.g. “Baseline 2026”: nothing was frozen.');
    expect(await page.getByLabel('Baseline name').evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await callApi<unknown[]>(page, 'listBaselines')).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    // Named, it freezes.
    await page.getByLabel('Baseline name').fill('Baseline 2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('baselines').getByText('Baseline 2026').waitFor();
    expect(await alert.count()).toBe(0);
  });
});
