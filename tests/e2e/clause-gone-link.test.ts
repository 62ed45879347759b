// In Chromium on a real law: the Matrix shows a rating citing s. 6 of the Child Marriage Restraint
// Act; while it is on screen, s. 5 is merged with s. 6 (s. 6 is gone). The link to s. 6, followed
// from that older screen, opens the law and says plainly the clause is no longer in it as read now,
// rather than showing its first clause as if it were the one asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clause } from '../../shared/model';
import { law } from '../helpers/paths';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

const ACT = 'Child Marriage Restraint Act, 1929';
let app: RunningApp;
let clauses: Clause[];

beforeAll(async () => {
  app = await startApp();
  const { page } = app;
  const [act] = await importViaApi(page, 'PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]);
  clauses = await callApi<Clause[]>(page, 'listClauses', { documentId: act.id });
  await callApi(page, 'setCellOverride', {
    country: 'PK',
    provisionId: 'CHK.MARRIAGE_AGE',
    level: 'partial',
    rationale: 'Those who promote a child marriage are fined (s. 6).',
    citedClauseIds: [clauses.find((c) => c.number === '6')!.id],
  });
  await page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('a link to a clause since merged away', () => {
  it('opens the law and says the clause is no longer in it as read now', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CHK');
    await page.locator('[data-cell="PK/CHK.MARRIAGE_AGE"]').click();
    const link = page.getByTestId('rating-cited').getByRole('link', { name: `${ACT}, s. 6` });
    await link.waitFor();
    await callApi(page, 'mergeClauseWithNext', { clauseId: clauses.find((c) => c.number === '5')!.id });
    await link.click();

    const gone = page.getByTestId('clause-gone');
    await expect
      .poll(() => gone.textContent())
      .toBe(
        'The clause this link led to is no longer in the law as read now (merged, split, renumbered or removed since): the law is shown from its start.',
      );
    // The law is shown: its clauses listed, the first one open, and s. 6 not among them.
    await page.locator(`.tree-node.selected[data-clause-id="${clauses[0].id}"]`).waitFor();
    expect(await page.locator('.tree-node[data-clause="6"]').count()).toBe(0);
    await page.screenshot({ path: '/tmp/clause-gone.png' });
    // Choosing a clause puts the notice away.
    await page.locator('.tree-node[data-clause="5"]').click();
    await expect.poll(() => gone.count()).toBe(0);
  });
});
