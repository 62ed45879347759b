// The Library's Jobs section, in Chromium: the jobs the app's server runs or ran, with what they work
// on, who started them, their progress and how they ended, read on their own even while the screen's
// own checks on a job fail; a running one can be cancelled from there. A job started elsewhere on the
// same server shows too, and the laws it imported appear in the list as it ends.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedJob } from '../../shared/api/contract';
import { law } from '../helpers/paths';
import { callApi, type RunningApp, startApp } from './start-app';

describe('the Jobs section of the Library', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app?.close();
  });

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

/** Starts an import of `file` the way another window on the same server does: through its own page. */
async function importElsewhere(other: Page, country: string, file: string): Promise<string> {
  const files = [{ name: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }];
  return (await callApi<StartedJob>(other, 'startImport', { country, files })).jobId;
}

/** Puts the page in the background or back in front, as switching browser tabs or windows does. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

describe('jobs started elsewhere in the Library', () => {
  let app: RunningApp;
  let other: Page;

  beforeAll(async () => {
    app = await startApp();
    // Another window on the same server (a colleague's, on a team server): its imports are not this page's.
    other = await app.page.context().newPage();
    await other.goto(app.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows an import started by another window while the Library is open, and the law it imported, without a reload', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.getByText('No laws yet').waitFor();
    const jobId = await importElsewhere(other, 'MY', law('MY/Evidence_of_Child_Witness_Bill_2007.pdf'));
    // Read every few seconds while idle: it shows, running or already done.
    const row = page.locator(`[data-testid=jobs] tr[data-job="${jobId}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toMatch(/^Import\s*Evidence_of_Child_Witness_Bill_2007\.pdfby \S+/);
    await page.screenshot({ path: '/tmp/jobs-elsewhere.png', fullPage: true });
    await row.and(page.locator('[data-state=done]')).waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toMatch(
      /Imported Evidence_of_Child_Witness_Bill_2007\.pdf: “[^”]+”, \d+ clauses/,
    );
    // As it ends, the Library reads its laws and the counts again.
    const imported = page.locator('tr[data-document]', {
      hasText: 'Evidence_of_Child_Witness_Bill_2007.pdf',
    });
    await imported.waitFor({ timeout: 5_000 });
    expect(await page.locator('.card h2', { hasText: 'MY · 1 law' }).count()).toBe(1);
    expect(await page.getByText('No laws yet').count()).toBe(0);
    await expect.poll(() => page.textContent('.statusbar')).toContain('1 law · 1 country');
    await page.screenshot({ path: '/tmp/jobs-elsewhere-done.png', fullPage: true });
  }, 60_000);

  it('reads no jobs while the page is in the background, and reads them at once when it is back', async () => {
    const { page } = app;
    await setVisibility(page, 'hidden');
    const reads: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/listJobs')) reads.push(r.url());
    });
    const jobId = await importElsewhere(
      other,
      'MY',
      law('MY/Sexual_Offences_against_Children_Bill_2017.pdf'),
    );
    // Longer than the idle reading's few seconds.
    await page.waitForTimeout(5_000);
    expect(reads).toEqual([]);
    expect(await page.locator(`[data-testid=jobs] tr[data-job="${jobId}"]`).count()).toBe(0);
    const read = page.waitForRequest('**/api/listJobs', { timeout: 1_500 });
    await setVisibility(page, 'visible');
    await read;
    await page.locator(`[data-testid=jobs] tr[data-job="${jobId}"]`).waitFor({ timeout: 5_000 });
    await page
      .locator(`[data-testid=jobs] tr[data-job="${jobId}"][data-state=done]`)
      .waitFor({ timeout: 30_000 });
    await page
      .locator('tr[data-document]', { hasText: 'Sexual_Offences_against_Children_Bill_2017.pdf' })
      .waitFor({ timeout: 5_000 });
  }, 60_000);
});
