// Measurable checks on real laws, through the command line a user runs: import, tag, checks. The
// ages the laws set are read and compared with the checklist; a confirmed contradiction rates the
// cell in the matrix and in every export, and a rejection leaves both as they were.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../electron/services/load-catalog';
import { proposeChecks } from '../shared/checks/propose-checks';
import type { Catalog } from '../shared/catalog/types';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

interface CheckJson {
  country: string;
  provisionId: string;
  parameter: string;
  found: number | boolean | null;
  foundBySex: { male?: number; female?: number } | null;
  required: number | boolean;
  verdict: string;
  status: string;
  declaration: { frameworkId: string; minimumAge: number; verified: boolean } | null;
  evidence: {
    document: string;
    clause: string;
    citation: string;
    words: string;
    value?: number;
    governs: boolean;
  }[];
}

const dir = tempDir('lexgap-checks-');
const dbs = {
  PK: path.join(dir, 'pk.sqlite'),
  VN: path.join(dir, 'vn.sqlite'),
  MY: path.join(dir, 'my.sqlite'),
};

async function importAndTag(db: string, country: string, files: string[]): Promise<void> {
  const imported = await lexgap(db, 'import', ...files.map(law), '--country', country, '--json');
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.json<{ failed: unknown[] }>().failed).toEqual([]);
  expect((await lexgap(db, 'tag')).code).toBe(0);
}

async function checksOf(db: string, country: string): Promise<Map<string, CheckJson>> {
  const run = await lexgap(db, 'checks', '--country', country, '--json');
  expect(run.code, run.stderr).toBe(0);
  return new Map(run.json<CheckJson[]>().map((c) => [c.provisionId, c]));
}

const governing = (check: CheckJson) => check.evidence.filter((e) => e.governs);

beforeAll(async () => {
  // The Employment of Children Act is a scan: it is read by OCR once, here, for the whole file.
  await importAndTag(dbs.PK, 'PK', [
    'PK/Child_Marriage_Restraint_Act_1929.pdf',
    'PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf',
    'PK/Employment_of_Children_Act_1991.pdf',
  ]);
  await importAndTag(dbs.VN, 'VN', ['VN/Luat_Tre_em_2016.pdf']);
  await importAndTag(dbs.MY, 'MY', [
    'MY/Child_Bill_1999.pdf',
    'MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf',
  ]);
}, 600_000);

describe('ages read from the laws and compared with the checklist', () => {
  it('Child Marriage Restraint Act 1929 s. 2: girls under sixteen, so the marriage age contradicts (16)', async () => {
    const check = (await checksOf(dbs.PK, 'PK')).get('CHK.MARRIAGE_AGE')!;
    expect(check).toMatchObject({
      parameter: 'minimum_marriage_age_both_sexes',
      found: 16,
      foundBySex: { male: 18, female: 16 },
      required: 18,
      verdict: 'contradicts',
      status: 'proposed',
    });
    const [proof] = governing(check);
    expect(proof.citation).toBe('Child Marriage Restraint Act, 1929, s. 2');
    expect(proof.words).toMatch(/if a female, is under sixteen years of age/);
    // S. 4 ("Whoever, being a male above eighteen years of age, contracts a child marriage shall be
    // punishable …") states whom it punishes, not the marriage age: only s. 2's ages are listed (the
    // child's per sex, and the minor's).
    expect(check.evidence.map((e) => [e.citation, e.value])).toEqual([
      ['Child Marriage Restraint Act, 1929, s. 2', 16],
      ['Child Marriage Restraint Act, 1929, s. 2', 18],
      ['Child Marriage Restraint Act, 1929, s. 2', 18],
    ]);
  });

  it('ICT Child Protection Act 2018 s. 2: a child is under eighteen, so the definition meets (18)', async () => {
    const check = (await checksOf(dbs.PK, 'PK')).get('CHK.CHILD_DEFINITION')!;
    expect(check).toMatchObject({ found: 18, required: 18, verdict: 'meets' });
    // Only the general child law defines the child; the marriage and employment acts set their own ages.
    expect(check.evidence.map((e) => e.citation)).toEqual([
      'Islamabad Capital Territory Child Protection Act, 2018, s. 2',
    ]);
    expect(check.evidence[0].words).toContain('has not attained the age of eighteen years');
  });

  it('Employment of Children Act 1991 s. 2 (OCR): under fourteen meets only through the C138 declaration', async () => {
    const check = (await checksOf(dbs.PK, 'PK')).get('CHK.MIN_WORK_AGE')!;
    expect(check).toMatchObject({
      found: 14,
      required: 14,
      verdict: 'meets',
      declaration: { frameworkId: 'C138', minimumAge: 14, verified: false },
    });
    expect(governing(check)[0].citation).toBe('Employment of Children Act, 1991, s. 2');
    expect(governing(check)[0].words).toMatch(/not completed .*fourteenth year/);

    // The same clauses without the declaration recorded: 14 is below the standard's 15.
    const catalog: Catalog = loadCatalog();
    const undeclared: Catalog = {
      ...catalog,
      ratifications: catalog.ratifications.map(({ declaration: _omit, ...r }) => r),
    };
    const docs = (await lexgap(dbs.PK, 'documents', '--json')).json<{ id: string; title: string }[]>();
    const employment = docs.find((d) => d.title.startsWith('Employment of Children'))!;
    const clauses = (await lexgap(dbs.PK, 'clauses', employment.id, '--json')).json<
      { id: string; number: string; kind: 'section'; text: string; pageStart: number }[]
    >();
    const [without] = proposeChecks({
      catalog: undeclared,
      countries: ['PK'],
      laws: [{ ...employment, year: 1991, language: 'en', country: 'PK', status: 'in_force' }],
      clauses: clauses.map((c) => ({ ...c, documentId: employment.id })),
      tags: [],
      reviews: [],
      provisionIds: ['CHK.MIN_WORK_AGE'],
    });
    expect(without).toMatchObject({ found: 14, required: 15, verdict: 'contradicts', declaration: null });
  });

  it('Law on Children 2016 (VN) art. 1: a child is under 16, so the definition contradicts (16)', async () => {
    const check = (await checksOf(dbs.VN, 'VN')).get('CHK.CHILD_DEFINITION')!;
    expect(check).toMatchObject({ found: 16, required: 18, verdict: 'contradicts' });
    expect(governing(check).map((e) => [e.citation, e.words])).toEqual([
      // The year comes from the law's number, "Luật số 102/2016/QH13": its title names none.
      ['Luật Trẻ em 2016, art. 1', 'Trẻ em là người dưới 16 tuổi.'],
    ]);
  });

  it('Child Bill 1999 s. 2 and the Malay Sexual Offences against Children Bill s. 2 (lapan belas): meets (18)', async () => {
    const check = (await checksOf(dbs.MY, 'MY')).get('CHK.CHILD_DEFINITION')!;
    expect(check).toMatchObject({ found: 18, required: 18, verdict: 'meets' });
    const proofs = governing(check);
    expect(proofs.map((e) => e.citation).sort()).toEqual([
      'Child Bill 1999, s. 2',
      'Rang Undang-Undang Kesalahan-Kesalahan Seksual terhadap Kanak-Kanak 2017, s. 2',
    ]);
    expect(proofs.find((e) => e.citation.startsWith('Rang'))!.words).toContain(
      'berumur di bawah lapan belas tahun',
    );
    // "a child under the age of ten years to be sent to a probation hostel" sets no checklist age.
    expect(check.evidence.every((e) => e.value === 18)).toBe(true);
  });
});

describe('reviewing a check', () => {
  const exportAll = async (db: string, name: string) => {
    const out = path.join(dir, name);
    for (const format of ['json', 'csv', 'html', 'xlsx']) {
      const run = await lexgap(db, 'matrix', '--format', format, '--out', `${out}.${format}`);
      expect(run.code, run.stderr).toBe(0);
    }
    const json = JSON.parse(fs.readFileSync(`${out}.json`, 'utf8')) as {
      matrix: { groups: { rows: { provisionId: string; cells: Record<string, unknown>[] }[] }[] };
    };
    const cell = (id: string) =>
      json.matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === id)!.cells[0];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(`${out}.xlsx`);
    return {
      cell,
      evidenceCsv: fs.readFileSync(`${out}.evidence.csv`, 'utf8'),
      html: fs.readFileSync(`${out}.html`, 'utf8'),
      xlsxEvidence: (workbook.getWorksheet('Evidence')!.getSheetValues() as unknown[][])
        .filter(Boolean)
        .map((r) => r.map(String).join('|')),
    };
  };

  it('confirming a contradiction makes the cell Contradicts in the matrix and every export, with the clause', async () => {
    const before = await exportAll(dbs.PK, 'before');
    expect(before.cell('CHK.MARRIAGE_AGE')).toMatchObject({ level: 'not_reviewed', check: null });

    const confirmed = await lexgap(
      dbs.PK,
      'check',
      'PK',
      'CHK.MARRIAGE_AGE',
      'confirm',
      '--note',
      'girls at 16',
    );
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.stdout).toContain('confirmed');

    const after = await exportAll(dbs.PK, 'after');
    expect(after.cell('CHK.MARRIAGE_AGE')).toMatchObject({
      level: 'contradicts',
      check: { found: 16, required: 18, verdict: 'contradicts', status: 'confirmed' },
    });
    const csvRow = after.evidenceCsv
      .split('\n')
      .find((l) => l.includes('CHK.MARRIAGE_AGE') && l.includes('governs'))!;
    expect(csvRow).toContain('Child Marriage Restraint Act, 1929, s. 2');
    expect(csvRow).toContain('"16 (male 18, female 16)",≥ 18,contradicts');
    expect(after.html).toMatch(/value found 16 \(male 18, female 16\); value required ≥ 18/);
    // The heat map's cell opens that evidence, as a cell with accepted clauses or a rating does.
    expect(after.html).toMatch(
      /<td class="cell lv-contradicts"[^>]*title="PK · CHK\.MARRIAGE_AGE: [^"]*"><a href="#ev-CHK_MARRIAGE_AGE-PK">/,
    );
    expect(after.xlsxEvidence.find((r) => r.includes('CHK.MARRIAGE_AGE'))).toMatch(
      /Child Marriage Restraint Act, 1929, s\. 2.*16 \(male 18, female 16\)\|≥ 18\|Contradicts/,
    );

    const listed = await lexgap(dbs.PK, 'checks', '--country', 'PK', '--json');
    expect(listed.json<CheckJson[]>().find((c) => c.provisionId === 'CHK.MARRIAGE_AGE')!.status).toBe(
      'confirmed',
    );
  });

  it('rejecting a proposal leaves the cell and the exports as they were', async () => {
    const before = await exportAll(dbs.VN, 'vn-before');
    const rejected = await lexgap(dbs.VN, 'check', 'VN', 'CHK.CHILD_DEFINITION', 'reject');
    expect(rejected.code, rejected.stderr).toBe(0);
    const after = await exportAll(dbs.VN, 'vn-after');
    expect(after.cell('CHK.CHILD_DEFINITION')).toEqual(before.cell('CHK.CHILD_DEFINITION'));
    expect(after.evidenceCsv).toBe(before.evidenceCsv);
    const [check] = (await lexgap(dbs.VN, 'checks', '--country', 'VN', '--json'))
      .json<CheckJson[]>()
      .filter((c) => c.provisionId === 'CHK.CHILD_DEFINITION');
    expect(check).toMatchObject({ status: 'rejected', found: 16, verdict: 'contradicts' });
  });

  it('a correction changes the value and the verdict, and a plain-word error names a bad decision', async () => {
    const corrected = await lexgap(
      dbs.MY,
      'check',
      'MY',
      'CHK.CHILD_DEFINITION',
      'correct',
      '--found',
      '16',
      '--verdict',
      'contradicts',
      '--json',
    );
    expect(corrected.code, corrected.stderr).toBe(0);
    expect(corrected.json<CheckJson>()).toMatchObject({
      found: 16,
      verdict: 'contradicts',
      status: 'confirmed',
    });
    const exported = await exportAll(dbs.MY, 'my-after');
    expect(exported.cell('CHK.CHILD_DEFINITION')).toMatchObject({ level: 'contradicts' });

    const bad = await lexgap(dbs.MY, 'check', 'MY', 'CHK.CHILD_DEFINITION', 'approve');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/decision must be one of confirm, correct, reject, reset/);
  });
});
