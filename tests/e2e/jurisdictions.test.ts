// Jurisdictions and dates on screen, in Chromium, on real Pakistani acts: the ICT Child Protection Act
// 2018 imported for PK-IS beside the national Child Marriage Restraint Act 1929. The Library says where
// each applies and takes the 1929 Act's dates in its Edit dialog; the Matrix splits Pakistan into its
// national laws and ICT, its drawer says whose law each citation is, and as of 31 December 2017 the
// 2018 Act gives no evidence and the screen says so.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/api/contract';
import type { SuggestionView } from '../../shared/model';
import { law } from '../helpers/paths';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;
let ict: ImportedDocument;
let accepted: SuggestionView;

beforeAll(async () => {
  app = await startApp();
  const { page } = app;
  await callApi(page, 'updateSettings', { reviewerName: 'E2E Analyst' });
  [ict] = await importViaApi(
    page,
    'PK',
    [law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf')],
    {
      jurisdiction: 'PK-IS',
    },
  );
  await importViaApi(page, 'PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]);
  await callApi(page, 'tagDocuments', {});
  const suggestions = await callApi<SuggestionView[]>(page, 'listSuggestions', {
    documentId: ict.id,
    framework: 'CRC',
  });
  accepted = suggestions.sort((a, b) => b.score - a.score)[0];
  await callApi(page, 'reviewSuggestions', { ids: [accepted.id], decision: 'accept', coverage: 'full' });
  await page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

const rowOf = (title: RegExp) => app.page.locator('table.docs tr', { hasText: title });

describe('jurisdictions and dates on screen', () => {
  it('the Library says where each law applies and records the 1929 Act’s dates from its Edit dialog', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await expect
      .poll(() => rowOf(/Child Protection Act, 2018/).textContent())
      .toContain('Islamabad Capital Territory');
    expect(await rowOf(/Child Marriage Restraint/).textContent()).toContain('National');
    await rowOf(/Child Marriage Restraint/)
      .getByRole('button', { name: 'Edit' })
      .click();
    await page.getByLabel('Status').selectOption('in_force');
    await page.getByLabel('Enacted').fill('1929-10-01');
    await page.getByLabel('In force from').fill('1930-04-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => rowOf(/Child Marriage Restraint/).textContent())
      .toContain('In force from 1930-04-01 (enacted 1929-10-01)');
    // In a window as narrow as a laptop's, each date stays whole on its line ("1929-" and "10-01" never apart).
    await page.setViewportSize({ width: 1280, height: 800 });
    const broken = await rowOf(/Child Marriage Restraint/)
      .locator('td', { hasText: 'In force from' })
      .evaluate((td) => {
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.textContent!.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
            const range = document.createRange();
            range.setStart(node, m.index!);
            range.setEnd(node, m.index! + m[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(m[0]);
          }
        }
        return found;
      });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(broken).toEqual([]);
  });

  it('unsplit, Pakistan is only Partial where the ICT Act alone covers a standard, and the drawer says where', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CRC');
    const cell = page.locator(`[data-cell="PK/${accepted.provisionId}"]`);
    await expect.poll(() => cell.getAttribute('data-level')).toBe('partial');
    await cell.click();
    await expect
      .poll(() => page.getByTestId('cell-only-in').textContent())
      .toContain('Coverage only in PK-IS (no national law)');
    await page.getByTestId('cell-drawer').getByRole('button', { name: 'Close' }).click();
  });

  it('the Matrix splits Pakistan into its national laws and ICT, and the drawer says whose law it is', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CRC');
    await page.getByLabel('Split by subdivision').check();
    await page.locator('th[data-column="PK-IS"]').waitFor();
    expect(
      await page
        .locator('th[data-column]')
        .evaluateAll((ths) => ths.map((t) => t.getAttribute('data-column'))),
    ).toEqual(['PK', 'PK-IS']);
    expect(await page.locator('th[data-column="PK-IS"]').textContent()).toContain(
      'Islamabad Capital Territory',
    );
    const cell = page.locator(`[data-cell="PK-IS/${accepted.provisionId}"]`);
    expect(await cell.getAttribute('data-level')).toBe('full');
    // The national column holds national laws only: the ICT Act is not evidence there.
    expect(
      await page.locator(`[data-cell="PK/${accepted.provisionId}"]`).getAttribute('data-level'),
    ).not.toBe('full');
    await cell.click();
    await expect
      .poll(() => page.getByTestId('evidence-jurisdiction').first().textContent())
      .toBe('Islamabad Capital Territory law (PK-IS)');
    await page.keyboard.press('Escape');
  });

  it('as of 31 December 2017 the 2018 Act gives no evidence, and the screen says why', async () => {
    const { page } = app;
    const drawerClose = page.getByTestId('cell-drawer').getByRole('button', { name: /close/i });
    if (await drawerClose.count()) await drawerClose.first().click();
    await page.getByLabel('As of').fill('2017-12-31');
    await expect
      .poll(() => page.getByTestId('as-of').textContent())
      .toContain('Coverage on 31 December 2017');
    expect(await page.getByTestId('as-of').textContent()).toMatch(
      /Islamabad Capital Territory Child Protection Act, 2018 \(not yet in force on 2017-12-31/,
    );
    await expect
      .poll(() => page.locator(`[data-cell="PK-IS/${accepted.provisionId}"]`).getAttribute('data-level'))
      .not.toBe('full');
    await page.getByRole('button', { name: 'Today' }).click();
    await expect
      .poll(() => page.locator(`[data-cell="PK-IS/${accepted.provisionId}"]`).getAttribute('data-level'))
      .toBe('full');
  });

  it('the Export screen saves the matrix split and as of a date, and the report says so', async () => {
    const { page } = app;
    await page.click('[data-screen=export]');
    await page.getByLabel(/Report \(\.html\)/).check();
    await page.getByLabel('Split by subdivision').check();
    await page.getByLabel('As of').fill('2017-12-31');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export matrix' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-as-of-2017-12-31\.html$/);
    const html = fs.readFileSync(await download.path(), 'utf8');
    expect(html).toContain('Coverage on 31 December 2017');
    expect(html).toContain('Islamabad Capital Territory (Pakistan)');
    expect(html).not.toContain('Islamabad Capital Territory law (PK-IS)');
  });

  it('dates are typed and shown year first whatever the computer’s locale, and one that reads two ways is refused', async () => {
    const { page } = app;
    // An analyst in the United States: the browser's own date fields would read 12/31/2017 here.
    const us = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const tab = await us.newPage();
    try {
      await tab.goto(page.url());
      await tab.click('[data-screen=matrix]');
      const asOf = tab.getByLabel('As of');
      expect(await asOf.getAttribute('placeholder')).toBe('yyyy-mm-dd');
      // Typed key by key (as written in a report: year first) and the field left; the matrix's date after it.
      const enter = async (typed: string) => {
        await asOf.selectText();
        await tab.keyboard.type(typed);
        await tab.keyboard.press('Tab');
        if (!(await asOf.getAttribute('aria-invalid'))) await tab.getByText(/^Coverage on/).waitFor();
        return tab.getByTestId('as-of').textContent();
      };
      expect(await enter('2017-12-31')).toContain('Coverage on 31 December 2017');
      expect(await asOf.inputValue()).toBe('2017-12-31');
      // 06/12/2017 is 6 December or 12 June: refused, in words, and the matrix stays on 31 December.
      expect(await enter('06/12/2017')).toContain('Coverage on 31 December 2017');
      await tab.getByText('Type the date year first, 2026-12-06, or as 6 Dec 2026').waitFor();
      // The month named is read, and shown year first once the field is left.
      await enter('6 Dec 2017');
      await expect
        .poll(() => tab.getByTestId('as-of').textContent())
        .toContain('Coverage on 6 December 2017');
      expect(await asOf.inputValue()).toBe('2017-12-06');

      // The law's dates in its Edit dialog: shown as stored, and a date that reads two ways is not saved.
      await tab.click('[data-screen=library]');
      await tab
        .locator('table.docs tr', { hasText: /Child Marriage Restraint/ })
        .getByRole('button', { name: 'Edit' })
        .click();
      expect(await tab.getByLabel('In force from').inputValue()).toBe('1930-04-01');
      await tab.getByLabel('Enacted').fill('10/01/1929');
      await tab.getByRole('button', { name: 'Save' }).click();
      expect(await tab.getByRole('dialog').getByRole('alert').first().textContent()).toContain(
        'Enacted: “10/01/1929” is not a date that reads one way only',
      );
      await tab.getByLabel('Enacted').fill('1 Oct 1929');
      await tab.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => tab.locator('table.docs tr', { hasText: /Child Marriage Restraint/ }).textContent())
        .toContain('In force from 1930-04-01 (enacted 1929-10-01)');
    } finally {
      await us.close();
    }
  });
});
