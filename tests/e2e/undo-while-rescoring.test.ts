// Review in Chromium: an undo pressed while the server re-scores after a decision. The analyst
// rejects one row, accepts the next in part, then presses u twice quickly while the first undo is
// still answering (the answer held back, as a re-score of a large library held it back). Exactly
// one decision is taken back, the acceptance in part; the rejection before it stays. The screen says
// "Undoing…" at once, says the second u was not taken, and then which decision was undone, with the
// row showing it undecided.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../shared/model';
import { tempDir } from '../helpers/paths';
import { seedLearningLibrary } from './learning-library';
import { callApi, holdApi, queueShown, type RunningApp, startApp } from './start-app';

let app: RunningApp;

// Learning is on, so each decision sets off a real re-score of the country in the background.
beforeAll(async () => {
  const dbPath = path.join(tempDir('lexgap-e2e-undo-'), 'db.sqlite');
  await seedLearningLibrary(dbPath, 'E2E Analyst');
  app = await startApp({ width: 1280, height: 800, dbPath });
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('Review: undo while the server re-scores', () => {
  it(
    'takes back one decision per answered u, and says which, never two because of lag',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      const press = async (key: string) => {
        await page.keyboard.press(key);
        await page.waitForTimeout(300); // a deliberate press each, not keys too fast to be decisions
      };
      await page.click('[data-screen=review]');
      await page.getByLabel('Status').selectOption('suggested');
      const rows = page.getByTestId('review-row');
      await rows.first().click();
      const said = () => page.getByTestId('review-detail').getByRole('status').textContent();
      const rejected = (await rows.nth(0).getAttribute('data-id'))!;
      const partial = (await rows.nth(1).getAttribute('data-id'))!;

      await press('r');
      await expect.poll(said).toMatch(/^Rejected /);
      const hold = await holdApi(page, 'undoLastReview');
      try {
        await press('p');
        await expect.poll(said).toMatch(/^Accepted .*partial/);
        await press('u');
        await expect.poll(said).toContain('Undoing');
        await press('u');
        await expect.poll(said).toContain('“u” was not taken');
      } finally {
        await hold.restore();
      }
      await expect.poll(said, { timeout: 30_000 }).toMatch(/^Undid the acceptance in part/);
      await expect
        .poll(() => page.locator(`[data-id="${partial}"]`).getAttribute('data-status'))
        .toBe('suggested');

      await expect
        .poll(async () => (await callApi<{ pending: boolean }>(page, 'getLearningStatus')).pending, {
          timeout: 60_000,
        })
        .toBe(false);
      const status = async (id: string) =>
        (await callApi<Suggestion[]>(page, 'listSuggestions', {})).find((s) => s.id === id)?.status;
      expect(await status(partial)).toBe('suggested');
      expect(await status(rejected)).toBe('rejected');
      expect(await said()).toMatch(/^Undid the acceptance in part/);
    },
  );

  it(
    'shows the row being undone as pending until the undo answers, then as it is again',
    { timeout: 120_000 },
    async () => {
      const { page } = app;
      await page.click('[data-screen=review]');
      await page.getByLabel('Status').selectOption('suggested');
      await queueShown(page);
      const rows = page.getByTestId('review-row');
      await rows.nth(2).click();
      const said = () => page.getByTestId('review-detail').getByRole('status').textContent();
      const accepted = (await rows.nth(2).getAttribute('data-id'))!;
      const row = page.locator(`[data-id="${accepted}"]`);
      await page.waitForTimeout(300);
      await page.keyboard.press('a');
      await expect.poll(said).toMatch(/^Accepted /);
      await expect.poll(() => row.getAttribute('data-status')).toBe('accepted');
      const hold = await holdApi(page, 'undoLastReview');
      try {
        await page.waitForTimeout(300);
        await page.keyboard.press('u');
        await expect.poll(said).toContain('Undoing');
        // The row moved on from is the one shown pending, and no other.
        await expect.poll(() => row.getAttribute('aria-busy')).toBe('true');
        expect(await row.locator('.badge').last().textContent()).toBe('undoing…');
        expect(await page.locator('[data-testid=review-row][aria-busy=true]').count()).toBe(1);
        if (process.env.LEXGAP_SHOT) await page.screenshot({ path: process.env.LEXGAP_SHOT });
      } finally {
        await hold.restore();
      }
      await expect.poll(said, { timeout: 30_000 }).toMatch(/^Undid the acceptance/);
      await expect.poll(() => row.getAttribute('aria-busy')).toBe('false');
      expect(await row.getAttribute('data-status')).toBe('suggested');
      expect(await row.locator('.badge').last().textContent()).toBe('suggested');
    },
  );
});
