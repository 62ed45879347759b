// The analyst's whole job in the browser UI on real laws: import (with a password prompt), suggestions,
// a clause highlighted on its page, keyboard review with undo, a cell rating, and an Excel export.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, SuggestionView } from '../../shared/model';
import { bestPerClause } from '../../shared/review/best-per-clause';
import { DEFAULT_MIN_SCORE } from '../../shared/review/queue-defaults';
import { DECISION_GAP_MS } from '../../renderer/components/shortcuts';
import { law, robustnessDir } from '../helpers/paths';
import { callApi, type RunningApp, startApp } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('the analyst journey in the browser', () => {
  it('records the reviewer name set in Settings', async () => {
    const { page } = app;
    await page.click('[data-screen=settings]');
    await page.fill('[aria-label="Reviewer name"]', 'E2E Analyst');
    await page.click('text=Save');
    await expect.poll(() => page.textContent('.statusbar')).toContain('Reviewer: E2E Analyst');
  });

  it(
    'imports two countries’ laws and an encrypted PDF through its password prompt',
    { timeout: 400_000 },
    async () => {
      const { page } = app;
      await page.click('[data-screen=library]');
      await page.fill('[aria-label="Country code"]', 'MY');
      await page.setInputFiles(
        '[data-testid=import-input]',
        law('MY/Evidence_of_Child_Witness_Bill_2007.pdf'),
      );
      await page
        .getByRole('status')
        .filter({ hasText: /Imported Evidence_of_Child_Witness_Bill_2007\.pdf/ })
        .waitFor({ timeout: 180_000 });
      // The first law in: a package can be made for its country without leaving the Library first.
      await expect
        .poll(() => page.getByRole('button', { name: 'Make review package…' }).isEnabled())
        .toBe(true);
      await expect.poll(() => page.textContent('.statusbar')).toMatch(/1 law · 1 country · \d+ clauses/);

      await page.fill('[aria-label="Country code"]', 'PK');
      await page.setInputFiles('[data-testid=import-input]', law('PK/Child_Marriage_Restraint_Act_1929.pdf'));
      await page
        .getByRole('status')
        .filter({ hasText: /Imported Child_Marriage_Restraint_Act_1929\.pdf/ })
        .waitFor({ timeout: 180_000 });

      await page.setInputFiles(
        '[data-testid=import-input]',
        path.join(robustnessDir, 'password-example.pdf'),
      );
      const password = page.getByLabel('PDF password');
      await password.waitFor({ timeout: 60_000 });
      await password.fill('test');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Imported password-example\.pdf/ })
        .waitFor({ timeout: 180_000 });

      // The same file again: said once, and with no OCR advice for a law with text on every page.
      await page.fill('[aria-label="Country code"]', 'MY');
      await page.setInputFiles(
        '[data-testid=import-input]',
        law('MY/Evidence_of_Child_Witness_Bill_2007.pdf'),
      );
      // The import card's own lines (the Jobs section below repeats the job's result).
      const card = page.locator('.card', { has: page.getByTestId('import-input') });
      await card
        .getByText(/is already imported as/)
        .first()
        .waitFor({ timeout: 60_000 });
      expect(await card.getByText(/already imported/).allTextContents()).toEqual([
        expect.stringMatching(
          /^Evidence_of_Child_Witness_Bill_2007\.pdf is already imported as ".+" \(\w+\); skipped$/,
        ),
      ]);
      expect(await page.getByTestId('import-progress').textContent()).toMatch(
        /Evidence_of_Child_Witness_Bill_2007\.pdf.*skipped$/,
      );
      await page.fill('[aria-label="Country code"]', 'PK');

      const docs = await callApi<DocumentRecord[]>(page, 'listDocuments');
      expect(docs.map((d) => d.country).sort()).toEqual(['MY', 'PK', 'PK']);
      for (const d of docs) expect(d.pages).toBeGreaterThan(0);
      for (const d of docs.filter((x) => x.file !== 'password-example.pdf'))
        expect(d.clauses).toBeGreaterThan(0);
      await expect
        .poll(() => page.locator('.card h2').allTextContents())
        .toEqual(expect.arrayContaining(['MY · 1 law', 'PK · 2 laws']));
    },
  );

  it('runs suggestions from the Library', { timeout: 240_000 }, async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Run suggestions' }).click();
    await page.getByText(/Suggestions ready: \d+ new/).waitFor({ timeout: 180_000 });
    const all = await callApi<SuggestionView[]>(page, 'listSuggestions');
    expect(all.length).toBeGreaterThan(10);
  });

  it('shows a clause highlighted on its drawn PDF page', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.locator('tr', { hasText: 'Child Witness' }).getByRole('button', { name: 'Open' }).click();
    await page.locator('[data-testid=clause-list] [data-clause="2"]').first().click();
    const highlight = page.locator('[data-testid=clause-highlight]').first();
    await highlight.waitFor({ timeout: 60_000 });
    const canvas = page.locator('[data-testid=pdf-page] canvas');
    // The page is drawn: the canvas has dark (text) pixels, not only white.
    await expect
      .poll(
        () =>
          canvas.evaluate((c: HTMLCanvasElement) => {
            const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
            let dark = 0;
            // Opaque only: a canvas not drawn yet is transparent black.
            for (let i = 0; i < data.length; i += 4)
              if (data[i + 3] > 200 && data[i] + data[i + 1] + data[i + 2] < 300) dark++;
            return dark;
          }),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(500);
    // The highlight lies on the page (its 2 px margin aside), sized like a clause rather than a dot.
    const placement = async () => {
      const box = (await highlight.boundingBox())!;
      const sheet = (await canvas.boundingBox())!;
      return {
        sized: box.width > 20 && box.height > 5,
        inside:
          box.x >= sheet.x - 3 &&
          box.y >= sheet.y - 3 &&
          box.x + box.width <= sheet.x + sheet.width + 3 &&
          box.y + box.height <= sheet.y + sheet.height + 3,
      };
    };
    await expect.poll(placement).toEqual({ sized: true, inside: true });
    // The clause's best five, and all of its suggestions on request.
    const cards = page.locator('[data-testid=doc-suggestion]');
    await expect.poll(() => cards.count()).toBe(5);
    const documentId = (await callApi<DocumentRecord[]>(page, 'listDocuments')).find((d) =>
      d.title.includes('Child Witness'),
    )!.id;
    const stored = (await callApi<SuggestionView[]>(page, 'listSuggestions', { documentId })).filter(
      (s) => s.clauseNumber === '2',
    ).length;
    expect(stored).toBeGreaterThan(5);
    await page.getByRole('button', { name: `Show all ${stored}` }).click();
    await expect.poll(() => cards.count()).toBe(stored);
  });

  it('accepts, rejects and skips from the keyboard in Review, and undo restores the last decision', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const rows = page.locator('[data-testid=review-row]');
    await rows.first().waitFor();
    const ids = await rows.evaluateAll((els) => els.slice(0, 4).map((e) => e.getAttribute('data-id')!));
    const selectedId = () =>
      page.locator('[data-testid=review-row][aria-selected=true]').getAttribute('data-id');
    await expect.poll(selectedId).toBe(ids[0]);

    // Each decision is its own deliberate key press: faster ones are taken for stray typing.
    const decide = async (key: string) => {
      await page.waitForTimeout(DECISION_GAP_MS);
      await page.keyboard.press(key);
    };
    await decide('a');
    await expect.poll(selectedId).toBe(ids[1]);
    await decide('r');
    await expect.poll(selectedId).toBe(ids[2]);
    await page.keyboard.press('j');
    await expect.poll(selectedId).toBe(ids[3]);
    await decide('a');
    await expect.poll(selectedId).not.toBe(ids[3]);
    await expect
      .poll(() => page.locator(`[data-id="${ids[3]}"]`).getAttribute('data-status'))
      .toBe('accepted');

    const statuses = async () => {
      const all = await callApi<SuggestionView[]>(page, 'listSuggestions');
      const byId = new Map(all.map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id)!.status);
    };
    await expect.poll(statuses).toEqual(['accepted', 'rejected', 'suggested', 'accepted']);
    const accepted = (await callApi<SuggestionView[]>(page, 'listSuggestions')).find((s) => s.id === ids[0])!;
    expect(accepted.reviewer).toBe('E2E Analyst');

    await decide('u');
    await expect.poll(statuses).toEqual(['accepted', 'rejected', 'suggested', 'suggested']);
    await expect
      .poll(() => page.locator(`[data-id="${ids[3]}"]`).getAttribute('data-status'))
      .toBe('suggested');
  });

  it("shows each clause's best five by default, an instrument's own best five when one is chosen, and all on request", async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.locator('[data-testid=review-row]').first().waitFor();
    const shown = async () =>
      Number((await page.textContent('.toolbar .muted'))?.match(/\/(\d+) reviewed/)?.[1]);
    // The default queue hides undecided suggestions below the minimum score.
    const expected = async (framework?: string) =>
      bestPerClause(
        (await callApi<SuggestionView[]>(page, 'listSuggestions', framework ? { framework } : {})).filter(
          (s) => s.score >= DEFAULT_MIN_SCORE || s.status !== 'suggested',
        ),
        5,
      ).length;

    const all = (await callApi<SuggestionView[]>(page, 'listSuggestions')).filter(
      (s) => s.score >= DEFAULT_MIN_SCORE || s.status !== 'suggested',
    ).length;
    const best = await expected();
    expect(best).toBeLessThan(all);
    await expect.poll(shown).toBe(best);
    await page.getByLabel('Instrument').selectOption('C182');
    await expect.poll(shown).toBe(await expected('C182'));
    await page.getByLabel('Instrument').selectOption('');
    await page.getByLabel('Per clause').selectOption('0');
    await expect.poll(shown).toBe(all);
    await page.getByLabel('Per clause').selectOption('5');
    await expect.poll(shown).toBe(best);
  });

  it('says why the queue is empty: every suggestion below the minimum score, or none of the filters chosen', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.locator('[data-testid=review-row]').first().waitFor();
    // An instrument whose suggestions, none decided, all score below the slider's top (0.90).
    const all = await callApi<SuggestionView[]>(page, 'listSuggestions');
    const byFramework = new Map<string, SuggestionView[]>();
    for (const s of all) byFramework.set(s.frameworkId, [...(byFramework.get(s.frameworkId) ?? []), s]);
    const [framework, rows] = [...byFramework].find(([, list]) =>
      list.every((s) => s.status === 'suggested' && s.score < 0.9),
    )!;
    await page.getByLabel('Instrument').selectOption(framework);
    await page.locator('input[type=range]').fill('0.9');
    const empty = page.locator('[data-testid=review-empty]');
    await expect
      .poll(() => empty.textContent())
      .toBe(`All ${rows.length} suggestions here score below 0.90: lower Min score to see them.`);
    // Nothing rejected yet in this instrument: the filters, not a missing tagging run, empty the queue.
    await page.locator('input[type=range]').fill('0');
    await page.getByLabel('Status').selectOption('rejected');
    await expect
      .poll(() => empty.textContent())
      .toMatch(/^No suggestion of this country, instrument and status/);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Instrument').selectOption('');
    await page.locator('input[type=range]').fill(String(DEFAULT_MIN_SCORE));
  });

  it('keeps the review keys working after the Min score slider is moved, and its arrows move it', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const slider = page.locator('input[type=range]');
    await slider.fill('0.1');
    await slider.focus();
    const selected = () =>
      page.locator('[data-testid=review-row][aria-selected=true]').getAttribute('data-id');
    const before = await selected();
    await page.keyboard.press('j');
    await expect.poll(selected).not.toBe(before);
    // Arrows still belong to the slider: it moves a step, the selection stays.
    const after = await selected();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).toBe('0.15');
    expect(await selected()).toBe(after);
    await slider.fill(String(DEFAULT_MIN_SCORE));
  });

  it('keeps the review keys working after a filter is picked with the mouse; a filter worked with keys keeps them', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.locator('[data-testid=review-row]').first().waitFor();
    const selected = () =>
      page.locator('[data-testid=review-row][aria-selected=true]').getAttribute('data-id');
    // Picked with the mouse: the click opens the dropdown, the choice closes it.
    const status = page.getByLabel('Status');
    await status.click();
    await status.selectOption('suggested');
    await expect.poll(() => page.locator('[data-testid=review-row]').count()).toBeGreaterThan(1);
    const before = await selected();
    await page.keyboard.press('j');
    await expect.poll(selected).not.toBe(before);
    // Worked with the keyboard: its arrows change the choice and it keeps the focus for the next one.
    const order = page.getByLabel('Order');
    await order.focus();
    const start = await order.inputValue();
    await page.keyboard.press(start === 'document' ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(() => order.inputValue()).not.toBe(start);
    expect(await order.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press(start === 'document' ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(() => order.inputValue()).toBe(start);
    await status.selectOption('');
  });

  it('keeps the selected row in view when the queue is put in another order', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByLabel('Order').selectOption('document');
    const list = page.locator('[data-testid=review-list]');
    const inView = async (id: string) => {
      const row = page.locator(`[data-testid=review-row][data-id="${id}"][aria-selected=true]`);
      if (!(await row.count())) return false;
      const [r, l] = [(await row.boundingBox())!, (await list.boundingBox())!];
      // Whole rows, to the pixel (boxes come in fractions).
      return r.y >= l.y - 1 && r.y + r.height <= l.y + l.height + 1;
    };
    // The first row and the last, each taken to the other order: one of them moves far.
    for (const end of ['first', 'last'] as const) {
      await list.evaluate((el, end) => (el.scrollTop = end === 'first' ? 0 : el.scrollHeight), end);
      await page.locator('[data-testid=review-row]')[end]().click();
      const id = await page.locator('[data-testid=review-row][aria-selected=true]').getAttribute('data-id');
      await page.getByLabel('Order').selectOption('uncertainty');
      await expect.poll(() => inView(id!)).toBe(true);
      await page.getByLabel('Order').selectOption('document');
      await expect.poll(() => inView(id!)).toBe(true);
    }
  });

  it('rates a matrix cell with a rationale, and the cell shows the new level', async () => {
    const { page } = app;
    await page.click('[data-screen=matrix]');
    const cell = page.locator('[data-cell="PK/CRC.1"]');
    await cell.waitFor();
    await cell.click();
    await page.getByLabel('Level').selectOption('contradicts');
    await page.getByLabel('Rationale').fill('Marriage ages differ for boys and girls.');
    await page.getByRole('button', { name: 'Save rating' }).click();
    await expect.poll(() => cell.getAttribute('data-level')).toBe('contradicts');
    expect(await page.locator('[data-testid=cell-drawer]').count()).toBe(0);
  });

  it('exports the matrix as an Excel workbook with both countries', async () => {
    const { page } = app;
    await page.click('[data-screen=export]');
    await page.getByLabel(/Excel workbook/).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export matrix' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    // The result is told beside Export matrix, not beside the Report buttons.
    const matrixRow = page.getByRole('button', { name: 'Export matrix' }).locator('xpath=..');
    await expect
      .poll(() => matrixRow.getByRole('status').textContent())
      .toMatch(new RegExp(`^Saved ${download.suggestedFilename().replace(/\./g, '\\.')} \\(\\d+ KB\\)$`));
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Matrix')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String).join(' | ');
    expect(header).toContain('(MY)');
    expect(header).toContain('(PK)');
    const crc1 = sheet.getColumn(1).values.findIndex((v) => String(v) === 'CRC.1');
    expect(crc1).toBeGreaterThan(0);
  });

  it('exports the matrix as CSV with its evidence, ratifications and recommendations, a file each', async () => {
    const { page } = app;
    await page.click('[data-screen=export]');
    await page.getByLabel(/^CSV/).check();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Export matrix' }).click();
    await expect.poll(() => downloads.length).toBe(4);
    const names = downloads.map((d) => d.suggestedFilename());
    const base = names[0].replace(/\.csv$/, '');
    expect(names).toEqual([
      `${base}.csv`,
      `${base}.evidence.csv`,
      `${base}.ratifications.csv`,
      `${base}.recommendations.csv`,
    ]);
    const matrixRow = page.getByRole('button', { name: 'Export matrix' }).locator('xpath=..');
    await expect
      .poll(() => matrixRow.getByRole('status').textContent())
      .toContain(`, with ${base}.evidence.csv`);
    // The evidence table, as Excel opens it (with its byte-order mark), holds the Contradicts rating
    // made above with its rationale and the suggestions it overrode.
    const evidence = fs.readFileSync(await downloads[1].path(), 'utf8');
    expect(evidence.startsWith('\uFEFFcountry,country_name,framework,provision_id')).toBe(true);
    expect(evidence).toMatch(
      /^PK,Pakistan,CRC,CRC\.1,.*,contradicts,.*Marriage ages differ for boys and girls\./m,
    );
    expect(evidence).toContain('Child Marriage Restraint Act, 1929, s. 2');
  });

  it('exports nothing, rather than every country, when every country is unticked', async () => {
    const { page } = app;
    await page.click('[data-screen=export]');
    const exportButton = page.getByRole('button', { name: 'Export matrix' });
    for (const code of ['MY', 'PK']) await page.getByLabel(new RegExp(`^${code} · `)).uncheck();
    await expect.poll(() => exportButton.isEnabled()).toBe(false);
    await page.getByText('Tick at least one instrument and one country.').waitFor();
    await page.getByLabel(/^PK · /).check();
    await expect.poll(() => exportButton.isEnabled()).toBe(true);
  });
});
