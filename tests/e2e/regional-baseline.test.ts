// An analyst preparing a regional baseline on real laws of two countries, in a 1,100 px window: what the
// Matrix counts, what the Recommendations table shows, and what a cell with nothing to cite says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matrix } from '../../shared/matrix/types';
import type { SuggestionView } from '../../shared/model';
import { law } from '../helpers/paths';
import { callApi, type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1100, height: 800 });
  const { page } = app;
  await seedTaggedLibrary(page, [
    ['MY', [law('MY/Child_Bill_1999.pdf')]],
    ['PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]],
  ]);
  // The best suggestion of a few CRC cells accepted, and Pakistan's marriage age rated Contradicts.
  const all = await callApi<SuggestionView[]>(page, 'listSuggestions', { framework: 'CRC' });
  const best = new Map<string, SuggestionView>();
  for (const s of all) {
    const key = `${s.country}/${s.provisionId}`;
    if (s.score > (best.get(key)?.score ?? 0)) best.set(key, s);
  }
  const accepted = [...best.values()].sort((a, b) => b.score - a.score).slice(0, 6);
  await callApi(page, 'reviewSuggestions', {
    ids: accepted.map((s) => s.id),
    decision: 'accept',
    coverage: 'full',
  });
  await callApi(page, 'setCellOverride', {
    country: 'PK',
    provisionId: 'CRC.1',
    level: 'contradicts',
    rationale: 'The Child Marriage Restraint Act sets 18 for boys and 16 for girls.',
  });
  await page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('preparing a regional baseline', () => {
  it("the Matrix's totals count every level, Contradicts too, and add up to the standards shown", async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.locator('[data-cell="PK/CRC.1"][data-level=contradicts]').waitFor();
    for (const country of ['MY', 'PK']) {
      const levels = await page
        .locator(`[data-cell^="${country}/CRC."]`)
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-level')!));
      const shown: Record<string, number> = {};
      for (const line of await page.locator(`[data-totals=${country}] .total`).all())
        shown[(await line.getAttribute('data-level'))!] = Number(await line.locator('b').textContent());
      const counted: Record<string, number> = {};
      for (const level of levels) counted[level] = (counted[level] ?? 0) + 1;
      expect(shown).toEqual(counted);
    }
    await expect
      .poll(() => page.locator('[data-totals=PK] [data-level=contradicts]').textContent())
      .toBe('1 contra.');
    // The totals widen no column past its cells (86 px and their padding), so the grid keeps every
    // column in view beside an open cell's panel.
    for (const country of ['MY', 'PK'])
      expect((await page.locator(`[data-cell="${country}/CRC.1"]`).boundingBox())!.width).toBeLessThanOrEqual(
        89,
      );
  });

  it('at 1,100 px the Recommendations table fits the window, each with the clauses it rests on in view', async () => {
    const { page } = app;
    const [marriageAct] = await callApi<{ id: string }[]>(page, 'listDocuments', { country: 'PK' });
    const clauses = await callApi<{ id: string; number: string }[]>(page, 'listClauses', {
      documentId: marriageAct.id,
    });
    await callApi(page, 'addRecommendation', {
      cells: [{ country: 'PK', provisionId: 'CRC.1' }],
      type: 'amend',
      text: 'Amend the Child Marriage Restraint Act to set 18 as the minimum age of marriage for girls and boys alike.',
      responsibleBody: 'Ministry of Law and Justice',
      priority: 'high',
      targetDate: '2027-06',
      origin: 'workshop',
      evidence: [clauses.find((c) => c.number === '2')!.id],
    });
    await page.click('[data-screen=recommendations]');
    const table = page.getByTestId('recommendations');
    const row = table.locator('tbody tr').first();
    await row.getByText('Child Marriage Restraint Act, 1929, s. 2').waitFor();
    // Nothing to scroll sideways to: the table, and the citation in it, end inside the content area.
    const content = page.locator('.content').filter({ has: table });
    const [scrollWidth, clientWidth] = await content.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const area = (await content.boundingBox())!;
    const citation = (await row.getByText('Child Marriage Restraint Act, 1929, s. 2').boundingBox())!;
    expect(citation.x + citation.width).toBeLessThanOrEqual(area.x + area.width);
    // Under the recommendation it supports, as in a cell's panel.
    expect(await row.locator('td.rec-text').textContent()).toContain(
      'Rests on: Child Marriage Restraint Act, 1929, s. 2',
    );
  });

  it('a cell with nothing to cite says why (no suggestion, or all rejected) and what to do', async () => {
    const { page } = app;
    const suggestions = await callApi<SuggestionView[]>(page, 'listSuggestions', {
      country: 'MY',
      framework: 'CRC',
    });
    const matrix = await callApi<Matrix>(page, 'buildMatrix', { frameworks: ['CRC'], countries: ['MY'] });
    const rows = matrix.groups.flatMap((g) => g.rows);
    const open = async (provisionId: string) => {
      await page.click('[data-screen=matrix]');
      if (await page.getByRole('button', { name: 'Close' }).isVisible())
        await page.getByRole('button', { name: 'Close' }).click();
      await page.locator(`[data-cell="MY/${provisionId}"]`).click();
      return page.getByTestId('no-evidence');
    };
    // A standard the Child Bill gave no suggestion for: nothing to review, so search and rate.
    const [bill] = await callApi<{ title: string }[]>(page, 'listDocuments', { country: 'MY' });
    const unmatched = rows.find((r) => !suggestions.some((s) => s.provisionId === r.provisionId))!;
    await expect
      .poll(async () => (await open(unmatched.provisionId)).textContent())
      .toBe(
        `No accepted clause, and no suggestion: Lexgap matched no clause of ${bill.title} to ${unmatched.provisionId}. Search the laws in Document (Alt+2); if none meets the standard, rate the cell Gap below.`,
      );
    await page.getByLabel('Level').selectOption('gap');
    await expect
      .poll(() => page.getByTestId('gap-check').textContent())
      .toContain('None: Lexgap suggested no clause for this cell.');

    // A standard whose every suggestion strong enough for Review's queue was rejected there.
    const decided = rows.find((r) => {
      const own = suggestions.filter((s) => s.provisionId === r.provisionId);
      return r.cells[0].evidence.length === 0 && own.length > 1 && own.every((s) => s.score >= 0.05);
    })!;
    const rejected = suggestions.filter((s) => s.provisionId === decided.provisionId);
    await callApi(page, 'reviewSuggestions', { ids: rejected.map((s) => s.id), decision: 'reject' });
    await page.reload();
    await expect
      .poll(async () => (await open(decided.provisionId)).textContent())
      .toBe(
        `No accepted clause: ${rejected.length} suggestions rejected in Review. Search the laws in Document (Alt+2); if none meets the standard, rate the cell Gap below.`,
      );
  });

  it('a rating says how many suggestions it overrode when saved, apart from those undecided now', async () => {
    const { page } = app;
    const matrix = await callApi<Matrix>(page, 'buildMatrix', { frameworks: ['CRC'], countries: ['PK'] });
    const rated = matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === 'CRC.1')!.cells[0];
    const overrode = rated.override!.pendingCandidates.length;
    // One of them decided since the rating: the panel's two counts differ, each saying when it was taken.
    const [first] = await callApi<SuggestionView[]>(page, 'listSuggestions', {
      country: 'PK',
      provisionId: 'CRC.1',
      status: 'suggested',
      minScore: 0.05,
    });
    await callApi(page, 'reviewSuggestions', { ids: [first.id], decision: 'reject' });
    const stillOpen = (
      await callApi<SuggestionView[]>(page, 'listSuggestions', {
        country: 'PK',
        provisionId: 'CRC.1',
        status: 'suggested',
        minScore: 0.05,
      })
    ).length;
    await page.reload();
    await page.click('[data-screen=matrix]');
    await page.locator('[data-cell="PK/CRC.1"]').click();
    const day = rated.override!.at.slice(0, 10);
    const plural = (n: number) => (n > 1 ? 's' : '');
    await expect
      .poll(() => page.getByTestId('rating-overrode').textContent())
      .toContain(`Overrode ${overrode} suggestion${plural(overrode)} undecided when rated (${day}):`);
    expect(await page.locator('.open-suggestions').textContent()).toContain(
      `${stillOpen} suggestion${plural(stillOpen)} for this cell undecided now`,
    );
  });

  it('offers no clause of a repealed law as one that would fill a cell', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    if (await page.getByRole('button', { name: 'Close' }).isVisible())
      await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('[data-cell="PK/CRC.1"]').click();
    // In force, the Child Marriage Restraint Act's clauses are offered for Pakistan's definition of a child.
    await page.locator('.open-suggestions').getByText('Child Marriage Restraint Act, 1929').first().waitFor();
    const [marriageAct] = await callApi<{ id: string }[]>(page, 'listDocuments', { country: 'PK' });
    await callApi(page, 'updateDocument', { documentId: marriageAct.id, status: 'repealed' });
    await page.reload();
    await page.click('[data-screen=matrix]');
    await page.locator('[data-cell="PK/CRC.1"]').click();
    // Repealed, it is cited nowhere: nothing to accept, and the panel says there is no law to search.
    await expect
      .poll(() => page.getByTestId('no-evidence').textContent())
      .toBe('No accepted clause: no law of PK in force in the library.');
    expect(await page.locator('.open-suggestions').count()).toBe(0);
  });
});
