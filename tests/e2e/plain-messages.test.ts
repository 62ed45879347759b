// What a screen says reads right: a field left empty is answered in plain words by the screen itself,
// which names what to type, not by the API's check ("createBaseline: name must not be empty") and a
// failed request in the console; a screen still reading its data says so, and gives no count of zero.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { callApi, holdApi, importViaApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1280, height: 800 });
  await importViaApi(app.page, 'PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]);
  await app.page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('an empty field', () => {
  it('Freeze the matrix without a name says to name the baseline, keeps the focus there, and freezes nothing', async () => {
    const { page } = app;
    await page.click('[data-screen=baselines]');
    await page.getByText('No baseline yet').waitFor();
    await page.getByRole('button', { name: 'Freeze the matrix' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Name the baseline first, e.g. “Baseline 2026”: nothing was frozen.');
    expect(await page.getByLabel('Baseline name').evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await callApi<unknown[]>(page, 'listBaselines')).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    // Named, it freezes.
    await page.getByLabel('Baseline name').fill('Baseline 2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('baselines').getByText('Baseline 2026').waitFor();
    expect(await alert.count()).toBe(0);
  });
});

describe('an empty name in Settings', () => {
  it('Save with the reviewer name cleared says to type one and keeps the name as it was', async () => {
    const { page } = app;
    const { reviewerName } = await callApi<{ reviewerName: string }>(page, 'getSettings');
    const errors = app.consoleErrors.length;
    await page.click('[data-screen=settings]');
    const field = page.locator('[aria-label="Reviewer name"]:enabled');
    await field.fill('');
    await field.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(`Type a name first: nothing was saved, the reviewer is still ${reviewerName}.`);
    expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);
    expect((await callApi<{ reviewerName: string }>(page, 'getSettings')).reviewerName).toBe(reviewerName);
    expect(app.consoleErrors.slice(errors)).toEqual([]);
  });
});

describe('the Edit law dialog', () => {
  it('an empty title or a year that is not one is refused in plain words, and the law keeps its title and year', async () => {
    const { page } = app;
    const [before] = await callApi<{ id: string; title: string; year: number }[]>(page, 'listDocuments');
    await page.click('[data-screen=library]');
    await page
      .locator('table.docs tr', { hasText: before.title })
      .getByRole('button', { name: 'Edit' })
      .click();
    const dialog = page.getByTestId('edit-law');
    await dialog.getByLabel('Title').fill('');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Type the law’s title: nothing was saved.');
    await dialog.getByLabel('Title').fill(before.title);
    await dialog.getByLabel('Year').fill('19299');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('“19299” is not a year: type four digits, e.g. 1929. Nothing was saved.');
    // Letters were sent as no year at all, which cleared the law's year without a word.
    await dialog.getByLabel('Year').fill('abc');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('“abc” is not a year: type four digits, e.g. 1929. Nothing was saved.');
    const [after] = await callApi<{ title: string; year: number }[]>(page, 'listDocuments');
    expect([after.title, after.year]).toEqual([before.title, before.year]);
    await page.keyboard.press('Escape');
  });
});

describe('importing with a year that is not one', () => {
  it('says so and holds the file, which is imported with its year once the year is mended', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', 'MY');
    await page.getByLabel('Year').fill('2OO7');
    await page.setInputFiles('[data-testid=import-input]', law('MY/Evidence_of_Child_Witness_Bill_2007.pdf'));
    await expect
      .poll(() => page.locator('.card .error').allTextContents())
      .toContain(
        '“2OO7” is not a year: type four digits (e.g. 1999) or leave Year empty, then Import: Evidence_of_Child_Witness_Bill_2007.pdf waits for it.',
      );
    await page.getByLabel('Year').fill('2007');
    await page.getByRole('button', { name: 'Import the chosen file' }).click();
    await expect
      .poll(async () =>
        (await callApi<{ file: string; year: number }[]>(page, 'listDocuments')).map((d) => d.year),
      )
      .toContain(2007);
  });
});

describe('Reviewers with a single reviewer', () => {
  it('says there is no open disagreement and why there is no agreement figure yet', async () => {
    const { page } = app;
    await callApi(page, 'tagDocuments', {});
    const [first] = await callApi<{ id: string }[]>(page, 'listSuggestions');
    await callApi(page, 'reviewSuggestions', { ids: [first.id], decision: 'accept', coverage: 'full' });
    const { reviewerName } = await callApi<{ reviewerName: string }>(page, 'getSettings');
    await page.click('[data-screen=reviewers]');
    await expect
      .poll(() => page.locator('.content p').first().textContent())
      .toBe('No open disagreement: no clause and standard on which reviewers differ is left to resolve.');
    await expect
      .poll(() => page.getByTestId('agreement-none').textContent())
      .toBe(
        `Only ${reviewerName} has decided so far. Agreement is figured once a second reviewer (a returned review package, another analyst) has decided some of the same suggestions.`,
      );
    expect(await page.getByTestId('agreement').count()).toBe(0);
  });
});

describe('a clause’s number left empty', () => {
  it('Edit number/heading says to type it, stays open, and leaves the clause as it was', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.locator('tr', { hasText: 'Child Marriage' }).getByRole('button', { name: 'Open' }).click();
    await page.locator('[data-testid=clause-list] [data-clause="3"]').first().click();
    await page.getByRole('button', { name: 'Edit number/heading' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Clause number').fill('');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Type the clause’s number as the law prints it (e.g. 7 or 10A): nothing was changed.');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=clause-list] [data-clause="3"]').count()).toBe(1);
  });
});

describe('a screen still reading', () => {
  it('Standards says it is reading the catalog, never “0 instruments · 0 provisions”, then counts them', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    // The catalog's answer held back for a moment, as on a busy machine or a distant team server.
    const held = await holdApi(page, 'listStandards');
    try {
      await page.click('[data-screen=standards]');
      const line = page.getByTestId('catalog-release');
      await expect.poll(() => line.textContent()).toBe('Reading the catalog…');
      held.release();
      await expect
        .poll(() => line.textContent())
        .toMatch(/^Catalog .* · \d+ instruments · \d+ provisions · \d+ unverified$/);
      expect(await line.textContent()).not.toMatch(/ 0 instruments/);
    } finally {
      await held.restore();
    }
  });
});
