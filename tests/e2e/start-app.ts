// Starts the browser-mode server (dist/serve.mjs) on a fresh database and Debian's Chromium beside it.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { ImportedDocument } from '../../shared/api/contract';
import { repoRoot, tempDir } from '../helpers/paths';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface RunningApp {
  url: string;
  dbPath: string;
  browser: Browser;
  page: Page;
  /** The errors the page logged in its console from its first load on (a missing resource is one). */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** `LEXGAP_SERVE` may name another server script (a development build); the default is the shipped one. */
function startServer(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const entry = process.env.LEXGAP_SERVE ?? path.join(repoRoot, 'dist/serve.mjs');
  const child = spawn(process.execPath, [...(/\.m?ts$/.test(entry) ? ['--import', 'tsx'] : []), entry], {
    cwd: repoRoot,
    env: { ...process.env, LEXGAP_DB: dbPath, LEXGAP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(out);
      if (line) resolve({ url: line[0].endsWith('/') ? line[0] : `${line[0]}/`, child });
    });
    child.on('exit', (code) =>
      reject(new Error(`server exited (${code}) before printing its address: ${stderr}`)),
    );
  });
}

export async function startApp(
  options: { width?: number; height?: number; dbPath?: string } = {},
): Promise<RunningApp> {
  const dbPath = options.dbPath ?? path.join(tempDir('lexgap-e2e-'), 'db.sqlite');
  const { url, child } = await startServer(dbPath);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url}`);
  });
  await page.goto(url);
  return {
    url,
    dbPath,
    browser,
    page,
    consoleErrors,
    async close() {
      await browser.close();
      // A server busy with an import may not stop on SIGTERM; it must not outlive the test.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Waits until the Review queue of the filters just chosen is read: until then the screen shows the
 * old filters' rows, dimmed, and refuses decisions on them (a decision key pressed then is not recorded).
 */
export async function queueShown(page: Page): Promise<void> {
  await page.locator('[data-testid=review-list][aria-busy="false"]').waitFor();
}

/** Calls the API the way the page does, with the token from its meta tag. */
export async function callApi<T>(page: Page, method: string, args: object = {}): Promise<T> {
  const result = await page.evaluate(
    async ({ method, args }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="lexgap-token"]')?.content ?? '';
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lexgap-Token': token },
        body: JSON.stringify(args),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { method, args },
  );
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

/** Imports laws through the API as the page would send them (bytes, not paths), for seeding larger libraries. */
export async function importViaApi(
  page: Page,
  country: string,
  files: string[],
  /** More import arguments, e.g. `{ jurisdiction: 'PK-IS' }`. */
  more: object = {},
): Promise<ImportedDocument[]> {
  const imported: ImportedDocument[] = [];
  for (const file of files) {
    const result = await callApi<{ documents: ImportedDocument[]; failed: { message: string }[] }>(
      page,
      'importDocuments',
      {
        ...more,
        country,
        files: [{ name: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }],
      },
    );
    if (result.failed.length) throw new Error(result.failed.map((f) => f.message).join('; '));
    imported.push(...result.documents);
  }
  return imported;
}

/** A library as an analyst leaves it before reviewing: reviewer named, laws imported per country in order,
 * suggestions written, and the page reloaded to show them. Resolves with the imported documents in order. */
export async function seedTaggedLibrary(
  page: Page,
  laws: [country: string, files: string[]][],
): Promise<ImportedDocument[]> {
  await callApi(page, 'updateSettings', { reviewerName: 'E2E Analyst' });
  const imported: ImportedDocument[] = [];
  for (const [country, files] of laws) imported.push(...(await importViaApi(page, country, files)));
  await callApi(page, 'tagDocuments', {});
  await page.reload();
  return imported;
}

/**
 * Decisions made by another reviewer in this project: the lead is fixed first (else it would
 * follow the reviewer name), the name switched for `decide`, and set back after it.
 */
export async function decideAs(page: Page, reviewer: string, decide: () => Promise<void>): Promise<void> {
  const { reviewerName, leadReviewer } = await callApi<{ reviewerName: string; leadReviewer: string }>(
    page,
    'getSettings',
  );
  await callApi(page, 'updateSettings', { leadReviewer });
  await callApi(page, 'updateSettings', { reviewerName: reviewer });
  try {
    await decide();
  } finally {
    await callApi(page, 'updateSettings', { reviewerName });
  }
}

/**
 * Holds back the page's calls of one API method, as a busy machine or a distant team server would,
 * until `release()`; `restore()` releases them and lets later calls through at once.
 */
export async function holdApi(
  page: Page,
  method: string,
): Promise<{ release: () => void; restore: () => Promise<void> }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const pattern = `**/api/${method}`;
  await page.route(pattern, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return {
    release,
    async restore() {
      release();
      await page.unroute(pattern);
    },
  };
}
