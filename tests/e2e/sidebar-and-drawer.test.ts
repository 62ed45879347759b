// The sidebar's Alt+digit shortcuts follow its order from the top, and the Matrix's cell panel opens below
// the toolbar: the toolbar does not move when it opens, no toolbar control and no grid column is beneath
// it, and in a wide window the grid does not move either.
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
  // Three countries in all, so that the grid is wider than what a narrow window leaves beside the panel.
  await importViaApi(app.page, 'MY', [law('MY/Evidence_of_Child_Witness_Bill_2007.pdf')]);
  await importViaApi(app.page, 'VN', [law('VN/Luat_Tre_em_2016.pdf')]);
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

  // Subdivisions adds a column's checkbox, and a date a Today button: the toolbar's rows stay as they
  // were at the laptops' common widths (the As of field used to jump down to a second row).
  for (const [width, height] of [
    [1280, 800],
    [1366, 768],
  ]) {
    it(`at ${width} px wide, turning on Subdivisions or choosing a date moves nothing in the Matrix toolbar`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.click('[data-screen=matrix]');
      await page.getByLabel('Instrument').selectOption('CRC');
      const where = () =>
        page.locator('.toolbar').evaluate((bar) => ({
          height: bar.getBoundingClientRect().height,
          at: Object.fromEntries(
            [
              ...bar.querySelectorAll<HTMLElement>(
                'select, input[aria-label], .legend, button:not([aria-hidden=true])',
              ),
            ]
              .filter((e) => e.getAttribute('aria-label') !== 'PK-IS' && e.textContent !== 'Today')
              .map((e) => {
                const r = e.getBoundingClientRect();
                return [e.getAttribute('aria-label') ?? e.className, `${Math.round(r.x)},${Math.round(r.y)}`];
              }),
          ),
        }));
      const before = await where();
      // Two rows at most: the title, instrument and countries; then the view options and the legend.
      expect(before.height).toBeLessThan(90);
      await page.getByLabel('Split by subdivision').check();
      await page.locator('th[data-column="PK-IS"]').waitFor();
      expect(await where()).toEqual(before);
      await page.getByLabel('As of').fill('2019-01-01');
      await page.getByRole('button', { name: 'Today' }).waitFor();
      expect(await where()).toEqual(before);
      await page.getByRole('button', { name: 'Today' }).click();
      await page.getByLabel('Split by subdivision').uncheck();
      await page.locator('th[data-column="PK-IS"]').waitFor({ state: 'detached' });
    });
  }

  /** Where the panel starts, and the boxes of row CRC.19's label and of its cells, left to right. */
  const rowBeside = async (page: RunningApp['page']) => ({
    drawer: (await page.getByTestId('cell-drawer').boundingBox())!,
    label: (await page
      .locator('tr', { has: page.locator('[data-cell$="/CRC.19"]') })
      .locator('td.label')
      .boundingBox())!,
    cells: await page
      .locator('[data-cell$="/CRC.19"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)),
  });

  // The toolbar keeps its height when the panel opens, so the grid stays put and the clicked cell
  // stays under the pointer (it used to wrap to two lines and push the grid down a row). In a narrow
  // window the grid's labels give up width so that every country's column stays beside the panel.
  for (const width of [1440, 1100]) {
    it(`at ${width} px wide, opening a cell’s panel leaves the toolbar where it was and every column beside the panel`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height: 900 });
      await page.click('[data-screen=matrix]');
      await page.getByLabel('Instrument').selectOption('CRC');
      const columns = await page.locator('[data-cell$="/CRC.19"]').count();
      expect(columns).toBe(3);
      // The last country's cell, the one a panel at the right would cover first.
      const cell = page.locator('[data-cell$="/CRC.19"]').last();
      const toolbarBefore = await page.locator('.toolbar').boundingBox();
      const cellBefore = (await cell.boundingBox())!;
      await cell.click();
      await page.getByTestId('cell-drawer').waitFor();
      expect(await page.locator('.toolbar').boundingBox()).toEqual(toolbarBefore);
      const { drawer, label, cells } = await rowBeside(page);
      for (const c of cells) {
        expect(c.right).toBeLessThanOrEqual(drawer.x);
        expect(c.left).toBeGreaterThanOrEqual(label.x + label.width);
      }
      expect(await cell.getAttribute('class')).toContain('open');
      if (width === 1440) {
        const cellAfter = (await cell.boundingBox())!;
        expect(cellAfter.y).toBe(cellBefore.y);
        expect(cellAfter.x).toBe(cellBefore.x);
      }
      await page.getByTestId('cell-drawer').getByRole('button', { name: 'Close' }).click();
      await page.getByTestId('cell-drawer').waitFor({ state: 'detached' });
    });
  }

  it('in a window too narrow for every column beside the panel, the opened cell is scrolled into view beside its held label', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 960, height: 900 });
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CRC');
    await page.locator('[data-cell$="/CRC.19"]').last().click();
    await page.getByTestId('cell-drawer').waitFor();
    const { drawer, label, cells } = await rowBeside(page);
    const last = cells[cells.length - 1];
    // The provision's label stays at the grid's left while the columns scroll beneath it.
    expect(label.x).toBeGreaterThanOrEqual(196);
    expect(
      await page
        .locator('.content')
        .first()
        .evaluate((e) => e.scrollLeft),
    ).toBeGreaterThan(0);
    expect(last.right).toBeLessThanOrEqual(drawer.x);
    expect(last.left).toBeGreaterThanOrEqual(label.x + label.width);
    await page.getByTestId('cell-drawer').getByRole('button', { name: 'Close' }).click();
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('a screen that fails while it is drawn says so in its place, and the sidebar and other screens go on working', async () => {
    const { page } = app;
    // An answer of a shape the Review screen cannot draw (as from a server of another version).
    await page.route('**/api/listSuggestions', (route) =>
      route.fulfill({ json: { ok: true, value: [{ id: 'x', clauseId: 'c', status: 'accepted' }] } }),
    );
    await page.click('[data-screen=review]');
    const failed = page.getByRole('alert').filter({ hasText: 'could not be shown' });
    await expect.poll(() => failed.locator('h1').textContent()).toBe('The Review screen could not be shown');
    await page.click('[data-screen=library]');
    await expect.poll(() => page.locator('table.docs').count()).toBeGreaterThan(0);
    await page.unroute('**/api/listSuggestions');
    await page.click('[data-screen=review]');
    await expect
      .poll(() =>
        page
          .getByTestId('review-detail')
          .or(page.locator('h1', { hasText: 'Review' }))
          .count(),
      )
      .toBeGreaterThan(0);
    expect(await failed.count()).toBe(0);
  });
});
