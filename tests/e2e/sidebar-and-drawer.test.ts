// The sidebar's Alt+digit shortcuts follow its order from the top, and the Matrix's cell panel opens below
// the toolbar: neither the toolbar nor the grid moves when it opens, and no toolbar control is beneath it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { importViaApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
  // A law made for a subdivision, so that the Matrix toolbar shows its Subdivisions switch too.
  await importViaApi(app.page, 'PK', [law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf')], {
    jurisdiction: 'PK-IS',
  });
  await app.page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('the sidebar and the cell panel', () => {
  it('loading the app logs no error in the console (no resource missing, not even a favicon)', async () => {
    // Chromium asks for the favicon once, on the browser's first page load: the one startApp made.
    await app.page.locator('nav.sidebar').waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('Alt+1 … Alt+9 and Alt+0 open the sidebar’s screens from the top down', async () => {
    const { page } = app;
    const items = page.locator('nav.sidebar [data-screen]');
    const screens = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-screen')));
    expect(screens).toHaveLength(10);
    for (const [i, screen] of screens.entries()) {
      const digit = String((i + 1) % 10);
      await page.keyboard.press(`Alt+${digit}`);
      await expect
        .poll(() => page.locator('nav.sidebar .nav-item.active').getAttribute('data-screen'))
        .toBe(screen);
      expect(await items.nth(i).locator('kbd').textContent()).toBe(`Alt ${digit}`);
    }
  });

  it('with a cell’s panel open, every Matrix toolbar control stays clear of it', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CRC');
    await page.locator('[data-cell="PK/CRC.19"]').click();
    const drawer = await page.getByTestId('cell-drawer').boundingBox();
    expect(drawer).not.toBeNull();
    const controls = page.locator('.toolbar input, .toolbar select, .toolbar button');
    expect(await page.getByLabel('Split by subdivision').count()).toBe(1);
    const boxes = await controls.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          label: e.getAttribute('aria-label') ?? e.textContent ?? '',
          right: r.right,
          bottom: r.bottom,
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.filter((b) => b.right > drawer!.x && b.bottom > drawer!.y)).toEqual([]);
    await page.getByTestId('cell-drawer').getByRole('button', { name: 'Close' }).click();
  });

  // The toolbar keeps its height when the panel opens, so the grid stays put and the clicked cell
  // stays under the pointer (it used to wrap to two lines and push the grid down a row).
  for (const width of [1440, 1100]) {
    it(`at ${width} px wide, opening a cell’s panel leaves the toolbar and the clicked cell where they were`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height: 900 });
      await page.click('[data-screen=matrix]');
      await page.getByLabel('Instrument').selectOption('CRC');
      const cell = page.locator('[data-cell="PK/CRC.19"]');
      const toolbarBefore = await page.locator('.toolbar').boundingBox();
      const cellBefore = await cell.boundingBox();
      await cell.click();
      await page.getByTestId('cell-drawer').waitFor();
      expect(await page.locator('.toolbar').boundingBox()).toEqual(toolbarBefore);
      const cellAfter = (await cell.boundingBox())!;
      const pointer = { x: cellBefore!.x + cellBefore!.width / 2, y: cellBefore!.y + cellBefore!.height / 2 };
      expect(cellAfter.y).toBe(cellBefore!.y);
      expect(pointer.x).toBeGreaterThanOrEqual(cellAfter.x);
      expect(pointer.x).toBeLessThanOrEqual(cellAfter.x + cellAfter.width);
      // The last column can be scrolled out from beneath the panel.
      const content = page.locator('.content').first();
      await content.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
      const last = (await page.locator('[data-cell$="/CRC.19"]').last().boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(
        (await page.getByTestId('cell-drawer').boundingBox())!.x,
      );
      await content.evaluate((e) => e.scrollTo({ left: 0 }));
      await page.getByTestId('cell-drawer').getByRole('button', { name: 'Close' }).click();
      await page.getByTestId('cell-drawer').waitFor({ state: 'detached' });
    });
  }
});
