// A job's status that cannot be read for a while, in Chromium: the import runs on the server while
// every status check the page sends fails (as with a team server busy for a moment). The Library
// says it lost contact and keeps trying, and once the checks get through again it shows the import
// as finished, as if nothing had happened.
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

describe('an import whose status checks fail for a while', () => {
  it('says contact was lost, keeps trying, and shows the import finished', async () => {
    const { page } = app;
    let cut = true;
    let refused = 0;
    await page.route('**/api/waitForJob', async (route) => {
      if (!cut) return route.continue();
      refused++;
      return route.abort('connectionrefused');
    });
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', 'PK');
    await page.setInputFiles('[data-testid=import-input]', law('PK/Child_Marriage_Restraint_Act_1929.pdf'));
    const contact = page.getByTestId('job-contact');
    await expect
      .poll(() => contact.textContent())
      .toMatch(/^Lost contact with the job, still trying… \(the app’s server could not be reached/);
    // Checked again and again, not given up after the first.
    await expect.poll(() => refused, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: '/tmp/job-contact-lost.png' });
    cut = false;
    // The import card's own line (the Jobs section, read on its own, may show the result first).
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported Child_Marriage_Restraint_Act_1929\.pdf/ })
      .waitFor({ timeout: 60_000 });
    expect(await contact.count()).toBe(0);
    await page.screenshot({ path: '/tmp/job-contact-back.png' });
  }, 120_000);

  it('follows the import to its end on a team server of an earlier Lexgap, which has no waitForJob', async () => {
    const { page } = app;
    await page.reload();
    let asked = 0;
    await page.route('**/api/waitForJob', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: { code: 'unknown_method', message: 'no method waitForJob' },
        }),
      }),
    );
    await page.route('**/api/getJob', (route) => {
      asked++;
      return route.continue();
    });
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', 'MY');
    await page.setInputFiles('[data-testid=import-input]', law('MY/Child_Bill_1999.pdf'));
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported Child_Bill_1999\.pdf/ })
      .waitFor({ timeout: 60_000 });
    expect(asked).toBeGreaterThan(0);
    expect(await page.getByTestId('job-contact').count()).toBe(0);
    await page.unroute('**/api/waitForJob');
    await page.unroute('**/api/getJob');
  }, 90_000);

  it('after 2 minutes without an answer, stops and says the job may still finish', async () => {
    const { page } = app;
    // The page's clock is moved on by hand: two minutes pass in a few seconds.
    await page.clock.install();
    await page.reload();
    await page.route('**/api/waitForJob', (route) => route.abort('connectionrefused'));
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', 'MY');
    await page.setInputFiles('[data-testid=import-input]', law('MY/Evidence_of_Child_Witness_Bill_2007.pdf'));
    const contact = page.getByTestId('job-contact');
    await contact.waitFor();
    const given = page.getByText(/^Lost contact with the job for 2 minutes/);
    for (let i = 0; i < 60 && !(await given.count()); i++) {
      await page.clock.fastForward(10_000);
      await page.waitForTimeout(100);
    }
    expect(await given.textContent()).toBe(
      'Lost contact with the job for 2 minutes (the app’s server could not be reached). It may still finish on the server: see Jobs in the Library for how it ends.',
    );
    expect(await contact.count()).toBe(0);
    await page.screenshot({ path: '/tmp/job-contact-given-up.png' });
  });
});
