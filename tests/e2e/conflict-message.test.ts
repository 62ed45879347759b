// Two people editing one law's details, in Chromium: while the Edit dialog is open, someone else
// changes the law; Save is then refused, the dialog says who changed it and when, and what they
// saved is what the Library shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/api/contract';
import type { DocumentRecord } from '../../shared/model';
import { law } from '../helpers/paths';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;
let act: ImportedDocument;

beforeAll(async () => {
  app = await startApp();
  await callApi(app.page, 'updateSettings', { reviewerName: 'E2E Analyst' });
  [act] = await importViaApi(app.page, 'PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]);
  await app.page.reload();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('a law edited by two people at once', () => {
  it('refuses the second Save with who changed the law and when, and keeps the first', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    const row = page.locator('table.docs tr', { hasText: /Child Marriage Restraint/ });
    await row.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Enacted').fill('1929-10-01');
    // Meanwhile amina changes the same law.
    const seen = await callApi<DocumentRecord>(page, 'getDocument', { documentId: act.id });
    await callApi(page, 'updateSettings', { reviewerName: 'amina' });
    await callApi(page, 'updateDocument', { documentId: act.id, year: 1930, expectedVersion: seen.version });
    await callApi(page, 'updateSettings', { reviewerName: 'E2E Analyst' });
    await page.getByRole('button', { name: 'Save' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^This law's details were changed by amina at \d\d:\d\d UTC since you opened it — look again/);
    if (process.env.LEXGAP_SCREENSHOT) await page.screenshot({ path: process.env.LEXGAP_SCREENSHOT });
    const now = await callApi<DocumentRecord>(page, 'getDocument', { documentId: act.id });
    expect(now).toMatchObject({ year: 1930, enactedOn: null });
  });
});
