// The Matrix screen in Chromium on real laws: instruments that do not bind a country read n/a, a Gap
// is refused without its rationale and shows the undecided suggestions it overrides, and procedural
// articles appear only when asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matrix } from '../../shared/matrix/types';
import type { SuggestionView } from '../../shared/model';
import { DEFAULT_MIN_SCORE } from '../../shared/review/queue-defaults';
import { law } from '../helpers/paths';
import { callApi, type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
  await seedTaggedLibrary(app.page, [
    ['MY', [law('MY/Evidence_of_Child_Witness_Bill_2007.pdf')]],
    ['PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]],
  ]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const chooseInstrument = async (id: string) => {
  const { page } = app;
  await page.click('[data-screen=matrix]');
  await page.getByLabel('Instrument').selectOption(id);
  await page.locator(`[data-cell^="MY/${id}."]`).first().waitFor();
};

describe('an honest matrix on screen', () => {
  it("reads n/a in Pakistan's ACTIP cells and does not count them as open work", async () => {
    const { page } = app;
    await chooseInstrument('ACTIP');
    const pk = page.locator('[data-cell^="PK/ACTIP."]');
    const count = await pk.count();
    expect(count).toBeGreaterThan(10);
    expect(new Set(await pk.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-level'))))).toEqual(
      new Set(['not_applicable']),
    );
    expect(new Set(await pk.allTextContents())).toEqual(new Set(['n/a']));
    // Totals: every one of Pakistan's is n/a, none is open work.
    expect(await page.locator('[data-totals=PK] .total').allTextContents()).toEqual([`${count} n/a`]);
    // Malaysia is party: its cells are open work, not n/a.
    expect(await page.locator('[data-cell="MY/ACTIP.5"]').getAttribute('data-level')).not.toBe(
      'not_applicable',
    );
  });

  it('refuses a Gap without a rationale, then saves it with the undecided suggestions it overrides', async () => {
    const { page } = app;
    // A CRC cell of Malaysia with undecided suggestions and nothing accepted.
    const pending = await callApi<SuggestionView[]>(page, 'listSuggestions', {
      country: 'MY',
      framework: 'CRC',
      status: 'suggested',
    });
    const provisionId = pending.sort((a, b) => b.score - a.score)[0].provisionId;
    const undecided = pending.filter((s) => s.provisionId === provisionId).length;
    await chooseInstrument('CRC');
    const cell = page.locator(`[data-cell="MY/${provisionId}"]`);
    const before = await cell.getAttribute('data-level');
    await cell.click();
    await page.getByLabel('Level').selectOption('gap');
    await expect
      .poll(() => page.locator('[data-testid=pending-candidates] li').count())
      .toBe(Math.min(undecided, 20));
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(new RegExp(`A Gap rating of ${provisionId.replace('.', '\\.')} for MY needs a rationale`));
    expect(await cell.getAttribute('data-level')).toBe(before);
    const unchanged = await callApi<Matrix>(page, 'buildMatrix', { countries: ['MY'], frameworks: ['CRC'] });
    const row = unchanged.groups.flatMap((g) => g.rows).find((r) => r.provisionId === provisionId)!;
    expect(row.cells[0].override).toBeNull();

    await page
      .getByLabel('Rationale')
      .fill('Read the whole Bill: it governs evidence only, nothing on this.');
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect.poll(() => cell.getAttribute('data-level')).toBe('gap');
    await cell.click();
    const rating = page.locator('[data-testid=cell-rating]');
    await expect
      .poll(() => rating.textContent())
      .toContain('Laws searched: Evidence of Child Witness Bill 2007');
    expect(await rating.textContent()).toMatch(
      new RegExp(`Overrode ${Math.min(undecided, 20)} suggestions? undecided when rated`),
    );
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('lists an unreviewed cell’s strongest open suggestions with their scores, and goes to one in Review', async () => {
    const { page } = app;
    // A CRC cell of Malaysia nobody has rated, with undecided suggestions and nothing accepted.
    const all = await callApi<SuggestionView[]>(page, 'listSuggestions', { country: 'MY', framework: 'CRC' });
    const matrix = await callApi<Matrix>(page, 'buildMatrix', { countries: ['MY'], frameworks: ['CRC'] });
    const unrated = new Set(
      matrix.groups
        .flatMap((g) => g.rows)
        .filter((r) => r.cells[0].level === 'not_reviewed' && !r.cells[0].override)
        .map((r) => r.provisionId),
    );
    const open = all
      .filter((s) => unrated.has(s.provisionId) && s.status === 'suggested' && s.score >= DEFAULT_MIN_SCORE)
      .sort((a, b) => b.score - a.score);
    const provisionId = open[0].provisionId;
    const expected = open.filter((s) => s.provisionId === provisionId).slice(0, 5);
    await chooseInstrument('CRC');
    const cell = page.locator(`[data-cell="MY/${provisionId}"]`);
    await cell.click();
    const listed = page.getByTestId('open-suggestions').locator('li');
    await expect.poll(() => listed.count()).toBe(expected.length);
    expect(await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(
      expected.map((s) => s.id),
    );
    expect(await listed.first().locator('.score').textContent()).toBe(expected[0].score.toFixed(2));

    // Review opens on that suggestion, filtered to its country and instrument; a key decides it.
    await listed.first().getByRole('button', { name: 'Review' }).click();
    const selected = page.locator('[data-testid=review-row][aria-selected=true]');
    await expect.poll(() => selected.getAttribute('data-id')).toBe(expected[0].id);
    expect(await page.getByLabel('Country').inputValue()).toBe('MY');
    expect(await page.getByLabel('Instrument').inputValue()).toBe('CRC');
    await page.keyboard.press('f');
    await expect.poll(() => selected.getAttribute('data-status')).toBe('accepted');
    await chooseInstrument('CRC');
    await expect.poll(() => cell.getAttribute('data-level')).toBe('full');
  });

  it('lists the accepted clauses a Gap contradicts, before and after it is saved', async () => {
    const { page } = app;
    // The cell accepted as Full in the test before.
    const [accepted] = await callApi<SuggestionView[]>(page, 'listSuggestions', {
      country: 'MY',
      framework: 'CRC',
      status: 'accepted',
    });
    const { provisionId } = accepted;
    await chooseInstrument('CRC');
    const cell = page.locator(`[data-cell="MY/${provisionId}"]`);
    await cell.click();
    const citation = await page.locator('[data-testid=cell-drawer] .card a').first().textContent();
    expect(citation).toMatch(/^Evidence of Child Witness Bill 2007, s\. /);
    await page.getByLabel('Level').selectOption('gap');
    const conflicts = page.getByTestId('gap-conflicts').locator('li');
    await expect
      .poll(() => conflicts.allTextContents())
      .toEqual([expect.stringMatching(`^${escaped(citation!)} full accepted by E2E Analyst$`)]);
    await page
      .getByLabel('Rationale')
      .fill('The accepted section is about another duty; read the whole Bill.');
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect.poll(() => cell.getAttribute('data-level')).toBe('gap');
    expect(await cell.getAttribute('title')).toContain('(rated by analyst over 1 accepted clause)');
    await cell.click();
    // The panel says the level is the analyst's and what the accepted clause alone would give.
    await expect
      .poll(() => page.getByTestId('rated-over').textContent())
      .toBe(" (the analyst's rating; the accepted clauses alone give Full)");
    await expect
      .poll(() => page.getByTestId('rating-conflict').textContent())
      .toMatch(new RegExp(`^Contradicts 1 accepted clause: ${escaped(citation!)} \\(full\\)`));
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('shows procedural articles only when asked for', async () => {
    const { page } = app;
    await chooseInstrument('CRC');
    expect(await page.locator('[data-cell="MY/CRC.43"]').count()).toBe(0);
    await page.getByLabel('Procedural articles').check();
    await page.locator('[data-cell="MY/CRC.43"]').waitFor();
    await page.getByLabel('Procedural articles').uncheck();
    await expect.poll(() => page.locator('[data-cell="MY/CRC.43"]').count()).toBe(0);
  });
});
