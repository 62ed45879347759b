// The sidebar's Alt+digit shortcuts follow its order from the top, and the Matrix's cell panel leaves
// every toolbar control in view: the toolbar wraps short of it instead of running beneath it.
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
        return { label: e.getAttribute('aria-label') ?? e.textContent ?? '', right: r.right };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.filter((b) => b.right > drawer!.x)).toEqual([]);
  });
});
