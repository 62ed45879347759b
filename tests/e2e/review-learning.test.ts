// What review teaches reaches the Review screen: with the first 30% of the three Malaysian dev laws
// already reviewed (the dev gold's labels, as a careful analyst: the decisions of scenario (a) of
// `npm run eval`, which learning passes its held-out check on), one more decision taken in the
// browser re-scores the country in the background, and the rows the queue then shows carry the new
// scores.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearningStatus } from '../../shared/api/contract';
import type { SuggestionView } from '../../shared/model';
import { tempDir } from '../helpers/paths';
import { seedLearningLibrary } from './learning-library';
import { callApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  const dbPath = path.join(tempDir('lexgap-e2e-learning-'), 'db.sqlite');
  await seedLearningLibrary(dbPath);
  app = await startApp({ dbPath });
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('learning in the Review screen', () => {
  it(
    'shows which ranking is active, and a decision re-scores the rows shown',
    { timeout: 200_000 },
    async () => {
      const { page } = app;
      await page.click('[data-screen=review]');
      await page.getByLabel('Status').selectOption('suggested');
      await page.locator('[data-testid=review-row]').first().waitFor();
      const line = page.getByTestId('learning-status');
      const before = await callApi<LearningStatus>(page, 'getLearningStatus');
      expect(before.active).toBe(true);
      await expect.poll(() => line.textContent()).toContain(`Learned from ${before.decisions} decisions`);

      const scores = async () =>
        new Map(
          (await callApi<SuggestionView[]>(page, 'listSuggestions', { status: 'suggested' })).map((s) => [
            s.id,
            s.score,
          ]),
        );
      const old = await scores();
      await page.keyboard.press('a');
      await expect
        .poll(() => line.textContent(), { timeout: 60_000 })
        .toContain(`${before.decisions + 1} decisions`);
      await expect.poll(() => line.textContent(), { timeout: 60_000 }).not.toContain('re-scoring');
      const now = await scores();
      const changed = [...now].filter(([id, score]) => old.has(id) && old.get(id) !== score);
      expect(changed.length).toBeGreaterThan(0);
      // Every row the queue shows carries its score as stored after the re-score.
      await expect
        .poll(
          async () => {
            const rows = await page
              .locator('[data-testid=review-row]')
              .evaluateAll((els) =>
                els.map((e) => [e.getAttribute('data-id'), e.querySelector('.score')?.textContent]),
              );
            return rows.every(([id, shown]) => !now.has(id!) || now.get(id!)!.toFixed(2) === shown);
          },
          { timeout: 30_000 },
        )
        .toBe(true);
    },
  );
});
