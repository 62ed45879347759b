// Baselines on real Pakistani acts: five scripted changes after "Baseline 2026" (a review decision,
// a rating, a repeal, a new law, an amending act) give exactly five changed cells with those causes,
// between the baseline and today and between two baselines; and a saved baseline never changes,
// whatever is re-reviewed, rated or deleted afterwards.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import type { Baseline } from '../shared/baselines/types';
import type { SuggestionView } from '../shared/model';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

const dir = tempDir('lexgap-baselines-');
const db = path.join(dir, 'db.sqlite');
let opened: App;
let api: LexgapApi;
const used = new Set<string>();
const ids: Record<string, string> = {};
/** The provision each scripted change touches, by the cause it should be reported with. */
const touched: Record<string, string> = {};
let frozen: Baseline;

const importLaw = async (file: string) => {
  const result = await api.importDocuments({ files: [{ path: law(file) }], country: 'PK' });
  expect(result.failed).toEqual([]);
  const id = result.documents[0].id;
  await api.tagDocuments({ documentId: id });
  return id;
};

/** Accepts the strongest suggestion of a law for a provision no other step uses (one cell each). */
const acceptOne = async (documentId: string): Promise<SuggestionView> => {
  const s = (await api.listSuggestions({ documentId, framework: 'CRC' }))
    .filter((x) => !used.has(x.provisionId))
    .sort((a, b) => b.score - a.score)[0];
  expect(s).toBeDefined();
  used.add(s.provisionId);
  await api.reviewSuggestions({ ids: [s.id], decision: 'accept', coverage: 'full' });
  return s;
};

beforeAll(async () => {
  opened = await openApp({ database: db });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Ayesha Khan' });
  ids.marriage = await importLaw('PK/Child_Marriage_Restraint_Act_1929.pdf');
  ids.guardians = await importLaw('PK/Guardians_and_Wards_Act_1890.pdf');
  // Accepted before the baseline: one clause of each act (the second act is repealed later).
  ids.kept = (await acceptOne(ids.marriage)).id;
  touched.repeal = (await acceptOne(ids.guardians)).provisionId;
  const made = await lexgap(db, 'baseline', 'create', 'Baseline 2026', '--json');
  expect(made.stderr).toBe('');
  frozen = (await opened.store.listBaselines())[0];
  expect(frozen.cells.length).toBeGreaterThan(0);
}, 300_000);

afterAll(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a baseline compared after five changes', () => {
  it('gives exactly five changed cells, each with its cause', async () => {
    // 1. A review decision on a law already there.
    touched.review_decision = (await acceptOne(ids.marriage)).provisionId;
    // 2. A rating of a cell nobody touched.
    const rated = (await api.listStandards({ framework: 'CRC' })).frameworks[0].provisions.find(
      (p) => !used.has(p.id) && !p.procedural,
    )!.id;
    used.add(rated);
    touched.rating = rated;
    await api.setCellOverride({
      country: 'PK',
      provisionId: rated,
      level: 'gap',
      rationale: 'Read every act on file: none provides for it.',
    });
    // 3. A repeal: the act's clause stops counting.
    await api.updateDocument({ documentId: ids.guardians, status: 'repealed' });
    // 4. A new law, one of its clauses accepted.
    ids.ict = await importLaw('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf');
    touched.new_law = (await acceptOne(ids.ict)).provisionId;
    // 5. An amending act, one of its clauses accepted: until its link to the 2018 Act is confirmed,
    // it is a law like any other, whatever its title says.
    ids.amendment = await importLaw('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf');
    touched.amendment = (await acceptOne(ids.amendment)).provisionId;
    const unconfirmed = await api.compareBaselines({ from: 'Baseline 2026' });
    expect(unconfirmed.changes.find((c) => c.provisionId === touched.amendment)?.causes).toEqual(['new_law']);
    await lexgap(db, 'amendment', 'confirm', ids.amendment, ids.ict);

    const run = await lexgap(db, 'baseline', 'compare', 'Baseline 2026', '--json');
    const { changes, from, to } = run.json<Awaited<ReturnType<LexgapApi['compareBaselines']>>>();
    expect([from.name, to.name, to.id]).toEqual(['Baseline 2026', 'Today', null]);
    expect(Object.fromEntries(changes.map((c) => [c.provisionId, c.causes]))).toEqual(
      Object.fromEntries(Object.entries(touched).map(([cause, provisionId]) => [provisionId, [cause]])),
    );
    const byCause = (cause: string) => changes.find((c) => c.provisionId === touched[cause])!;
    expect(byCause('repeal')).toMatchObject({ before: 'full', after: 'not_reviewed' });
    expect(byCause('rating')).toMatchObject({ before: 'not_reviewed', after: 'gap' });
    expect(byCause('rating').details).toEqual([
      'rated gap by Ayesha Khan: Read every act on file: none provides for it.',
    ]);
    expect(byCause('new_law').details[0]).toMatch(
      /^Islamabad Capital Territory Child Protection Act, 2018, s\. \S+ cited from a law new since \(full\)$/,
    );
    expect(byCause('amendment').details[0]).toMatch(
      /^Islamabad Capital Territory Child Protection \(Amendment\) Act, 2022, s\. \S+ cited from an act confirmed to amend Islamabad Capital Territory Child Protection Act, 2018 \(full\)$/,
    );
  });

  it('gives the same five rows between two baselines, in the app, in a workbook and as CSV', async () => {
    await api.createBaseline({ name: 'Follow-up 2028' });
    const two = await api.compareBaselines({ from: 'Baseline 2026', to: 'Follow-up 2028' });
    const today = await api.compareBaselines({ from: 'Baseline 2026' });
    expect(two.changes).toEqual(today.changes);
    const out = path.join(dir, 'changes.xlsx');
    await lexgap(
      db,
      'baseline',
      'compare',
      'Baseline 2026',
      '--to',
      'Follow-up 2028',
      '--format',
      'xlsx',
      '--out',
      out,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Changes')!;
    const rows = (sheet.getSheetValues().slice(2) as unknown[][]).map((r) => [r[2], r[6]]);
    // Printed, a long "What changed" (wider than its 90-character column) gets a row tall enough for
    // its lines instead of running over the rows below; pages are landscape with the headings repeated.
    const long = sheet
      .getRows(2, Math.max(1, sheet.rowCount - 1))!
      .filter((r) => String(r.getCell(7).value).length > 100);
    expect(long.length, `${sheet.rowCount} rows`).toBeGreaterThan(0);
    for (const row of long) expect(row.height).toBeGreaterThanOrEqual(30);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' });
    expect(rows).toEqual(
      two.changes.map((c) => [
        c.provisionId,
        expect.stringMatching(/^(Rating|New law|Amendment|Repeal|Review decision)$/),
      ]),
    );
    const csv = await api.exportBaselineComparison({
      from: 'Baseline 2026',
      to: 'Follow-up 2028',
      format: 'csv',
    });
    expect(Buffer.from(csv.dataBase64!, 'base64').toString('utf8').trim().split('\n')).toHaveLength(6);
  });

  it('never changes a saved baseline: re-reviews, ratings and a deleted law leave it as it was', async () => {
    await api.reviewSuggestions({ ids: [ids.kept], decision: 'reject' });
    await api.setCellOverride({
      country: 'PK',
      provisionId: touched.repeal,
      level: 'partial',
      rationale: 'Re-read.',
    });
    await api.deleteDocument({ documentId: ids.ict });
    const [again] = await opened.store.listBaselines();
    expect(again).toEqual(frozen);
    // Compared with today, the deleted law and the re-review now show as causes.
    const since = await api.compareBaselines({ from: 'Follow-up 2028' });
    expect(since.changes.find((c) => c.provisionId === touched.new_law)?.causes).toEqual(['law_deleted']);
    expect(since.changes.flatMap((c) => c.causes)).toContain('review_decision');
  });

  it('refuses a second baseline of the same name and an unknown one, by name', async () => {
    const twice = await lexgap(db, 'baseline', 'create', 'Baseline 2026');
    expect(twice.stderr).toBe(
      'lexgap: a baseline named "Baseline 2026" exists already: baselines never change\n',
    );
    const unknown = await lexgap(db, 'baseline', 'compare', 'Baseline 1999');
    expect(unknown.stderr).toMatch(/no baseline "Baseline 1999"/);
    expect((await api.listBaselines({})).map((b) => b.name)).toEqual(['Baseline 2026', 'Follow-up 2028']);
  });

  it('takes the format of the comparison from --out, as `matrix` does, and names what it cannot', async () => {
    const csv = path.join(dir, 'changes.csv');
    expect((await lexgap(db, 'baseline', 'compare', 'Baseline 2026', '--out', csv)).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toMatch(/^\uFEFF?country,/);
    const txt = await lexgap(db, 'baseline', 'compare', 'Baseline 2026', '--out', path.join(dir, 'c.txt'));
    expect(txt.stderr).toBe(
      `lexgap: --out ${path.join(dir, 'c.txt')}: give --format xlsx|csv|json, or a file name ending .xlsx, .csv or .json\n`,
    );
    expect(txt.code).toBe(2);
  });
});
