// Recommendations on real Pakistani acts, through the command line and the API on one SQLite file:
// attached to cells (a province's too), resting on clauses and laws, sorted by priority, in the
// audit log and every export, restored from a JSON export into a new project, and kept (marked)
// when a law they cite is deleted.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import type { Matrix } from '../shared/matrix/types';
import type { Clause } from '../shared/model';
import type { Recommendation } from '../shared/recommendations/types';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

const dir = tempDir('lexgap-recommendations-');
const db = path.join(dir, 'db.sqlite');
let opened: App;
let api: LexgapApi;
let marriageActId: string;
let ictActId: string;
let section2: Clause;
let first: Recommendation;

beforeAll(async () => {
  const imported = await lexgap(
    db,
    'import',
    law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
    law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf'),
    '--country',
    'PK',
    '--json',
  );
  expect(imported.code).toBe(0);
  [marriageActId, ictActId] = imported.json<{ documents: { id: string }[] }>().documents.map((d) => d.id);
  opened = await openApp({ database: db });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Ayesha Khan' });
  section2 = (await api.listClauses({ documentId: marriageActId })).find((c) => c.number === '2')!;
  expect(section2).toBeDefined();
});

afterAll(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const add = (...args: string[]) => lexgap(db, 'recommendations', 'add', ...args, '--json');

describe('recommendations on the command line', () => {
  it('adds one to a national cell and a province cell, citing a clause and a whole law', async () => {
    const run = await add(
      '--cell',
      'PK/CHK.MARRIAGE_AGE',
      '--cell',
      'PK-IS/CRC.1',
      '--type',
      'amend',
      '--text',
      'Raise the minimum age of marriage to 18 for girls and boys.',
      '--body',
      'Ministry of Law and Justice',
      '--priority',
      'high',
      '--target',
      '2027-06',
      '--origin',
      'workshop',
      '--evidence',
      section2.id,
      '--evidence',
      ictActId,
    );
    expect(run.stderr).toBe('');
    first = run.json<Recommendation>();
    expect(first).toMatchObject({
      cells: [
        { country: 'PK', subdivision: null, provisionId: 'CHK.MARRIAGE_AGE' },
        { country: 'PK', subdivision: 'PK-IS', provisionId: 'CRC.1' },
      ],
      type: 'amend',
      priority: 'high',
      status: 'proposed',
      origin: 'workshop',
      responsibleBody: 'Ministry of Law and Justice',
      targetDate: '2027-06',
      createdBy: 'Ayesha Khan',
    });
    expect(first.evidence.map((e) => [e.kind, e.citation, e.lawDeleted])).toEqual([
      ['clause', 'Child Marriage Restraint Act, 1929, s. 2', false],
      ['law', 'Islamabad Capital Territory Child Protection Act, 2018', false],
    ]);
  });

  it('refuses a bad cell, an unknown standard, a foreign province and unknown evidence, writing nothing', async () => {
    const base = ['--type', 'enact', '--text', 'x', '--priority', 'low', '--origin', 'analysis'];
    const badRef = await add('--cell', 'Pakistan CRC.19', ...base);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toMatch(/--cell must be COUNTRY\/PROVISION .* not "Pakistan CRC.19"/);
    const unknown = await add('--cell', 'PK/CRC.999', ...base);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^lexgap: --cell provisionId: no provision "CRC\.999"/);
    // A province of another country (the API takes country and subdivision apart).
    await expect(
      api.addRecommendation({
        cells: [{ country: 'PK', subdivision: 'MY-14', provisionId: 'CRC.19' }],
        type: 'enact',
        text: 'x',
        priority: 'low',
        origin: 'analysis',
      }),
    ).rejects.toThrow('The subdivision MY-14 is not in PK.');
    const evidence = await add('--cell', 'PK/CRC.19', '--evidence', 'dnothing0000', ...base);
    expect(evidence.stderr).toMatch(/no law, clause or suggestion dnothing0000/);
    const blank = await add('--cell', 'PK/CRC.19', ...base, '--text', '  ');
    expect(blank.stderr).toBe('lexgap: A recommendation needs its text: what should be done.\n');
    const date = await add('--cell', 'PK/CRC.19', '--target', 'next year', ...base);
    expect(date.stderr).toMatch(/--target/);
    expect((await api.listRecommendations({})).map((r) => r.id)).toEqual([first.id]);
  });

  it('lists by priority whatever the order they were added in, and filters', async () => {
    const low = await api.addRecommendation({
      cells: [{ country: 'PK', provisionId: 'CRC.19' }],
      type: 'fund',
      text: 'Fund child protection units in every district of Islamabad.',
      priority: 'low',
      origin: 'consultation',
    });
    const medium = await api.addRecommendation({
      cells: [{ country: 'PK', provisionId: 'CRC.19' }],
      type: 'implement',
      text: 'Issue rules under the 2018 Act for case management.',
      priority: 'medium',
      origin: 'analysis',
      evidence: [ictActId],
    });
    const listed = await lexgap(db, 'recommendations', 'list', '--json');
    expect(listed.json<Recommendation[]>().map((r) => r.id)).toEqual([first.id, medium.id, low.id]);
    const table = await lexgap(db, 'recommendations', 'list', '--country', 'PK');
    expect(table.stdout.split('\n')[1]).toContain(first.id);
    expect((await api.listRecommendations({ provisionId: 'CRC.19' })).map((r) => r.id)).toEqual([
      medium.id,
      low.id,
    ]);
    expect((await api.listRecommendations({ documentId: marriageActId })).map((r) => r.id)).toEqual([
      first.id,
    ]);
    expect((await api.listRecommendations({ origin: 'consultation' })).map((r) => r.id)).toEqual([low.id]);
  });

  it('edits only the fields given, and records every change in the audit log', async () => {
    const run = await lexgap(
      db,
      'recommendations',
      'edit',
      first.id,
      '--status',
      'agreed',
      '--reviewer',
      'Bilal Ahmed',
      '--json',
    );
    const edited = run.json<Recommendation>();
    expect(edited).toEqual({
      ...first,
      status: 'agreed',
      updatedBy: 'Bilal Ahmed',
      updatedAt: edited.updatedAt,
    });
    const audit = await api.listAudit({ entityId: first.id });
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['update', 'Bilal Ahmed'],
      ['add', 'Ayesha Khan'],
    ]);
    expect(audit[0].before).toMatchObject({ status: 'proposed' });
    expect(audit[0].after).toMatchObject({ status: 'agreed' });
    first = edited;
  });
});

const exportBytes = async (format: 'json' | 'xlsx' | 'csv', out?: string) => {
  const file = await api.exportMatrix({ countries: ['PK'], format, ...(out ? { path: out } : {}) });
  return out ? fs.readFileSync(out) : Buffer.from(file.dataBase64!, 'base64');
};

describe('recommendations in the exports', () => {
  it('has a Recommendations sheet in the workbook, by priority, with cells and citations', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportBytes('xlsx')) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Recommendations')!;
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[1])).toEqual(['High', 'Medium', 'Low']);
    expect(rows[0][4]).toBe('PK/CHK.MARRIAGE_AGE; PK-IS/CRC.1');
    expect(rows[0][10]).toBe(
      'Child Marriage Restraint Act, 1929, s. 2; Islamabad Capital Territory Child Protection Act, 2018',
    );
  });

  it('writes a recommendations CSV beside the matrix, and the JSON carries them', async () => {
    const out = path.join(dir, 'pk.csv');
    await exportBytes('csv', out);
    const csv = Papa.parse<Record<string, string>>(
      fs.readFileSync(out.replace(/\.csv$/, '.recommendations.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(csv.map((r) => [r.priority, r.type])).toEqual([
      ['High', 'Amend'],
      ['Medium', 'Implement'],
      ['Low', 'Fund'],
    ]);
    expect(csv[0].status).toBe('Agreed');
    const json = JSON.parse((await exportBytes('json')).toString('utf8')) as { matrix: Matrix };
    expect(json.matrix.recommendations.map((r) => r.priority)).toEqual(['high', 'medium', 'low']);
    expect(json.matrix.recommendations[0]).toEqual(first);
  });

  it('survive export to JSON and re-import into a new project of the same laws', async () => {
    const exported = path.join(dir, 'pk.json');
    await exportBytes('json', exported);
    const all = await api.listRecommendations({});
    const fresh = path.join(dir, 'fresh.sqlite');
    // The new project holds the 1929 Act only: the law ids come from the files' bytes.
    await lexgap(fresh, 'import', law('PK/Child_Marriage_Restraint_Act_1929.pdf'), '--country', 'PK');
    const run = await lexgap(fresh, 'recommendations', 'import', exported, '--reviewer', 'Importer');
    expect(run.stdout).toBe(`3 added, 0 updated, 0 unchanged (3 in ${exported})\n`);
    const restored = (await lexgap(fresh, 'recommendations', 'list', '--json')).json<Recommendation[]>();
    // Everything as written, but the 2018 Act is not in this library: its citations read as deleted.
    // (Versions are each database's own.)
    expect(restored).toEqual(
      all.map((r) => ({
        ...r,
        version: expect.any(Number),
        evidence: r.evidence.map((e) => ({ ...e, lawDeleted: e.documentId === ictActId })),
      })),
    );
    const audit = (await lexgap(fresh, 'audit', '--json')).json<{ action: string; actor: string }[]>();
    expect(audit.filter((e) => e.action === 'import').map((e) => e.actor)).toEqual([
      'Importer',
      'Importer',
      'Importer',
    ]);
    // Importing the same file again changes nothing.
    const again = await lexgap(fresh, 'recommendations', 'import', exported);
    expect(again.stdout).toMatch(/^0 added, 0 updated, 3 unchanged/);
  });

  it('refuses a file without recommendations, naming it', async () => {
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, JSON.stringify({ documents: [] }));
    const run = await lexgap(db, 'recommendations', 'import', other);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/other\.json holds no recommendations/);
  });
});

describe('deleting a law a recommendation cites', () => {
  it('keeps the recommendation, marked as citing a deleted law, with its citation readable', async () => {
    const run = await lexgap(db, 'delete-document', marriageActId, '--json');
    expect(run.json()).toEqual({ deleted: true, citingRecommendations: [first.id] });
    const [kept] = await api.listRecommendations({ citesDeletedLaw: true });
    expect(kept.id).toBe(first.id);
    expect(kept.evidence.map((e) => [e.citation, e.lawDeleted])).toEqual([
      ['Child Marriage Restraint Act, 1929, s. 2', true],
      ['Islamabad Capital Territory Child Protection Act, 2018', false],
    ]);
    const [entry] = await api.listAudit({ entityId: first.id, limit: 1 });
    expect(entry).toMatchObject({
      action: 'law-deleted',
      after: { documentId: marriageActId, title: 'Child Marriage Restraint Act, 1929' },
    });
    const json = JSON.parse((await exportBytes('json')).toString('utf8')) as { matrix: Matrix };
    expect(json.matrix.recommendations.find((r) => r.id === first.id)?.evidence[0].lawDeleted).toBe(true);
    const table = await lexgap(db, 'recommendations', 'list', '--cites-deleted-law');
    expect(table.stdout.split('\n')[1]).toMatch(
      new RegExp(`^${first.id} .* \\[cites a deleted law\\] Raise`),
    );
  });

  it('deletes a recommendation on request, audited', async () => {
    const run = await lexgap(db, 'recommendations', 'delete', first.id);
    expect(run.stdout).toBe(`${first.id} deleted\n`);
    expect((await api.listRecommendations({})).map((r) => r.id)).not.toContain(first.id);
    const [entry] = await api.listAudit({ entityId: first.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'delete', after: null, before: { id: first.id } });
    const again = await lexgap(db, 'recommendations', 'delete', first.id);
    expect(again.stderr).toMatch(`no recommendation ${first.id}`);
  });
});
