// The Matrix screen from the keyboard and at the window sizes analysts use, in Chromium on real laws:
// a cell is reached with Tab and the arrows, Enter opens its panel, Esc closes it (asking first about
// a rationale typed and not saved, as Close, another cell and another screen do) and the focus is back
// on the cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;

/** The window sizes the screen is checked at. */
const SIZES = [
  [1280, 800],
  [1024, 768],
] as const;

beforeAll(async () => {
  app = await startApp({ width: 1280, height: 800 });
  await seedTaggedLibrary(app.page, [
    ['MY', [law('MY/Sexual_Offences_against_Children_Bill_2017.pdf')]],
    ['PK', [law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf')]],
    ['VN', [law('VN/Luat_Tre_em_2016.pdf')]],
  ]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

const focusedCell = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);

const openMatrix = async () => {
  const { page } = app;
  await page.click('[data-screen=matrix]');
  await page.locator('[data-cell]').first().waitFor();
};

describe('the matrix from the keyboard', () => {
  it('Tab reaches a cell, the arrows move, Enter opens its panel and Esc closes it, back on the cell', async () => {
    const { page } = app;
    await openMatrix();
    await page.getByLabel('Instrument').focus();
    // One cell in the Tab order: Tab goes through the toolbar to it, not through every cell.
    for (let i = 0; i < 30 && !(await focusedCell()); i++) await page.keyboard.press('Tab');
    const first = await page.locator('[data-cell]').first().getAttribute('data-cell');
    expect(await focusedCell()).toBe(first);
    await page.keyboard.press('ArrowRight');
    expect(await focusedCell()).toBe(first!.replace(/^MY\//, 'PK/'));
    await page.keyboard.press('ArrowDown');
    const cell = (await focusedCell())!;
    expect(cell).toMatch(/^PK\//);
    expect(cell).not.toBe(first!.replace(/^MY\//, 'PK/'));

    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('cell-drawer');
    await drawer.waitFor();
    expect(await drawer.getAttribute('aria-label')).toBe(cell.replace('/', ' · '));
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await focusedCell()).toBe(cell);

    // Space opens it too; a rationale typed is not thrown away by Esc without asking.
    await page.keyboard.press(' ');
    await drawer.waitFor();
    await page.getByLabel('Rationale').fill('Searched the Act; the age is 16.');
    await page.keyboard.press('Escape');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('is not saved');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Rationale').inputValue()).toBe('Searched the Act; the age is 16.');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await drawer.waitFor({ state: 'detached' });
    expect(await focusedCell()).toBe(cell);
  });
});

describe('a rationale typed and not saved', () => {
  it('is not lost unasked by the Close button, a click on another cell or another screen', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await openMatrix();
    const drawer = page.getByTestId('cell-drawer');
    const dialog = page.getByRole('dialog');
    const rationale = page.getByLabel('Rationale');
    const [first, second] = await page
      .locator('[data-cell^="PK/"]')
      .evaluateAll((cells) => cells.slice(0, 2).map((c) => c.getAttribute('data-cell')!));
    const typed = 'Searched the Act: no duty to report.';
    await page.locator(`[data-cell="${first}"]`).click();
    await rationale.fill(typed);

    // Close: asked; Cancel keeps the panel and its words.
    await drawer.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('is not saved');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rationale.inputValue()).toBe(typed);

    // Another cell: asked; Cancel keeps this cell's panel open with its words.
    await page.locator(`[data-cell="${second}"]`).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await drawer.getAttribute('aria-label')).toBe(first.replace('/', ' · '));
    expect(await rationale.inputValue()).toBe(typed);

    // Another screen (the sidebar, Alt+3): asked, and the Matrix stays on Cancel.
    await page.click('[data-screen=review]');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Alt+3');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('main h1').first().textContent()).toBe('Matrix');
    expect(await rationale.inputValue()).toBe(typed);

    // Discard opens the other cell, afresh.
    await page.locator(`[data-cell="${second}"]`).click();
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await page.locator(`[data-testid=cell-drawer][aria-label="${second.replace('/', ' · ')}"]`).waitFor();
    expect(await rationale.inputValue()).toBe('');
    // With nothing typed, Close closes at once.
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'detached' });
    expect(await dialog.count()).toBe(0);
  });
});

describe('the matrix toolbar', () => {
  it('is as high at its first paint as once the countries are read, at 1,280×800 and 1,024×768', async () => {
    const { page } = app;
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.click('[data-screen=library]');
      // The Matrix toolbar's height at every frame from the click on.
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as unknown as { toolbarHeights: number[] }).toolbarHeights = seen;
        const frame = () => {
          const bar = document.querySelector<HTMLElement>('.toolbar');
          if (bar?.querySelector('h1')?.textContent === 'Matrix') seen.push(bar.offsetHeight);
          if (seen.length < 2000) requestAnimationFrame(frame);
        };
        frame();
      });
      await openMatrix();
      await page.locator('.toolbar label', { hasText: 'VN' }).waitFor();
      await page.waitForTimeout(500);
      const heights = await page.evaluate(
        () => (window as unknown as { toolbarHeights: number[] }).toolbarHeights,
      );
      expect(heights.length).toBeGreaterThan(5);
      expect({ width, heights: [...new Set(heights)] }).toEqual({ width, heights: [heights.at(-1)] });
    }
  });
});

describe("the matrix's totals", () => {
  it('never split a level\'s words ("42 not / reviewed"), and keep each column as wide as its cells', async () => {
    const { page } = app;
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await openMatrix();
      const totals = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-totals]')].map((th) => {
          const column = th.dataset.totals!;
          const cell = document.querySelector<HTMLElement>(`[data-cell^="${column}/"]`)!;
          // The lines each level's word (after its count) is laid out on.
          const words = [...th.querySelectorAll<HTMLElement>('.total')].map((total) => {
            const range = document.createRange();
            const walker = document.createTreeWalker(total, NodeFilter.SHOW_TEXT);
            const texts: Text[] = [];
            while (walker.nextNode()) texts.push(walker.currentNode as Text);
            const word = texts.find((t) => /[a-z]/.test(t.data))!;
            range.setStart(word, word.data.search(/[a-z]/));
            range.setEnd(texts.at(-1)!, texts.at(-1)!.data.length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            return `${total.textContent!.trim()}: ${tops.size} line${tops.size > 1 ? 's' : ''}`;
          });
          return {
            column,
            words,
            wider: th.getBoundingClientRect().width > cell.getBoundingClientRect().width + 1,
          };
        }),
      );
      expect(totals.length).toBe(3);
      for (const t of totals) {
        expect({ width, ...t, words: t.words.filter((w) => !w.endsWith(': 1 line')) }).toEqual({
          width,
          ...t,
          words: [],
          wider: false,
        });
      }
    }
  });
});
