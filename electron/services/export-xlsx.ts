// The matrix as an Excel workbook: a coloured Matrix sheet (frozen headings, collapsible groups,
// totals, legend), an Evidence sheet with one row per cited clause, and the Standards shown.
// Types only: exceljs takes about 0.3 s to load, so it is imported when a workbook is written.
import { coverageDate, lawsNotCountedText } from '../../shared/export/as-of';
import type ExcelJS from 'exceljs';
import type { Catalog } from '../../shared/catalog/types';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../shared/model';
import { LEVEL_STYLES } from '../../shared/matrix/level-styles';
import type { Matrix, MatrixCell } from '../../shared/matrix/types';
import { catalogFingerprint } from '../../shared/catalog/catalog-fingerprint';
import { ratificationText } from '../../shared/matrix/ratification-text';
import { citeCandidates, ocrMark } from '../../shared/coverage/cite-clause';
import { citedChangeText } from '../../shared/coverage/cited-now';
import { citesNoClause, NO_CLAUSE_CITED } from '../../shared/coverage/rating';
import { evidenceRows } from '../../shared/export/evidence-rows';
import { recommendationRows } from '../../shared/export/recommendation-rows';
import { formatFound, formatRequired, VERDICT_LABELS } from '../../shared/checks/format-check';
import { safeCellOrEmpty } from '../../shared/export/safe-cell';
import { fitRowHeights, wrappedLines } from './fit-row-heights';
import { printSetup } from './print-setup';

// Excel refuses cells longer than this.
const MAX_CELL = 32_767;
const FIXED_COLUMNS = 2;
const HEADER_ROWS = 2;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});
const text = (value: string | null | undefined) => {
  const safe = safeCellOrEmpty(value);
  return safe.length > MAX_CELL ? `${safe.slice(0, MAX_CELL - 1)}…` : safe;
};

// The workbook's own font, named: a font without a name prints in LibreOffice's default serif, wider
// than the Calibri the rows' heights are worked out for.
const font = (style: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> => ({
  name: 'Calibri',
  family: 2,
  size: 11,
  ...style,
});

const HEADER_FILL = solid('#1D4E89');
const FRAMEWORK_FILL = solid('#D6E0EE');
const GROUP_FILL = solid('#EEF2F7');
const THIN = { style: 'thin' as const, color: { argb: 'FFFFFFFF' } };

// exceljs marks every row at or below outlineLevelRow `collapsed`, which LibreOffice reads as
// "hide this group": the matrix opened with most provision rows hidden. Groups open expanded.
function outline(row: ExcelJS.Row, level: number): void {
  row.outlineLevel = level;
  Object.defineProperty(row, 'collapsed', { get: () => false });
}

/** What heads each printed page (beside the sheet's name): the countries, which a long list of
 * instruments would push out of the workbook's title. */
const pageTitle = (matrix: Matrix) =>
  `Gap matrix — ${matrix.columns.map((c) => c.name).join(', ') || 'no country'}`;

function paintLevel(cell: ExcelJS.Cell, level: CoverageLevel): void {
  const style = LEVEL_STYLES[level];
  cell.fill = solid(style.fill);
  cell.font = font({ color: { argb: argb(style.ink) }, bold: level !== 'not_reviewed' });
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
}

/** The id and title columns wrap: a long title printed over the first country's column, or was cut
 * where that column holds a level. */
function wrapHeadings(row: ExcelJS.Row): void {
  for (let col = 1; col <= FIXED_COLUMNS; col++)
    row.getCell(col).alignment = { vertical: 'middle', wrapText: true };
  fitRowHeights(row);
}

function ratingNote(cell: MatrixCell & { override: NonNullable<MatrixCell['override']> }): string {
  const override = cell.override;
  const lines = [`Analyst rating: ${override.rationale} (${override.reviewer}, ${override.at.slice(0, 10)})`];
  if (override.citedClauses.length)
    lines.push(
      `Clauses cited: ${override.citedClauses.map((c) => (c.now ? `${c.citation} (${citedChangeText(c)})` : c.citation)).join('; ')}`,
    );
  if (citesNoClause(cell)) lines.push(`Contradicts: ${NO_CLAUSE_CITED}`);
  if (override.reviewedDocuments.length)
    lines.push(`Laws searched: ${override.reviewedDocuments.map((d) => d.title).join('; ')}`);
  if (override.pendingCandidates.length)
    lines.push(`Undecided suggestions overridden: ${citeCandidates(override.pendingCandidates)}`);
  return lines.join('\n');
}

function addMatrixSheet(wb: ExcelJS.Workbook, matrix: Matrix): void {
  const ws = wb.addWorksheet('Matrix', {
    views: [{ state: 'frozen', xSplit: FIXED_COLUMNS, ySplit: HEADER_ROWS, activeCell: 'C3' }],
    // outlineLevelRow declares the deepest level used (provision rows, 2), as Excel writes it.
    properties: { outlineLevelRow: 2, outlineProperties: { summaryBelow: false, summaryRight: false } },
  });
  // Wide enough for the longest id (CHK.CORPORAL_PUNISHMENT), which would otherwise print cut.
  const idWidth = Math.max(12, ...matrix.groups.flatMap((g) => g.rows.map((r) => r.provisionId.length + 3)));
  const countryWidth = 16;
  ws.columns = [
    { key: 'id', width: idWidth },
    { key: 'title', width: 52 },
    ...matrix.columns.map(() => ({ width: countryWidth })),
  ];
  const last = FIXED_COLUMNS + matrix.columns.length;
  // Printed: landscape, one page wide, the headings repeated on every page.
  printSetup(ws, pageTitle(matrix), { titleRows: '1:2', oneAcross: true });

  const header = ws.getRow(1);
  header.values = ['Standard', 'Provision', ...matrix.columns.map((c) => text(`${c.name} (${c.country})`))];
  header.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32;
  for (let col = 1; col <= last; col++) header.getCell(col).fill = HEADER_FILL;

  const shortNames = new Map(matrix.frameworks.map((f) => [f.id, f.shortName]));
  const ratification = ws.getRow(2);
  const ratified = matrix.columns.map((c) =>
    text(
      c.ratifications
        .map((r) => ratificationText(r, shortNames.get(r.frameworkId) ?? r.frameworkId))
        .join('\n'),
    ),
  );
  ratification.values = ['Ratification', 'of the instruments shown', ...ratified];
  ratification.font = font({ italic: true, size: 9, color: { argb: 'FF334155' } });
  ratification.alignment = { wrapText: true, vertical: 'top', horizontal: 'center' };
  // Tall enough for the longest, wrapped: a reservation's articles ran under the first provision row.
  const lines = Math.max(matrix.frameworks.length, ...ratified.map((r) => wrappedLines(r, countryWidth, 9)));
  ratification.height = Math.max(15, 12 * lines + 4);
  // The country headings head every printed page; the ratifications too while they take a few lines,
  // not when a dozen instruments would fill half of each page with them.
  if (lines > 4) ws.pageSetup.printTitlesRow = '1:1';
  for (let col = 1; col <= last; col++) ratification.getCell(col).fill = GROUP_FILL;

  let currentFramework = '';
  for (const group of matrix.groups) {
    if (group.frameworkId !== currentFramework) {
      currentFramework = group.frameworkId;
      const fw = matrix.frameworks.find((f) => f.id === group.frameworkId);
      const row = ws.addRow([text(fw?.shortName ?? group.frameworkId), text(fw?.name ?? '')]);
      row.font = font({ bold: true, size: 12, color: { argb: 'FF1D4E89' } });
      for (let col = 1; col <= last; col++) row.getCell(col).fill = FRAMEWORK_FILL;
      wrapHeadings(row);
    }
    const groupRow = ws.addRow(['', text(group.title)]);
    outline(groupRow, 1);
    groupRow.font = font({ bold: true, color: { argb: 'FF1F2933' } });
    for (let col = 1; col <= last; col++) groupRow.getCell(col).fill = GROUP_FILL;
    wrapHeadings(groupRow);

    for (const matrixRow of group.rows) {
      const row = ws.addRow([
        text(matrixRow.provisionId),
        text(matrixRow.verified ? matrixRow.title : `${matrixRow.title} (unverified)`),
        ...matrixRow.cells.map((cell) => LEVEL_STYLES[cell.level].label),
      ]);
      outline(row, 2);
      wrapHeadings(row);
      if (!matrixRow.verified)
        row.getCell(2).note = text(
          `Unverified: ${matrixRow.unverifiedNote ?? 'not checked against the text of the instrument.'}`,
        );
      matrixRow.cells.forEach((cell, i) => {
        const target = row.getCell(FIXED_COLUMNS + 1 + i);
        paintLevel(target, cell.level);
        const check = cell.check
          ? `Check ${VERDICT_LABELS[cell.check.verdict]}: found ${formatFound(cell.check)}, required ${formatRequired(cell.check)}`
          : '';
        const onlyIn = cell.onlyIn ? `Coverage ${cell.onlyIn.note}` : '';
        if (cell.override)
          target.note = text(
            [ratingNote({ ...cell, override: cell.override }), check, onlyIn].filter(Boolean).join('\n'),
          );
        else if (check || onlyIn) target.note = text([check, onlyIn].filter(Boolean).join('\n'));
        else if (cell.notApplicableReason) target.note = text(`n/a: ${cell.notApplicableReason}`);
      });
    }
  }

  ws.addRow([]);
  const totalsHead = ws.addRow(['Totals', 'provisions per level']);
  totalsHead.font = font({ bold: true });
  for (const level of COVERAGE_LEVELS) {
    const row = ws.addRow(['', LEVEL_STYLES[level].label, ...matrix.columns.map((c) => c.totals[level])]);
    paintLevel(row.getCell(2), level);
    row.getCell(2).alignment = { horizontal: 'left' };
    for (let col = FIXED_COLUMNS + 1; col <= last; col++)
      row.getCell(col).alignment = { horizontal: 'center' };
  }

  ws.addRow([]);
  const legendHead = ws.addRow(['Legend']);
  legendHead.font = font({ bold: true });
  for (const level of COVERAGE_LEVELS) {
    const row = ws.addRow([LEVEL_STYLES[level].label, LEVEL_STYLES[level].meaning]);
    paintLevel(row.getCell(1), level);
  }
  ws.addRow([
    'Note',
    'A cell with a comment carries the analyst’s own rating; the Evidence sheet lists every cited clause.',
  ]);
  ws.addRow(['', '“(unverified)”: the article number or title could not be checked against the instrument.']);
  ws.addRow([
    '',
    '“(unverified)” beside a ratification, reservation or declaration: recalled, not checked against the depositary record.',
  ]);
  if (matrix.catalog) ws.addRow(['', text(`Standards catalog: ${matrix.catalog}`)]);
  ws.addRow(['', text(`${coverageDate(matrix)}.`)]);
  if (lawsNotCountedText(matrix)) ws.addRow(['', text(`${lawsNotCountedText(matrix)}.`)]);
  if (matrix.hiddenProcedural)
    ws.addRow([
      '',
      `${matrix.hiddenProcedural} procedural provision${matrix.hiddenProcedural > 1 ? 's' : ''} (final clauses, committee machinery) not shown.`,
    ]);
}

/** A sheet of one table: its header row frozen, white on blue. */
function tableSheet(
  wb: ExcelJS.Workbook,
  matrix: Matrix,
  name: string,
  columns: Partial<ExcelJS.Column>[],
  titleColumns?: string,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = columns;
  printSetup(ws, pageTitle(matrix), { titleRows: '1:1', titleColumns });
  const header = ws.getRow(1);
  header.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
  header.fill = HEADER_FILL;
  // A heading longer than its column ("Undecided suggestions overridden") was cut on paper.
  header.alignment = { vertical: 'top', wrapText: true };
  fitRowHeights(header);
  return ws;
}

function addEvidenceSheet(wb: ExcelJS.Workbook, matrix: Matrix): void {
  const ws = tableSheet(
    wb,
    matrix,
    'Evidence',
    [
      { header: 'Country', key: 'country', width: 16 },
      { header: 'Provision', key: 'provisionId', width: 18 },
      { header: 'Standard', key: 'provisionTitle', width: 34 },
      { header: 'Law', key: 'law', width: 34 },
      { header: 'Clause', key: 'clauseNumber', width: 10 },
      { header: 'Citation', key: 'citation', width: 30 },
      { header: 'Page', key: 'page', width: 10 },
      { header: 'Source', key: 'source', width: 14 },
      { header: 'Coverage', key: 'coverage', width: 11 },
      { header: 'Cell level', key: 'level', width: 14 },
      { header: 'Note', key: 'note', width: 40 },
      { header: 'Reviewer', key: 'reviewer', width: 14 },
      { header: 'Date', key: 'date', width: 12 },
      { header: 'Analyst rationale', key: 'rationale', width: 40 },
      { header: 'Laws searched', key: 'lawsSearched', width: 30 },
      { header: 'Undecided suggestions overridden', key: 'pending', width: 30 },
      { header: 'Quote', key: 'quote', width: 80 },
      { header: 'Clause text', key: 'clauseText', width: 80 },
      { header: 'Value found', key: 'valueFound', width: 16 },
      { header: 'Value required', key: 'valueRequired', width: 22 },
      { header: 'Check', key: 'checkVerdict', width: 12 },
      // Whose law: a subdivision's, or national. Last, so the columns before keep their places.
      { header: 'Jurisdiction', key: 'jurisdiction', width: 30 },
      // Other reviewers who made the same decision (several reviewers).
      { header: 'Validated by', key: 'validatedBy', width: 30 },
      // Where a country's coverage holds only in some subdivisions.
      { header: 'Only in', key: 'onlyIn', width: 30 },
      // What cites the clause (an accepted tag, a check, the analyst's rating), or "no clause cited".
      { header: 'Cited by', key: 'citedBy', width: 18 },
    ],
    // Each page across names the country and provision of its rows.
    'A:B',
  );
  for (const r of evidenceRows(matrix)) {
    const row = ws.addRow({
      country: text(r.countryName),
      provisionId: text(r.provisionId),
      provisionTitle: text(r.provisionVerified ? r.provisionTitle : `${r.provisionTitle} (unverified)`),
      law: text(r.documentTitle),
      jurisdiction: text(r.jurisdiction ? `${r.jurisdictionName} (${r.jurisdiction})` : ''),
      clauseNumber: text(r.clauseNumber),
      citation: text(r.citation),
      page: text(r.pageCited),
      source: r.ocrConfidence === null ? (r.citation ? 'text layer' : '') : ocrMark(r.ocrConfidence),
      coverage: r.coverage ?? '',
      level: LEVEL_STYLES[r.level].label,
      note: text(r.note),
      reviewer: text(r.reviewer),
      date: text(r.reviewedAt.slice(0, 10)),
      validatedBy: text(r.validatedBy),
      onlyIn: text(r.onlyIn),
      citedBy: text(r.citedBy),
      rationale: text(r.overrideRationale),
      lawsSearched: text(r.lawsSearched),
      pending: text(r.pendingCandidates),
      quote: text(r.quote),
      clauseText: text(r.clauseText),
      // Only a checklist cell with a check has these; other rows leave them empty, not blank strings.
      ...(r.checkVerdict
        ? {
            valueFound: text(r.valueFound),
            valueRequired: text(r.valueRequired),
            checkVerdict: VERDICT_LABELS[r.checkVerdict],
          }
        : {}),
    });
    paintLevel(row.getCell('level'), r.level);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell('level').alignment = { horizontal: 'center', vertical: 'top' };
    fitRowHeights(row);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
}

const PRIORITY_FILLS: Record<string, ExcelJS.Fill> = {
  High: solid('#F4C7C3'),
  Medium: solid('#FCE8B2'),
  Low: solid('#D9EAD3'),
};

const figure = (x: number | null) => (x === null ? '' : Number(x.toFixed(4)));

/** Agreement between reviewers, where several reviewed: alpha over all, kappa per pair, each with n. */
function addAgreementSheet(wb: ExcelJS.Workbook, matrix: Matrix): void {
  if (!matrix.agreement?.length) return;
  const ws = tableSheet(wb, matrix, 'Agreement', [
    { header: 'Over', key: 'scope', width: 12 },
    { header: 'Instrument or law', key: 'label', width: 40 },
    { header: 'Reviewers', key: 'reviewers', width: 40 },
    // The texts first, then the figures: a right-aligned figure just left of the pair's names read
    // as part of them.
    { header: 'Pair', key: 'pair', width: 40 },
    { header: "Krippendorff's alpha", key: 'alpha', width: 18 },
    { header: 'Units (alpha)', key: 'units', width: 12 },
    { header: "Cohen's kappa", key: 'kappa', width: 14 },
    { header: 'Observed agreement', key: 'observed', width: 18 },
    { header: 'Units both decided', key: 'n', width: 18 },
  ]);
  for (const f of matrix.agreement) {
    const base = {
      scope: f.scope,
      label: text(f.label),
      reviewers: text(f.reviewers.join('; ')),
      alpha: figure(f.alpha.alpha),
      units: f.alpha.units,
    };
    const rows = f.pairs.length
      ? f.pairs.map((p) =>
          ws.addRow({
            ...base,
            pair: text(p.reviewers.join(' / ')),
            kappa: figure(p.kappa),
            observed: figure(p.observed),
            n: p.n,
          }),
        )
      : [ws.addRow(base)];
    for (const row of rows) {
      row.alignment = { vertical: 'top', wrapText: true };
      fitRowHeights(row);
    }
  }
}

function addRecommendationsSheet(wb: ExcelJS.Workbook, matrix: Matrix): void {
  const ws = tableSheet(wb, matrix, 'Recommendations', [
    { header: 'Priority', key: 'priority', width: 10 },
    { header: 'Type', key: 'type', width: 14 },
    { header: 'Recommendation', key: 'text', width: 60 },
    { header: 'Cells', key: 'cells', width: 24 },
    { header: 'Standards', key: 'standards', width: 36 },
    { header: 'Responsible body', key: 'responsibleBody', width: 28 },
    { header: 'Target date', key: 'targetDate', width: 12 },
    { header: 'Status', key: 'status', width: 13 },
    { header: 'Origin', key: 'origin', width: 13 },
    { header: 'Evidence', key: 'evidence', width: 50 },
    { header: 'Id', key: 'id', width: 14 },
    { header: 'By', key: 'createdBy', width: 14 },
    { header: 'Updated', key: 'updatedAt', width: 12 },
  ]);
  for (const r of recommendationRows(matrix)) {
    const row = ws.addRow({
      ...r,
      text: text(r.text),
      cells: text(r.cells),
      standards: text(r.standards),
      responsibleBody: text(r.responsibleBody),
      targetDate: text(r.targetDate),
      evidence: text(r.evidence),
      createdBy: text(r.createdBy),
      updatedAt: text(r.updatedAt.slice(0, 10)),
    });
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell('priority').fill = PRIORITY_FILLS[r.priority];
    if (r.citesDeletedLaw) row.getCell('evidence').font = font({ color: { argb: argb('#A61B1B') } });
    fitRowHeights(row);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
}

function addStandardsSheet(wb: ExcelJS.Workbook, matrix: Matrix, catalog: Catalog): void {
  const ws = tableSheet(wb, matrix, 'Standards', [
    { header: 'Instrument', key: 'framework', width: 14 },
    { header: 'Id', key: 'id', width: 22 },
    { header: 'Number', key: 'number', width: 10 },
    { header: 'Title', key: 'title', width: 40 },
    { header: 'Group', key: 'group', width: 30 },
    { header: 'Summary', key: 'summary', width: 80 },
    { header: 'Legal test', key: 'legalTest', width: 40 },
    { header: 'Verified', key: 'verified', width: 10 },
    { header: 'Source', key: 'source', width: 50 },
  ]);
  const shown = new Set(matrix.frameworks.map((f) => f.id));
  for (const framework of catalog.frameworks) {
    if (!shown.has(framework.id)) continue;
    const groups = new Map(framework.groups.map((g) => [g.id, g.title]));
    for (const p of framework.provisions) {
      const row = ws.addRow({
        framework: text(framework.shortName),
        id: text(p.id),
        number: text(p.number),
        title: text(p.title),
        group: text(groups.get(p.group) ?? p.group),
        summary: text(p.summary),
        legalTest: text(p.legalTest),
        verified: p.verified ? 'yes' : text(`no${p.unverifiedNote ? `: ${p.unverifiedNote}` : ''}`),
        source: text(p.verified ? (p.source ?? framework.source) : undefined),
      });
      row.alignment = { vertical: 'top', wrapText: true };
      fitRowHeights(row);
    }
  }
}

export interface WorkbookMeta {
  /** Who exported it (the reviewer name in Settings). */
  creator?: string;
  appVersion?: string;
}

export async function matrixToXlsx(
  matrix: Matrix,
  catalog: Catalog,
  meta: WorkbookMeta = {},
): Promise<Uint8Array> {
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  const instruments = matrix.frameworks.map((f) => f.shortName).join(', ') || 'no instrument';
  const countries = matrix.columns.map((c) => c.name).join(', ') || 'no country';
  wb.creator = meta.creator || 'Lexgap';
  wb.lastModifiedBy = wb.creator;
  wb.title = `Gap matrix: ${instruments} — ${countries}`;
  wb.subject = 'Legislative gap analysis for child protection';
  wb.keywords = ['Lexgap', 'gap matrix', ...matrix.frameworks.map((f) => f.id)].join(', ');
  wb.category = 'Gap matrix';
  wb.company = 'Lexgap';
  const made = meta.appVersion ? `Lexgap ${meta.appVersion}` : 'Lexgap';
  const procedural = matrix.includeProcedural ? '' : ' Procedural provisions not shown.';
  wb.description = `Made with ${made} from the standards catalog (${catalogFingerprint(catalog)}). ${coverageDate(matrix)}.${procedural}`;
  // A fixed date keeps the file a function of the matrix.
  wb.created = new Date(matrix.generatedAt);
  wb.modified = wb.created;
  addMatrixSheet(wb, matrix);
  addEvidenceSheet(wb, matrix);
  addRecommendationsSheet(wb, matrix);
  addAgreementSheet(wb, matrix);
  addStandardsSheet(wb, matrix, catalog);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
