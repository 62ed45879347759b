// In Chromium on a real law: Pakistan's marriage-age cell is rated Contradicts citing ss. 2 and 6 of
// the Child Marriage Restraint Act; then s. 2 is split before its "(b)" and s. 5 merged with s. 6.
// The grid marks the cell, and its panel says s. 2 changed since rated (its words now one click away)
// and s. 6 is no longer in the law, without a link that would lead nowhere; s. 2's link opens it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clause } from '../../shared/model';
import { law, tempDir } from '../helpers/paths';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

const ACT = 'Child Marriage Restraint Act, 1929';
const shots = process.env.LEXGAP_SHOTS ?? tempDir('lexgap-cited-stale-shots-');
let app: RunningApp;
let s2: Clause;

beforeAll(async () => {
  app = await startApp();
  const { page } = app;
  await callApi(page, 'updateSettings', { reviewerName: 'E2E Analyst' });
  const [act] = await importViaApi(page, 'PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]);
  const clauses = await callApi<Clause[]>(page, 'listClauses', { documentId: act.id });
  const number = (n: string) => clauses.find((c) => c.number === n)!;
  s2 = number('2');
  await callApi(page, 'setCellOverride', {
    country: 'PK',
    provisionId: 'CHK.MARRIAGE_AGE',
    level: 'contradicts',
    rationale: 'A girl is a child only under 16 (s. 2); those who promote a child marriage are fined (s. 6).',
    citedClauseIds: [s2.id, number('6').id],
  });
  await callApi(page, 'splitClause', { clauseId: s2.id, at: s2.text.indexOf('(b)'), number: '2A' });
  await callApi(page, 'mergeClauseWithNext', { clauseId: number('5').id });
  await page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('a rating whose cited clauses changed since', () => {
  it('is marked in the grid and its panel, with the words now, and opens only the clause still there', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CHK');
    const cell = page.locator('[data-cell="PK/CHK.MARRIAGE_AGE"]');
    await cell.waitFor();
    expect(await cell.getAttribute('data-stale')).toBe('2');
    expect(await cell.getAttribute('title')).toContain('(2 cited clauses changed since rated)');
    expect(await cell.locator('.stale-mark').textContent()).toBe(' !');

    await cell.click();
    const cited = page.getByTestId('rating-cited');
    await expect
      .poll(() => cited.textContent())
      .toBe(
        `Clauses cited: ${ACT}, s. 2 (p. 2) changed since rated; ${ACT}, s. 6 (p. 3) no longer in the law as read now`,
      );
    expect(await page.getByTestId('rating-stale').textContent()).toContain(
      'The 2 clauses cited no longer read as when rated',
    );
    // The clause gone is named, not linked: nothing to open.
    expect(await cited.locator('a').allTextContents()).toEqual([`${ACT}, s. 2`]);
    expect(await cited.locator('.cited-gone').getAttribute('title')).toBe(
      `${ACT}, s. 6: no longer in the law as read now; nothing to open`,
    );
    // Among the evidence: s. 2 as cited, and as it reads now.
    const now = page.getByTestId('cited-reads-now');
    await now.locator('summary').click();
    const words = await now.textContent();
    expect(words).toContain(`Reads now (${ACT}, s. 2, p. 2)`);
    expect(words).toContain('if a female, is under sixteen years of age');
    expect(words).not.toContain('“child marriage” means');
    const [asCited] = await page.getByTestId('rating-evidence').locator('blockquote').allTextContents();
    expect(asCited).toContain('“child marriage” means');
    // The form: the clause gone is not cited again when the rating is saved.
    expect(await page.getByTestId('rating-clauses-chosen').textContent()).toContain(
      'no longer in the law as read now (not cited again when saved)',
    );
    await page.getByTestId('rating-clauses').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'cited-stale-form.png') });
    await page.getByTestId('cell-rating').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'cited-stale-panel.png') });
    await now.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'cited-stale-evidence.png') });

    await cited.getByRole('link', { name: `${ACT}, s. 2` }).click();
    await page.locator(`.tree-node.selected[data-clause-id="${s2.id}"]`).waitFor();
  });

  it('saved again, cites the clause still there as it reads now, and the marks are gone', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CHK');
    const cell = page.locator('[data-cell="PK/CHK.MARRIAGE_AGE"]');
    await cell.click();
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect.poll(() => cell.getAttribute('data-stale')).toBeNull();
    await cell.click();
    await expect
      .poll(() => page.getByTestId('rating-cited').textContent())
      .toBe(`Clauses cited: ${ACT}, s. 2 (p. 2)`);
    expect(await page.getByTestId('rating-stale').count()).toBe(0);
  });
});
