// Jurisdictions and a law's life on real Pakistani acts: the Islamabad Capital Territory Child
// Protection Act 2018 imported for PK-IS and the Child Marriage Restraint Act 1929 as a national law
// (its dates as it prints them: enacted 1 October 1929, in force 1 April 1930). The matrix splits
// Pakistan into its national laws and ICT, every citation names whose law it is, a repealed law
// leaves no Full cell, and coverage as of a date before the 2018 Act holds no evidence from it.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi, MatrixSelection } from '../shared/api/contract';
import type { Matrix, MatrixCell } from '../shared/matrix/types';
import type { SuggestionView } from '../shared/model';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

const dir = tempDir('lexgap-jurisdictions-');
const database = path.join(dir, 'db.sqlite');
let opened: App;
let api: LexgapApi;
let ictAct: string;
let marriageAct: string;
let ictTag: SuggestionView;
let marriageTag: SuggestionView;

const best = async (documentId: string, not?: string) =>
  (await api.listSuggestions({ documentId }))
    .filter((s) => s.provisionId !== not && !s.provisionId.startsWith('CHK.'))
    .sort((a, b) => b.score - a.score)[0];

beforeAll(async () => {
  opened = await openApp({ database });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Ayesha Khan' });
  const ict = await api.importDocuments({
    files: [{ path: law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf') }],
    country: 'PK',
    jurisdiction: 'PK-IS',
  });
  const national = await api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  expect([...ict.failed, ...national.failed]).toEqual([]);
  ictAct = ict.documents[0].id;
  marriageAct = national.documents[0].id;
  await api.tagDocuments({});
  ictTag = await best(ictAct);
  marriageTag = await best(marriageAct, ictTag.provisionId);
  await api.reviewSuggestions({ ids: [ictTag.id, marriageTag.id], decision: 'accept', coverage: 'full' });
  await api.updateDocument({ documentId: marriageAct, enactedOn: '1929-10-01', inForceFrom: '1930-04-01' });
});

afterAll(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cellsOf = (matrix: Matrix) => matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
const cell = (matrix: Matrix, column: string, provisionId: string): MatrixCell =>
  cellsOf(matrix).find((c) => c.country === column && c.provisionId === provisionId)!;
const citedLaws = (matrix: Matrix, column: string, provisionId: string) =>
  cell(matrix, column, provisionId).evidence.map((e) => e.documentId);
const matrix = (selection: MatrixSelection = {}) => api.buildMatrix({ countries: ['PK'], ...selection });

describe('jurisdictions', () => {
  it('are set on import and kept with the law: PK-IS for the ICT Act, national for the 1929 Act', async () => {
    expect(await api.getDocument({ documentId: ictAct })).toMatchObject({
      country: 'PK',
      jurisdiction: 'PK-IS',
    });
    expect(await api.getDocument({ documentId: marriageAct })).toMatchObject({
      country: 'PK',
      jurisdiction: null,
      excludedSubdivisions: [],
    });
  });

  it('refuse a code that is not a subdivision of the country, naming it and the known ones', async () => {
    const file = law('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf');
    await expect(
      api.importDocuments({ files: [{ path: file }], country: 'PK', jurisdiction: 'PK-XX' }),
    ).rejects.toThrow(/"PK-XX" is not an ISO 3166-2 subdivision of PK \(Pakistan\); known: PK-BA, .*PK-IS/);
    await expect(
      api.importDocuments({ files: [{ path: file }], country: 'PK', jurisdiction: 'MY-14' }),
    ).rejects.toThrow(/"MY-14" is not a subdivision of PK/);
    await expect(api.updateDocument({ documentId: ictAct, jurisdiction: 'PK-Q' })).rejects.toThrow(/PK-Q/);
    expect((await api.listDocuments({})).map((d) => d.id).sort()).toEqual([ictAct, marriageAct].sort());
  });

  it('a country column holds every law of the country, each citation naming whose law it is', async () => {
    const m = await matrix();
    expect(m.columns.map((c) => c.country)).toEqual(['PK']);
    const [ict] = cell(m, 'PK', ictTag.provisionId).evidence.filter((e) => e.documentId === ictAct);
    expect(ict).toMatchObject({ jurisdiction: 'PK-IS', jurisdictionName: 'Islamabad Capital Territory' });
    const [national] = cell(m, 'PK', marriageTag.provisionId).evidence;
    expect(national).toMatchObject({
      documentId: marriageAct,
      jurisdiction: 'PK',
      jurisdictionName: 'Pakistan',
    });
  });

  it('a standard only the ICT Act covers is Partial for Pakistan, "only in PK-IS", in the app and every export', async () => {
    const m = await matrix();
    expect(cell(m, 'PK', ictTag.provisionId)).toMatchObject({
      level: 'partial',
      derivedLevel: 'partial',
      onlyIn: { subdivisions: ['PK-IS'], note: 'only in PK-IS (no national law)' },
    });
    // The national law's standard is Full for the whole country, with nothing to say.
    expect(cell(m, 'PK', marriageTag.provisionId).level).toBe('full');
    expect(cell(m, 'PK', marriageTag.provisionId).onlyIn).toBeUndefined();
    // Split, each column reads as before: ICT's own column is Full.
    const split = await matrix({ split: ['PK'] });
    expect(cell(split, 'PK-IS', ictTag.provisionId)).toMatchObject({ level: 'full' });
    expect(cellsOf(split).filter((c) => c.onlyIn)).toEqual([]);

    const out = (ext: string) => path.join(dir, `only-in.${ext}`);
    for (const format of ['csv', 'json', 'html', 'xlsx'] as const)
      await api.exportMatrix({ countries: ['PK'], format, path: out(format) });
    const evidence = Papa.parse<Record<string, string>>(fs.readFileSync(out('evidence.csv'), 'utf8'), {
      header: true,
    }).data.filter((r) => r.provision_id === ictTag.provisionId);
    expect(evidence.map((r) => [r.level, r.jurisdiction, r.only_in])).toEqual([
      ['partial', 'PK-IS', 'only in PK-IS (no national law)'],
    ]);
    const json = JSON.parse(fs.readFileSync(out('json'), 'utf8')) as { matrix: Matrix };
    expect(cell(json.matrix, 'PK', ictTag.provisionId).onlyIn?.note).toBe('only in PK-IS (no national law)');
    expect(fs.readFileSync(out('html'), 'utf8')).toContain(
      '<p class="only-in">Coverage only in PK-IS (no national law)</p>',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('xlsx'));
    const sheet = wb.worksheets[0];
    const notes: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.note === 'string') notes.push(c.note);
        else if (c.note) notes.push(c.note.texts?.map((t) => t.text).join('') ?? '');
      }),
    );
    expect(notes).toContain('Coverage only in PK-IS (no national law)');
    // The country report says it beside the cell's level too.
    const report = await api.exportReport({ countries: ['PK'], format: 'html' });
    expect(Buffer.from(report.dataBase64!, 'base64').toString('utf8')).toContain(
      'coverage only in PK-IS (no national law)',
    );
  });

  it('split, Pakistan shows its national laws and ICT, where the national law applies too', async () => {
    const m = await matrix({ split: ['PK'] });
    expect(m.columns.map((c) => [c.country, c.nationalOnly, c.subdivision])).toEqual([
      ['PK', true, null],
      ['PK-IS', false, 'PK-IS'],
    ]);
    expect(citedLaws(m, 'PK', ictTag.provisionId)).not.toContain(ictAct);
    expect(citedLaws(m, 'PK-IS', ictTag.provisionId)).toContain(ictAct);
    expect(citedLaws(m, 'PK', marriageTag.provisionId)).toEqual([marriageAct]);
    expect(citedLaws(m, 'PK-IS', marriageTag.provisionId)).toEqual([marriageAct]);
    // Punjab asked for by name: the national law applies there, the ICT Act does not.
    const punjab = await api.buildMatrix({ countries: ['PK-PB'] });
    expect(citedLaws(punjab, 'PK-PB', marriageTag.provisionId)).toEqual([marriageAct]);
    expect(cellsOf(punjab).flatMap((c) => c.evidence.map((e) => e.documentId))).not.toContain(ictAct);
  });

  it('the report takes a subdivision as the matrix does, listing its own laws and the national ones', async () => {
    const run = await lexgap(database, 'report', '--country', 'pk-is', '--format', 'html', '--json');
    expect(run.stderr).toBe('');
    const html = Buffer.from(run.json<{ dataBase64: string }>().dataBase64, 'base64').toString('utf8');
    expect(html).toContain('Islamabad Capital Territory Child Protection Act, 2018');
    expect(html).toContain('Child Marriage Restraint Act');
    // A code that is neither is refused by both in the same words.
    const [report, matrixRun] = await Promise.all([
      lexgap(database, 'report', '--country', 'PK-XX', '--format', 'html'),
      lexgap(database, 'matrix', '--country', 'PK-XX', '--format', 'json'),
    ]);
    expect(report.code).not.toBe(0);
    expect(report.stderr).toMatch(/"PK-XX" is neither a country/);
    expect(report.stderr).toBe(matrixRun.stderr);
  });

  it('a national law marked as not extending to ICT gives no evidence there, and does again when cleared', async () => {
    await api.updateDocument({ documentId: marriageAct, excludedSubdivisions: ['pk-is'] });
    const m = await matrix({ split: ['PK'] });
    expect(citedLaws(m, 'PK-IS', marriageTag.provisionId)).toEqual([]);
    expect(citedLaws(m, 'PK', marriageTag.provisionId)).toEqual([marriageAct]);
    // Unsplit, Pakistan is no longer covered in full: not in ICT, where the Act does not extend.
    expect(cell(await matrix(), 'PK', marriageTag.provisionId)).toMatchObject({
      level: 'partial',
      onlyIn: { note: 'full except in PK-IS (the national laws do not extend there)' },
    });
    await api.updateDocument({ documentId: marriageAct, excludedSubdivisions: [] });
    expect(cell(await matrix(), 'PK', marriageTag.provisionId).level).toBe('full');
    expect(citedLaws(await matrix({ split: ['PK'] }), 'PK-IS', marriageTag.provisionId)).toEqual([
      marriageAct,
    ]);
  });

  it('a subdivision column can be rated, and its Gap searched its own and the national laws', async () => {
    const rated = await api.setCellOverride({
      country: 'PK-IS',
      provisionId: 'CHK.MARRIAGE_AGE',
      level: 'gap',
      rationale: 'No ICT law on marriage age in the library beyond the 1929 Act.',
    });
    expect(rated.reviewedDocumentIds.sort()).toEqual([ictAct, marriageAct].sort());
    expect(cell(await matrix({ split: ['PK'] }), 'PK-IS', 'CHK.MARRIAGE_AGE').level).toBe('gap');
    await api.clearCellOverride({ country: 'PK-IS', provisionId: 'CHK.MARRIAGE_AGE' });
  });
});

describe('a baseline compared after a law moved', () => {
  it('names where the law applies as the cause of the country cell it changed', async () => {
    await api.createBaseline({ name: 'Before the ICT Act was marked national' });
    await api.updateDocument({ documentId: ictAct, jurisdiction: null });
    const { changes } = await api.compareBaselines({ from: 'Before the ICT Act was marked national' });
    const pk = changes.find((c) => c.country === 'PK' && c.provisionId === ictTag.provisionId);
    expect(pk).toMatchObject({
      before: 'partial',
      after: 'full',
      causes: ['jurisdiction'],
      details: ['covered for the whole country: a national law covers it as fully'],
    });
    await api.updateDocument({ documentId: ictAct, jurisdiction: 'PK-IS' });
    expect((await api.compareBaselines({ from: 'Before the ICT Act was marked national' })).changes).toEqual(
      [],
    );
  });
});

describe('status and dates', () => {
  it('as of a date before the 2018 Act, the matrix holds no evidence from it and says why', async () => {
    const m = await matrix({ asOf: '2017-12-31', split: ['PK'] });
    expect(m.asOf).toBe('2017-12-31');
    expect(cellsOf(m).flatMap((c) => c.evidence.map((e) => e.documentId))).not.toContain(ictAct);
    expect(citedLaws(m, 'PK', marriageTag.provisionId)).toEqual([marriageAct]);
    expect(m.lawsNotCounted).toEqual([
      expect.objectContaining({
        documentId: ictAct,
        reason: expect.stringMatching(/not yet in force on 2017-12-31/),
      }),
    ]);
    expect(citedLaws(await matrix({ asOf: '2019-01-01' }), 'PK', ictTag.provisionId)).toContain(ictAct);
  });

  it('the 1929 Act counts from its commencement (1 April 1930), not from its enactment', async () => {
    expect(citedLaws(await matrix({ asOf: '1930-03-31' }), 'PK', marriageTag.provisionId)).toEqual([]);
    expect(citedLaws(await matrix({ asOf: '1930-04-01' }), 'PK', marriageTag.provisionId)).toEqual([
      marriageAct,
    ]);
  });

  it('a repealed law leaves no Full cell today, stays on record, and counts on dates before its repeal', async () => {
    const repealed = await api.updateDocument({ documentId: marriageAct, repealedOn: '2025-05-30' });
    expect(repealed).toMatchObject({ status: 'repealed', repealedOn: '2025-05-30' });
    const today = await matrix({ split: ['PK'] });
    const fromIt = cellsOf(today).filter((c) => c.evidence.some((e) => e.documentId === marriageAct));
    expect(fromIt).toEqual([]);
    expect(cell(today, 'PK', marriageTag.provisionId).level).not.toBe('full');
    expect(today.lawsNotCounted).toEqual([
      expect.objectContaining({ documentId: marriageAct, reason: 'repealed' }),
    ]);
    expect(
      (await api.listSuggestions({ documentId: marriageAct, status: 'accepted' })).map((s) => s.id),
    ).toEqual([marriageTag.id]);
    const before = await matrix({ asOf: '2020-01-01' });
    expect(cell(before, 'PK', marriageTag.provisionId)).toMatchObject({ level: 'full' });
    const after = await matrix({ asOf: '2025-05-30' });
    expect(cell(after, 'PK', marriageTag.provisionId).level).not.toBe('full');
  });

  it('refuses dates that contradict the status or each other, and changes nothing', async () => {
    await expect(api.updateDocument({ documentId: marriageAct, status: 'in_force' })).rejects.toThrow(
      /a repeal date \(2025-05-30\) is recorded but the status is in_force/,
    );
    await expect(api.updateDocument({ documentId: marriageAct, repealedOn: '1925-01-01' })).rejects.toThrow(
      /repealed on 1925-01-01, before it came into force \(1930-04-01\)/,
    );
    const bad = await opened.dispatch('updateDocument', { documentId: marriageAct, enactedOn: '1929-02-30' });
    expect(bad.ok ? '' : bad.error.message).toMatch(
      /enactedOn: "1929-02-30" is not a date written YYYY-MM-DD/,
    );
    expect(await api.getDocument({ documentId: marriageAct })).toMatchObject({
      status: 'repealed',
      repealedOn: '2025-05-30',
      enactedOn: '1929-10-01',
    });
    // Back in force: the repeal date is cleared with the status.
    await api.updateDocument({ documentId: marriageAct, status: 'in_force', repealedOn: null });
    expect(cell(await matrix(), 'PK', marriageTag.provisionId).level).toBe('full');
  });

  it('exports say the date their coverage is for and whose law each citation is', async () => {
    const html = await api.exportMatrix({
      countries: ['PK'],
      split: ['PK'],
      asOf: '2019-01-01',
      format: 'html',
    });
    const page = Buffer.from(html.dataBase64!, 'base64').toString('utf8');
    expect(html.fileName).toMatch(/-as-of-2019-01-01\.html$/);
    expect(page).toContain('Coverage on 1 January 2019');
    expect(page).toContain('Islamabad Capital Territory law (PK-IS)');
    const csv = await api.exportMatrix({ countries: ['PK'], asOf: '2017-12-31', format: 'csv' });
    expect(csv.fileName).toMatch(/-as-of-2017-12-31\.csv$/);
    const today = await api.exportMatrix({ countries: ['PK'], format: 'csv', path: path.join(dir, 'm.csv') });
    expect(today.path).toBeDefined();
    const evidence = Papa.parse<Record<string, string>>(
      fs.readFileSync(path.join(dir, 'm.evidence.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    const ict = evidence.find((r) =>
      r.citation.startsWith('Islamabad Capital Territory Child Protection Act'),
    );
    expect(ict).toMatchObject({ jurisdiction: 'PK-IS', as_of: '' });
    expect(evidence.find((r) => r.citation.startsWith('Child Marriage Restraint Act'))?.jurisdiction).toBe(
      'PK',
    );
  });

  it('the command line imports with --jurisdiction and exports the matrix as of a date, split', async () => {
    const cliDb = path.join(dir, 'cli.sqlite');
    const run = await lexgap(
      cliDb,
      'import',
      law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf'),
      '--country',
      'PK',
      '--jurisdiction',
      'PK-IS',
      '--json',
    );
    expect(run.code).toBe(0);
    expect(run.json<{ documents: { jurisdiction: string }[] }>().documents[0].jurisdiction).toBe('PK-IS');
    const wrong = await lexgap(cliDb, 'matrix', '--as-of', '2019-13-01');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/--as-of.*YYYY-MM-DD/);
    const exported = await lexgap(
      cliDb,
      'matrix',
      '--split',
      'PK',
      '--as-of',
      '2019-01-01',
      '--framework',
      'CRC',
    );
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.stdout) as { matrix: Matrix };
    expect(json.matrix.asOf).toBe('2019-01-01');
    expect(json.matrix.columns.map((c) => c.country)).toEqual(['PK', 'PK-IS']);
  });
});
