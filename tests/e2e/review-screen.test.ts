// The Review screen as an analyst works it from the keyboard on a real law: what it shows after
// each action stays true to what was recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import type { LearningStatus } from '../../shared/api/contract';
import type { Clause, SuggestionView } from '../../shared/model';
import { callApi, importViaApi, type RunningApp, seedTaggedLibrary, startApp, queueShown } from './start-app';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1440, height: 900 });
  await seedTaggedLibrary(app.page, [['MY', [law('MY/Sexual_Offences_against_Children_Bill_2017.pdf')]]]);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

/** A decision key pressed after the gap that tells it from stray typing. */
async function press(key: string) {
  await app.page.waitForTimeout(300);
  await app.page.keyboard.press(key);
}

/** Review opened afresh in a 1,440 × 900 and a 1,100 × 800 window, `check` run in each. */
async function atBothWidths(check: (width: number) => Promise<void>) {
  for (const [width, height] of [
    [1440, 900],
    [1100, 800],
  ]) {
    await app.page.setViewportSize({ width, height });
    await app.page.reload();
    await app.page.click('[data-screen=review]');
    await check(width);
  }
}

describe('the Review screen', () => {
  it('keeps the selected row in the list’s view however fast j and k are pressed on a long queue', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const list = page.getByTestId('review-list');
    const selected = page.locator('[data-testid=review-row][aria-selected=true]');
    await page.getByTestId('review-row').first().click();
    expect((await callApi<SuggestionView[]>(page, 'listSuggestions')).length).toBeGreaterThan(200);
    /** Where the selected row stands against the list's visible area: inside it, or not shown at all. */
    const place = () =>
      list.evaluate((pane: HTMLElement) => {
        const box = pane.getBoundingClientRect();
        const row = pane.querySelector('[aria-selected=true]')?.getBoundingClientRect();
        if (!row) return 'not rendered';
        return row.top >= box.top - 1 && row.bottom <= box.bottom + 1 ? 'in view' : 'outside';
      });
    // Forty presses as fast as the keyboard sends them, twice down the queue, then back up.
    for (const key of ['j', 'j', 'k']) {
      const before = await selected.getAttribute('data-id');
      for (let i = 0; i < 40; i++) await page.keyboard.press(key);
      await page.waitForTimeout(500);
      expect(await place(), `after 40 × ${key}`).toBe('in view');
      expect(await selected.getAttribute('data-id')).not.toBe(before);
    }
  });

  it('fits its toolbar on one row from 1,280 px, and in narrower windows on two rows laid out alike, rows checked for a batch or not', async () => {
    const { page } = app;
    const layout = () =>
      page.locator('.toolbar').evaluate((bar: HTMLElement) => {
        const box = bar.getBoundingClientRect();
        const parts = [...bar.children];
        const boxes = parts.map((e) => e.getBoundingClientRect());
        // Rows: controls whose middles lie within a control's height of each other share one.
        const middles = boxes.map((b) => (b.top + b.bottom) / 2).sort((a, b) => a - b);
        const rows = middles.filter((m, i) => i === 0 || m - middles[i - 1] > 20).length;
        const left = (selector: string) => bar.querySelector(selector)!.getBoundingClientRect().left;
        return {
          rows,
          whole: boxes.every((b) => b.left >= box.left && b.right <= box.right && b.width > 0),
          inWindow: box.right <= window.innerWidth,
          // On two rows, the view options stand under the filters, not wherever the row broke.
          aligned: rows === 1 || left('[aria-label="Per clause"]') === left('[aria-label="Country"]'),
          height: box.height,
          listTop: document.querySelector('[data-testid=review-list]')!.getBoundingClientRect().top,
        };
      });
    try {
      for (const [width, height] of [
        [1440, 900],
        [1366, 768],
        [1280, 800],
        [1100, 800],
        [1024, 768],
        [960, 700],
      ]) {
        await page.setViewportSize({ width, height });
        await page.reload();
        await page.click('[data-screen=review]');
        await expect.poll(() => page.getByTestId('queue-counts').textContent()).toContain('hidden');
        await queueShown(page);
        const toolbar = await layout();
        expect(toolbar, `at ${width} px`).toEqual({
          rows: width >= 1280 ? 1 : 2,
          whole: true,
          inWindow: true,
          aligned: true,
          height: toolbar.height,
          listTop: toolbar.listTop,
        });
        // Three rows checked for a batch: the counts say so, and the toolbar and the queue stay put.
        await page.getByTestId('review-row').first().click();
        for (const key of ['x', 'j', 'x', 'j', 'x']) await page.keyboard.press(key);
        await expect.poll(() => page.getByTestId('queue-counts').textContent()).toContain('3 selected');
        expect(await layout(), `at ${width} px, 3 rows checked`).toEqual(toolbar);
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.reload();
    }
  });

  it('keeps its toolbar one control high in a 1,280 × 800 window, the queue’s first row in view below it', async () => {
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.reload();
      await page.click('[data-screen=review]');
      await expect.poll(() => page.getByTestId('queue-counts').textContent()).toContain('hidden');
      await queueShown(page);
      const shown = await page.evaluate(() => {
        const bar = document.querySelector<HTMLElement>('.review-toolbar')!;
        const style = getComputedStyle(bar);
        const inner = bar.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        const control = document.querySelector('.review-toolbar select')!.getBoundingClientRect();
        const controls = [...bar.querySelectorAll('select, input, button')].map((e) => {
          const b = e.getBoundingClientRect();
          return { top: b.top, bottom: b.bottom };
        });
        const list = document.querySelector<HTMLElement>('[data-testid=review-list]')!;
        const first = list.querySelector('[data-testid=review-row]')!.getBoundingClientRect();
        const pane = list.getBoundingClientRect();
        return {
          // Every control within one control's height: no second row, and none offset from the rest.
          oneControlHigh: inner <= control.height * 1.25,
          sameBand: controls.every((c) => c.top >= control.top - 4 && c.bottom <= control.bottom + 4),
          scrolled: list.scrollTop,
          firstRowInView: first.top >= pane.top && first.bottom <= Math.min(pane.bottom, window.innerHeight),
          // The queue starts right below the toolbar and the learning line.
          listTop: Math.round(pane.top),
          rowsInView: Math.floor(pane.height / first.height),
        };
      });
      expect(shown).toMatchObject({
        oneControlHigh: true,
        sameBand: true,
        scrolled: 0,
        firstRowInView: true,
      });
      expect(shown.listTop).toBeLessThan(90);
      expect(shown.rowsInView).toBeGreaterThanOrEqual(22);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.reload();
    }
  });

  it('reloads a suggestion’s History on every action recorded, even when the status line reads as before', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByTestId('review-row').first().click();
    const detail = page.getByTestId('review-detail');
    const said = () => detail.getByRole('status').textContent();
    const entries = page.getByTestId('history-entry');
    await expect
      .poll(() => page.getByTestId('suggestion-history').textContent())
      .toContain('No decision recorded yet.');

    // Accepting in full twice prints the same line twice; the second is recorded all the same.
    await press('f');
    await expect.poll(said).toMatch(/^Accepted .*, full coverage$/);
    const accepted = await said();
    await expect.poll(() => entries.count()).toBe(1);
    await press('f');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await said()).toBe(accepted);
    await expect.poll(() => entries.first().textContent()).toContain('decided again, unchanged');

    // Each undo is in the History too, the line saying which it took back.
    await press('u');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await said()).toMatch(/^Undid the /);
    await press('u');
    await expect.poll(() => entries.count()).toBe(4);

    // Two notes in a row, each "Note saved on …": the History shows the second one's words.
    for (const words of ['Read with the amending act.', 'Checked: the amending act leaves it as it is.']) {
      await press('n');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.type(words);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect.poll(() => entries.first().textContent()).toContain(words);
    }
    await expect.poll(() => entries.count()).toBe(6);
  });

  it('counts as hidden below the minimum score the rows that lowering it brings in, per clause limit and all', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    await page.getByTestId('review-row').first().waitFor();
    const counts = page.getByTestId('queue-counts');
    // "0/412 reviewed · 187 below 0.05 hidden"
    const read = async () => {
      // Once the queue is read: meanwhile the line says "Reading the queue…".
      await expect.poll(() => counts.textContent()).toContain('reviewed');
      const text = (await counts.textContent())!;
      const [, rows, hidden] = /\/(\d+) reviewed(?:.*· (\d+) below)?/.exec(text)!;
      return { rows: Number(rows), hidden: Number(hidden ?? 0) };
    };
    await expect.poll(() => counts.textContent()).toContain('below 0.05 hidden');
    const before = await read();
    expect(before.hidden).toBeGreaterThan(0);
    // Nothing decided below 0.05 here: lowering the minimum only adds rows, exactly as many as were hidden.
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => counts.textContent()).not.toContain('hidden');
    expect((await read()).rows).toBe(before.rows + before.hidden);
    // With every suggestion of each clause shown, the minimum hides more, and says so.
    const atZero = await read();
    await page.getByLabel('Per clause').selectOption('0');
    await expect.poll(async () => (await read()).rows).toBeGreaterThan(atZero.rows);
    const every = await read();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counts.textContent()).toContain('below 0.05 hidden');
    const limited = await read();
    expect(limited.rows + limited.hidden).toBe(every.rows);
    await page.getByLabel('Per clause').selectOption('5');
  });

  it('reads, after a re-score that ends late, the queue of the filters chosen since the decision', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const status = page.getByLabel('Status');
    const rows = page.getByTestId('review-row');
    await status.selectOption('');
    await queueShown(page);
    await page.locator('[data-testid=review-row][data-status=suggested]').first().click();
    // The background re-score after the decision is slow to say it is done.
    await page.route('**/api/getLearningStatus', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response });
    });
    try {
      await page.getByTestId('review-detail').getByRole('button', { name: 'Reject (r)' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Rejected /);
      // Rejected chosen while the re-score runs: when it ends, the queue read again is still the rejected rows.
      await status.selectOption('rejected');
      await page.waitForTimeout(5000);
      const shown = await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-status')));
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set(['rejected']));
      expect(await page.getByTestId('queue-counts').textContent()).toMatch(/reviewed/);
    } finally {
      await page.unroute('**/api/getLearningStatus');
      await status.selectOption('');
    }
  });

  it('shows the queue of the filters last chosen and the decision last made, whatever order the replies come back in', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const rows = page.getByTestId('review-row');
    const status = page.getByLabel('Status');
    // The queue's second to sixth rows rejected already, so that the queue of any status is not the one to review
    // (the list may show its first row before the others).
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(6);
    const ids = await rows.evaluateAll((all) => all.slice(1, 6).map((r) => r.getAttribute('data-id')!));
    await callApi(page, 'reviewSuggestions', { ids, decision: 'reject' });
    await page.reload();
    await page.click('[data-screen=review]');
    await rows.first().waitFor();
    // The next reading of the queue comes back late, as it may over a slow network or from a busy team server.
    const slowNext = async () => {
      let replies = 0;
      await page.route('**/api/listSuggestions', async (route) => {
        const response = await route.fetch();
        if (replies++ === 0) await new Promise((resolve) => setTimeout(resolve, 2500));
        await route.fulfill({ response });
      });
      return async () => {
        await expect.poll(() => replies).toBeGreaterThanOrEqual(2);
        await page.waitForTimeout(3000);
        await page.unroute('**/api/listSuggestions');
      };
    };
    try {
      // Rejected chosen, then To review at once: the queue to review stays, the earlier reply dropped.
      let settled = await slowNext();
      await status.selectOption('rejected');
      await status.selectOption('suggested');
      await settled();
      expect(await status.inputValue()).toBe('suggested');
      expect(await page.locator('[data-testid=review-row][data-status=rejected]').count()).toBe(0);
      expect(await rows.first().getAttribute('data-status')).toBe('suggested');

      // A decision sent while the queue is read again (here after an undo): the reading from before it
      // does not undo it on screen. (While the queue of other filters is read, nothing is decided.)
      await status.selectOption('');
      await expect
        .poll(() => page.locator('[data-testid=review-row][data-status=rejected]').count())
        .toBeGreaterThan(0);
      await rows.first().click();
      const decided = await rows.first().getAttribute('data-id');
      const said = () => page.getByTestId('review-detail').getByRole('status').textContent();
      const reread = page.waitForResponse((r) => r.url().includes('/api/listSuggestions'), {
        timeout: 60_000,
      });
      await press('f');
      await expect.poll(said).toMatch(/^Accepted /);
      await reread;
      settled = await slowNext();
      await press('u');
      await expect.poll(said).toMatch(/^Undid /);
      await press('f');
      await expect.poll(said).toMatch(/^Accepted /);
      await settled();
      const row = page.locator(`[data-testid=review-row][data-id="${decided}"]`);
      expect(await row.getAttribute('data-status')).toBe('accepted');
      expect(await page.getByTestId('review-detail').locator('.badge', { hasText: 'accepted' }).count()).toBe(
        1,
      );
    } finally {
      await page.unroute('**/api/listSuggestions');
      await status.selectOption('');
    }
  });

  it('keeps the row just decided under the cursor in the queue to review, so a second key meant for it does not land on the next row', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const status = page.getByLabel('Status');
    const rows = page.getByTestId('review-row');
    const selected = page.locator('[data-testid=review-row][aria-selected=true]');
    await status.selectOption('suggested');
    await queueShown(page);
    try {
      await expect.poll(() => page.locator('[data-testid=review-row][data-status=accepted]').count()).toBe(0);
      await rows.first().click();
      const first = await selected.getAttribute('data-id');
      const second = await rows.nth(1).getAttribute('data-id');
      // Accepted in full: the country is re-scored in the background and the queue read again, which
      // no longer holds that row; the analyst, still on it, makes it partial.
      const reread = page.waitForResponse((r) => r.url().includes('/api/listSuggestions'), {
        timeout: 60_000,
      });
      await press('f');
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Accepted .*, full coverage$/);
      await reread;
      await page.waitForTimeout(500);
      expect(await selected.getAttribute('data-id')).toBe(first);
      expect(await selected.getAttribute('data-status')).toBe('accepted');
      await press('p');
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/partial coverage$/);
      const stored = await callApi<SuggestionView[]>(page, 'listSuggestions');
      expect(stored.find((s) => s.id === first)).toMatchObject({ status: 'accepted', coverage: 'partial' });
      expect(stored.find((s) => s.id === second)?.status).toBe('suggested');
      // Moving on, the row decided stays behind until the queue is next read.
      await press('j');
      await expect.poll(() => selected.getAttribute('data-id')).toBe(second);
    } finally {
      await status.selectOption('');
    }
  });

  it('gives Space to a focused button alone, and the keys back to the queue after a decision button is clicked', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const counts = page.getByTestId('queue-counts');
    const said = () => page.getByTestId('review-detail').getByRole('status').textContent();
    const entries = page.getByTestId('history-entry');
    await page.locator('[data-testid=review-row][data-status=suggested]').nth(1).click();
    await expect
      .poll(() => page.getByTestId('suggestion-history').textContent())
      .toContain('No decision recorded yet.');
    // Clicked with the mouse: one decision; then Space checks the row for a batch, as it does in the queue.
    await page.getByRole('button', { name: 'Accept full (f)' }).click();
    await expect.poll(said).toMatch(/^Accepted .*, full coverage$/);
    await expect.poll(() => entries.count()).toBe(1);
    await press(' ');
    await expect.poll(() => counts.textContent()).toContain('1 selected');
    await press(' ');
    await expect.poll(() => counts.textContent()).not.toContain('selected');
    expect(await entries.count()).toBe(1);
    // Reached with the keyboard, a button takes Space as its press, and only that: no row is checked.
    await page.getByRole('button', { name: 'Reject (r)' }).focus();
    await press(' ');
    await expect.poll(said).toMatch(/^Rejected /);
    await expect.poll(() => entries.count()).toBe(2);
    await page.waitForTimeout(300);
    expect(await counts.textContent()).not.toContain('selected');
    // Letters are still the screen's keys: u takes both decisions back.
    await press('u');
    await press('u');
    await expect.poll(() => entries.count()).toBe(4);
  });

  it('says in plain words what each undo took back: a decision, a change of coverage, a note, a decision repeated', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const row = page.locator('[data-testid=review-row][data-status=suggested]').nth(3);
    const id = (await row.getAttribute('data-id'))!;
    await row.click();
    const s = (await callApi<SuggestionView[]>(page, 'listSuggestions')).find((x) => x.id === id)!;
    expect(s.note).toBeNull();
    const on = `${s.provisionId} on s. ${s.clauseNumber} (${s.documentTitle})`;
    const said = () => page.getByTestId('review-detail').getByRole('status').textContent();
    const undone = async (words: string) => {
      await press('u');
      await expect.poll(said).toBe(`Undid ${words}`);
    };
    await press('f');
    await undone(`the acceptance in full of ${on}: it is undecided again`);
    await press('f');
    await press('p');
    await expect.poll(said).toMatch(/partial coverage$/);
    await undone(`the change to partial coverage of ${on}: it is accepted in full again`);
    await page.getByRole('button', { name: 'Reject (r)' }).click();
    await expect.poll(said).toMatch(/^Rejected /);
    await undone(`the rejection of ${on}: it is accepted in full again`);
    await press('n');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('Boys only.');
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe(`Note saved on ${s.provisionId}`);
    await undone(`the note “Boys only.” on ${on}: it is without a note again`);
    // The same decision again, as the History's "decided again, unchanged".
    await press('f');
    await expect
      .poll(() => page.getByTestId('history-entry').first().textContent())
      .toContain('decided again');
    await undone(`the repeated acceptance in full of ${on}: nothing changed, it stays accepted in full`);
    await undone(`the acceptance in full of ${on}: it is undecided again`);
  });

  it('says it is reading the queue, the rows dimmed, until the queue of the filters chosen lands, never the numbers of the one before', async () => {
    const { page } = app;
    const counts = page.getByTestId('queue-counts');
    const list = page.getByTestId('review-list');
    // Readings of the queue held back, as on a busy library or a team server far away, until let go.
    let held: (() => void)[] = [];
    const letGo = () => {
      for (const go of held) go();
      held = [];
    };
    await page.route('**/api/listSuggestions', async (route) => {
      await new Promise<void>((resolve) => held.push(resolve));
      await route.continue();
    });
    try {
      // Opening Review: neither "0/0 reviewed" nor "No suggestions yet" while the queue is read.
      await page.click('[data-screen=library]');
      await page.click('[data-screen=review]');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await page.waitForTimeout(1200);
      expect(await counts.textContent()).toBe('Reading the queue…');
      expect(await page.getByTestId('review-empty').count()).toBe(0);
      letGo();
      await expect.poll(() => counts.textContent()).toMatch(/^\d+\/\d+ reviewed/);
      const all = (await counts.textContent())!;
      expect(await list.getAttribute('aria-busy')).toBe('false');

      // Another filter: the rows of any status stay, dimmed, and the counts line no longer gives their numbers.
      await page.getByLabel('Status').selectOption('rejected');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await page.waitForTimeout(1200);
      expect(await counts.textContent()).toBe('Reading the queue…');
      expect(await list.getAttribute('aria-busy')).toBe('true');
      expect(await list.evaluate((e) => Number(getComputedStyle(e.firstElementChild!).opacity))).toBeLessThan(
        1,
      );
      letGo();
      // The rejected queue's own numbers: every row in it is decided.
      await expect.poll(() => counts.textContent()).toMatch(/^(\d+)\/\1 reviewed/);
      expect(await counts.textContent()).not.toBe(all);
      expect(await list.getAttribute('aria-busy')).toBe('false');
      expect(await page.locator('[data-testid=review-row]:not([data-status=rejected])').count()).toBe(0);
    } finally {
      await page.unroute('**/api/listSuggestions');
      letGo();
      await page.getByLabel('Status').selectOption('');
    }
  });

  it('dims the detail pane too while the queue of other filters is read, and decides nothing on its row until the queue shows', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const detail = page.getByTestId('review-detail');
    const said = () => detail.getByRole('status').textContent();
    const status = page.getByLabel('Status');
    const selected = page.locator('[data-testid=review-row][aria-selected=true]');
    await status.selectOption('');
    const row = page.locator('[data-testid=review-row][data-status=suggested]').first();
    await row.click();
    const id = (await row.getAttribute('data-id'))!;
    const history = () => callApi<unknown[]>(page, 'listAudit', { entityId: id, limit: 100 });
    const had = (await history()).length;
    // Readings of the queue held back, as from a busy team server, until let go.
    let held: (() => void)[] = [];
    let holding = true;
    await page.route('**/api/listSuggestions', async (route) => {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      await route.continue();
    });
    const letGo = async () => {
      holding = false;
      for (const go of held) go();
      held = [];
      await page.waitForTimeout(200);
      await page.unroute('**/api/listSuggestions');
    };
    try {
      // To review chosen: the row shown is still the old queue's until the new one lands.
      await status.selectOption('suggested');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      expect(await detail.getAttribute('aria-busy')).toBe('true');
      const dimmed = () =>
        detail
          .getByRole('button', { name: 'Accept full (f)' })
          .evaluate((b) => Number(getComputedStyle(b.parentElement!).opacity));
      await expect.poll(dimmed).toBeLessThan(1);
      // Neither its keys nor its buttons record anything meanwhile, and each says so.
      await page.getByTestId('review-list').focus();
      await press('f');
      await expect
        .poll(said)
        .toBe('“f” not recorded: the queue is still being read. Press it again when its rows show.');
      await detail.getByRole('button', { name: 'Reject (r)' }).click();
      await expect
        .poll(said)
        .toBe('“Reject” not recorded: the queue is still being read. Click it again when its rows show.');
      await press('a');
      await page.waitForTimeout(500);
      expect((await history()).length).toBe(had);
      expect(await selected.getAttribute('data-id')).toBe(id);

      // The queue shown, the row still in it: no longer dimmed, the line gone, and a key decides at once.
      await letGo();
      await expect.poll(() => detail.getAttribute('aria-busy')).toBe('false');
      await expect.poll(dimmed).toBe(1);
      expect(await detail.textContent()).not.toContain('not recorded');
      expect(await selected.getAttribute('data-id')).toBe(id);
      await press('f');
      await expect.poll(said).toMatch(/^Accepted .*, full coverage$/);
      expect((await history()).length).toBe(had + 1);

      // Reviewing at an analyst's pace is not held up while the queue is read again after each
      // decision's re-score: next row, decide, three times over, each recorded.
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        await press('j');
        const next = (await selected.getAttribute('data-id'))!;
        expect(ids).not.toContain(next);
        ids.push(next);
        await press('f');
        await expect.poll(said).toMatch(/^Accepted .*, full coverage$/);
      }
      expect(await detail.textContent()).not.toContain('not recorded');
      const stored = await callApi<SuggestionView[]>(page, 'listSuggestions');
      for (const decidedId of [id, ...ids])
        expect(stored.find((s) => s.id === decidedId)).toMatchObject({
          status: 'accepted',
          coverage: 'full',
        });
    } finally {
      await letGo();
      await status.selectOption('');
    }
  });

  it('says so when the queue cannot be read, instead of reading it for ever', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const counts = page.getByTestId('queue-counts');
    await expect.poll(() => counts.textContent()).toMatch(/^\d+\/\d+ reviewed/);
    // The server out of reach (a team server down, the network gone) for the next reading.
    await page.route('**/api/listSuggestions', (route) => route.abort('connectionrefused'));
    try {
      await page.getByLabel('Status').selectOption('rejected');
      // In plain words, not the browser's "Failed to fetch".
      await expect
        .poll(() => counts.textContent())
        .toBe('Could not read the queue: the app’s server could not be reached');
      expect(await page.getByTestId('review-list').getAttribute('aria-busy')).toBe('true');
    } finally {
      await page.unroute('**/api/listSuggestions');
    }
    // Reachable again: the next filter chosen reads its queue, and the counts are its own.
    await page.getByLabel('Status').selectOption('');
    await expect.poll(() => counts.textContent()).toMatch(/^\d+\/\d+ reviewed/);
  });

  it('shows the last 20 entries of a long History and says the earlier ones are in the audit log', async () => {
    const { page } = app;
    await page.click('[data-screen=review]');
    const first = page.getByTestId('review-row').first();
    await first.click();
    const id = (await first.getAttribute('data-id'))!;
    const entries = page.getByTestId('history-entry');
    const more = page.getByTestId('history-more');
    const had = await callApi<unknown[]>(page, 'listAudit', { entityId: id, limit: 100 });
    expect(had.length).toBeLessThan(20);
    await expect.poll(() => entries.count()).toBe(had.length);
    expect(await more.count()).toBe(0);
    // Notes until there are 21 entries: one more than the History shows.
    for (let i = had.length; i < 21; i++)
      await callApi(page, 'reviewSuggestions', { ids: [id], note: `Note ${i}` });
    await page.reload();
    await page.click('[data-screen=review]');
    await page.getByTestId('review-row').first().click();
    await expect
      .poll(() => more.textContent())
      .toBe('Showing the last 20: earlier entries are in the audit log.');
    expect(await entries.count()).toBe(20);
    expect(await entries.first().textContent()).toContain('Note 20');
  });

  it('says in one line which ranking is used and its held-out figure, at 1,440 and at 1,100 px, the reason in its details', async () => {
    const { page } = app;
    // Partly reviewed as an analyst would: each clause's best suggestion accepted, the weakest rejected.
    const all = await callApi<SuggestionView[]>(page, 'listSuggestions');
    const best = new Map<string, SuggestionView>();
    for (const s of all) if (s.score > (best.get(s.clauseId)?.score ?? 0)) best.set(s.clauseId, s);
    const accept = [...best.values()].filter((s) => s.score >= 0.3).map((s) => s.id);
    const reject = all.filter((s) => s.score < 0.15 && !accept.includes(s.id)).map((s) => s.id);
    await callApi(page, 'reviewSuggestions', { ids: accept, decision: 'accept', coverage: 'full' });
    await callApi(page, 'reviewSuggestions', { ids: reject, decision: 'reject' });
    await expect
      .poll(async () => (await callApi<LearningStatus>(page, 'getLearningStatus')).pending, {
        timeout: 60_000,
      })
      .toBe(false);
    const status = await callApi<LearningStatus>(page, 'getLearningStatus');
    expect(status.heldOut?.clauses).toBeGreaterThanOrEqual(8);

    const line = page.getByTestId('learning-status');
    await atBothWidths(async (width) => {
      await expect.poll(() => line.textContent()).toContain(`${status.decisions} decisions`);
      // One line of text, none of it cut off, the held-out figure on it.
      const shown = await line.evaluate((e: HTMLElement) => {
        const style = getComputedStyle(e);
        const inner = e.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        const first = e.firstElementChild as HTMLElement | null;
        return {
          lines: Math.round(inner / (parseFloat(style.fontSize) * 1.25)),
          cut: (first ?? e).scrollWidth > (first ?? e).clientWidth,
          text: e.innerText,
        };
      });
      expect(shown, `at ${width} px`).toMatchObject({ lines: 1, cut: false });
      expect(shown.text).toMatch(
        /held out on \d+ clauses: top-3 recall \d\.\d\d with learning vs \d\.\d\d without/,
      );
    });
    // Its details give the reason and the other figure; the keys still go to the queue after a click.
    expect(await page.getByTestId('learning-detail').isVisible()).toBe(false);
    await line.locator('summary').click();
    const detail = page.getByTestId('learning-detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await detail.textContent()).toContain(
      `Learning is ${status.active ? '' : 'not '}used: it ${status.reason}.`,
    );
    expect(await detail.textContent()).toMatch(/first suggestion right \d\.\d\d vs \d\.\d\d/);
    const selected = page.locator('[data-testid=review-row][aria-selected=true]');
    const before = await selected.getAttribute('data-id');
    await page.keyboard.press('j');
    await expect.poll(() => selected.getAttribute('data-id')).not.toBe(before);
  });
});

describe('the Review screen on a clause that runs for pages', () => {
  let childBill: Promise<string> | undefined;
  /** The Child Bill 1999, imported and tagged once: its Interpretation section runs for pages. */
  const childBillId = () =>
    (childBill ??= (async () => {
      const [doc] = await importViaApi(app.page, 'MY', [law('MY/Child_Bill_1999.pdf')]);
      await callApi(app.page, 'tagDocuments', { documentId: doc.id });
      return doc.id;
    })());

  it('keeps the note and History of the suggestion in view beside a long clause, buttons above it, at 1,440 and 1,100 px', async () => {
    const { page } = app;
    const docId = await childBillId();
    // The Interpretation section: some 8,000 characters, pages of definitions.
    const clauses = await callApi<Clause[]>(page, 'listClauses', { documentId: docId });
    const long = clauses.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(long.text.length).toBeGreaterThan(5000);
    const [s] = await callApi<SuggestionView[]>(page, 'listSuggestions', { clauseId: long.id });
    const note = 'Definition of child read with the Age of Majority Act.';
    await callApi(page, 'reviewSuggestions', { ids: [s.id], decision: 'accept', coverage: 'partial' });
    await callApi(page, 'reviewSuggestions', { ids: [s.id], note });

    const detail = page.getByTestId('review-detail');
    const selected = page.locator('[data-testid=review-row][aria-selected=true]');
    await atBothWidths(async (width) => {
      await page.getByTestId('review-row').first().click();
      for (let i = 0; i < 400 && (await selected.getAttribute('data-id')) !== s.id; i++)
        await page.keyboard.press('j');
      expect(await selected.getAttribute('data-id')).toBe(s.id);
      await expect.poll(() => detail.locator('.clause-text').textContent()).toBe(long.text);
      await expect.poll(() => page.getByTestId('history-entry').count()).toBe(2);
      // Without scrolling anything: the note and the History's entries are inside the pane and the
      // window, and the decision buttons stay above the clause.
      const seen = await detail.evaluate((pane: HTMLElement, words: string) => {
        const box = pane.getBoundingClientRect();
        const bottom = Math.min(box.bottom, window.innerHeight);
        const inView = (e: Element | null | undefined) => {
          const r = e?.getBoundingClientRect();
          return Boolean(r && r.height > 0 && r.top >= box.top && r.bottom <= bottom);
        };
        const card = [...pane.querySelectorAll('.card')].find((e) => e.textContent?.includes(words));
        const entries = [...pane.querySelectorAll('[data-testid=history-entry]')];
        const button = [...pane.querySelectorAll('button')].find((b) => b.textContent === 'Accept full (f)');
        const text = pane.querySelector('.clause-text')!;
        return {
          note: inView(card),
          history: entries.length > 0 && entries.every(inView),
          buttonsAbove: Boolean(
            button && button.getBoundingClientRect().bottom <= text.getBoundingClientRect().top,
          ),
          paneScrolled: pane.scrollTop,
        };
      }, note);
      expect(seen, `at ${width} px`).toEqual({
        note: true,
        history: true,
        buttonsAbove: true,
        paneScrolled: 0,
      });
      // The clause is read whole in its own scrolling region.
      const region = detail.getByTestId('clause-scroll');
      const end = await region.evaluate((e: HTMLElement) => {
        e.scrollTop = e.scrollHeight;
        const r = e.getBoundingClientRect();
        const last = document.createRange();
        const text = e.querySelector('.clause-text')!;
        last.selectNodeContents(text.lastChild!);
        return {
          scrolls: e.scrollHeight > e.clientHeight,
          endShown: last.getBoundingClientRect().bottom <= r.bottom + 1,
        };
      });
      expect(end, `at ${width} px`).toEqual({ scrolls: true, endShown: true });
    });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('brings the first matched term of the suggestion chosen into view in the clause, scrolling the clause alone', async () => {
    const { page } = app;
    const docId = await childBillId();
    const clauses = await callApi<Clause[]>(page, 'listClauses', { documentId: docId });
    const all = await callApi<SuggestionView[]>(page, 'listSuggestions', { documentId: docId });
    const firstAt = (s: SuggestionView) =>
      Math.min(...s.matched.filter((m) => m.end > m.start && m.start >= 0).map((m) => m.start));
    // Every suggestion of the clause shown, well above the minimum score, of the instrument chosen.
    const shown = all.filter((s) => s.score >= 0.1 && s.matched.length > 0);
    const long = (s: SuggestionView) => (clauses.find((c) => c.id === s.clauseId)?.text.length ?? 0) > 5000;
    const far = shown.find((s) => long(s) && firstAt(s) > 2000);
    const near = shown.find((s) => long(s) && firstAt(s) < 100 && s.frameworkId === far?.frameworkId);
    expect(far, 'a suggestion on a long clause matched far down').toBeDefined();
    expect(near, 'a suggestion on a long clause matched at its top').toBeDefined();

    const selected = page.locator('[data-testid=review-row][aria-selected=true]');
    /** Moves through the queue with `j`, then `k` from its end, until the row is the one selected. */
    const choose = async (id: string) => {
      for (const key of ['j', 'k']) {
        let last: string | null = null;
        for (let at = await selected.getAttribute('data-id'); at !== id && at !== last; ) {
          await page.keyboard.press(key);
          [last, at] = [at, await selected.getAttribute('data-id')];
        }
      }
      expect(await selected.getAttribute('data-id')).toBe(id);
    };
    const region = page.getByTestId('clause-scroll');
    const seen = () =>
      region.evaluate((e: HTMLElement) => {
        const box = e.getBoundingClientRect();
        const mark = e.querySelector('mark')?.getBoundingClientRect();
        return {
          scrollTop: e.scrollTop,
          markShown: Boolean(mark && mark.top >= box.top && mark.bottom <= box.bottom),
          // Near the top: a line or two of the clause above it, not the middle of the region.
          markNearTop: Boolean(mark && mark.top - box.top < box.height / 3),
          pageScrolled: document.scrollingElement!.scrollTop,
          paneScrolled: e.parentElement!.scrollTop,
        };
      });

    await page.click('[data-screen=review]');
    await page.getByLabel('Per clause').selectOption('0');
    await page.getByLabel('Instrument').selectOption(far!.frameworkId);
    await page.getByTestId('review-row').first().click();
    await choose(far!.id);
    await expect.poll(async () => (await seen()).markShown).toBe(true);
    const farSeen = await seen();
    expect(farSeen).toMatchObject({ markNearTop: true, pageScrolled: 0, paneScrolled: 0 });
    expect(farSeen.scrollTop).toBeGreaterThan(0);

    await choose(near!.id);
    await expect.poll(async () => (await seen()).markShown).toBe(true);
    expect(await seen()).toMatchObject({ scrollTop: 0, pageScrolled: 0, paneScrolled: 0 });
    await page.getByLabel('Per clause').selectOption('5');
    await page.getByLabel('Instrument').selectOption('');
  });
});
