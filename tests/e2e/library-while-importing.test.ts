// Several laws chosen at once: each is listed (and counted in the status bar) as soon as its file is
// done, not only when the last one (a scan read with OCR, minutes later) is.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

it('lists a law imported first while a scan chosen with it is still read', { timeout: 300_000 }, async () => {
  const { page } = app;
  await page.click('[data-screen=library]');
  await page.fill('[aria-label="Country code"]', 'PK');
  await page.setInputFiles('[data-testid=import-input]', [
    law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
    // A scan: every page is read with OCR, long after the first law is stored.
    law('PK/Employment_of_Children_Act_1991.pdf'),
  ]);
  const progress = page.locator('[data-testid=import-progress]');
  await progress.getByText('done').first().waitFor({ timeout: 180_000 });
  await expect
    .poll(() => page.locator('tr', { hasText: 'Child Marriage Restraint Act, 1929' }).count())
    .toBeGreaterThan(0);
  await expect.poll(() => page.textContent('.statusbar')).toMatch(/1 law · 1 country · 12 clauses/);
  expect(await page.getByText('No laws yet').count()).toBe(0);
  // The scan is still being read: the list did not wait for the job's end.
  await page.getByRole('button', { name: 'Cancel import' }).click();
});
