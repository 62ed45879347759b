// What an analyst on a 1,024 × 768 screen (a small laptop, a projector) meets on each screen: nothing
// cut at the window's edge, and no line that reads wrong while a screen is still being read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { type RunningApp, seedTaggedLibrary, startApp } from './start-app';

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
    for (const name of ['Accept', 'Reject']) {
      const box = (await card.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
    }
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(1024);
    // The printed page keeps a width to read it beside the clause list and the clause.
    expect((await page.getByTestId('pdf-pane').boundingBox())!.width).toBeGreaterThan(270);
  });
});
