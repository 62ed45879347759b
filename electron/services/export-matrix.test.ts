// Every export format through exportMatrix, and the HTML report rendered in Debian's Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_CSV_FIXED_COLUMNS } from '../../shared/export/to-csv';
import { COVERAGE_LEVELS, nationalUndated } from '../../shared/model';
import { buildMatrix } from '../../shared/matrix/build-matrix';
import { LEVEL_STYLES } from '../../shared/matrix/level-styles';
import type { Matrix } from '../../shared/matrix/types';
import { fixtureCatalog, fixtureInput } from '../../shared/matrix/test-fixtures';
import { openSqliteStore } from '../store/sql-store';
import { EVIDENCE_SUFFIX, RATIFICATIONS_SUFFIX, RECOMMENDATIONS_SUFFIX, exportMatrix } from './export-matrix';
import { EXPORT_FORMAT_IDS } from '../../shared/export/formats';

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
      [RATIFICATIONS_SUFFIX, 'lexgap-matrix-2026-11-23.ratifications.csv'],
      [RECOMMENDATIONS_SUFFIX, 'lexgap-matrix-2026-11-23.recommendations.csv'],
    ]);
    expect(file.evidenceCsv).toBe(file.extraFiles![0].data);
    // The way the handler names it beside --out.
    expect('/tmp/m.csv'.replace(/(\.[^./\\]+)?$/, file.extraFiles![0].suffix)).toBe('/tmp/m.evidence.csv');
    const wide = Papa.parse<string[]>(decode(file.data), { skipEmptyLines: true });
    expect(wide.data[0]).toEqual([...MATRIX_CSV_FIXED_COLUMNS, 'MY', 'PK', 'VN']);
    expect(wide.data.find((r) => r[2] === 'CRC.19')!.slice(6)).toEqual(['full', 'partial', 'not_reviewed']);
    const evidence = Papa.parse<Record<string, string>>(decode(file.evidenceCsv!), {
      header: true,
      skipEmptyLines: true,
    });
    expect(evidence.data.find((r) => r.provision_id === 'CRC.3')!.note).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('exports an empty selection (no countries yet) in every format', async () => {
    const empty = buildMatrix({ ...fixtureInput(), countries: [], tags: [], overrides: [] });
    for (const format of EXPORT_FORMAT_IDS) {
      const file = await exportMatrix(empty, catalog, format);
      expect(file.data.byteLength).toBeGreaterThan(0);
    }
    const csv = await exportMatrix(empty, catalog, 'csv');
    expect(Papa.parse<string[]>(decode(csv.data), { skipEmptyLines: true }).data).toHaveLength(1 + 9);
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
    expect(colours).toHaveLength(9 * 3);
    for (const [level, colour] of colours) expect(colour).toBe(rgb(LEVEL_STYLES[level as 'full'].fill));
    expect(new Set(colours.map(([level]) => level))).toEqual(new Set(COVERAGE_LEVELS));

    // The levels' swatches (the legend's entries for a framed, `?` or `!` cell follow them where used).
    const legend = await page.$$eval('.legend .swatch[class*="lv-"]', (s) =>
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

describe('from a real SQLite store', () => {
  it('accepted suggestions and an override read back from the store reach every export', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-matrix-'));
    const store = await openSqliteStore(path.join(dir, 'db.sqlite'));
    try {
      const section = (number: string, heading: string, text: string, page: number) => ({
        eid: `sec_${number}`,
        number,
        kind: 'section' as const,
        heading,
        path: ['Part V — Children in need of care and protection'],
        text,
        pageStart: page,
        pageEnd: page,
        boxes: [],
        source: 'text' as const,
        ocrConfidence: null,
      });
      await store.insertDocument({
        record: {
          id: 'my-child-bill',
          file: 'Child_Bill_1999.pdf',
          title: 'Child Bill 1999',
          country: 'MY',
          year: 1999,
          language: 'en',
          status: 'in_force',
          ...nationalUndated(),
          pages: 136,
          sha256: 'f'.repeat(64),
          importedAt: '2026-11-20T08:00:00.000Z',
          ocrPages: [],
          failedPages: [],
        },
        fileName: 'Child_Bill_1999.pdf',
        fileBytes: new Uint8Array([37, 80, 68, 70]),
        clauses: [
          section('2', 'Interpretation', '"child" means a person under the age of eighteen years.', 12),
          section(
            '31',
            'Ill-treatment, neglect, abandonment or exposure of children',
            'Any person who, being a person having the care of a child, abuses, neglects, abandons or exposes the child commits an offence.',
            30,
          ),
        ],
      });
      const accept = (
        id: string,
        clause: string,
        provisionId: string,
        coverage: 'full' | 'partial',
        note: string,
      ) =>
        store.saveSuggestion({
          id,
          clauseId: `my-child-bill:sec_${clause}`,
          documentId: 'my-child-bill',
          provisionId,
          score: 0.8,
          matched: [],
          status: 'accepted',
          coverage,
          note,
          reviewer: 'Aisha',
          reviewedAt: '2026-11-21T10:00:00.000Z',
          origin: 'matcher',
          createdAt: '2026-11-20T09:00:00.000Z',
        });
      await accept('s1', '2', 'CRC.1', 'full', 'Under eighteen, as art. 1.');
      await accept('s2', '31', 'CRC.19', 'partial', '=HYPERLINK("http://x","y")');
      await store.setOverride({
        country: 'MY',
        provisionId: 'CRC.34',
        level: 'gap',
        rationale: 'Searched the Child Bill: nothing on sexual exploitation.',
        reviewedDocumentIds: ['my-child-bill'],
        pendingCandidates: [],
        citedClauses: [],
        reviewer: 'Aisha',
        at: '2026-11-22T10:00:00.000Z',
      });

      const m = buildMatrix({
        catalog,
        countries: [{ code: 'MY', name: 'Malaysia' }],
        tags: await store.acceptedTags(['MY']),
        overrides: await store.listOverrides(['MY']),
        frameworks: ['CRC'],
        now: '2026-11-23T00:00:00.000Z',
      });
      expect(m.columns[0].totals).toMatchObject({ full: 1, partial: 1, gap: 1, not_reviewed: 2 });

      const csv = await exportMatrix(m, catalog, 'csv');
      const evidence = Papa.parse<Record<string, string>>(decode(csv.evidenceCsv!), {
        header: true,
        skipEmptyLines: true,
      });
      expect(evidence.data.map((r) => [r.provision_id, r.citation, r.page, r.level, r.note])).toEqual([
        ['CRC.1', 'Child Bill 1999, s. 2', '12', 'full', 'Under eighteen, as art. 1.'],
        ['CRC.19', 'Child Bill 1999, s. 31', '30', 'partial', `'=HYPERLINK("http://x","y")`],
        ['CRC.34', '', '', 'gap', ''],
      ]);

      const html = decode((await exportMatrix(m, catalog, 'html')).data);
      expect(html).toContain('Laws searched: Child Bill 1999');
      const json = JSON.parse(decode((await exportMatrix(m, catalog, 'json')).data));
      expect(json.matrix).toMatchObject({ columns: m.columns, generatedAt: m.generatedAt });
      const quoted = json.matrix.groups.flatMap((g: Matrix['groups'][number]) =>
        g.rows.flatMap((r) => r.cells.flatMap((c) => c.evidence)),
      );
      expect(
        quoted.map((e: { citation: string; quote: string }) => [e.citation, e.quote.length > 0]),
      ).toEqual(
        m.groups.flatMap((g) =>
          g.rows.flatMap((r) => r.cells.flatMap((c) => c.evidence.map((e) => [e.citation, true]))),
        ),
      );
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
