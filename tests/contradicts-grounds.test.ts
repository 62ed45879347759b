// What grounds a Contradicts, on a real law through the real handlers and a real SQLite file: the
// analyst accepts s. 2 of the Child Marriage Restraint Act as implementing CRC.1 (partial), then rates
// the cell Contradicts. The accepted clause says the law implements the standard, so on its own it
// does not ground a finding that the law goes against it: the cell is flagged "no clause cited" in
// the grid and every export until the rating cites the clause that contradicts the standard.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import { cellMarks, cellTitle } from '../shared/matrix/cell-marks';
import type { Matrix, MatrixCell } from '../shared/matrix/types';
import type { Clause } from '../shared/model';
import { law, tempDir } from './helpers/paths';

const dir = tempDir('lexgap-contradicts-');
const CITATION = 'Child Marriage Restraint Act, 1929, s. 2';
let opened: App;
let api: LexgapApi;
let s2: Clause;

beforeAll(async () => {
  opened = await openApp({ database: path.join(dir, 'db.sqlite') });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Nur Aisyah' });
  const imported = await api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  expect(imported.failed).toEqual([]);
  const documentId = imported.documents[0].id;
  await api.tagDocuments({ documentId });
  s2 = (await api.listClauses({ documentId })).find((c) => c.number === '2')!;
  const [crc1] = await api.listSuggestions({ clauseId: s2.id, provisionId: 'CRC.1' });
  await api.reviewSuggestions({ ids: [crc1.id], decision: 'accept', coverage: 'partial' });
}, 120_000);

afterAll(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cellOf = (matrix: Matrix): MatrixCell & { noClauseCited?: boolean } =>
  matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === 'CRC.1')!.cells[0];
const exported = async (format: 'json' | 'csv') =>
  Buffer.from(
    (await api.exportMatrix({ format, countries: ['PK'], frameworks: ['CRC'] })).dataBase64!,
    'base64',
  ).toString('utf8');
const evidenceRows = async () => {
  const out = path.join(dir, 'matrix.csv');
  await api.exportMatrix({ format: 'csv', countries: ['PK'], frameworks: ['CRC'], path: out });
  return Papa.parse<Record<string, string>>(
    fs.readFileSync(out.replace(/\.csv$/, '.evidence.csv'), 'utf8').replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  )
    .data.filter((r) => r.provision_id === 'CRC.1')
    .map((r) => [r.level, r.citation, r.cited_by]);
};
const rate = (citedClauseIds?: string[]) =>
  api.setCellOverride({
    country: 'PK',
    provisionId: 'CRC.1',
    level: 'contradicts',
    rationale: 'A girl is a child only until 16.',
    ...(citedClauseIds ? { citedClauseIds } : {}),
  });

describe('a Contradicts over a clause accepted as implementing the standard', () => {
  it('is flagged "no clause cited": the accepted clause does not ground it', async () => {
    await rate();
    const cell = cellOf(await api.buildMatrix({ countries: ['PK'], frameworks: ['CRC'] }));
    expect(cell.level).toBe('contradicts');
    expect(cell.evidence.map((e) => [e.citation, e.coverage])).toEqual([[CITATION, 'partial']]);
    // The grid's `?` and its tooltip, as the app and the HTML report draw them.
    expect(cellMarks(cell).uncited).toBe(true);
    expect(cellTitle('CRC.1', cell)).toBe(
      'PK · CRC.1: Contradicts (1 clause) (rated by analyst) (no clause cited)',
    );
    expect(cellOf((JSON.parse(await exported('json')) as { matrix: Matrix }).matrix).noClauseCited).toBe(
      true,
    );
    // The evidence table lists the accepted clause, and says the Contradicts rests on no clause.
    expect(await evidenceRows()).toEqual([
      ['contradicts', CITATION, 'accepted tag'],
      ['contradicts', '', 'no clause cited'],
    ]);
  });

  it('is grounded once the rating cites the clause that goes against the standard', async () => {
    await rate([s2.id]);
    const cell = cellOf(await api.buildMatrix({ countries: ['PK'], frameworks: ['CRC'] }));
    expect(cellMarks(cell).uncited).toBe(false);
    expect(cellOf((JSON.parse(await exported('json')) as { matrix: Matrix }).matrix).noClauseCited).toBe(
      undefined,
    );
    expect(await evidenceRows()).toEqual([
      ['contradicts', CITATION, 'accepted tag'],
      ['contradicts', CITATION, "analyst's rating"],
    ]);
  });
});
