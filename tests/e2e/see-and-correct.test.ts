// Evidence an analyst can defend, in the browser UI: a JPEG 2000 scan drawn on the Document screen,
// clause corrections that survive a reload with their reviews, and a Review screen where a note,
// stray typing or an open dialog never records a decision. No native prompt/confirm/alert is ever shown.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clause, DocumentRecord, SuggestionView } from '../../shared/model';
import { DECISION_GAP_MS } from '../../renderer/components/shortcuts';
import { law, tempDir } from '../helpers/paths';
import { callApi, type RunningApp, seedTaggedLibrary, startApp, queueShown } from './start-app';

let app: RunningApp;
/** Native dialogs the page opened: Electron has no prompt, so there must be none. */
const nativeDialogs: string[] = [];
let scanId: string;
let witnessId: string;

/** The first two pages of the Employment of Children Act, a scan whose images are JPEG 2000 (/JPXDecode). */
function jpxScan(): string {
  const out = path.join(tempDir('lexgap-jpx-'), 'Employment_of_Children_Act_1991_pp1-2.pdf');
  execFileSync('qpdf', [
    '--empty',
    '--pages',
    law('PK/Employment_of_Children_Act_1991.pdf'),
    '1-2',
    '--',
    out,
  ]);
  return out;
}

beforeAll(async () => {
  app = await startApp();
  app.page.on('dialog', (d) => {
    nativeDialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  [{ id: witnessId }, { id: scanId }] = await seedTaggedLibrary(app.page, [
    ['MY', [law('MY/Evidence_of_Child_Witness_Bill_2007.pdf')]],
    ['PK', [jpxScan()]],
  ]);
}, 400_000);

afterAll(async () => {
  await app?.close();
});

/** Opaque dark pixels of the drawn page (a canvas not drawn yet is transparent black: not counted). */
const darkPixels = async (page: Page) => {
  await page.locator('[data-testid=pdf-page][data-state=rendered]').waitFor({ timeout: 60_000 });
  return page.locator('[data-testid=pdf-page] canvas').evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 200 && data[i] + data[i + 1] + data[i + 2] < 300) dark++;
    }
    return dark;
  });
};

const suggestion = async (page: Page, id: string) =>
  (await callApi<SuggestionView[]>(page, 'listSuggestions')).find((s) => s.id === id)!;

describe('the Document screen shows what the text came from', () => {
  it('draws a JPEG 2000 scan page (not a blank sheet)', async () => {
    const { page } = app;
    const doc = (await callApi<DocumentRecord[]>(page, 'listDocuments')).find((d) => d.id === scanId)!;
    expect(doc.ocrPages.length).toBeGreaterThan(0);
    await page.click('[data-screen=document]');
    await page.getByLabel('Document', { exact: true }).selectOption(scanId);
    await page.locator('[data-testid=clause-list] .tree-node').first().click();
    await expect.poll(() => darkPixels(page), { timeout: 60_000 }).toBeGreaterThan(2000);
  });

  it('fits the page to its column, and zooms in, out and back to fit', async () => {
    const { page } = app;
    const sheet = page.locator('[data-testid=pdf-page] canvas');
    const pane = page.locator('[data-testid=pdf-pane]');
    const widths = async () => ({
      page: Math.round((await sheet.boundingBox())!.width),
      pane: Math.round((await pane.boundingBox())!.width),
    });
    await expect
      .poll(async () => {
        const w = await widths();
        return w.page <= w.pane && w.page >= w.pane - 40;
      })
      .toBe(true);
    const fit = (await widths()).page;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await widths()).page).toBeGreaterThan(fit * 1.2);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await widths()).page).toBeLessThan(fit * 0.8);
    await page.getByRole('button', { name: 'Fit to width' }).click();
    await expect.poll(async () => (await widths()).page).toBe(fit);
    expect(await darkPixels(page)).toBeGreaterThan(2000);
  });
});

describe('Review never records what the analyst did not decide', () => {
  const rows = () => app.page.locator('[data-testid=review-row]');
  const selectedId = () =>
    app.page.locator('[data-testid=review-row][aria-selected=true]').getAttribute('data-id');
  const decided = async () =>
    (await callApi<SuggestionView[]>(app.page, 'listSuggestions')).filter((s) => s.status !== 'suggested')
      .length;

  it('n writes a note in an in-app dialog, keys typed there decide nothing, and the status stays', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByLabel('Status').selectOption('suggested');
    await queueShown(page);
    await rows().first().waitFor();
    const id = (await selectedId())!;
    const before = await decided();

    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Typed into the note: shortcut letters among them (a, r, f, p, u, j) must stay text.
    await page.keyboard.type('refers to a juror; parent-child privilege', { delay: 5 });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    // The note is saved after the dialog closes: wait for what the analyst sees, then read it back.
    await page.getByText('Note: refers to a juror; parent-child privilege').waitFor();

    const after = await suggestion(page, id);
    expect(after).toMatchObject({
      status: 'suggested',
      coverage: null,
      note: 'refers to a juror; parent-child privilege',
    });
    expect(await decided()).toBe(before);
    await expect.poll(selectedId).toBe(id);
  });

  it('Esc closes a dialog without saving, and keys pressed while a dialog is open do nothing', async () => {
    const { page } = app;
    const id = (await selectedId())!;
    const before = await decided();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard' }).waitFor();
    await page.waitForTimeout(DECISION_GAP_MS);
    await page.keyboard.press('a');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await decided()).toBe(before);
    expect(await selectedId()).toBe(id);

    await page.waitForTimeout(DECISION_GAP_MS);
    await page.keyboard.press('n');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('discard me');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await suggestion(page, id)).note).toBe('refers to a juror; parent-child privilege');
  });

  it('stray typing records at most one decision, and says the rest were ignored', async () => {
    const { page } = app;
    const before = await decided();
    await page.waitForTimeout(DECISION_GAP_MS);
    await page.keyboard.type('arfparfp', { delay: 20 });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Ignored/);
    await page.waitForTimeout(500);
    expect((await decided()) - before).toBeLessThanOrEqual(1);
  });

  it('undo says what it undid', async () => {
    const { page } = app;
    await page.waitForTimeout(DECISION_GAP_MS);
    const id = (await selectedId())!;
    const s = await suggestion(page, id);
    await page.keyboard.press('f');
    await expect.poll(async () => (await suggestion(page, id)).status).toBe('accepted');
    await page.waitForTimeout(DECISION_GAP_MS);
    await page.keyboard.press('u');
    const label = `${s.clauseKind === 'article' ? 'Art.' : 's.'} ${s.clauseNumber}`;
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        `Undid the acceptance in full of ${s.provisionId} on ${label} (${s.documentTitle}): it is undecided again`,
      );
    expect((await suggestion(page, id)).status).toBe('suggested');
  });
});

describe('clause corrections on the Document screen', () => {
  let first: Clause;
  let second: Clause;
  let review: SuggestionView;

  /** Opens the Evidence of Child Witness Bill on the Document screen at a clause, from a fresh page load. */
  const openClause = async (page: Page, clauseId: string) => {
    await page.reload();
    await page.click('[data-screen=document]');
    await page.getByLabel('Document', { exact: true }).selectOption(witnessId);
    const row = page.locator(`[data-clause-id="${clauseId}"]`);
    await row.waitFor();
    await row.click();
    await expect.poll(() => row.getAttribute('class')).toContain('selected');
  };
  const listedIds = (page: Page) =>
    page
      .locator('[data-testid=clause-list] [data-clause-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-clause-id')));

  beforeAll(async () => {
    const { page } = app;
    const clauses = await callApi<Clause[]>(page, 'listClauses', { documentId: witnessId });
    const all = await callApi<SuggestionView[]>(page, 'listSuggestions', { documentId: witnessId });
    // Neighbours near the top (so both rows are drawn) where the second has a suggestion of its own
    // with words in its text: the review that must follow its text through a merge and a split.
    for (let k = 0; k + 1 < Math.min(clauses.length, 12) && !review; k++) {
      const onFirst = new Set(all.filter((s) => s.clauseId === clauses[k].id).map((s) => s.provisionId));
      const own = all.find(
        (s) =>
          s.clauseId === clauses[k + 1].id &&
          s.status === 'suggested' &&
          !onFirst.has(s.provisionId) &&
          s.matched.some((m) => m.start >= 0),
      );
      if (own) [first, second, review] = [clauses[k], clauses[k + 1], own];
    }
    expect(review).toBeDefined();
    await callApi(page, 'reviewSuggestions', {
      ids: [review.id],
      decision: 'accept',
      note: 'kept through corrections',
    });
  });

  it('Merge with next asks in a dialog, and the merge survives a reload with the review kept', async () => {
    const { page } = app;
    await openClause(page, first.id);
    await page.getByRole('button', { name: 'Merge with next' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Merged /);

    await openClause(page, first.id);
    const ids = await listedIds(page);
    expect(ids).toContain(first.id);
    expect(ids).not.toContain(second.id);
    await expect
      .poll(() => page.locator('[data-testid=clause-text]').textContent())
      .toContain(second.text.slice(0, 40));
    const card = page.locator('[data-testid=doc-suggestion]', { hasText: review.provisionId });
    await expect.poll(() => card.locator('.badge.accepted').count()).toBe(1);
    const [kept] = (await callApi<SuggestionView[]>(page, 'listSuggestions', { clauseId: first.id })).filter(
      (s) => s.id === review.id,
    );
    expect(kept).toMatchObject({ status: 'accepted', note: 'kept through corrections' });
  });

  it('Split here at a clicked point, with the number read from the text, survives a reload with the review back on its clause', async () => {
    const { page } = app;
    const merged = (await callApi<Clause[]>(page, 'listClauses', { documentId: witnessId })).find(
      (c) => c.id === first.id,
    )!;
    const at = merged.text.lastIndexOf(`\n${second.number}.`) + 1;
    expect(at).toBeGreaterThan(0);
    await page.locator('[data-testid=clause-text]').evaluate((el, offset) => {
      // A click at that character: a collapsed selection there, then the mouseup the screen listens to.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let left = offset;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (left <= length) {
          const range = document.createRange();
          range.setStart(node, left);
          range.collapse(true);
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range);
          break;
        }
        left -= length;
      }
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, at);
    // The screen says where the cut falls before anything is split.
    await expect
      .poll(() => page.getByTestId('split-point').textContent())
      .toContain(merged.text.slice(at - 12, at - 1));
    await page.getByRole('button', { name: 'Split here' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByLabel('New clause number').inputValue()).toBe(second.number);
    await dialog.getByLabel('New clause heading').fill(second.heading);
    await dialog.getByRole('button', { name: 'Split', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await openClause(page, second.id);
    const ids = await listedIds(page);
    expect(ids.indexOf(second.id)).toBe(ids.indexOf(first.id) + 1);
    const card = page.locator('[data-testid=doc-suggestion]', { hasText: review.provisionId });
    await expect.poll(() => card.locator('.badge.accepted').count()).toBe(1);
    const back = (await callApi<SuggestionView[]>(page, 'listSuggestions', { clauseId: second.id })).find(
      (s) => s.id === review.id,
    );
    expect(back).toMatchObject({ status: 'accepted', note: 'kept through corrections' });
    const audit = await callApi<{ action: string }[]>(page, 'listAudit', { entityId: first.id });
    expect(audit.slice(0, 2).map((a) => a.action)).toEqual(['split', 'merge']);
  });
});

describe('no native dialogs', () => {
  it('the page never opened window.prompt, confirm or alert', () => {
    expect(nativeDialogs).toEqual([]);
  });
});
