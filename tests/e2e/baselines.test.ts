// The Baselines screen in Chromium on a real act: the matrix frozen under a name, then a rating and
// a review decision made after it show as two changed cells with those causes, the changes download
// as a workbook, and the same name is refused a second time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionView } from '../../shared/model';
import { law } from '../helpers/paths';
import { callApi, type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;
let suggestions: SuggestionView[];

beforeAll(async () => {
  app = await startApp();
  await seedTaggedLibrary(app.page, [['PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]]]);
  suggestions = (
    await callApi<SuggestionView[]>(app.page, 'listSuggestions', { country: 'PK', framework: 'CRC' })
  )
    .sort((a, b) => b.score - a.score)
    .filter((s, i, all) => all.findIndex((x) => x.provisionId === s.provisionId) === i);
  await callApi(app.page, 'reviewSuggestions', {
    ids: [suggestions[0].id],
    decision: 'accept',
    coverage: 'full',
  });
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('baselines on screen', () => {
  it('freeze the matrix, then show each cell changed since with its cause', async () => {
    const { page } = app;
    await page.click('[data-screen=baselines]');
    await page.getByLabel('Baseline name').fill('Baseline 2026');
    await page.getByRole('button', { name: 'Freeze the matrix' }).click();
    await page.locator('[data-testid=baselines] tbody tr', { hasText: 'Baseline 2026' }).waitFor();
    await expect
      .poll(() => page.getByTestId('changes-title').textContent())
      .toBe('0 cells changed from Baseline 2026 to Today');

    // After the baseline: a review decision and a rating, each on a cell of its own.
    await callApi(page, 'reviewSuggestions', {
      ids: [suggestions[1].id],
      decision: 'accept',
      coverage: 'partial',
    });
    await callApi(page, 'setCellOverride', {
      country: 'PK',
      provisionId: suggestions[2].provisionId,
      level: 'gap',
      rationale: 'The 1929 Act says nothing of it.',
    });
    await page.click('[data-screen=library]');
    await page.click('[data-screen=baselines]');
    await expect
      .poll(() => page.getByTestId('changes-title').textContent())
      .toBe('2 cells changed from Baseline 2026 to Today');
    const cause = (provisionId: string) =>
      page
        .locator(`[data-testid=changes] tr[data-cell="PK/${provisionId}"] [data-testid=change-cause]`)
        .textContent();
    expect(await cause(suggestions[1].provisionId)).toBe('Review decision');
    expect(await cause(suggestions[2].provisionId)).toBe('Rating');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export changes (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toBe('lexgap-changes-Baseline-2026-to-Today.xlsx');
  });

  it('refuses a second baseline of the same name', async () => {
    const { page } = app;
    await page.getByLabel('Baseline name').fill('Baseline 2026');
    await page.getByRole('button', { name: 'Freeze the matrix' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('a baseline named "Baseline 2026" exists already: baselines never change');
    expect(await page.locator('[data-testid=baselines] tbody tr').count()).toBe(1);
  });
});
