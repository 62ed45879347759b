// The Library's Jobs section, in Chromium: the jobs the app's server runs or ran, with what they work
// on, who started them, their progress and how they ended, read on their own even while the screen's
// own checks on a job fail; a running one can be cancelled from there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('the Jobs section of the Library', () => {
  it('is not shown before any job, then shows an import running and then done with its result', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.getByText('No laws yet').waitFor();
    expect(await page.getByTestId('jobs').count()).toBe(0);
    // The screen's own checks on the job fail (as when it lost contact): the section still follows it.
    await page.route('**/api/waitForJob', (route) => route.abort('connectionrefused'));
    await page.fill('[aria-label="Country code"]', 'PK');
    // A scanned reprint: read with OCR, it runs long enough to be seen running.
    await page.setInputFiles('[data-testid=import-input]', law('PK/Child_Marriage_Restraint_Act_1929.pdf'));
    const row = page.locator('[data-testid=jobs] tr[data-state]').first();
    await row.and(page.locator('[data-state=running]')).waitFor();
    const running = await row.textContent();
    expect(running).toMatch(/^Import\s*Child_Marriage_Restraint_Act_1929\.pdfby \S+/);
    expect(running).toMatch(/Running: /);
    expect(running).toMatch(/started \d\d:\d\d:\d\d/);
    expect(await row.getByRole('button', { name: 'Cancel' }).isEnabled()).toBe(true);
    await page.screenshot({ path: '/tmp/jobs-running.png' });
    await row.and(page.locator('[data-state=done]')).waitFor({ timeout: 90_000 });
    const done = await row.textContent();
    expect(done).toMatch(/Imported Child_Marriage_Restraint_Act_1929\.pdf: “[^”]+”, \d+ clauses/);
    expect(done).toMatch(/\d\d:\d\d:\d\d–\d\d:\d\d:\d\d \(\d+ s\)/);
    expect(await row.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    await page.unroute('**/api/waitForJob');
    await page.screenshot({ path: '/tmp/jobs-done.png', fullPage: true });
  }, 120_000);

  it('shows a re-read with OCR running with its law, and cancels it from there', async () => {
    const { page } = app;
    await page.reload();
    await page.click('[data-screen=library]');
    // Shown again on opening the Library: the jobs are the server's, not the page's.
    await page.locator('[data-testid=jobs] tr[data-state=done]').waitFor();
    await page.fill('[aria-label="Country code"]', 'PK');
    // A text layer that reads as poor OCR: the law is offered a re-read with OCR, which runs long.
    await page.setInputFiles(
      '[data-testid=import-input]',
      law('PK/Zainab_Alert_Response_and_Recovery_Act_2020.pdf'),
    );
    const law2020 = page.locator('tr[data-document]', {
      hasText: 'Zainab Alert Response and Recovery Act, 2020',
    });
    await page
      .locator('[data-testid=jobs] tr[data-state=done]', {
        hasText: 'Zainab_Alert_Response_and_Recovery_Act_2020',
      })
      .waitFor();
    await law2020.getByRole('button', { name: 'Re-read with OCR' }).click();
    const row = page.locator('[data-testid=jobs] tr[data-state]', { hasText: 'Re-read' });
    await row.and(page.locator('[data-state=running]')).waitFor();
    expect(await row.textContent()).toMatch(
      /^Re-read\s*Zainab Alert Response and Recovery Act, 2020 \(Zainab_Alert_Response_and_Recovery_Act_2020\.pdf\)by \S+.*Running/,
    );
    await page.screenshot({ path: '/tmp/jobs-reread.png' });
    await row.getByRole('button', { name: 'Cancel' }).click();
    await row.and(page.locator('[data-state=cancelled]')).waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toMatch(/Cancelled\d\d:\d\d:\d\d–/);
    // The law keeps its clauses as they were.
    expect(await law2020.locator('td.num').last().textContent()).toBe('18');
  }, 90_000);

  it('shows a tagging of every law with what it made', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Run suggestions' }).click();
    const row = page.locator('[data-testid=jobs] tr[data-state=done]').first();
    await row.and(page.locator('tr:has-text("Tagging")')).waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toMatch(
      /^Tagging\s*all laws\s*by \S+\d+ new suggestions for \d+ clauses \(0 reviewed kept\)/,
    );
    await page.screenshot({ path: '/tmp/jobs-tagging.png', fullPage: true });
  }, 60_000);
});
