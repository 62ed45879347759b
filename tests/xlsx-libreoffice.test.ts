// The workbook as a ministry on LibreOffice sees it: Calc (headless) prints the Matrix sheet to PDF,
// and every provision row must be there with each country's level, none hidden by the outline.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matrixToXlsx } from '../electron/services/export-xlsx';
import { buildMatrix } from '../shared/matrix/build-matrix';
import { LEVEL_STYLES } from '../shared/matrix/level-styles';
import { fixtureCatalog, fixtureInput } from '../shared/matrix/test-fixtures';
import { printWithLibreOffice } from './helpers/libreoffice';
import { tempDir } from './helpers/paths';
import { escapeRegExp } from '../shared/escape-regexp';

const dir = tempDir('lexgap-lo-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The text LibreOffice prints for the Matrix sheet (the pages before the Evidence sheet). */
async function printedMatrix(
  input = fixtureInput(),
): Promise<{ text: string; pages: string[]; matrix: ReturnType<typeof buildMatrix> }> {
  const matrix = buildMatrix(input);
  const xlsx = path.join(dir, 'matrix.xlsx');
  fs.writeFileSync(xlsx, await matrixToXlsx(matrix, fixtureCatalog()));
  const text = printWithLibreOffice(xlsx, dir, { layout: true });
  const end = text.indexOf('\nLegend');
  expect(end, 'the Matrix sheet ends with its legend').toBeGreaterThan(0);
  // pdftotext ends each page with a form feed.
  return { text: text.slice(0, end), pages: text.split('\f').filter((p) => p.trim()), matrix };
}

describe('the XLSX opened in LibreOffice Calc', async () => {
  const { text, pages, matrix } = await printedMatrix();
  const lines = text.split('\n');

  it('prints every provision row with every cell level, in column order', () => {
    const rows = matrix.groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(5);
    // The fixture has a cell of every level, so each one is looked for.
    expect(new Set(rows.flatMap((r) => r.cells.map((c) => c.level))).size).toBe(6);
    for (const row of rows) {
      const line = lines.find((l) => new RegExp(`^${escapeRegExp(row.provisionId)}\\s`).test(l));
      expect(line, `${row.provisionId} is printed`).toBeDefined();
      const levels = row.cells.map((c) => escapeRegExp(LEVEL_STYLES[c.level].label)).join('\\s+');
      const title = row.verified ? row.title : `${row.title} (unverified)`;
      expect(line).toMatch(new RegExp(`${escapeRegExp(title)}\\s+${levels}\\s*$`));
    }
  });

  it('heads every page with the countries and its sheet, numbers it, and repeats the Evidence headings', () => {
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      const [first, ...rest] = page.split('\n').filter((l) => l.trim());
      expect(first, `page ${i + 1}`).toMatch(
        /^Gap matrix — Malaysia, Pakistan, Viet Nam\s+(Matrix|Evidence|Recommendations|Standards)$/,
      );
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      if (first.endsWith('Evidence')) expect(rest[0], `page ${i + 1}`).toMatch(/^Country\s+Provision\s+\S/);
    });
    expect(pages.filter((p) => /\sEvidence\n/.test(p)).length).toBeGreaterThan(1);
  });

  it('prints every group heading and the analyst-rated gap', () => {
    for (const group of matrix.groups) expect(text).toContain(group.title);
    const gap = lines.find((l) => l.startsWith('CRC.34'));
    expect(gap).toMatch(/Sexual exploitation\s+Gap\s/);
  });
});

describe('a long standard title printed by LibreOffice Calc', async () => {
  const title =
    'Protection from all forms of physical or mental violence, injury or abuse, neglect or negligent treatment, maltreatment or exploitation';
  const input = fixtureInput();
  input.catalog.frameworks[0].provisions.find((p) => p.id === 'CRC.19')!.title = title;
  const { text } = await printedMatrix(input);

  it('is printed whole, wrapped in its column, not cut at the first country’s level', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('CRC.19'));
    const labels = new RegExp(
      Object.values(LEVEL_STYLES)
        .map((s) => escapeRegExp(s.label))
        .join('|'),
      'g',
    );
    // The title's lines, around the id's (centred beside it), without the levels printed to their right.
    const printed = lines
      .slice(at - 2, at + 3)
      .map((l) => l.replace(/^CRC\.19/, '').replace(labels, ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(printed).toContain(title);
  });
});
