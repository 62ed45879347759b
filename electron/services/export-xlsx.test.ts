import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LEVEL_STYLES } from '../../shared/matrix/level-styles';
import { buildMatrix, type BuildMatrixInput } from '../../shared/matrix/build-matrix';
import { fixtureCatalog, fixtureInput } from '../../shared/matrix/test-fixtures';
import { matrixToXlsx } from './export-xlsx';

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

async function openBack() {
  const matrix = buildMatrix(fixtureInput());
  const bytes = await matrixToXlsx(matrix, fixtureCatalog());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { matrix, wb };
}

function findRow(ws: ExcelJS.Worksheet, firstCell: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === firstCell) found = row;
  });
  if (!found) throw new Error(`no row starting with ${firstCell}`);
  return found;
}

describe('matrixToXlsx', async () => {
  const { matrix, wb } = await openBack();

  it('fills the workbook properties a file manager and Excel show', async () => {
    const withMeta = new ExcelJS.Workbook();
    const bytes = await matrixToXlsx(matrix, fixtureCatalog(), { creator: 'Aisha', appVersion: '0.1.0' });
    await withMeta.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(withMeta).toMatchObject({
      creator: 'Aisha',
      lastModifiedBy: 'Aisha',
      title: 'Gap matrix: CRC, ACTIP, Checklist — Malaysia, Pakistan, Viet Nam',
      subject: 'Legislative gap analysis for child protection',
    });
    expect(withMeta.created.toISOString()).toBe(matrix.generatedAt);
    expect(withMeta.description).toMatch(
      /^Made with Lexgap 0\.1\.0 from the standards catalog \(catalog [^,]+, 3 instruments, 10 provisions, [0-9a-f]{8}\)\. Coverage as the laws stand today: repealed laws give no evidence\. Procedural provisions not shown\.$/,
    );
  });

  it('marks unverified standards and n/a cells on the Matrix sheet', () => {
    const ws = wb.getWorksheet('Matrix')!;
    const row = findRow(ws, 'ACTIP.16');
    expect(row.getCell(2).value).toBe('Law enforcement (unverified)');
    expect(String(row.getCell(2).note)).toBe('Unverified: Article number from memory.');
    expect(row.getCell(4).value).toBe('Not applicable');
    expect(String(row.getCell(4).note)).toBe('n/a: not an ASEAN member state');
    expect(String(findRow(ws, 'CRC.34').getCell(3).note)).toContain(
      'Undecided suggestions overridden: Child Bill 1999, s. 43 (0.71)',
    );
  });

  it('has the Matrix, Evidence, Recommendations and Standards sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Evidence', 'Recommendations', 'Standards']);
  });

  it('names the font of every styled cell, so LibreOffice prints headings and levels in it, not in its serif', () => {
    const unnamed = new Set<string>();
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.font && cell.font.name !== 'Calibri') unnamed.add(`${ws.name}!${cell.address}`);
        }),
      );
    expect([...unnamed]).toEqual([]);
  });

  it('colours each matrix cell by its level', () => {
    const ws = wb.getWorksheet('Matrix')!;
    const row = findRow(ws, 'CRC.19');
    // Columns: id, title, MY, PK, VN.
    const expected = ['full', 'partial', 'not_reviewed'] as const;
    expected.forEach((level, i) => {
      const cell = row.getCell(3 + i);
      expect(cell.value).toBe(LEVEL_STYLES[level].label);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(LEVEL_STYLES[level].fill));
    });
    const contradicts = findRow(ws, 'CHK.MARRIAGE_AGE').getCell(4);
    expect(contradicts.value).toBe('Contradicts');
    expect((contradicts.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(LEVEL_STYLES.contradicts.fill));
    expect(String(contradicts.note)).toContain('Child Marriage Restraint Act 1929');
  });

  it('freezes the header rows and the provision columns', () => {
    const view = wb.getWorksheet('Matrix')!.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view.state).toBe('frozen');
    expect(view.xSplit).toBe(2);
    expect(view.ySplit).toBe(2);
    expect((wb.getWorksheet('Evidence')!.views[0] as ExcelJS.WorksheetViewFrozen).state).toBe('frozen');
  });

  it('outlines groups so they collapse under their heading', () => {
    const ws = wb.getWorksheet('Matrix')!;
    const groupRow = findRow(ws, '');
    expect(findRow(ws, 'CRC.19').outlineLevel).toBe(2);
    expect(findRow(ws, 'CHK.MARRIAGE_AGE').outlineLevel).toBe(2);
    expect(groupRow.outlineLevel).toBe(1);
    expect(groupRow.getCell(2).value).toBe('Definition of the child');
  });

  it('shows ratification under each country and totals and a legend below', () => {
    const ws = wb.getWorksheet('Matrix')!;
    expect(ws.getRow(1).getCell(3).value).toBe('Malaysia (MY)');
    expect(ws.getRow(2).getCell(3).value).toBe(
      'CRC: party 1995\nACTIP: party 2017 (unverified)\nChecklist: n/a',
    );
    const legend = findRow(ws, 'Gap');
    expect(legend.getCell(2).value).toMatch(/Searched and nothing found/);
    expect((legend.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(LEVEL_STYLES.gap.fill));
    let totalsRow: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Not reviewed' && typeof row.getCell(3).value === 'number')
        totalsRow = row;
    });
    expect([3, 4, 5].map((c) => totalsRow!.getCell(c).value)).toEqual(
      matrix.columns.map((c) => c.totals.not_reviewed),
    );
  });

  it('lists one evidence row per citation, with law, clause, page, note, reviewer and text', () => {
    const ws = wb.getWorksheet('Evidence')!;
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual([
      'Country',
      'Provision',
      'Standard',
      'Law',
      'Clause',
      'Citation',
      'Page',
      'Source',
      'Coverage',
      'Cell level',
      'Note',
      'Reviewer',
      'Date',
      'Analyst rationale',
      'Laws searched',
      'Undecided suggestions overridden',
      'Quote',
      'Clause text',
      'Value found',
      'Value required',
      'Check',
      'Jurisdiction',
      'Validated by',
      'Only in',
      'Cited by',
    ]);
    const rows = ws.getSheetValues().slice(2) as ExcelJS.CellValue[][];
    const citations = matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => c.evidence)));
    expect(rows.filter((r) => r && r[6]).length).toBe(citations.length);
    const s31 = rows.find((r) => r && r[6] === 'Child Bill 1999, s. 31')!;
    expect(s31[22]).toBe('Malaysia (MY)');
    expect(s31.slice(1, 19)).toEqual([
      'Malaysia',
      'CRC.19',
      'Protection from all forms of violence',
      'Child Bill 1999',
      '31',
      'Child Bill 1999, s. 31',
      'PDF p. 30',
      'text layer',
      'full',
      'Full',
      'Offence of ill-treatment by a carer.',
      'Aisha',
      '2026-11-20',
      '',
      '',
      '',
      expect.stringMatching(/^Any person who, being a person having the care of a child/),
      expect.stringMatching(/^Any person who, being a person having the care of a child/),
    ]);
    const ocr = rows.find((r) => r && r[2] === 'ACTIP.14')!;
    expect([ocr[7], ocr[8], ocr[17]]).toEqual([
      'p. 38',
      'OCR, confidence 81%',
      '… A protection order may be made for a period of ninety days.',
    ]);
    const gap = rows.find((r) => r && r[2] === 'CRC.34')!;
    expect([gap[14], gap[15], gap[16]]).toEqual([
      'Searched the Child Bill; nothing on sexual exploitation.',
      'Child Bill 1999',
      'Child Bill 1999, s. 43 (0.71)',
    ]);
  });

  it('a formula in a note arrives as text, not as a formula', () => {
    const ws = wb.getWorksheet('Evidence')!;
    let noteCell: ExcelJS.Cell | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'CRC.3') noteCell = row.getCell(11);
    });
    expect(noteCell!.type).toBe(ExcelJS.ValueType.String);
    expect(noteCell!.value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(noteCell!.formula).toBeUndefined();
  });

  it('lists the standards shown with their summaries', () => {
    const ws = wb.getWorksheet('Standards')!;
    const row = findRow(ws, 'CRC');
    expect(row.getCell(2).value).toBe('CRC.1');
    const values = ws.getSheetValues().slice(2) as ExcelJS.CellValue[][];
    expect(values.map((v) => v[2])).toEqual([
      'CRC.1',
      'CRC.3',
      'CRC.19',
      'CRC.12',
      'CRC.34',
      'CRC.44',
      'ACTIP.14',
      'ACTIP.16',
      'CHK.MARRIAGE_AGE',
      'CHK.CORPORAL_PUNISHMENT',
    ]);
    expect(values[2][6]).toBe(
      'States protect children from violence, abuse and neglect by carers (art. 19).',
    );
  });
});

describe('the Matrix sheet’s ratification row', () => {
  it('is tall enough for a reservation’s articles, wrapped in its country’s column', async () => {
    const matrix = buildMatrix(fixtureInput());
    const my = matrix.columns.find((c) => c.country === 'MY')!;
    const crc = my.ratifications.find((r) => r.frameworkId === 'CRC')!;
    crc.reservations = [
      {
        kind: 'reservation',
        articles: ['2', '7', '14', '28(1)(a)', '37'],
        summary: 'Applies the articles only where they conform with the Constitution and national laws.',
        verified: false,
      },
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await matrixToXlsx(matrix, fixtureCatalog())) as unknown as ExcelJS.Buffer,
    );
    const row = wb.getWorksheet('Matrix')!.getRow(2);
    const column = 3 + matrix.columns.indexOf(my);
    expect(String(row.getCell(column).value)).toContain(
      'reservation art. 2, 7, 14, 28(1)(a), 37 (unverified)',
    );
    // In a 16-character column of 9-point type, "CRC: party 1995; reservation art. 2, 7, 14, 28(1)(a), 37
    // (unverified)" wraps to four lines, "ACTIP: party 2017 (unverified)" to two, "Checklist: n/a" takes one:
    // at least 12 points each.
    expect(row.height).toBeGreaterThanOrEqual(7 * 12);
  });
});

/** Section 2 of a law's text: several subsections, each a paragraph of its own. */
const LONG_SECTION = [
  '(1) Any person who, being a person having the care of a child, abuses, neglects, abandons or exposes the child in a manner likely to cause him physical or emotional injury, or causes or permits him to be so abused, neglected, abandoned or exposed, commits an offence and shall on conviction be liable to a fine not exceeding twenty thousand ringgit or to imprisonment for a term not exceeding ten years or to both.',
  '(2) For the purposes of this section, a person shall be deemed to have neglected a child in a manner likely to cause him physical or emotional injury if, being a parent or guardian or person having the care of the child, he neglects to provide adequate food, clothing, medical or dental treatment, lodging or care for the child.',
  '(3) The Court before which a person is convicted of an offence under this section may, in addition to or in lieu of the punishment, order that person to execute a bond with or without sureties for his good behaviour and for his compliance with such conditions as the Court thinks fit.',
].join('\n');

/** Lines `value` takes at least in a column `width` characters wide: LibreOffice sets at most 1.3
 * characters of 11-point text on each character of a column's width. */
function fewestLines(value: string, width: number): number {
  return value
    .split('\n')
    .reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / (width * 1.3))), 0);
}

/** How tall each row must be, at least, for every wrapped cell of it (14 points a line, up to Excel's 409). */
function expectRowsTallEnough(ws: ExcelJS.Worksheet, firstRow = 2): number {
  let checked = 0;
  ws.eachRow((row, number) => {
    if (number < firstRow) return;
    row.eachCell((cell, column) => {
      if (!cell.alignment?.wrapText || typeof cell.value !== 'string') return;
      const lines = fewestLines(cell.value, ws.getColumn(column).width!);
      if (lines < 2) return;
      checked++;
      expect(
        row.height ?? 15,
        `row ${number} of ${ws.name}, ${cell.value.slice(0, 40)}…`,
      ).toBeGreaterThanOrEqual(Math.min(409, lines * 14));
    });
  });
  return checked;
}

/** A title as long as the catalog's longest, which ran over the first country's column when printed. */
const LONG_TITLE =
  'Protection from all forms of physical or mental violence, injury or abuse, neglect or negligent treatment, maltreatment or exploitation';

describe('printed, the workbook’s long texts stay in their cells', async () => {
  const input: BuildMatrixInput = fixtureInput();
  input.catalog.frameworks[0].provisions.find((p) => p.id === 'CRC.19')!.title = LONG_TITLE;
  input.tags.push({
    ...input.tags[0],
    suggestionId: 'sug-long',
    clauseId: 'clause-long',
    clauseNumber: '2',
    clauseText: LONG_SECTION,
  });
  input.recommendations = [
    {
      id: 'r0123456789abcdef',
      cells: [{ country: 'PK', subdivision: null, provisionId: 'CHK.MARRIAGE_AGE' }],
      type: 'amend',
      text: 'Raise the minimum age of marriage to 18 for girls and boys, remove the exceptions that let a court or a guardian consent to an earlier marriage, and make a marriage below that age void rather than only punishable.',
      responsibleBody: 'Ministry of Law and Justice, with the provincial law departments',
      priority: 'high',
      targetDate: '2027-06',
      status: 'proposed',
      origin: 'workshop',
      evidence: [],
      createdBy: 'Aisha',
      createdAt: '2026-11-22T09:00:00.000Z',
      updatedBy: 'Aisha',
      updatedAt: '2026-11-22T09:00:00.000Z',
    },
  ];
  const matrix = buildMatrix(input);
  matrix.agreement = [
    {
      scope: 'law',
      key: 'doc-PK',
      label: 'Islamabad Capital Territory Child Protection Act 2018',
      reviewers: ['Aisha', 'Ayesha Khan', 'Ministry of Human Rights', 'N. Ibrahim'],
      alpha: { alpha: 0.61, units: 40, n: 120 },
      pairs: [{ reviewers: ['Ayesha Khan', 'Ministry of Human Rights'], kappa: 0.58, observed: 0.8, n: 40 }],
    },
  ];
  const catalog = fixtureCatalog();
  catalog.frameworks[0].provisions[0].summary = LONG_SECTION;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await matrixToXlsx(matrix, catalog)) as unknown as ExcelJS.Buffer);

  // The Evidence sheet's column of clause texts.
  const CLAUSE_TEXT = 18;

  it('makes each Evidence row as tall as the lines its clause text wraps to', () => {
    const ws = wb.getWorksheet('Evidence')!;
    let long: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(CLAUSE_TEXT).value === LONG_SECTION) long = row;
    });
    // 1,000 characters in three paragraphs, in an 80-character column: at least eleven lines.
    expect(long!.getCell(CLAUSE_TEXT).alignment?.wrapText).toBe(true);
    expect(long!.height).toBeGreaterThanOrEqual(11 * 14);
    expect(long!.height).toBeLessThanOrEqual(409);
    expect(expectRowsTallEnough(ws)).toBeGreaterThan(3);
  });

  it('wraps a long standard title in its column on the Matrix sheet, in a row tall enough for it', () => {
    const ws = wb.getWorksheet('Matrix')!;
    const row = findRow(ws, 'CRC.19');
    expect(row.getCell(2).value).toBe(LONG_TITLE);
    expect(row.getCell(2).alignment?.wrapText).toBe(true);
    // 135 characters in a 52-character column: three lines.
    expect(row.height).toBeGreaterThanOrEqual(3 * 14);
    // Every id, title, instrument and group heading (below the ratifications of row 2).
    expect(expectRowsTallEnough(ws, 3)).toBeGreaterThan(0);
  });

  it('makes each row of the Recommendations, Agreement and Standards sheets as tall as its wrapped text', () => {
    for (const name of ['Recommendations', 'Agreement', 'Standards']) {
      const ws = wb.getWorksheet(name)!;
      expect(expectRowsTallEnough(ws), `${name} has rows of several lines`).toBeGreaterThan(0);
    }
  });

  it("puts the Agreement sheet's names before its figures, so no figure sits against a name", () => {
    const ws = wb.getWorksheet('Agreement')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['Over', 'Instrument or law', 'Reviewers', 'Pair']);
    const row = ws.getRow(2);
    expect(row.getCell(4).value).toBe('Ayesha Khan / Ministry of Human Rights');
    expect([5, 6, 7, 8, 9].map((c) => row.getCell(c).value)).toEqual([0.61, 40, 0.58, 0.8, 40]);
  });

  it('prints every sheet landscape on A4, its headings on each page, headed with the countries and numbered', () => {
    const across = (name: string) =>
      wb.getWorksheet(name)!.columns.reduce((sum, c) => sum + (c.width ?? 9), 0);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToHeight: 0,
        // The Matrix's ratifications too while they are short (not the fixture's).
        printTitlesRow: ws.name === 'Matrix' ? expect.stringMatching(/^1:[12]$/) : '1:1',
      });
      expect(ws.headerFooter.oddHeader, ws.name).toBe('&LGap matrix — Malaysia, Pakistan, Viet Nam&R&A');
      expect(ws.headerFooter.oddFooter, ws.name).toBe('&CPage &P of &N');
    }
    // The matrix on one page across; a wide table on a few, no smaller than about 65%, each page of a
    // band of rows after the other, and the Evidence sheet's pages naming the country and provision.
    expect(wb.getWorksheet('Matrix')!.pageSetup.fitToWidth).toBe(1);
    const evidence = wb.getWorksheet('Evidence')!.pageSetup;
    expect(evidence).toMatchObject({ pageOrder: 'overThenDown', printTitlesColumn: 'A:B' });
    expect(evidence.fitToWidth).toBeGreaterThan(1);
    // A landscape A4 page holds 140 characters of the sheet's font at 100%.
    expect(across('Evidence') / (evidence.fitToWidth! * 140)).toBeLessThanOrEqual(1 / 0.65);
  });

  it('wraps a table’s heading in its column, not cut at the next one', () => {
    const header = wb.getWorksheet('Evidence')!.getRow(1);
    expect(header.getCell(16).value).toBe('Undecided suggestions overridden');
    expect(header.getCell(16).alignment?.wrapText).toBe(true);
    expect(header.height).toBeGreaterThanOrEqual(2 * 14);
  });
});
