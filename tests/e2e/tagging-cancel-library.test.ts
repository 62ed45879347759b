// Run suggestions cancelled from the Library, in Chromium: the run stops, and the screen says so as a
// note (nothing was stored: tagging writes in one transaction), not as a failure in red.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { law } from '../helpers/paths';
import { callApi, importViaApi, type RunningApp, startApp } from './start-app';

/** Byte-distinct copies of the bill, each its own law: enough clauses that a run lasts past a click. */
const COPIES = 24;

let app: RunningApp;
let dir: string;

beforeAll(async () => {
  app = await startApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-tag-cancel-'));
});

afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Run suggestions, cancelled in the Library', () => {
  it('stops the run, keeps every law as it was and says so without an error', async () => {
    const { page } = app;
    const bill = fs.readFileSync(law('MY/Child_Bill_1999.pdf'));
    const copies = Array.from({ length: COPIES }, (_, i) => {
      const file = path.join(dir, `Child_Bill_1999-copy-${i}.pdf`);
      fs.writeFileSync(file, Buffer.concat([bill, Buffer.from(`\n%copy ${i}\n`)]));
      return file;
    });
    await importViaApi(page, 'MY', copies, { separate: true });
    await page.reload();
    await page.click('[data-screen=library]');
    await page.getByRole('button', { name: 'Run suggestions' }).click();
    await page.locator('.toolbar').getByRole('button', { name: 'Cancel' }).click();

    const note = page.getByRole('status').filter({ hasText: 'Suggestions cancelled' });
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toBe('Suggestions cancelled: every law keeps the suggestions it had.');
    expect(await page.getByRole('alert').count()).toBe(0);
    const jobs = await callApi<{ kind: string; state: string }[]>(page, 'listJobs', {});
    expect(jobs.find((j) => j.kind === 'tag')?.state).toBe('cancelled');
    expect(await callApi<unknown[]>(page, 'listSuggestions', {})).toEqual([]);
    // The button is offered again, and a run to the end stores suggestions.
    await page.getByRole('button', { name: 'Run suggestions' }).click();
    await page.getByText(/^Suggestions ready: \d+ new for 3288 clauses/).waitFor({ timeout: 60_000 });
  }, 180_000);
});
