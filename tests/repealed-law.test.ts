// A repealed law is history, not evidence: its accepted clause stops making a cell Full, leaves the
// exports, and counts again when the law is set back in force. Real act, real SQLite, real handlers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import type { Matrix } from '../shared/matrix/types';
import type { SuggestionView } from '../shared/model';
import { law, tempDir } from './helpers/paths';

const dir = tempDir('lexgap-repealed-');
let opened: App;
let api: LexgapApi;
let actId: string;
let accepted: SuggestionView;

beforeAll(async () => {
  opened = await openApp({ database: path.join(dir, 'db.sqlite') });
  api = opened.api;
  await api.updateSettings({ reviewerName: 'Ayesha Khan' });
  const imported = await api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  expect(imported.failed).toEqual([]);
  actId = imported.documents[0].id;
  await api.tagDocuments({});
  const suggestions = await api.listSuggestions({ documentId: actId });
  // The case (the Act as evidence for C138.2) where the tagger proposes it, else any.
  accepted = suggestions.find((s) => s.provisionId === 'C138.2') ?? suggestions[0];
  expect(accepted).toBeDefined();
  await api.reviewSuggestions({ ids: [accepted.id], decision: 'accept', coverage: 'full' });
});

afterAll(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cellOf = (matrix: Matrix, provisionId: string) => {
  for (const g of matrix.groups)
    for (const r of g.rows)
      if (r.provisionId === provisionId) return r.cells.find((c) => c.country === 'PK')!;
  throw new Error(`no row ${provisionId}`);
};
const cell = async () => cellOf(await api.buildMatrix({ countries: ['PK'] }), accepted.provisionId);
const exportedJson = async () => {
  const file = await api.exportMatrix({ countries: ['PK'], format: 'json' });
  return JSON.parse(Buffer.from(file.dataBase64!, 'base64').toString('utf8')) as { matrix: Matrix };
};

describe('a repealed law', () => {
  it('counts while in force: the accepted clause makes the cell Full and the JSON export cites it', async () => {
    expect(await cell()).toMatchObject({ level: 'full', derivedLevel: 'full' });
    expect((await cell()).evidence.map((e) => e.suggestionId)).toEqual([accepted.id]);
    const json = await exportedJson();
    expect(cellOf(json.matrix, accepted.provisionId).evidence.map((e) => e.documentId)).toEqual([actId]);
  });

  it('once marked repealed leaves no Full cell and no citation in the matrix or its JSON export', async () => {
    await api.updateDocument({ documentId: actId, status: 'repealed' });
    const matrix = await api.buildMatrix({ countries: ['PK'] });
    const cells = matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    expect(cells.filter((c) => c.level === 'full')).toEqual([]);
    expect(cells.flatMap((c) => c.evidence)).toEqual([]);
    const json = await exportedJson();
    const exported = json.matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    expect(exported.flatMap((c) => c.evidence.map((e) => e.documentId))).toEqual([]);
    expect(cellOf(json.matrix, accepted.provisionId).level).not.toBe('full');
    // The review stays on record as history.
    expect((await api.listSuggestions({ documentId: actId })).find((s) => s.id === accepted.id)?.status).toBe(
      'accepted',
    );
  });

  it('is not among the laws a Gap rating searched, like the checks that skip it', async () => {
    await expect(
      api.setCellOverride({
        country: 'PK',
        provisionId: accepted.provisionId,
        level: 'gap',
        rationale: 'The only law on file was repealed.',
      }),
    ).rejects.toThrow(/no law of PK in force/);
  });

  it('counts again when set back in force', async () => {
    await api.updateDocument({ documentId: actId, status: 'in_force' });
    expect(await cell()).toMatchObject({ level: 'full' });
    expect((await cell()).evidence.map((e) => e.documentId)).toEqual([actId]);
  });

  it('leaves its undecided suggestions out of what a Gap rating overrides, as they would be cited nowhere', async () => {
    // Another law in force, so that a Gap can be rated; the Act repealed again.
    const other = await api.importDocuments({
      files: [{ path: law('PK/Guardians_and_Wards_Act_1890.pdf') }],
      country: 'PK',
    });
    expect(other.failed).toEqual([]);
    await api.tagDocuments({});
    await api.updateDocument({ documentId: actId, status: 'repealed' });
    const [pending] = await api.listSuggestions({ documentId: actId, status: 'suggested' });
    await api.setCellOverride({
      country: 'PK',
      provisionId: pending.provisionId,
      level: 'gap',
      rationale: 'No law in force provides for it.',
    });
    const rated = cellOf(await api.buildMatrix({ countries: ['PK'] }), pending.provisionId);
    expect(rated.override?.level).toBe('gap');
    expect(rated.override?.pendingCandidates.map((c) => c.documentId)).not.toContain(actId);
  });
});
