// In Chromium on a real law: the analyst rates Pakistan's marriage-age cell Contradicts, finds s. 2
// of the Child Marriage Restraint Act in the clause picker by its number, cites it, and the matrix
// and its export show that clause; a Contradicts saved without a clause is marked "no clause cited",
// also over a clause the analyst accepted as implementing the standard (it does not ground one).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/api/contract';
import { law, tempDir } from '../helpers/paths';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

const CITATION = 'Child Marriage Restraint Act, 1929, s. 2';
const shots = process.env.LEXGAP_SHOTS ?? tempDir('lexgap-cited-shots-');
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
  await callApi(app.page, 'updateSettings', { reviewerName: 'E2E Analyst' });
  await importViaApi(app.page, 'PK', [law('PK/Child_Marriage_Restraint_Act_1929.pdf')]);
  await app.page.reload();
}, 300_000);

afterAll(async () => {
  await app?.close();
});

const openChecklist = async () => {
  const { page } = app;
  await page.click('[data-screen=matrix]');
  await page.getByLabel('Instrument').selectOption('CHK');
  await page.locator('[data-cell="PK/CHK.MARRIAGE_AGE"]').waitFor();
};

const evidenceCsv = async () => {
  const result = await callApi<ExportResult>(app.page, 'exportMatrix', {
    format: 'csv',
    countries: ['PK'],
    frameworks: ['CHK'],
  });
  const file = result.extraFiles!.find((f) => f.fileName.endsWith('.evidence.csv'))!;
  return Papa.parse<Record<string, string>>(
    Buffer.from(file.dataBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  ).data;
};

describe('a Contradicts rating that cites its clause', () => {
  it('is rated with the clause found in the picker, and the matrix and export cite it', async () => {
    const { page } = app;
    await openChecklist();
    const cell = page.locator('[data-cell="PK/CHK.MARRIAGE_AGE"]');
    await cell.click();
    await page.getByLabel('Level').selectOption('contradicts');
    await page
      .getByLabel('Rationale')
      .fill('A girl is a child only under 16 (s. 2): marriage from 16 is lawful for girls.');
    // Nothing cited yet: the form says so.
    await expect.poll(() => page.getByTestId('rating-uncited').textContent()).toContain('No clause cited');

    await page.getByRole('button', { name: 'Cite clauses…' }).click();
    const picker = page.getByTestId('clause-picker');
    await picker.getByLabel('Search clauses').fill('2');
    // The clause numbered 2 comes first, before those whose words merely hold a 2.
    const first = picker.locator('.picker-clause').first();
    await expect.poll(() => first.textContent()).toContain(CITATION);
    await first.locator('input[type=checkbox]').check();
    await expect.poll(() => picker.getByTestId('picker-chosen').textContent()).toContain(CITATION);
    await page.screenshot({ path: path.join(shots, 'clause-picker.png') });
    await picker.getByRole('button', { name: 'Cite 1 clause' }).click();
    await expect.poll(() => page.getByTestId('rating-clauses-chosen').textContent()).toContain(CITATION);
    expect(await page.getByTestId('rating-uncited').count()).toBe(0);
    await page.getByTestId('rating-clauses').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'rating-form.png') });
    await page.getByRole('button', { name: 'Save rating' }).click();

    await expect.poll(() => cell.getAttribute('data-level')).toBe('contradicts');
    expect(await cell.getAttribute('data-uncited')).toBeNull();
    // The cell counts its cited clause, and its panel cites it with its page.
    const ownText = await cell.evaluate((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    );
    expect(ownText).toBe('Contra. ✎ 1');
    await cell.click();
    await expect
      .poll(() => page.getByTestId('rating-cited').textContent())
      .toBe(`Clauses cited: ${CITATION} (p. 2)`);
    await page.screenshot({ path: path.join(shots, 'cited-rating.png') });
    await page.getByRole('button', { name: 'Close' }).click();

    const rows = (await evidenceCsv()).filter((r) => r.provision_id === 'CHK.MARRIAGE_AGE');
    expect(rows.map((r) => [r.level, r.citation, r.page_cited, r.cited_by])).toEqual([
      ['contradicts', CITATION, 'p. 2', "analyst's rating"],
    ]);
  });

  it('marks a Contradicts saved without a clause "no clause cited", in the matrix and the export', async () => {
    const { page } = app;
    await openChecklist();
    const cell = page.locator('[data-cell="PK/CHK.AGE_OF_CONSENT"]');
    // Straight from the cell rated before: its clause does not carry over to this one.
    await page.locator('[data-cell="PK/CHK.MARRIAGE_AGE"]').click();
    await page.getByTestId('rating-clauses-chosen').waitFor();
    await cell.click();
    await expect.poll(() => page.getByLabel('Level').inputValue()).toBe('not_reviewed');
    expect(await page.getByTestId('rating-clauses-chosen').count()).toBe(0);
    await page.getByLabel('Level').selectOption('contradicts');
    await page.getByLabel('Rationale').fill('The Penal Code sets 14; not in the library yet.');
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect.poll(() => cell.getAttribute('data-level')).toBe('contradicts');
    expect(await cell.getAttribute('data-uncited')).toBe('true');
    expect(await cell.getAttribute('title')).toContain('(no clause cited)');
    await cell.click();
    await expect.poll(() => page.getByTestId('rating-no-clause').textContent()).toContain('no clause cited');
    await page.getByRole('button', { name: 'Close' }).click();
    const rows = (await evidenceCsv()).filter((r) => r.provision_id === 'CHK.AGE_OF_CONSENT');
    expect(rows.map((r) => [r.level, r.citation, r.cited_by])).toEqual([
      ['contradicts', '', 'no clause cited'],
    ]);
    expect(fs.existsSync(path.join(shots, 'clause-picker.png'))).toBe(true);
  });

  it('marks a Contradicts over a clause accepted as implementing the standard "no clause cited"', async () => {
    const { page } = app;
    const [doc] = await callApi<{ id: string }[]>(page, 'listDocuments', {});
    await callApi(page, 'tagDocuments', { documentId: doc.id });
    const s2 = (
      await callApi<{ id: string; number: string }[]>(page, 'listClauses', { documentId: doc.id })
    ).find((c) => c.number === '2')!;
    const [crc1] = await callApi<{ id: string }[]>(page, 'listSuggestions', {
      clauseId: s2.id,
      provisionId: 'CRC.1',
    });
    await callApi(page, 'reviewSuggestions', { ids: [crc1.id], decision: 'accept', coverage: 'partial' });
    await page.reload();
    await page.click('[data-screen=matrix]');
    await page.getByLabel('Instrument').selectOption('CRC');
    const cell = page.locator('[data-cell="PK/CRC.1"]');
    await cell.click();
    await page.getByLabel('Level').selectOption('contradicts');
    await page.getByLabel('Rationale').fill('A girl is a child only until 16.');
    // The accepted s. 2 is no ground for it: the form says so before it is saved.
    await expect.poll(() => page.getByTestId('rating-uncited').textContent()).toContain('No clause cited');
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect.poll(() => cell.getAttribute('data-level')).toBe('contradicts');
    expect(await cell.getAttribute('data-uncited')).toBe('true');
    expect(await cell.getAttribute('title')).toBe(
      'PK · CRC.1: Contradicts (1 clause) (rated by analyst) (no clause cited)',
    );
    await cell.click();
    await expect
      .poll(() => page.getByTestId('rating-no-clause').textContent())
      .toContain(
        'The clauses accepted for this cell implement the standard; they do not ground this Contradicts',
      );
    await page.screenshot({ path: path.join(shots, 'contradicts-over-accepted.png') });
  });
});
