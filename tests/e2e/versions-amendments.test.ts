// A law's history on screen, in Chromium: the Library proposes the Pakistani amending act's link to the
// 2018 Act and the analyst confirms it; the amended section shows the amendment beside it; a newer text
// of a reviewed Malaysian bill marks exactly its edited sections and lists its versions.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/api/contract';
import type { SuggestionView } from '../../shared/model';
import { law, lawsDir, tempDir } from '../helpers/paths';
import { printMarkdownLaw } from '../helpers/print-markdown-law';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;
let act2018: ImportedDocument;
let bill: ImportedDocument;
let amendingId: string;
let reprint: string;

beforeAll(async () => {
  app = await startApp();
  const { page } = app;
  await callApi(page, 'updateSettings', { reviewerName: 'E2E Analyst' });
  [act2018] = await importViaApi(page, 'PK', [
    law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf'),
  ]);
  const amending = law('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf');
  const amendingImport = await callApi<{ documents: ImportedDocument[] }>(page, 'importDocuments', {
    country: 'PK',
    ocr: 'force',
    files: [{ name: path.basename(amending), dataBase64: fs.readFileSync(amending).toString('base64') }],
  });
  amendingId = amendingImport.documents[0].id;
  [bill] = await importViaApi(page, 'MY', [law('MY/Evidence_of_Child_Witness_Bill_2007.pdf')]);
  await callApi(page, 'tagDocuments', { documentId: bill.id });
  const suggestions = await callApi<SuggestionView[]>(page, 'listSuggestions', { documentId: bill.id });
  await callApi(page, 'reviewSuggestions', {
    ids: suggestions.map((s) => s.id),
    decision: 'accept',
    coverage: 'partial',
  });
  // The bill again, s. 14 edited: printed from its source text like the bill itself.
  const source = fs.readFileSync(
    path.join(lawsDir, 'MY/source/Evidence_of_Child_Witness_Bill_2007.md'),
    'utf8',
  );
  reprint = path.join(tempDir(), 'Evidence_of_Child_Witness_Bill_2007_reprint.pdf');
  await printMarkdownLaw(
    source.replace('No person shall reveal or publish', 'No person shall reveal, broadcast or publish'),
    reprint,
  );
  await page.reload();
}, 400_000);

afterAll(async () => {
  await app?.close();
});

describe("a law's history on screen", () => {
  it('the Library proposes what the amending act amends, and the analyst confirms it', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    const proposal = page.locator(`tr[data-document="${amendingId}"] [data-status=proposed]`);
    await proposal.waitFor();
    expect(await proposal.textContent()).toMatch(
      /Amends Islamabad Capital Territory Child Protection Act, 2018 \(s\. 6, s\. 8\)proposed/,
    );
    // The amended act says so too, with no buttons of its own.
    const amended = page
      .locator(`tr[data-document="${act2018.id}"]`)
      .locator('[data-testid=amendment-links]');
    expect(await amended.textContent()).toMatch(
      /Amended by Islamabad Capital Territory Child Protection \(Amendment\) Act, 2022/,
    );
    await proposal.getByRole('button', { name: 'Confirm' }).click();
    await page.locator(`tr[data-document="${amendingId}"] [data-status=confirmed]`).waitFor();
    expect(await page.locator('[data-testid=amendment-links] [data-status=proposed]').count()).toBe(0);
    expect(await page.locator(`tr[data-document="${act2018.id}"] [data-status=confirmed]`).count()).toBe(1);
    // Confirmed, the 2018 Act reads as amended in its status column (no dates recorded here).
    await expect
      .poll(() => page.locator(`tr[data-document="${act2018.id}"]`).textContent())
      .toContain('In force; amended');
  });

  it('the amended section shows the amendment beside it, and leads to the amending act', async () => {
    const { page } = app;
    await page.locator(`tr[data-document="${act2018.id}"]`).getByRole('button', { name: 'Open' }).click();
    const s6 = page.locator('[data-testid=clause-list] [data-clause="6"]');
    await s6.waitFor();
    await s6.locator('.badge.amended').waitFor();
    expect(await page.locator('[data-testid=clause-list] .badge.amended').count()).toBe(2);
    await s6.click();
    const note = page.locator('[data-testid=clause-history] .history-note.amendment');
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /Amended by s\. \d+ of Islamabad Capital Territory Child Protection \(Amendment\) Act, 2022\s*confirmed/,
    );
    await note.getByRole('link').click();
    await page.locator('[data-testid=clause-history]').first().waitFor();
    expect(await page.getByLabel('Document').inputValue()).not.toBe(act2018.id);
    // The amending act opens at its section that amends s. 6 (s. 2; its s. 1 is the short title).
    expect(
      await page.locator('[data-testid=clause-list] .tree-node.selected').getAttribute('data-clause'),
    ).toBe('2');
    expect(await page.locator('[data-testid=clause-history]').first().textContent()).toMatch(
      /amends s\. 6 of Islamabad/,
    );
  });

  it('a newer text of the reviewed bill marks exactly its edited section, back to review, and lists the versions', async () => {
    const { page } = app;
    const result = await callApi<{ documents: ImportedDocument[] }>(page, 'importDocuments', {
      country: 'MY',
      files: [{ name: path.basename(reprint), dataBase64: fs.readFileSync(reprint).toString('base64') }],
    });
    expect(result.documents[0]).toMatchObject({ id: bill.id, version: { number: 2 } });
    await page.reload();
    await page.click('[data-screen=library]');
    await page.locator(`tr[data-document="${bill.id}"]`).getByRole('button', { name: 'Open' }).click();
    await page.locator('[data-testid=clause-list] [data-clause="14"]').waitFor();
    const marked = page.locator('[data-testid=clause-list] .tree-node:has(.badge.version-changed)');
    await marked.first().waitFor();
    expect(await marked.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-clause')))).toEqual([
      '14',
    ]);
    await page.locator('[data-testid=clause-list] [data-clause="14"]').click();
    const note = page.locator('[data-testid=clause-history] .history-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /Changed in version 2.*Back to review; decided on the old text: .*accepted \(partial\)/,
    );
    await note.getByText('Text before').click();
    expect(await note.locator('.previous-text').textContent()).toMatch(/reveal or publish/);

    await page.getByRole('button', { name: 'Versions (2)' }).click();
    const dialog = page.getByTestId('versions-dialog');
    await dialog.waitFor();
    const versions = dialog.locator('[data-testid=version]');
    expect(await versions.count()).toBe(2);
    expect(await versions.first().textContent()).toMatch(
      /Version 2.*newer text.*15 unchanged \(\d+ decisions carried over\) · 1 changed/,
    );
  });
});
