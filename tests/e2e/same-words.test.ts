// What two screens say of the same thing reads the same way: a moment is printed year first in
// Review's History and in the Baselines list alike, never as the browser's "12/6/2026, 10:26:22 AM"
// (6 December to an American, 12 June to most analysts); a cell's level set by hand is a rating in
// Settings as in the Matrix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { callApi, queueShown, type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1280, height: 800 });
  await seedTaggedLibrary(app.page, [['PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]]]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('the same thing said alike on two screens', () => {
  it('a decision’s time in Review’s History reads like a baseline’s in Baselines: 2026-12-06 10:26', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await queueShown(page);
    await page.locator('[data-testid=review-row]').first().waitFor();
    await page.keyboard.press('f');
    const entry = page.getByTestId('history-entry').first();
    await expect.poll(() => entry.textContent()).toMatch(/accepted \(full\)$/);
    const decided = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) E2E Analyst accepted/.exec(
      (await entry.textContent())!,
    );
    expect(decided).not.toBeNull();

    await callApi(page, 'createBaseline', { name: 'Baseline 2026' });
    await page.click('[data-screen=baselines]');
    const frozen = page.getByTestId('baselines').locator('tbody tr').first().locator('td').nth(1);
    await expect.poll(() => frozen.textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // The same day, in the same (local) time as the decision made a moment before.
    expect((await frozen.textContent())!.slice(0, 10)).toBe(decided![1].slice(0, 10));
  });

  it('Settings calls a cell’s level set by hand a rating, as the Matrix’s cell panel does, not an override', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.locator('[data-cell^="PK/"]').first().click();
    await page.getByRole('button', { name: 'Save rating' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.click('[data-screen=settings]');
    await expect
      .poll(() => page.locator('.card p.muted').allTextContents())
      .toContain('Every decision and cell rating is recorded in the audit log under this name.');
    expect((await page.locator('.content').textContent())!).not.toMatch(/override/i);
  });
});
