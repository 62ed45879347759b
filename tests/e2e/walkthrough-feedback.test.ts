// What an analyst walking through Lexgap with real laws must see: every law's title readable in a
// 1,100 px window, and after each action a line that says what it did.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { law, robustnessDir } from '../helpers/paths';
import { callApi, type RunningApp, seedTaggedLibrary, startApp, queueShown } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1100, height: 800 });
  await seedTaggedLibrary(app.page, [
    ['MY', [law('MY/Sexual_Offences_against_Children_Bill_2017.pdf')]],
    ['PK', [law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf')]],
  ]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

/** The Document screen on one clause of a law, opened from its row in the Library. */
async function openClause(title: string, clause: string) {
  const { page } = app;
  await page.click('[data-screen=library]');
  await page.locator('tr', { hasText: title }).getByRole('button', { name: 'Open' }).click();
  await page.locator(`[data-testid=clause-list] [data-clause="${clause}"]`).first().click();
}

describe('walking through Lexgap', () => {
  it('at 1,100 px wide, the Library shows each law’s title in a column of its own, clear of its year', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    const rows = page.locator('table.docs tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    for (const row of await rows.all()) {
      const title = (await row.locator('td').nth(0).boundingBox())!;
      const year = (await row.locator('td').nth(1).boundingBox())!;
      // Wide enough for a few words on a line, and the title's words end before the year begins.
      expect(title.width).toBeGreaterThan(180);
      const words = await row
        .locator('td')
        .nth(0)
        .evaluate((td) => {
          const range = document.createRange();
          range.selectNodeContents(td.firstChild!);
          return range.getBoundingClientRect().right;
        });
      expect(words).toBeLessThanOrEqual(year.x + 1);
    }
    await expect.poll(() => page.locator('table.docs thead th').first().isVisible()).toBe(true);
    // No File column cut to a letter: the file's name stands whole under its title.
    expect(await page.locator('table.docs thead th', { hasText: 'File' }).first().isVisible()).toBe(false);
    const under = rows.first().locator('.file-under-title');
    expect(await under.isVisible()).toBe(true);
    expect(await under.textContent()).toMatch(/\.pdf$/);
    expect(await under.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  });

  it('a PDF that cannot be read is marked failed in the import list, in red with the reason, not as finished', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', 'MY');
    await page.setInputFiles('[data-testid=import-input]', path.join(robustnessDir, 'bug1020226.pdf'));
    const row = page.getByTestId('import-progress').locator('tr', { hasText: 'bug1020226.pdf' });
    const said = row.locator('td').nth(2);
    await expect.poll(() => said.getAttribute('class'), { timeout: 60_000 }).toBe('error');
    expect(await said.textContent()).toMatch(/^bug1020226\.pdf is damaged: .{10,}/);
    // The bar is drawn in the colour of the error beside it, not in the accent of a finished file.
    const bar = await row
      .getByRole('progressbar')
      .locator('div')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(bar).toBe(await said.evaluate((e) => getComputedStyle(e).color));
    await expect.poll(() => page.locator('table.docs tbody tr').count()).toBe(2);
  });

  it('in Review, other filters that leave out the row one was on start from the first row, without the last decision’s line', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByLabel('Country').selectOption('MY');
    await page.getByLabel('Status').selectOption('');
    await queueShown(page);
    const rows = page.getByTestId('review-row');
    await rows.nth(4).click();
    const detail = page.getByTestId('review-detail');
    await detail.getByRole('button', { name: 'Reject (r)' }).click();
    await expect.poll(() => detail.getByRole('status').textContent()).toMatch(/^Rejected /);
    const rejected = await rows.nth(4).getAttribute('data-id');
    await page.getByLabel('Status').selectOption('suggested');
    await expect
      .poll(async () => (await rows.all()).length > 0 && (await rows.first().getAttribute('data-status')))
      .toBe('suggested');
    await expect.poll(() => rows.first().getAttribute('aria-selected')).toBe('true');
    expect(await detail.getByRole('status').count()).toBe(0);
    // Back to every status: the rejected row is in the queue again, and the row on screen stays.
    const onScreen = await rows.first().getAttribute('data-id');
    await page.getByLabel('Status').selectOption('');
    await expect
      .poll(() => page.locator('[data-testid=review-row][aria-selected=true]').getAttribute('data-id'))
      .toBe(onScreen);
    expect(rejected).not.toBe(onScreen);
  });

  it('encrypted PDFs ask for their passwords in the app’s dialog, one after the other: Esc skips a file and says so', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', 'MY');
    await page.setInputFiles('[data-testid=import-input]', [
      path.join(robustnessDir, 'password-example.pdf'),
      path.join(robustnessDir, 'libreoffice-writer-password.pdf'),
    ]);
    const dialog = page.getByRole('dialog', { name: 'Password needed' });
    await dialog.waitFor({ timeout: 60_000 });
    // Typing goes to the password field at once.
    await page.keyboard.type('not it');
    expect(await dialog.getByLabel('PDF password').inputValue()).toBe('not it');
    const first = (await dialog.textContent())!.includes('password-example.pdf')
      ? 'password-example.pdf'
      : 'libreoffice-writer-password.pdf';
    const second =
      first === 'password-example.pdf' ? 'libreoffice-writer-password.pdf' : 'password-example.pdf';
    await page.keyboard.press('Escape');
    // The other file is asked for next, with an empty field: neither is dropped unasked.
    await expect.poll(() => dialog.textContent()).toContain(second);
    expect(await dialog.getByLabel('PDF password').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toEqual(
        expect.arrayContaining([
          `${first} was not imported: no password given`,
          `${second} was not imported: no password given`,
        ]),
      );
    await expect.poll(() => page.locator('table.docs tbody tr').count()).toBe(2);
  });

  it('at 1,100 px the Document screen keeps the page readable, and after a heading is corrected says what it now is', async () => {
    const { page } = app;
    await openClause('Sexual Offences against Children', '14');
    // The printed page keeps a readable width beside the clause list and the clause pane.
    await expect
      .poll(async () => (await page.getByTestId('pdf-pane').boundingBox())!.width)
      .toBeGreaterThan(340);
    await page.getByRole('button', { name: 'Edit number/heading' }).click();
    await page.getByLabel('Clause heading').fill('Child grooming');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('s. 14: heading now “Child grooming”');
  });

  it('at 1,100 px a suggestion card with a long checklist id gives the standard’s title a line of its own', async () => {
    const { page } = app;
    const all = await callApi<{ provisionId: string; clauseNumber: string; country: string }[]>(
      page,
      'listSuggestions',
      { country: 'PK' },
    );
    const long = all.find((s) => s.provisionId.length >= 22)!;
    await page.click('[data-screen=library]');
    await page
      .locator('tr', { hasText: 'Islamabad Capital Territory' })
      .getByRole('button', { name: 'Open' })
      .click();
    await page.locator(`[data-testid=clause-list] [data-clause="${long.clauseNumber}"]`).first().click();
    const card = page.getByTestId('doc-suggestion').filter({ hasText: long.provisionId }).first();
    const title = card.locator('.row .grow').first();
    await expect.poll(async () => (await title.boundingBox())?.width ?? 0).toBeGreaterThan(200);
  });

  it('each decision in Review says what it recorded, its history shows it, and the buttons stay above a long clause', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const rows = page.getByTestId('review-row');
    await rows.first().waitFor();
    const detail = page.getByTestId('review-detail');
    const said = () => detail.getByRole('status').textContent();
    // "CRC.19 on s. 31 (Child Bill 1999)", read from the row as the queue shows it.
    const named = async (i: number) => {
      const row = rows.nth(i);
      const provision = await row.locator('.badge.fw').textContent();
      const clause = (await row.locator('b').first().textContent())!.replace(/\s+/g, ' ').trim();
      const law = (await row.locator('.muted').first().textContent())!.replace(/^\s*—\s*/, '');
      return `${provision} on ${clause} (${law})`;
    };
    await rows.nth(0).click();
    const first = await named(0);
    await page.keyboard.press('a');
    await expect.poll(said).toBe(`Accepted ${first}, full coverage`);
    const second = await named(1);
    await page.waitForTimeout(300);
    await page.keyboard.press('r');
    await expect.poll(said).toBe(`Rejected ${second}`);
    await rows.nth(3).click();
    const fourth = await named(3);
    await detail.getByRole('button', { name: 'Accept partial (p)' }).click();
    await expect.poll(said).toBe(`Accepted ${fourth}, partial coverage`);
    // Its history, from the audit log, shows the decision and whose it was; an undecided row says so.
    const history = page.getByTestId('suggestion-history');
    await expect.poll(() => history.textContent()).toContain('E2E Analyst accepted (partial)');
    await rows.nth(0).click();
    await expect.poll(() => history.textContent()).toContain('E2E Analyst accepted (full)');
    await rows.nth(2).click();
    await expect.poll(() => history.textContent()).toContain('No decision recorded yet.');
    // The decision buttons stand above the clause text, in view however long the clause: the ICT
    // Act's s. 2 (its definitions) runs longer than the window.
    await page.getByLabel('Country').selectOption('PK');
    await queueShown(page);
    await rows
      .filter({ hasText: /s\. 2 / })
      .first()
      .click();
    await expect.poll(() => detail.locator('h2').first().textContent()).toMatch(/section 2$/);
    const accept = detail.getByRole('button', { name: 'Accept full (f)' });
    await expect
      .poll(async () => {
        // Long: the clause overflows its own scrolling region (the note and History stay below it).
        const long = await detail
          .getByTestId('clause-scroll')
          .evaluate((e) => e.scrollHeight > e.clientHeight + 100);
        const pane = (await detail.boundingBox())!;
        const button = (await accept.boundingBox())!;
        return long && button.y + button.height < pane.y + pane.height;
      })
      .toBe(true);
    // A standard tagged by hand where nothing was suggested has no "before" in the audit log: its
    // history says it was tagged by hand, and the screen goes on working.
    const [ict] = await callApi<{ id: string }[]>(page, 'listDocuments', { country: 'PK' });
    const [opening] = await callApi<{ id: string }[]>(page, 'listClauses', { documentId: ict.id });
    const offered = await callApi<{ provisionId: string }[]>(page, 'listSuggestions', { country: 'PK' });
    const provisionId = ['C182.3', 'C138.2', 'OPAC.1', 'CRC.30'].find(
      (p) => !offered.some((s) => s.provisionId === p),
    )!;
    const tag = await callApi<{ id: string }>(page, 'addManualTag', {
      clauseId: opening.id,
      provisionId,
      coverage: 'partial',
      note: 'by hand',
    });
    const [entry] = await callApi<{ before: unknown }[]>(page, 'listAudit', { entityId: tag.id });
    expect(entry.before).toBeNull();
    await page.click('[data-screen=library]');
    await page.click('[data-screen=review]');
    await page.getByLabel('Country').selectOption('PK');
    await queueShown(page);
    await rows.filter({ hasText: provisionId }).first().click();
    await expect
      .poll(() => history.textContent())
      .toContain('E2E Analyst tagged the clause by hand: accepted (partial) — note: “by hand”');
    await expect.poll(() => detail.getByRole('button', { name: 'Reject (r)' }).isVisible()).toBe(true);
  });

  it('at 1,100 px the Review screen shows the whole detail pane: the status and clause text end inside the window', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByLabel('Country').selectOption('');
    const rows = page.getByTestId('review-row');
    await rows.first().click();
    const detail = page.getByTestId('review-detail');
    await detail.locator('.clause-text').waitFor();
    const width = page.viewportSize()!.width;
    const pane = (await detail.boundingBox())!;
    expect(pane.x + pane.width).toBeLessThanOrEqual(width);
    // The status badge at the right of the standard's line, and the text, are not cut by the window's edge.
    const badge = (await detail.locator('.row .badge').last().boundingBox())!;
    expect(badge.x + badge.width).toBeLessThanOrEqual(width);
    expect(await detail.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  });

  it('at 1,100 px each row of the review queue shows its clause number and status whole, beside a long checklist id', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByLabel('Country').selectOption('');
    await page.getByLabel('Instrument').selectOption('CHK');
    const rows = page.getByTestId('review-row');
    await expect.poll(() => rows.first().locator('.badge.fw').textContent()).toMatch(/^CHK\./);
    // "s. 14", not "s. …": the label ends inside every box that clips it, and before the standard's id.
    const clipped = await rows.evaluateAll((list) =>
      list.flatMap((row) => {
        const label = row.querySelector('b')!;
        const right = label.getBoundingClientRect().right;
        const id = row.querySelector('.badge.fw')!.getBoundingClientRect().left;
        let box: Element | null = label.parentElement;
        while (box && box !== row && getComputedStyle(box).overflow === 'visible') box = box.parentElement;
        const edge = box ? box.getBoundingClientRect().right : Infinity;
        // The status at the row's end stays in the row too (a long id gives way instead).
        const status = row.lastElementChild!.getBoundingClientRect().right;
        const end = row.getBoundingClientRect().right;
        return right > edge + 0.5 || right > id || status > end + 0.5 ? [label.textContent] : [];
      }),
    );
    expect(clipped).toEqual([]);
  });

  it('a file chosen beside PDFs that is not a PDF is named as not imported, with what the import said of the others', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.getByLabel('Country code').fill('MY');
    const docx = { mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004') };
    await page.getByTestId('import-input').setInputFiles([
      { ...docx, name: 'Draft notes.docx' },
      {
        name: 'Sexual_Offences_against_Children_Bill_2017.pdf',
        mimeType: 'application/pdf',
        buffer: fs.readFileSync(law('MY/Sexual_Offences_against_Children_Bill_2017.pdf')),
      },
      { ...docx, name: 'Gazette.jpg' },
    ]);
    const lines = () =>
      page.locator('.card').first().locator('[role=alert], [role=status]').allTextContents();
    await expect.poll(lines, { timeout: 60_000 }).toContainEqual(expect.stringMatching(/already imported/));
    expect(await lines()).toEqual(
      expect.arrayContaining([
        'Draft notes.docx was not imported: it is not a PDF (.pdf)',
        'Gazette.jpg was not imported: it is not a PDF (.pdf)',
      ]),
    );
  });

  it('after a merge on the Document screen the status bar counts one clause fewer, and one more after a split', async () => {
    const { page } = app;
    const bar = page.locator('footer.statusbar');
    const counted = async () =>
      Number(/([\d,]+) clauses/.exec((await bar.textContent()) ?? '')![1].replace(/,/g, ''));
    await openClause('Islamabad Capital Territory', '5');
    await expect.poll(counted).toBeGreaterThan(0);
    const before = await counted();
    await page.getByRole('button', { name: 'Merge with next' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Merge/ }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/^Merged/));
    await expect.poll(counted).toBe(before - 1);
    await page.locator('[data-testid=clause-text]').click({ position: { x: 60, y: 30 } });
    await page.getByRole('button', { name: 'Split here' }).click();
    await page.getByLabel('New clause number').fill('5A');
    await page.keyboard.press('Enter');
    await expect.poll(counted).toBe(before);
  });

  it('a law’s Edit dialog opens with the focus on its title, Esc leaves it unchanged, and Enter saves', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    const row = page.locator('table.docs tr', { hasText: 'Islamabad Capital Territory' });
    const edit = row.getByRole('button', { name: 'Edit' });
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Edit law' });
    const title = dialog.getByLabel('Title');
    await expect.poll(() => title.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type(' (draft)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Back on the Edit button it came from, the title as it was.
    expect(await edit.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await row.locator('td').first().textContent()).not.toContain('(draft)');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' (as amended)');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('td').first().textContent()).toContain('Act, 2018 (as amended)');
  });

  it('a PDF chosen before the country code waits for it, and is imported once the code is entered', async () => {
    const { page } = app;
    await page.click('[data-screen=library]');
    await page.fill('[aria-label="Country code"]', '');
    await page.setInputFiles('[data-testid=import-input]', law('PK/Child_Marriage_Restraint_Act_1929.pdf'));
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain(
        'Enter the two-letter country code (e.g. MY), then Import: Child_Marriage_Restraint_Act_1929.pdf waits for it.',
      );
    // The cursor is in the country field, and the file is not lost.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Country code',
    );
    const importIt = page.getByRole('button', { name: 'Import the chosen file' });
    expect(await importIt.isDisabled()).toBe(true);
    await page.keyboard.type('pk');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /Imported Child_Marriage_Restraint_Act_1929\.pdf/ })
      .waitFor({ timeout: 120_000 });
    expect(await importIt.count()).toBe(0);
    await expect.poll(() => page.locator('.card h2').allTextContents()).toContain('PK · 2 laws');
  });
});
