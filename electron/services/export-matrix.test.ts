// Every export format through exportMatrix, and the HTML report rendered in Debian's Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COVERAGE_LEVELS } from '../../shared/model';
import { buildMatrix } from '../../shared/matrix/build-matrix';
import { LEVEL_STYLES } from '../../shared/matrix/level-styles';
import { fixtureCatalog, fixtureInput } from '../../shared/matrix/test-fixtures';
import { EVIDENCE_SUFFIX, exportMatrix } from './export-matrix';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const matrix = buildMatrix(fixtureInput());
const catalog = fixtureCatalog();
const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('exportMatrix', () => {
  it('names each file after the matrix date and gives its type', async () => {
    const files = await Promise.all(
      (['xlsx', 'csv', 'html', 'json'] as const).map((f) => exportMatrix(matrix, catalog, f)),
    );
    expect(files.map((f) => [f.fileName, f.mime.split(';')[0]])).toEqual([
      ['lexgap-matrix-2026-11-23.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['lexgap-matrix-2026-11-23.csv', 'text/csv'],
      ['lexgap-matrix-2026-11-23.html', 'text/html'],
      ['lexgap-matrix-2026-11-23.json', 'application/json'],
    ]);
    // An XLSX is a zip.
    expect(Buffer.from(files[0].data.subarray(0, 2)).toString()).toBe('PK');
    expect(JSON.parse(decode(files[3].data)).matrix.columns).toHaveLength(3);
  });

  it('CSV: the wide matrix is the main file, the evidence table rides along as FILE.evidence.csv', async () => {
    const file = await exportMatrix(matrix, catalog, 'csv');
    expect(file.extraFiles?.map((f) => [f.suffix, f.fileName])).toEqual([
      [EVIDENCE_SUFFIX, 'lexgap-matrix-2026-11-23.evidence.csv'],
    ]);
    expect(file.evidenceCsv).toBe(file.extraFiles![0].data);
    // The way the handler names it beside --out.
    expect('/tmp/m.csv'.replace(/(\.[^./\\]+)?$/, file.extraFiles![0].suffix)).toBe('/tmp/m.evidence.csv');
    const wide = Papa.parse<string[]>(decode(file.data), { skipEmptyLines: true });
    expect(wide.data[0]).toEqual(['framework', 'group', 'provision_id', 'number', 'title', 'MY', 'PK', 'VN']);
    expect(wide.data.find((r) => r[2] === 'CRC.19')!.slice(5)).toEqual(['full', 'partial', 'not_reviewed']);
    const evidence = Papa.parse<Record<string, string>>(decode(file.evidenceCsv!), {
      header: true,
      skipEmptyLines: true,
    });
    expect(evidence.data.find((r) => r.provision_id === 'CRC.3')!.note).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('exports an empty selection (no countries yet) in every format', async () => {
    const empty = buildMatrix({ ...fixtureInput(), countries: [], tags: [], overrides: [] });
    for (const format of ['xlsx', 'csv', 'html', 'json'] as const) {
      const file = await exportMatrix(empty, catalog, format);
      expect(file.data.byteLength).toBeGreaterThan(0);
    }
    const csv = await exportMatrix(empty, catalog, 'csv');
    expect(Papa.parse<string[]>(decode(csv.data), { skipEmptyLines: true }).data).toHaveLength(1 + 7);
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-report-'));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the heat map in the level colours, runs no script from a hostile note, and asks for nothing online', async () => {
    const file = await exportMatrix(matrix, catalog, 'html');
    const htmlPath = path.join(dir, file.fileName);
    fs.writeFileSync(htmlPath, file.data);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`file://${htmlPath}`, { waitUntil: 'load' });

    const colours = await page.$$eval('table.heat td.cell', (cells) =>
      cells.map((c) => [c.className.match(/lv-(\w+)/)![1], getComputedStyle(c).backgroundColor]),
    );
    expect(colours).toHaveLength(7 * 3);
    for (const [level, colour] of colours) expect(colour).toBe(rgb(LEVEL_STYLES[level as 'full'].fill));
    expect(new Set(colours.map(([level]) => level))).toEqual(
      new Set(['full', 'partial', 'gap', 'contradicts', 'not_reviewed']),
    );

    const legend = await page.$$eval('.legend .swatch', (s) =>
      s.map((e) => getComputedStyle(e).backgroundColor),
    );
    expect(legend).toEqual(COVERAGE_LEVELS.map((l) => rgb(LEVEL_STYLES[l].fill)));

    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$$('script, img, iframe, object')).toHaveLength(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    const note = await page.locator('.note', { hasText: 'alert(1)' }).innerText();
    expect(note).toBe('<script>alert(1)</script><img src=x onerror="window.__pwned=1">');
    expect(await page.locator('.rat').first().innerText()).toBe('CRC · party 1995');

    const shot = await page.screenshot({ fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(10_000);
    // LEXGAP_SCREENSHOTS=1 refreshes the picture in the README.
    if (process.env.LEXGAP_SCREENSHOTS) {
      fs.mkdirSync(path.join(repoRoot, 'docs/screenshots'), { recursive: true });
      fs.writeFileSync(path.join(repoRoot, 'docs/screenshots/report-html.png'), shot);
    }

    // Printing gives a PDF of several pages: the matrix and the evidence start on pages of their own.
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    await page.close();
  });
});
