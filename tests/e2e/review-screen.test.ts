// The Review screen as an analyst works it from the keyboard on a real law: what it shows after
// each action stays true to what was recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { type RunningApp, seedTaggedLibrary, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1440, height: 900 });
  await seedTaggedLibrary(app.page, [['MY', [law('MY/Sexual_Offences_against_Children_Bill_2017.pdf')]]]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

/** A decision key pressed after the gap that tells it from stray typing. */
async function press(key: string) {
  await app.page.waitForTimeout(300);
  await app.page.keyboard.press(key);
}

describe('the Review screen', () => {
  it('reloads a suggestion’s History on every action recorded, even when the status line reads as before', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByTestId('review-row').first().click();
    const detail = page.getByTestId('review-detail');
    const said = () => detail.getByRole('status').textContent();
    const entries = page.getByTestId('history-entry');
    await expect
      .poll(() => page.getByTestId('suggestion-history').textContent())
      .toContain('No decision recorded yet.');

    // Accepting in full twice prints the same line twice; the second is recorded all the same.
    await press('f');
    await expect.poll(said).toMatch(/^Accepted .*, full coverage$/);
    const accepted = await said();
    await expect.poll(() => entries.count()).toBe(1);
    await press('f');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await said()).toBe(accepted);
    await expect.poll(() => entries.first().textContent()).toContain('decided again, unchanged');

    // Each undo is in the History too, the line saying which it took back.
    await press('u');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await said()).toMatch(/^Undid: /);
    await press('u');
    await expect.poll(() => entries.count()).toBe(4);

    // Two notes in a row, each "Note saved on …": the History shows the second one's words.
    for (const words of ['Read with the amending act.', 'Checked: the amending act leaves it as it is.']) {
      await press('n');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.type(words);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect.poll(() => entries.first().textContent()).toContain(words);
    }
    await expect.poll(() => entries.count()).toBe(6);
  });
});
