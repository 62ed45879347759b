// What an analyst on a 1,024 × 768 screen (a small laptop, a projector) meets on each screen: nothing
// cut at the window's edge, and no line that reads wrong while a screen is still being read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import type { SuggestionView } from '../../shared/model';
import { callApi, holdApi, queueShown, type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1024, height: 768 });
  await seedTaggedLibrary(app.page, [['PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]]]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('in a 1,024 × 768 window', () => {
  it('the Document screen shows each suggestion whole, its Accept and Reject buttons inside the window', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.locator('tr', { hasText: 'Child Marriage' }).getByRole('button', { name: 'Open' }).click();
    await page.locator('[data-testid=clause-list] [data-clause="2"]').first().click();
    const card = page.getByTestId('doc-suggestion').first();
    await card.waitFor();
    // Where each ends (read again should the card be drawn anew meanwhile).
    const right = async (of: typeof card) => {
      const box = await of.boundingBox();
      return box ? box.x + box.width : Infinity;
    };
    for (const name of ['Accept', 'Reject'])
      await expect
        .poll(() => right(card.getByRole('button', { name, exact: true })))
        .toBeLessThanOrEqual(1024);
    await expect.poll(() => right(card)).toBeLessThanOrEqual(1024);
    // The printed page keeps a width to read it beside the clause list and the clause.
    expect((await page.getByTestId('pdf-pane').boundingBox())!.width).toBeGreaterThan(270);
  });

  it('the Review queue stays where it first shows while the line on how it is ranked is read', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    // The ranking's line answered late, as on a busy machine: the queue is drawn before it.
    const held = await holdApi(page, 'getLearningStatus');
    try {
      await page.click('[data-screen=review]');
      await queueShown(page);
      const row = page.locator('[data-testid=review-row]').first();
      const before = (await row.boundingBox())!.y;
      expect(await page.getByTestId('learning-status').textContent()).toBe(
        'Reading how the queue is ranked…',
      );
      held.release();
      await expect.poll(() => page.getByTestId('learning-status').textContent()).toMatch(/decisions?/);
      expect((await row.boundingBox())!.y).toBe(before);
    } finally {
      await held.restore();
    }
  });

  it('right after a decision the History never says “No decision recorded yet.” while it is read again', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await queueShown(page);
    const history = page.getByTestId('suggestion-history');
    await expect.poll(() => history.textContent()).toContain('No decision recorded yet.');
    // The History's reading answered late, as while the server re-scores after a decision.
    const held = await holdApi(page, 'listAudit');
    try {
      await page.keyboard.press('f');
      await expect
        .poll(() => page.getByTestId('review-detail').getByRole('status').textContent())
        .toMatch(/^Accepted .*, full coverage$/);
      expect(await history.textContent()).not.toContain('No decision recorded yet.');
      expect(await history.textContent()).toContain('Reading the history…');
      held.release();
      await expect
        .poll(() => page.getByTestId('history-entry').first().textContent())
        .toMatch(/accepted \(full\)$/);
      expect(await history.getAttribute('aria-busy')).toBe('false');
    } finally {
      await held.restore();
    }
  });

  it('Review keeps each clause heading and the standard’s title readable beside a long checklist id', async () => {
    const { page } = app;
    const long = (
      await callApi<SuggestionView[]>(page, 'listSuggestions', { framework: 'CHK', minScore: 0.05 })
    ).sort((a, b) => b.provisionId.length - a.provisionId.length || b.score - a.score)[0];
    expect(long.provisionId.length).toBeGreaterThan(24);
    // Decided, so the line also says its status and who decided it.
    await callApi(page, 'reviewSuggestions', { ids: [long.id], decision: 'accept', coverage: 'partial' });
    await page.click('[data-screen=library]');
    await page.click('[data-screen=review]');
    await page.getByLabel('Instrument').selectOption('CHK');
    await page.getByLabel('Status').selectOption('');
    await queueShown(page);
    const row = page.locator(`[data-testid=review-row][data-id="${long.id}"]`);
    await row.click();
    // In every row, the heading keeps room for a few words (not "I…" beside "CHK.ALTERNATIVE_CARE_ST…").
    const headings = await page.getByTestId('review-row').evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.querySelector('.badge.fw')!.textContent!,
        heading: Math.round(r.querySelector('.grow')!.getBoundingClientRect().width),
      })),
    );
    expect(headings.filter((h) => h.heading < 80)).toEqual([]);
    expect(await row.locator('.badge.fw').getAttribute('title')).toBe(long.provisionId);
    // The detail pane: the standard's title is a line of words, and its status stays inside the pane.
    const detail = page.getByTestId('review-detail');
    await detail.locator('.badge.accepted').waitFor();
    const title = (await detail.locator('.detail-head b').boundingBox())!;
    expect(title.width).toBeGreaterThan(150);
    const pane = (await detail.boundingBox())!;
    for (const part of await detail.locator('.detail-head > *').all()) {
      const box = (await part.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    }
    expect(await detail.locator('.detail-head .badge.fw').getAttribute('title')).toBe(long.provisionId);
  });
});
