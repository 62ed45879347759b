// Review in Chromium: a colleague's full tagging drops the row the analyst is looking at (its new
// ranking no longer keeps it); the analyst accepts it all the same, and the row shows accepted, with
// no error and nothing lost.
//
// The row a tagging drops is one an earlier ranking kept (a catalog update, a learner trained on
// new decisions): the database is prepared before the app starts with such a row stored through the
// store, an undecided matcher suggestion of a standard the current ranking does not keep on that
// clause, so that the full tagging run while Review shows it drops it as it would in use.
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../electron/app/open-app';
import type { SuggestionView } from '../../shared/model';
import { offeredSuggestion } from '../../shared/review/offered-suggestion';
import { law, tempDir } from '../helpers/paths';
import { callApi, queueShown, type RunningApp, startApp } from './start-app';

const STALE = 's_stale_offer';
let app: RunningApp;
let provisionId: string;

beforeAll(async () => {
  const dbPath = path.join(tempDir('lexgap-e2e-'), 'db.sqlite');
  const seeded = await openApp({ database: dbPath });
  const { api, store } = seeded;
  await api.updateSettings({ reviewerName: 'E2E Analyst' });
  const imported = await api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  await api.tagDocuments({});
  const clause = (await api.listClauses({ documentId: imported.documents[0].id }))[3];
  const shown = new Set((await api.listSuggestions({ clauseId: clause.id })).map((s) => s.provisionId));
  const opac = (await api.listStandards({ framework: 'OPAC' })).frameworks[0].provisions;
  provisionId = opac.map((p) => p.id).find((id) => !shown.has(id))!;
  await store.transaction((tx) =>
    tx.saveSuggestion(
      offeredSuggestion(
        {
          id: STALE,
          clauseId: clause.id,
          documentId: clause.documentId,
          provisionId,
          score: 0.9,
          matched: [],
        },
        new Date().toISOString(),
      ),
    ),
  );
  await seeded.close();
  app = await startApp({ width: 1440, height: 900, dbPath });
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('Review, while a tagging drops the row shown', () => {
  it('records the analyst’s acceptance: the row shows accepted, with no error', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByLabel('Instrument').selectOption('OPAC');
    await queueShown(page);
    const row = page.locator(`[data-testid=review-row][data-id="${STALE}"]`);
    await row.click();
    expect(await row.getAttribute('data-status')).toBe('suggested');

    // A colleague runs suggestions for the whole library: the new ranking no longer keeps the row.
    await callApi(page, 'tagDocuments', {});
    const stored = await callApi<SuggestionView[]>(page, 'listSuggestions', {});
    expect(stored.map((s) => s.id)).not.toContain(STALE);

    await page.waitForTimeout(300);
    await page.keyboard.press('a');
    const said = () => page.getByTestId('review-detail').getByRole('status').textContent();
    await expect.poll(said).toMatch(/^Accepted /);
    expect(await row.getAttribute('data-status')).toBe('accepted');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: path.join(os.tmpdir(), 'lexgap-decide-dropped.png') });

    const after = await callApi<SuggestionView[]>(page, 'listSuggestions', { status: 'accepted' });
    expect(after.find((s) => s.id === STALE)).toMatchObject({ provisionId, status: 'accepted' });
    const audit = await callApi<{ action: string; actor: string }[]>(page, 'listAudit', { entityId: STALE });
    expect(audit).toEqual([expect.objectContaining({ action: 'review', actor: 'E2E Analyst' })]);
  }, 120_000);
});
