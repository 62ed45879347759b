// The review package in the browser UI: the lead makes one in the Library, a second Lexgap (its own
// server and database) opens it, reviews from the keyboard and saves it, and the lead imports it back.
// No native prompt/confirm/alert is ever shown.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInfo } from '../../shared/api/contract';
import type { SuggestionView } from '../../shared/model';
import { DECISION_GAP_MS } from '../../renderer/components/shortcuts';
import { law, tempDir } from '../helpers/paths';
import { callApi, type RunningApp, seedTaggedLibrary, startApp, queueShown } from './start-app';

const MINISTRY = 'Ministry of Human Rights';
const REVIEWER = 'E2E Ministry Reviewer';
let lead: RunningApp;
let reviewer: RunningApp;
const nativeDialogs: string[] = [];
const files = tempDir('lexgap-e2e-package-');
let sent = '';
let returned = '';

const watchDialogs = (page: Page) =>
  page.on('dialog', (d) => {
    nativeDialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });

/** Clicks what starts a download and keeps the file. */
async function saveDownload(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(files, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

beforeAll(async () => {
  [lead, reviewer] = await Promise.all([startApp(), startApp()]);
  watchDialogs(lead.page);
  watchDialogs(reviewer.page);
  await seedTaggedLibrary(lead.page, [['PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]]]);
  // The lead has decided the first ten suggestions before sending.
  const first = (await callApi<SuggestionView[]>(lead.page, 'listSuggestions')).slice(0, 10);
  await callApi(lead.page, 'reviewSuggestions', { ids: first.map((s) => s.id), decision: 'accept' });
  await callApi(reviewer.page, 'updateSettings', { reviewerName: REVIEWER });
}, 400_000);

afterAll(async () => {
  await Promise.all([lead?.close(), reviewer?.close()]);
});

describe('a review package from the Library and back', () => {
  it('the lead makes a package for the ministry in a dialog and saves it', async () => {
    const { page } = lead;
    await page.click('[data-screen=library]');
    await page.getByRole('button', { name: 'Make review package…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Package for').fill(MINISTRY);
    sent = await saveDownload(page, () => dialog.getByRole('button', { name: 'Make package' }).click());
    expect(path.basename(sent)).toBe('PK-review-Ministry-of-Human-Rights.lexgap');
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(
        expect.stringMatching(/for Ministry of Human Rights: 1 law, \d+ suggestions, 10 of your decisions/),
      );
  });

  it("the reviewer's Lexgap opens it in place of its own library, named in the status bar", async () => {
    const { page } = reviewer;
    await page.click('[data-screen=library]');
    await page.setInputFiles('[data-testid=open-package-input]', sent);
    const banner = page.locator('[data-testid=package-banner]');
    await banner.waitFor();
    await expect.poll(() => banner.textContent()).toMatch(/Review package for Ministry of Human Rights/);
    await expect
      .poll(() => page.locator('.statusbar').textContent())
      .toMatch(/Review package for Ministry of Human Rights.*Reviewer: E2E Ministry Reviewer/);
    // Its laws stay as sent: nothing to import, re-tag or edit here.
    expect(await page.getByRole('button', { name: 'Run suggestions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByText('Child Marriage Restraint Act').count()).toBeGreaterThan(0);
  });

  it('reviews in the usual Review screen from the keyboard, and saves the package to send back', async () => {
    const { page } = reviewer;
    await page.click('[data-screen=review]');
    await page.getByLabel('Status').selectOption('suggested');
    await queueShown(page);
    await page.locator('[data-testid=review-row]').first().waitFor();
    for (const key of ['a', 'r', 'a']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(DECISION_GAP_MS + 150);
    }
    await expect
      .poll(async () => (await callApi<ProjectInfo>(page, 'getProject')).package?.reviewers)
      .toEqual([expect.objectContaining({ name: REVIEWER, decisions: 3 })]);
    await page.click('[data-screen=library]');
    returned = await saveDownload(page, () =>
      page.getByRole('button', { name: 'Save returned review…' }).click(),
    );
    expect(path.basename(returned)).toBe('PK-review-Ministry-of-Human-Rights-returned.lexgap');
    expect(fs.statSync(returned).size).toBeGreaterThan(fs.statSync(sent).size / 2);
  });

  it('closes the package and is back in its own, empty library', async () => {
    const { page } = reviewer;
    await page.getByRole('button', { name: 'Close package' }).click();
    await page.getByText('No laws yet').waitFor();
    expect(await page.locator('[data-testid=package-banner]').count()).toBe(0);
  });

  it('the lead imports the returned review: its decisions under the reviewer name, twice changes nothing', async () => {
    const { page } = lead;
    await page.setInputFiles('[data-testid=import-package-input]', returned);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/3 decisions by E2E Ministry Reviewer \(3, .+\); 3 recorded/));
    await page.setInputFiles('[data-testid=import-package-input]', returned);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/nothing new: every one is already recorded/));
  });

  it('refuses, in the page, a package altered outside Lexgap', async () => {
    const { page } = lead;
    const bad = path.join(files, 'altered.lexgap');
    // One letter of a clause changed in place wherever the file holds it, as a byte editor would.
    const data = fs.readFileSync(returned);
    let found = 0;
    for (
      let at = data.indexOf('anything repugnant');
      at >= 0;
      at = data.indexOf('anything repugnant', at + 1)
    ) {
      data.write('anything repugnamt', at);
      found++;
    }
    expect(found).toBeGreaterThan(0);
    fs.writeFileSync(bad, data);
    await page.setInputFiles('[data-testid=import-package-input]', bad);
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(
        expect.stringMatching(/^altered\.lexgap was altered outside Lexgap: .+; nothing was imported$/),
      );
    expect(nativeDialogs).toEqual([]);
  });
});
