// A rating's cited clauses after the law changed, on real laws through the real handlers and a real
// SQLite file: the Child Marriage Restraint Act's s. 2 split, s. 4 renumbered, s. 6 merged into s. 5,
// the Islamabad amending act read again with OCR, then deleted, the Act repealed. The matrix and every
// export mark each cited clause that no longer reads as cited, with its words now where it changed,
// and keep the citation as rated; saving the rating again cites the clauses as they read now.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { JobStatus, LexgapApi } from '../shared/api/contract';
import type { BaselineChange } from '../shared/baselines/types';
import type { Matrix, MatrixCell } from '../shared/matrix/types';
import type { Clause } from '../shared/model';
import { law, tempDir } from './helpers/paths';

const dir = tempDir('lexgap-cited-stale-');
let opened: App;
let api: LexgapApi;
let act: string;
let amending: string;
let before: Record<string, Clause>;
let amendingClause: Clause;
const ACT = 'Child Marriage Restraint Act, 1929';
/** The changes from Baseline 2026 to the day Follow-up 2027 was frozen, of the rated cells. */
let markedWhenFrozen: BaselineChange[] = [];

const finish = async (jobId: string): Promise<JobStatus> => {
  for (;;) {
    const status = await api.getJob({ jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

beforeAll(async () => {
  opened = await openApp({ database: path.join(dir, 'db.sqlite') });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Nur Aisyah' });
  const imported = await api.importDocuments({
    files: [
      { path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') },
      { path: law('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf') },
    ],
    country: 'PK',
  });
  expect(imported.failed).toEqual([]);
  [act, amending] = imported.documents.map((d) => d.id);
  before = Object.fromEntries((await api.listClauses({ documentId: act })).map((c) => [c.number, c]));
  // The amending act's first section, as its poor text layer reads it (OCR reads it otherwise).
  [amendingClause] = await api.listClauses({ documentId: amending });
  await api.setCellOverride({
    country: 'PK',
    provisionId: 'CHK.MARRIAGE_AGE',
    level: 'contradicts',
    rationale: 'A girl is a child only under 16 (s. 2); the penalties are light.',
    citedClauseIds: ['2', '3', '4', '6'].map((n) => before[n].id),
  });
  await api.setCellOverride({
    country: 'PK',
    provisionId: 'CHK.CHILD_DEFINITION',
    level: 'partial',
    rationale: 'The Islamabad Act as amended.',
    citedClauseIds: [amendingClause.id],
  });
  // A rating citing only s. 3, which none of the changes below touches.
  await api.setCellOverride({
    country: 'PK',
    provisionId: 'CHK.CHILD_MARRIAGE_VOID',
    level: 'gap',
    rationale: 'Section 3 punishes such a marriage; no clause makes it void.',
    citedClauseIds: [before['3'].id],
  });
  // A Contradicts resting on no clause at all.
  await api.setCellOverride({
    country: 'PK',
    provisionId: 'CHK.AGE_OF_CONSENT',
    level: 'contradicts',
    rationale: 'Recalled from the Penal Code, which is not in the library.',
  });
  // The matrix frozen as rated, before any law changed.
  await api.createBaseline({ name: 'Baseline 2026' });
}, 120_000);

afterAll(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cellOf = (matrix: Matrix, provisionId: string): MatrixCell =>
  matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === provisionId)!.cells[0];
const matrix = () => api.buildMatrix({ countries: ['PK'], frameworks: ['CHK'] });
/** The HTML report's heat-grid cell of a checklist item for PK, as written. */
const gridCell = (html: string, provisionId: string): string => {
  const cell = new RegExp(`<td class="cell[^>]*title="PK · ${provisionId}:[^"]*">.*?</td>`).exec(html);
  expect(cell, provisionId).not.toBeNull();
  return cell![0];
};
const LEGEND_STALE = /<li class="stale-legend">.*?a clause the analyst's rating cites changed since rated/;
const LEGEND_UNCITED =
  /<li class="uncited-legend"><span class="swatch"><span class="uncited-mark">\?<\/span><\/span><span class="meta">no clause cited: /;
const exported = async (format: 'csv' | 'json' | 'html' | 'xlsx') =>
  Buffer.from(
    (await api.exportMatrix({ format, countries: ['PK'], frameworks: ['CHK'] })).dataBase64!,
    'base64',
  );

describe("a rating's cited clauses once the law changed", () => {
  it('reads as cited while nothing changed', async () => {
    const cell = cellOf(await matrix(), 'CHK.MARRIAGE_AGE');
    expect(cell.override?.citedClauses.map((c) => c.now)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const html = (await exported('html')).toString('utf8');
    for (const provisionId of ['CHK.MARRIAGE_AGE', 'CHK.CHILD_DEFINITION', 'CHK.CHILD_MARRIAGE_VOID'])
      expect(gridCell(html, provisionId)).not.toMatch(/stale|changed since rated/);
    expect(html).not.toMatch(LEGEND_STALE);
  });

  it("marks the heat map's cells as the app's grid does: the clauses behind each, and `?` where a Contradicts cites none", async () => {
    const html = (await exported('html')).toString('utf8');
    // The rating cites s. 2, 3, 4 and 6: 4 clauses, as the app's grid counts them.
    expect(gridCell(html, 'CHK.MARRIAGE_AGE')).toBe(
      '<td class="cell lv-contradicts overridden" title="PK · CHK.MARRIAGE_AGE: Contradicts (4 clauses) (rated by analyst)"><a href="#ev-CHK_MARRIAGE_AGE-PK">Contra.<wbr><sup>4</sup></a></td>',
    );
    expect(gridCell(html, 'CHK.CHILD_MARRIAGE_VOID')).toContain('>Gap<wbr><sup>1</sup></a>');
    // No clause cited: `?`, with the app's tooltip word for word, and the legend says what `?` and the frame mean.
    expect(gridCell(html, 'CHK.AGE_OF_CONSENT')).toBe(
      '<td class="cell lv-contradicts overridden" data-uncited="true" title="PK · CHK.AGE_OF_CONSENT: Contradicts (rated by analyst) (no clause cited)"><a href="#ev-CHK_AGE_OF_CONSENT-PK">Contra. <span class="uncited-mark">?</span></a></td>',
    );
    expect(html).toMatch(LEGEND_UNCITED);
    expect(html).toContain('framed: rated by the analyst');
    // Where no cell carries it, the legend has no `?`.
    const crc = Buffer.from(
      (await api.exportMatrix({ format: 'html', countries: ['PK'], frameworks: ['CRC'] })).dataBase64!,
      'base64',
    ).toString('utf8');
    expect(crc).not.toMatch(/uncited-legend|data-uncited/);
  });

  it('marks each clause split, renumbered, merged away or read again with OCR, keeping it as cited', async () => {
    const s2 = before['2'];
    await api.splitClause({ clauseId: s2.id, at: s2.text.indexOf('(b)'), number: '2A' });
    await api.updateClause({ clauseId: before['4'].id, number: '4A' });
    await api.mergeClauseWithNext({ clauseId: before['5'].id });
    const reread = await finish((await api.startReread({ documentId: amending })).jobId);
    expect(reread.state).toBe('done');

    const m = await matrix();
    const cited = cellOf(m, 'CHK.MARRIAGE_AGE').override!.citedClauses;
    // As cited: the words and the citations the analyst rated on.
    expect(cited.map((c) => [c.citation, c.clauseText])).toEqual(
      ['2', '3', '4', '6'].map((n) => [`${ACT}, s. ${n}`, before[n].text]),
    );
    expect(cited.map((c) => c.now?.change ?? 'as cited')).toEqual(['changed', 'as cited', 'moved', 'gone']);
    // s. 2 as it reads now, cut before "(b)", reachable from the rating.
    const s2Now = cited[0].now!.current!;
    expect(s2Now.citation).toBe(`${ACT}, s. 2`);
    expect(s2Now.clauseText).toContain('if a female, is under sixteen years');
    expect(s2Now.clauseText).not.toContain('“child marriage” means');
    expect(cited[2].now?.current?.citation).toBe(`${ACT}, s. 4A`);
    expect(cited[3].now).toEqual({ change: 'gone', lawRepealed: false, current: null });

    const ict = cellOf(m, 'CHK.CHILD_DEFINITION').override!.citedClauses;
    expect(ict[0].clauseText).toBe(amendingClause.text);
    expect(ict[0].now?.change).toBe('changed');
    expect(ict[0].now?.current?.clauseText).not.toBe(amendingClause.text);
  }, 240_000);

  it('says so in the CSV and Excel evidence, the cell comment, the JSON, the HTML and Word reports', async () => {
    const out = path.join(dir, 'matrix.csv');
    await api.exportMatrix({ format: 'csv', countries: ['PK'], frameworks: ['CHK'], path: out });
    const rows = Papa.parse<Record<string, string>>(
      fs.readFileSync(out.replace(/\.csv$/, '.evidence.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data.filter((r) => r.provision_id === 'CHK.MARRIAGE_AGE');
    expect(rows.map((r) => [r.citation, r.cited_by])).toEqual([
      [`${ACT}, s. 2`, "analyst's rating (changed since rated)"],
      [`${ACT}, s. 3`, "analyst's rating"],
      [`${ACT}, s. 4`, `analyst's rating (renumbered since rated: now ${ACT}, s. 4A)`],
      [`${ACT}, s. 6`, "analyst's rating (no longer in the law as read now)"],
    ]);
    expect(rows[0].clause_text).toBe(before['2'].text);
    expect(rows[0].note).toMatch(
      /^Reads now \(Child Marriage Restraint Act, 1929, s\. 2, p\. 2\): In this Act/,
    );

    const json = JSON.parse((await exported('json')).toString('utf8')) as { matrix: Matrix };
    expect(cellOf(json.matrix, 'CHK.MARRIAGE_AGE').override?.citedClauses.map((c) => c.now?.change)).toEqual([
      'changed',
      undefined,
      'moved',
      'gone',
    ]);

    const html = (await exported('html')).toString('utf8');
    expect(html).toContain(`Clauses cited: ${ACT}, s. 2 (p. 2, changed since rated); ${ACT}, s. 3 (p. 3);`);
    expect(html).toContain('<span class="stale">no longer in the law as read now</span>');
    expect(html).toContain(`<p class="reads-now">Reads now (${ACT}, s. 2, p. 2): In this Act`);
    // The heat grid marks the cells as the app's grid does: s. 2 changed, s. 4 renumbered, s. 6 gone.
    expect(gridCell(html, 'CHK.MARRIAGE_AGE')).toBe(
      '<td class="cell lv-contradicts overridden" data-stale="3" title="PK · CHK.MARRIAGE_AGE: Contradicts (4 clauses) (rated by analyst) (3 cited clauses changed since rated)"><a href="#ev-CHK_MARRIAGE_AGE-PK">Contra.<wbr><sup>4</sup> <span class="stale-mark">!</span></a></td>',
    );
    expect(gridCell(html, 'CHK.CHILD_DEFINITION')).toContain(
      'data-stale="1" title="PK · CHK.CHILD_DEFINITION: Partial (1 clause) (rated by analyst) (1 cited clause changed since rated)">',
    );
    // s. 3 reads as it was cited: no mark.
    expect(gridCell(html, 'CHK.CHILD_MARRIAGE_VOID')).not.toMatch(/stale|changed since rated/);
    expect(html).toMatch(LEGEND_STALE);

    // The baseline frozen before the laws changed keeps the ratings as rated, each cited clause as it
    // read then: what changed since is the clauses, not the ratings.
    const comparison = await api.compareBaselines({ from: 'Baseline 2026' });
    const rated = comparison.changes.filter((c) =>
      ['CHK.MARRIAGE_AGE', 'CHK.CHILD_DEFINITION', 'CHK.CHILD_MARRIAGE_VOID'].includes(c.provisionId),
    );
    expect(rated.map((c) => [c.provisionId, c.before, c.after, c.causes, c.details])).toEqual([
      [
        'CHK.CHILD_DEFINITION',
        'partial',
        'partial',
        ['cited_clause'],
        [expect.stringMatching(/^Islamabad .*, s\. \S+ \(cited by the rating\): changed since rated$/)],
      ],
      [
        'CHK.MARRIAGE_AGE',
        'contradicts',
        'contradicts',
        ['cited_clause'],
        [
          `${ACT}, s. 2 (cited by the rating): changed since rated`,
          `${ACT}, s. 4 (cited by the rating): renumbered since rated: now ${ACT}, s. 4A`,
          `${ACT}, s. 6 (cited by the rating): no longer in the law as read now`,
        ],
      ],
    ]);
    // A follow-up frozen now keeps these marks, whatever the laws and ratings do next.
    await api.createBaseline({ name: 'Follow-up 2027' });
    markedWhenFrozen = rated;

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exported('xlsx')) as unknown as ExcelJS.Buffer);
    const notes: string[] = [];
    wb.getWorksheet('Matrix')!.eachRow((row) =>
      row.eachCell((c) => void (typeof c.note === 'string' && notes.push(c.note))),
    );
    expect(
      notes.some((n) => n.includes(`Clauses cited: ${ACT}, s. 2 (changed since rated); ${ACT}, s. 3;`)),
    ).toBe(true);
    const citedBy: string[] = [];
    wb.getWorksheet('Evidence')!.eachRow((row) => row.eachCell((c) => void citedBy.push(String(c.value))));
    expect(citedBy).toContain("analyst's rating (no longer in the law as read now)");

    const docx = await api.exportReport({ countries: ['PK'], frameworks: ['CHK'], format: 'docx' });
    const file = path.join(dir, 'report.docx');
    fs.writeFileSync(file, Buffer.from(docx.dataBase64!, 'base64'));
    const words = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(words).toContain(
      'p. 2 · cited by the analyst&apos;s rating · changed since rated (quoted as rated)',
    );
    expect(words).toContain(`Reads now (${ACT}, s. 2, p. 2): In this Act`);
    expect(words).toContain(`${ACT}, s. 6 (p. 3, no longer in the law as read now)`);
  });

  it('marks a clause of a law deleted since', async () => {
    await api.deleteDocument({ documentId: amending });
    expect(cellOf(await matrix(), 'CHK.CHILD_DEFINITION').override?.citedClauses[0].now).toEqual({
      change: 'law_deleted',
      lawRepealed: false,
      current: null,
    });
    const html = (await exported('html')).toString('utf8');
    expect(html).toContain('<span class="stale">no longer in the library: its law was deleted</span>');
  });

  it('saved again, the rating cites the clauses as they read now, and no mark is left', async () => {
    const [rating] = (await matrix()).groups
      .flatMap((g) => g.rows)
      .filter((r) => r.provisionId === 'CHK.MARRIAGE_AGE')
      .map((r) => r.cells[0].override!);
    await api.setCellOverride({
      country: 'PK',
      provisionId: 'CHK.MARRIAGE_AGE',
      level: 'contradicts',
      rationale: rating.rationale,
      citedClauseIds: rating.citedClauses.filter((c) => c.now?.current !== null).map((c) => c.clauseId),
      expectedVersion: rating.version,
    });
    const cited = cellOf(await matrix(), 'CHK.MARRIAGE_AGE').override!.citedClauses;
    expect(cited.map((c) => [c.citation, c.now])).toEqual([
      [`${ACT}, s. 2`, undefined],
      [`${ACT}, s. 3`, undefined],
      [`${ACT}, s. 4A`, undefined],
    ]);
    expect(gridCell((await exported('html')).toString('utf8'), 'CHK.MARRIAGE_AGE')).not.toMatch(
      /stale|changed since rated/,
    );
  });

  it('marks the clauses of a law repealed since', async () => {
    await api.updateDocument({ documentId: act, status: 'repealed' });
    const s3 = cellOf(await matrix(), 'CHK.MARRIAGE_AGE').override!.citedClauses[1];
    expect(s3.now).toMatchObject({ change: null, lawRepealed: true });
    const html = (await exported('html')).toString('utf8');
    expect(html).toContain(`${ACT}, s. 3 (p. 3, its law is repealed)`);
  });

  it('keeps in a baseline each cited clause marked as it was when frozen, not as it is today', async () => {
    // Since Follow-up 2027: the amending act deleted, the rating saved again on s. 2, 3 and 4A, the Act repealed.
    const today = (await api.compareBaselines({ from: 'Follow-up 2027' })).changes;
    expect(today.find((c) => c.provisionId === 'CHK.MARRIAGE_AGE')?.details).toEqual([
      expect.stringMatching(
        new RegExp(
          `^rated contradicts by Nur Aisyah: .* \\(citing ${ACT}, s\\. 2 \\(its law is repealed\\); ${ACT}, s\\. 3 \\(its law is repealed\\); ${ACT}, s\\. 4A \\(its law is repealed\\)\\)$`,
        ),
      ),
    ]);
    expect(today.find((c) => c.provisionId === 'CHK.CHILD_DEFINITION')?.details).toEqual([
      expect.stringMatching(
        /\(cited by the rating\): no longer in the library: its law was deleted \(was: changed since rated\)$/,
      ),
    ]);
    // Read later, Follow-up 2027 says what it said the day it was frozen.
    const frozen = (await api.compareBaselines({ from: 'Baseline 2026', to: 'Follow-up 2027' })).changes;
    expect(
      frozen.filter((c) =>
        ['CHK.MARRIAGE_AGE', 'CHK.CHILD_DEFINITION', 'CHK.CHILD_MARRIAGE_VOID'].includes(c.provisionId),
      ),
    ).toEqual(markedWhenFrozen);
  });
});
