// The matrix reads only what it shows and keeps what the texts alone decide (the ages check
// proposals read from every clause) while no law or clause changes. Built that way from real laws,
// reviewed by two reviewers, it must equal the matrix built from every clause and every suggestion
// read afresh, as the matrix was built before: after a review, after a clause correction made by
// another process on the same database, and on PostgreSQL as on SQLite.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import { currentAmendments } from '../electron/services/amendment-links';
import { loadCatalog } from '../electron/services/load-catalog';
import { copyDatabase } from '../electron/store/copy-database';
import type { Store, StoreReads } from '../electron/store/store';
import { amendingCitations, withAmendments } from '../shared/amendments/cite-amendments';
import { proposeChecks } from '../shared/checks/propose-checks';
import { countryName } from '../shared/countries';
import { buildMatrix } from '../shared/matrix/build-matrix';
import { matrixColumns } from '../shared/matrix/matrix-columns';
import type { Matrix } from '../shared/matrix/types';
import { markDeletedLaws } from '../shared/recommendations/recommendation-rules';
import { agreementReport } from '../shared/review/agreement';
import { validateMatrix } from '../shared/review/validation';
import { startTestPostgres, type TestPostgres } from './helpers/postgres-cluster';
import { law, lawsDir, tempDir } from './helpers/paths';
import { printMarkdownLaw } from './helpers/print-markdown-law';

const COUNTRIES = ['PK', 'MY'];
const dir = tempDir('lexgap-matrix-reads-');
const file = path.join(dir, 'db.sqlite');
let lead: App;
let ministry: App;
let server: TestPostgres | undefined;

/**
 * The matrix as it was built before: every clause and every checklist suggestion read, nothing kept
 * (a transaction's reads are never kept).
 */
function everythingRead(store: Store, countries: string[]): Promise<Matrix> {
  return store.transaction((tx) => everythingReadIn(tx, countries));
}

async function everythingReadIn(store: StoreReads, countries: string[]): Promise<Matrix> {
  const catalog = loadCatalog();
  const documents = await store.listDocuments();
  const names = new Map(catalog.states.map((s) => [s.code, s.name]));
  const columns = matrixColumns(countries, [], documents, (code) => names.get(code) ?? countryName(code));
  const wanted = new Set(countries);
  const checks = proposeChecks({
    catalog,
    countries,
    laws: documents.filter((d) => wanted.has(d.country)),
    clauses: (await store.clausesForTagging()).filter((c) => wanted.has(c.country)).map((c) => c.clause),
    tags: (await store.listSuggestions({ framework: 'CHK' })).filter((t) => wanted.has(t.country)),
    reviews: await store.listCheckReviews(countries),
  });
  const matrix = buildMatrix({
    catalog,
    countries: columns,
    tags: withAmendments(
      await store.acceptedTags(countries),
      amendingCitations(await currentAmendments(store), documents),
    ),
    overrides: await store.listOverrides(countries),
    checks,
    showProposals: true,
    documents,
    recommendations: markDeletedLaws(await store.listRecommendations(), new Set(documents.map((d) => d.id))),
  });
  const decisions = (
    await Promise.all(countries.map((country) => store.listReviewerDecisions({ country })))
  ).flat();
  const agreement = agreementReport(decisions, new Map(documents.map((d) => [d.id, d.title])));
  return validateMatrix(matrix, decisions, agreement[0].reviewers.length > 1 ? agreement : undefined);
}

const built = async (app: App) => ({
  ...(await app.api.buildMatrix({ countries: COUNTRIES })),
  generatedAt: '',
});
const expected = async (app: App) => ({ ...(await everythingRead(app.store, COUNTRIES)), generatedAt: '' });

const checkOf = (matrix: Matrix, provisionId: string, country = 'PK') =>
  matrix.groups
    .flatMap((g) => g.rows)
    .find((r) => r.provisionId === provisionId)!
    .cells.find((c) => c.country === country)!.check;

beforeAll(async () => {
  lead = await openApp({ database: file, reviewer: 'Lead' });
  for (const [country, files] of [
    ['PK', ['PK/Child_Marriage_Restraint_Act_1929.pdf']],
    ['MY', ['MY/Child_Bill_1999.pdf']],
  ] as const) {
    const imported = await lead.api.importDocuments({ files: files.map((f) => ({ path: law(f) })), country });
    expect(imported.failed).toEqual([]);
  }
  await lead.api.tagDocuments({});
  // Every third suggestion accepted (in full or in part), every fifth rejected, checklist items too;
  // a second reviewer agrees on some and not on others.
  const suggestions = await lead.api.listSuggestions({});
  const accepted = suggestions.filter((_, i) => i % 3 === 0);
  const rejected = suggestions.filter((_, i) => i % 3 !== 0 && i % 5 === 0);
  expect(accepted.some((s) => s.provisionId.startsWith('CHK.'))).toBe(true);
  await lead.api.reviewSuggestions({ ids: accepted.map((s) => s.id), decision: 'accept', coverage: 'full' });
  await lead.api.reviewSuggestions({ ids: rejected.map((s) => s.id), decision: 'reject' });
  ministry = await openApp({ database: file, reviewer: 'Ministry' });
  await ministry.api.reviewSuggestions({
    ids: accepted.filter((_, i) => i % 2 === 0).map((s) => s.id),
    decision: 'accept',
    coverage: 'full',
  });
  await ministry.api.reviewSuggestions({
    ids: accepted.filter((_, i) => i % 4 === 1).map((s) => s.id),
    decision: 'accept',
    coverage: 'partial',
  });
}, 300_000);

afterAll(async () => {
  await ministry?.close();
  await lead?.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the matrix built from what it shows', () => {
  it('equals the matrix built from everything, with citations, validations, agreement and check proposals', async () => {
    const matrix = await built(lead);
    expect(matrix).toEqual(await expected(lead));
    // What is compared is there: citations, a validation by the second reviewer, the agreement
    // figures and the ages the 1929 Act sets.
    const cells = matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    expect(cells.some((c) => c.evidence.length)).toBe(true);
    expect(cells.some((c) => c.evidence.some((e) => e.validatedBy?.length))).toBe(true);
    expect(matrix.agreement?.[0].reviewers).toEqual(['Lead', 'Ministry']);
    expect(cells.some((c) => c.check?.found === 18)).toBe(true);
  });

  it('is the same again after a review, which keeps the ages read, and after a correction in another process', async () => {
    await built(lead);
    const [one] = await lead.api.listSuggestions({ status: 'suggested', limit: 1 });
    await lead.api.reviewSuggestions({ ids: [one.id], decision: 'accept', coverage: 'partial' });
    expect(await built(lead)).toEqual(await expected(lead));

    // The other process corrects the clauses setting the Child Bill's age of the child: the first one's
    // matrix reads the new age at once. (The 1929 Act sets no marriage age here: its s. 2's suggestion
    // for it is rejected above, and s. 4's "being a male above eighteen" is whom it punishes.)
    const definition = 'CHK.CHILD_DEFINITION';
    const governing = checkOf(await built(lead), definition, 'MY')?.evidence.filter((e) => e.governs) ?? [];
    expect(governing.length).toBeGreaterThan(0);
    const words: Record<number, string> = { 16: 'sixteen', 18: 'eighteen', 21: 'twenty-one' };
    for (const e of governing) {
      const clause = (await ministry.store.getClause(e.clauseId))!;
      const text = clause.text.replace(
        new RegExp(`\\b(${e.value}|${words[e.value!] ?? e.value})\\b`, 'gi'),
        'fifteen',
      );
      expect(text).not.toBe(clause.text);
      await ministry.store.saveClause({ ...clause, text });
    }
    const after = await built(lead);
    expect(after).toEqual(await expected(lead));
    expect(checkOf(after, definition, 'MY')?.found).toBe(15);
  });

  it('is the same after each kind of write, in this process or another: a review, an undo, a law edited, a new version, a law deleted', async () => {
    const same = async (step: string) =>
      expect({ step, matrix: await built(lead) }).toEqual({ step, matrix: await expected(lead) });
    await same('before');
    const pending = await ministry.api.listSuggestions({ status: 'suggested', limit: 3 });
    await ministry.api.reviewSuggestions({ ids: [pending[0].id], decision: 'accept', coverage: 'full' });
    await same('a review in another process');
    const [accepted] = await lead.api.listSuggestions({ status: 'accepted', limit: 1 });
    await lead.api.reviewSuggestions({ ids: [accepted.id], decision: 'reject' });
    await same('an accepted suggestion rejected');
    await lead.api.undoLastReview({});
    await same('the rejection undone');
    const [bill] = await lead.api.listDocuments({ country: 'MY' });
    await ministry.api.updateDocument({ documentId: bill.id, title: 'Child Act 2001', year: 2001 });
    await same('a law renamed in another process');

    // A newer text of the bill: its unchanged sections keep their reviews.
    const edit = { from: 'This Act may be cited as', to: 'This Act may be cited for all purposes as' };
    const markdown = fs.readFileSync(path.join(lawsDir, 'MY/source/Child_Bill_1999.md'), 'utf8');
    expect(markdown.split(edit.from)).toHaveLength(2);
    const reprint = path.join(dir, 'Child_Bill_1999_reprint.pdf');
    await printMarkdownLaw(markdown.replace(edit.from, edit.to), reprint);
    const imported = await lead.api.importDocuments({
      files: [{ path: reprint }],
      country: 'MY',
      newVersionOf: bill.id,
    });
    expect(imported.documents[0]).toMatchObject({ id: bill.id, version: { number: 2 } });
    await same('a new version of a law');

    await ministry.api.deleteDocument({ documentId: bill.id });
    await same('a law deleted in another process');
    const after = await built(lead);
    expect(after.groups.flatMap((g) => g.rows.flatMap((r) => r.cells)).some((c) => c.evidence.length)).toBe(
      true,
    );
    expect(after.columns.map((c) => c.country)).toEqual(['PK', 'MY']);
  }, 240_000);

  it('is the same on PostgreSQL as on SQLite', async () => {
    server = await startTestPostgres();
    if (!server) return;
    const url = await server.freshSchema();
    await copyDatabase(file, url);
    const onServer = await openApp({ database: url, reviewer: 'Lead' });
    try {
      const matrix = await built(onServer);
      expect(matrix).toEqual(await expected(onServer));
      expect(matrix).toEqual(await built(lead));
    } finally {
      await onServer.close();
    }
  });
});
