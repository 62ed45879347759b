// The recommendation panel in Chromium on real Pakistani acts: a recommendation made from a matrix
// cell (resting on the clause the cell cites, reaching a province's cell too), refused without its
// text, listed, filtered and edited on its own screen, and kept, marked, when its law is deleted
// after the in-app question names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recommendation } from '../../shared/recommendations/types';
import type { SuggestionView } from '../../shared/model';
import { law } from '../helpers/paths';
import { callApi, type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;
let evidence: SuggestionView;

beforeAll(async () => {
  app = await startApp();
  await seedTaggedLibrary(app.page, [
    [
      'PK',
      [
        law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
        law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf'),
      ],
    ],
  ]);
  // The strongest CRC suggestion of the 1929 Act, accepted: its cell cites a clause.
  const suggestions = await callApi<SuggestionView[]>(app.page, 'listSuggestions', {
    country: 'PK',
    framework: 'CRC',
  });
  evidence = suggestions.filter((s) => s.documentTitle.includes('1929')).sort((a, b) => b.score - a.score)[0];
  await callApi(app.page, 'reviewSuggestions', {
    ids: [evidence.id],
    decision: 'accept',
    coverage: 'partial',
  });
  await app.page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

const listed = () => callApi<Recommendation[]>(app.page, 'listRecommendations', {});

describe('recommendations on screen', () => {
  it('are made from a matrix cell, resting on the clause it cites, and refused without their text', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CRC');
    const cell = page.locator(`[data-cell="PK/${evidence.provisionId}"]`);
    await cell.click();
    const drawer = page.locator('[data-testid=cell-drawer]');
    await drawer.getByText('None for this cell yet.').waitFor();
    await drawer.getByRole('button', { name: 'Add recommendation' }).click();
    const dialog = page.locator('[data-testid=recommendation-dialog]');
    expect(await dialog.getByLabel('Cells').inputValue()).toBe(`PK/${evidence.provisionId}`);
    // The cell's cited clause is ticked; the laws of Pakistan are offered unticked.
    const boxes = dialog.locator('[data-testid=recommendation-evidence] label');
    expect(await boxes.count()).toBe(3);
    expect(await boxes.first().textContent()).toContain('Child Marriage Restraint Act, 1929, s.');
    expect(await boxes.first().locator('input').isChecked()).toBe(true);

    await dialog.getByRole('button', { name: 'Add recommendation' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('A recommendation needs its text: what should be done.');
    expect(await listed()).toEqual([]);

    await dialog.getByLabel('Cells').fill(`PK/${evidence.provisionId}; PK-IS/${evidence.provisionId}`);
    await dialog.getByLabel('Type').selectOption('amend');
    await dialog
      .getByLabel('Recommendation', { exact: true })
      .fill('Raise the minimum age of marriage to 18.');
    await dialog.getByLabel('Responsible body').fill('Ministry of Law and Justice');
    await dialog.getByLabel('Priority').selectOption('high');
    await dialog.getByLabel('Target date').fill('2027-06');
    await dialog.getByLabel('Origin').selectOption('workshop');
    await dialog.getByRole('button', { name: 'Add recommendation' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = drawer.locator('[data-testid=recommendation]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Raise the minimum age of marriage to 18.');
    expect(await card.textContent()).toContain('Ministry of Law and Justice · by 2027-06 · from workshop');
    await expect.poll(() => cell.getAttribute('data-recommendations')).toBe('1');
    const [saved] = await listed();
    expect(saved.cells.map((c) => c.subdivision)).toEqual([null, 'PK-IS']);
    expect(saved.evidence.map((e) => e.id)).toEqual([evidence.clauseId]);
    await drawer.getByRole('button', { name: 'Close' }).click();
  });

  it('are listed by priority, filtered and edited on their own screen', async () => {
    const { page } = app;
    await callApi(page, 'addRecommendation', {
      cells: [{ country: 'PK', provisionId: 'CRC.19' }],
      type: 'fund',
      text: 'Fund child protection officers in Islamabad.',
      priority: 'low',
      origin: 'consultation',
    });
    await page.click('[data-screen=recommendations]');
    const rows = page.locator('[data-testid=recommendations] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Raise the minimum age');
    expect(await rows.nth(1).textContent()).toContain('Fund child protection officers');
    await page.getByLabel('Priority').selectOption('low');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Priority').selectOption('');
    await expect.poll(() => rows.count()).toBe(2);

    await rows.nth(0).click();
    const dialog = page.locator('[data-testid=recommendation-dialog]');
    await dialog.getByLabel('Status').selectOption('agreed');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => rows.nth(0).textContent()).toContain('Agreed');
  });

  it('survive the deletion of a law they cite, after a question that names them', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page
      .locator('tr', { hasText: 'Child Marriage Restraint' })
      .getByRole('button', { name: 'Edit' })
      .click();
    await page.getByRole('button', { name: 'Delete' }).click();
    const question = page.getByRole('dialog');
    await expect
      .poll(() => question.textContent())
      .toContain('1 recommendation cites it (“Raise the minimum age of marriage to 18.”): it is kept');
    await question.getByRole('button', { name: 'Delete' }).click();
    await page.locator('tr', { hasText: 'Child Marriage Restraint' }).waitFor({ state: 'detached' });

    await page.click('[data-screen=recommendations]');
    await page.getByLabel('Cites a deleted law').check();
    const rows = page.locator('[data-testid=recommendations] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(
      /Child Marriage Restraint Act, 1929, s\. \S+ \(law deleted\)/,
    );
    const [kept] = await callApi<Recommendation[]>(page, 'listRecommendations', { citesDeletedLaw: true });
    expect(kept.text).toBe('Raise the minimum age of marriage to 18.');
  });
});
