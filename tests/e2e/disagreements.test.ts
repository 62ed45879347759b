// The Reviewers screen in Chromium on a real law: where a ministry's decisions differ from the
// lead's, both are shown side by side with their notes, the lead resolves one, the audit log keeps
// every opinion, and the agreement figures count the units both decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, SuggestionView } from '../../shared/model';
import { law } from '../helpers/paths';
import { callApi, decideAs, type RunningApp, seedTaggedLibrary, startApp } from './start-app';

const MINISTRY = 'Ministry of Human Rights';
let app: RunningApp;
let units: SuggestionView[];

beforeAll(async () => {
  app = await startApp();
  const { page } = app;
  await seedTaggedLibrary(page, [['PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]]]);
  units = (await callApi<SuggestionView[]>(page, 'listSuggestions', { country: 'PK' })).slice(0, 10);
  const ids = units.map((u) => u.id);
  // The lead accepts all ten in full; the ministry rejects two and rates two partial.
  await callApi(page, 'reviewSuggestions', { ids, decision: 'accept', coverage: 'full', note: 'as read' });
  await decideAs(page, MINISTRY, async () => {
    await callApi(page, 'reviewSuggestions', {
      ids: ids.slice(0, 2),
      decision: 'reject',
      note: 'the section is about procedure',
    });
    await callApi(page, 'reviewSuggestions', {
      ids: ids.slice(2, 4),
      decision: 'accept',
      coverage: 'partial',
    });
    await callApi(page, 'reviewSuggestions', { ids: ids.slice(4), decision: 'accept', coverage: 'full' });
  });
  await page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('disagreements on screen', () => {
  it('lists each clause and standard where the ministry differs, both opinions side by side with their notes', async () => {
    const { page } = app;
    await page.click('[data-screen=reviewers]');
    await page.locator('[data-testid=disagreement]').first().waitFor();
    expect(await page.locator('[data-testid=disagreement-count]').textContent()).toBe(
      '4 open · 0 resolved · lead: E2E Analyst',
    );
    const cards = page.locator('[data-testid=disagreement]');
    expect(await cards.count()).toBe(4);
    const first = page.locator(`[data-testid=disagreement][data-suggestion="${units[0].id}"]`);
    expect(await first.locator('th').allTextContents()).toEqual(['E2E Analyst', MINISTRY]);
    const cells = await first.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^Accepted \(full\).*as read$/);
    expect(cells[1]).toMatch(/^Rejected.*the section is about procedure$/);
    // The lead's decision stands meanwhile.
    expect(await first.textContent()).toContain('Stands: Accepted (full) by E2E Analyst');
  });

  it("the lead resolves them: taking the ministry's view ends one, keeping their own resolves another; the audit log keeps every opinion", async () => {
    const { page } = app;
    const card = (n: number) => page.locator(`[data-testid=disagreement][data-suggestion="${units[n].id}"]`);
    // The ministry's note is its own: no note of the lead's carried into it.
    expect(await card(2).locator('td').nth(1).textContent()).toMatch(/^Accepted \(partial\) \S+$/);
    await card(0).getByRole('button', { name: 'Reject' }).click();
    await page.locator('[data-testid=disagreement-count]', { hasText: '3 open · 0 resolved' }).waitFor();
    await card(2).getByRole('button', { name: 'Accept (full)' }).click();
    await page.locator('[data-testid=disagreement-count]', { hasText: '2 open · 1 resolved' }).waitFor();
    expect(await page.locator('[data-testid=disagreement]').count()).toBe(2);
    const rejected = await callApi<SuggestionView[]>(page, 'listSuggestions', {
      country: 'PK',
      status: 'rejected',
    });
    expect(rejected.map((s) => [s.id, s.reviewer])).toEqual([[units[0].id, 'E2E Analyst']]);
    const audit = await callApi<AuditEntry[]>(page, 'listAudit', { entityId: units[0].id });
    expect(audit.map((e) => e.actor)).toEqual(['E2E Analyst', MINISTRY, 'E2E Analyst']);
    await page.getByLabel('Show resolved').check();
    await card(2).locator('.badge', { hasText: 'resolved' }).waitFor();
    expect(await page.locator('[data-testid=disagreement]').count()).toBe(3);
  });

  it('shows agreement over the ten units both decided', async () => {
    const { page } = app;
    const all = page.locator('[data-testid=agreement] tr', { hasText: 'All decisions' });
    await all.waitFor();
    // Cohen's kappa over n = 10 units both reviewers decided; the figure itself is tested in shared/.
    expect(await all.textContent()).toMatch(new RegExp(`E2E Analyst / ${MINISTRY}: -?[0-9.]+ \\(10\\)`));
  });
});
