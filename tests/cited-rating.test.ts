// A rating that cites its grounds, on a real law through the real handlers and a real SQLite file: a
// Contradicts of the marriage age cites s. 2 of the Child Marriage Restraint Act, and the stored
// rating, the audit log, the matrix, its CSV, JSON and Excel exports and a copied database all carry
// that clause with its citation; a Contradicts citing nothing says "no clause cited" in each export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import { copyDatabase } from '../electron/store/copy-database';
import { openSqliteStore } from '../electron/store/sql-store';
import { startTestPostgres, type TestPostgres } from './helpers/postgres-cluster';
import type { LexgapApi } from '../shared/api/contract';
import type { Matrix, MatrixCell } from '../shared/matrix/types';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

const dir = tempDir('lexgap-cited-');
const dbPath = path.join(dir, 'db.sqlite');
let opened: App;
let api: LexgapApi;
let marriageAct: string;
let myBill: string;
let server: TestPostgres | undefined;
let baseline: string;
const CITATION = 'Child Marriage Restraint Act, 1929, s. 2';

beforeAll(async () => {
  opened = await openApp({ database: dbPath });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Nur Aisyah' });
  const pk = await api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  const my = await api.importDocuments({
    files: [{ path: law('MY/Evidence_of_Child_Witness_Bill_2007.pdf') }],
    country: 'MY',
  });
  expect([...pk.failed, ...my.failed]).toEqual([]);
  marriageAct = pk.documents[0].id;
  myBill = my.documents[0].id;
  // The matrix before any rating, to compare with later.
  baseline = (await api.createBaseline({ name: 'Before the ratings' })).id;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One file of a zip (a .docx), read with the system's unzip. */
const unzipped = (zip: Buffer, name: string) => {
  const file = path.join(dir, 'report.docx');
  fs.writeFileSync(file, zip);
  return execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
};

const cellOf = (matrix: Matrix, provisionId: string): MatrixCell =>
  matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === provisionId)!.cells[0];

const definitions = async () =>
  (await api.listClauses({ documentId: marriageAct })).find((c) => c.number === '2')!;

describe('a rating that cites the clauses it rests on', () => {
  it('stores the cited clause with its citation and page, and audits it', async () => {
    const s2 = await definitions();
    const rating = await api.setCellOverride({
      country: 'PK',
      provisionId: 'CHK.MARRIAGE_AGE',
      level: 'contradicts',
      rationale: 'A girl may be married from 16: the Act sets the age of a female child under 16.',
      citedClauseIds: [s2.id],
      expectedVersion: 0,
    });
    expect(rating.citedClauses).toEqual([
      expect.objectContaining({ clauseId: s2.id, documentId: marriageAct, citation: CITATION, page: 2 }),
    ]);
    expect(rating.citedClauses[0].clauseText).toContain('if a female, is under');
    const [audit] = await api.listAudit({ entityId: 'PK/CHK.MARRIAGE_AGE' });
    expect((audit.after as { citedClauses: { citation: string }[] }).citedClauses).toEqual([
      expect.objectContaining({ citation: CITATION }),
    ]);
    const cell = cellOf(
      await api.buildMatrix({ countries: ['PK'], frameworks: ['CHK'] }),
      'CHK.MARRIAGE_AGE',
    );
    expect(cell.level).toBe('contradicts');
    expect(cell.override?.citedClauses.map((c) => c.citation)).toEqual([CITATION]);
  });

  it('cites clauses from the command line too (`rate --cite`)', async () => {
    const s4 = (await api.listClauses({ documentId: marriageAct })).find((c) => c.number === '4')!;
    const run = await lexgap(
      dbPath,
      'rate',
      'PK',
      'CHK.STATUTORY_RAPE',
      'contradicts',
      '--rationale',
      'Punishes only the husband over 18.',
      '--cite',
      s4.id,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'PK CHK.STATUTORY_RAPE: contradicts (by Nur Aisyah), citing Child Marriage Restraint Act, 1929, s. 4',
    );
    await api.clearCellOverride({ country: 'PK', provisionId: 'CHK.STATUTORY_RAPE' });
  });

  it("refuses a clause that is not of the rated country's laws, and one that does not exist", async () => {
    const [other] = await api.listClauses({ documentId: myBill });
    const refusals = [
      [other.id, `clause ${other.id} is in Evidence of Child Witness Bill 2007, which does not apply in PK`],
      [`${marriageAct}:sec_999`, `no clause has the id ${marriageAct}:sec_999`],
    ];
    for (const [id, message] of refusals)
      await expect(
        api.setCellOverride({
          country: 'PK',
          provisionId: 'CHK.CHILD_DEFINITION',
          level: 'contradicts',
          rationale: 'Under 16 for girls.',
          citedClauseIds: [id],
        }),
      ).rejects.toThrow(message);
    const matrix = await api.buildMatrix({ countries: ['PK'], frameworks: ['CHK'] });
    expect(cellOf(matrix, 'CHK.CHILD_DEFINITION').override).toBeNull();
  });

  it('exports the cited clause as the evidence of its cell, and flags a Contradicts citing none', async () => {
    await api.setCellOverride({
      country: 'PK',
      provisionId: 'CHK.AGE_OF_CONSENT',
      level: 'contradicts',
      rationale: 'Recalled from the Penal Code, which is not in the library.',
    });
    const out = path.join(dir, 'matrix.csv');
    await api.exportMatrix({ format: 'csv', countries: ['PK'], frameworks: ['CHK'], path: out });
    const rows = Papa.parse<Record<string, string>>(
      fs.readFileSync(out.replace(/\.csv$/, '.evidence.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    const marriage = rows.filter((r) => r.provision_id === 'CHK.MARRIAGE_AGE');
    expect(marriage.map((r) => [r.level, r.citation, r.clause_number, r.page_cited, r.cited_by])).toEqual([
      ['contradicts', CITATION, '2', 'p. 2', "analyst's rating"],
    ]);
    expect(marriage[0].clause_text).toContain('if a female, is under');
    const consent = rows.filter((r) => r.provision_id === 'CHK.AGE_OF_CONSENT');
    expect(consent.map((r) => [r.level, r.citation, r.cited_by])).toEqual([
      ['contradicts', '', 'no clause cited'],
    ]);

    const json = JSON.parse(
      Buffer.from(
        (await api.exportMatrix({ format: 'json', countries: ['PK'], frameworks: ['CHK'] })).dataBase64!,
        'base64',
      ).toString('utf8'),
    ) as { matrix: Matrix };
    const jsonCell = (id: string) => cellOf(json.matrix, id) as MatrixCell & { noClauseCited?: boolean };
    expect(jsonCell('CHK.MARRIAGE_AGE').override?.citedClauses.map((c) => c.citation)).toEqual([CITATION]);
    expect(jsonCell('CHK.MARRIAGE_AGE').noClauseCited).toBeUndefined();
    expect(jsonCell('CHK.AGE_OF_CONSENT').noClauseCited).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(
        (await api.exportMatrix({ format: 'xlsx', countries: ['PK'], frameworks: ['CHK'] })).dataBase64!,
        'base64',
      ) as unknown as ExcelJS.Buffer,
    );
    const evidence = wb.getWorksheet('Evidence')!;
    const header = (evidence.getRow(1).values as string[]).slice(1);
    const sheetRows = [];
    for (let i = 2; i <= evidence.rowCount; i++) {
      const values = evidence.getRow(i).values as unknown[];
      sheetRows.push(Object.fromEntries(header.map((h, j) => [h, values[j + 1] ?? ''])));
    }
    expect(
      sheetRows
        .filter((r) => r.Citation === CITATION)
        .map((r) => [r['Cell level'], r.Page, r['Cited by'], r.Clause]),
    ).toEqual([['Contradicts', 'p. 2', "analyst's rating", '2']]);
    expect(sheetRows.some((r) => r['Cited by'] === 'no clause cited')).toBe(true);
    const notes: string[] = [];
    wb.getWorksheet('Matrix')!.eachRow((row) =>
      row.eachCell((c) => void (typeof c.note === 'string' && notes.push(c.note))),
    );
    expect(notes.some((n) => n.includes(`Clauses cited: ${CITATION}`))).toBe(true);
    expect(notes.some((n) => n.includes('Contradicts: no clause cited'))).toBe(true);
  });

  it("cites the clause in the HTML report and the country report (Word's words), and flags the one citing none", async () => {
    const html = Buffer.from(
      (await api.exportMatrix({ format: 'html', countries: ['PK'], frameworks: ['CHK'] })).dataBase64!,
      'base64',
    ).toString('utf8');
    expect(html).toContain(`${CITATION} <span class="where">· p. 2 · cited by the analyst's rating</span>`);
    expect(html).toContain(`Clauses cited: ${CITATION} (p. 2)`);
    expect(html).toContain('No clause cited');
    const report = await api.exportReport({ countries: ['PK'], frameworks: ['CHK'], format: 'html' });
    const text = Buffer.from(report.dataBase64!, 'base64').toString('utf8');
    expect(text).toContain(`Clauses cited: ${CITATION} (p. 2)`);
    expect(text).toContain('No clause cited');
    const docx = await api.exportReport({ countries: ['PK'], frameworks: ['CHK'], format: 'docx' });
    const words = unzipped(Buffer.from(docx.dataBase64!, 'base64'), 'word/document.xml');
    expect(words).toContain(`Clauses cited: ${CITATION} (p. 2)`);
    expect(words).toContain('No clause cited');
    expect(words).toContain('p. 2 · cited by the analyst&apos;s rating');
    // Under the quoted clause, who cited it, not 'Reviewed by' as for an accepted tag.
    expect(words).toMatch(/Cited by Nur Aisyah, \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/Cited by Nur Aisyah, \d{4}-\d{2}-\d{2}/);
  });

  it('freezes the cited clauses in a baseline, and says them in what changed since one', async () => {
    const changes = (await api.compareBaselines({ from: baseline })).changes;
    expect(changes.find((c) => c.provisionId === 'CHK.MARRIAGE_AGE')?.details).toEqual([
      `rated contradicts by Nur Aisyah: A girl may be married from 16: the Act sets the age of a female child under 16. (citing ${CITATION})`,
    ]);
  });

  it('keeps the cited clauses when the project is copied to another database', async () => {
    const copy = path.join(dir, 'copy.sqlite');
    await copyDatabase(dbPath, copy);
    const store = await openSqliteStore(copy);
    try {
      const [rating] = (await store.listOverrides(['PK'])).filter(
        (o) => o.provisionId === 'CHK.MARRIAGE_AGE',
      );
      expect(rating.citedClauses.map((c) => [c.citation, c.page])).toEqual([[CITATION, 2]]);
    } finally {
      await store.close();
    }
  });

  it("carries them to a team server's PostgreSQL database, whose matrix cites them", async () => {
    server = await startTestPostgres();
    if (!server) return;
    const url = await server.freshSchema();
    await copyDatabase(dbPath, url);
    const onServer = await openApp({ database: url, reviewer: 'Lead' });
    try {
      const matrix = await onServer.api.buildMatrix({ countries: ['PK'], frameworks: ['CHK'] });
      expect(cellOf(matrix, 'CHK.MARRIAGE_AGE').override?.citedClauses.map((c) => c.citation)).toEqual([
        CITATION,
      ]);
      // A rating made there cites a clause too.
      const s4 = (await onServer.api.listClauses({ documentId: marriageAct })).find((c) => c.number === '4')!;
      const rated = await onServer.api.setCellOverride({
        country: 'PK',
        provisionId: 'CHK.CHILD_MARRIAGE_VOID',
        level: 'partial',
        rationale: 'Punished, not void.',
        citedClauseIds: [s4.id],
      });
      expect(rated.citedClauses.map((c) => c.citation)).toEqual(['Child Marriage Restraint Act, 1929, s. 4']);
      const again = await onServer.api.buildMatrix({ countries: ['PK'], frameworks: ['CHK'] });
      expect(cellOf(again, 'CHK.CHILD_MARRIAGE_VOID').override?.citedClauses).toEqual(rated.citedClauses);
    } finally {
      await onServer.close();
    }
  }, 120_000);
});
