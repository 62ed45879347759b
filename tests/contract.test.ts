// The same calls through each transport — dispatch in-process, the loopback HTTP bridge, the CLI —
// give the same answers and the same errors.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../electron/api/dispatch';
import { openApp, type App } from '../electron/app/open-app';
import { startHttpBridge } from '../electron/http/http-bridge';
import type { ArgsOf, MethodName, ResultOf } from '../shared/api/contract';
import type { Result } from '../shared/api/errors';
import { METHOD_NAMES } from '../shared/api/schemas';
import type { Clause, SuggestionView } from '../shared/model';
import { withoutVersion } from '../shared/row-version';
import { lexgap } from './helpers/run-cli';
import { law, tempDir } from './helpers/paths';

let db: string;
let opened: App;
let dispatch: Dispatch;
let bridge: Awaited<ReturnType<typeof startHttpBridge>>;
let documentId: string;

async function overHttp(method: string, args: unknown): Promise<{ status: number; body: Result<unknown> }> {
  const response = await fetch(`${bridge.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Lexgap-Token': bridge.token },
    body: JSON.stringify(args),
  });
  return { status: response.status, body: (await response.json()) as Result<unknown> };
}

beforeAll(async () => {
  db = path.join(tempDir(), 'db.sqlite');
  const imported = await lexgap(
    db,
    'import',
    law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
    '--country',
    'PK',
    '--json',
  );
  documentId = imported.json<{ documents: { id: string }[] }>().documents[0].id;
  opened = await openApp({ database: db });
  dispatch = opened.dispatch;
  bridge = await startHttpBridge({ dispatch, port: 0 });
});

afterAll(async () => {
  await bridge.close();
  await opened.close();
});

describe('one contract, three transports', () => {
  it('listClauses answers the same in-process, over HTTP and on the command line', async () => {
    const direct = await dispatch('listClauses', { documentId });
    expect(direct.ok).toBe(true);
    const http = await overHttp('listClauses', { documentId });
    expect(http.status).toBe(200);
    expect(http.body).toEqual(direct);
    expect((await lexgap(db, 'clauses', documentId, '--json')).json()).toEqual(
      (direct as { value: unknown }).value,
    );
  });

  it('listDocuments answers the same everywhere', async () => {
    const direct = await dispatch('listDocuments', { country: 'PK' });
    expect((await overHttp('listDocuments', { country: 'PK' })).body).toEqual(direct);
    expect((await lexgap(db, 'documents', '--country', 'PK', '--json')).json()).toEqual(
      (direct as { value: unknown }).value,
    );
  });

  it('an unknown id is not_found everywhere: an envelope, HTTP 404, one stderr line and exit 1', async () => {
    const direct = await dispatch('listClauses', { documentId: 'd-missing' });
    expect(direct).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const http = await overHttp('listClauses', { documentId: 'd-missing' });
    expect(http.status).toBe(404);
    expect(http.body).toEqual(direct);
    const cli = await lexgap(db, 'clauses', 'd-missing');
    expect(cli.code).toBe(1);
    expect(cli.stderr.trim()).toBe(`lexgap: ${(direct as { error: { message: string } }).error.message}`);
  });

  it('malformed arguments and unknown methods are refused before any handler runs', async () => {
    const bad = await dispatch('listClauses', { documentId: 42 });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid_args',
        message: 'documentId: 42 is not an id as Lexgap lists it, e.g. CRC.19 or d3f9a0c12be7d4e081',
      },
    });
    const http = await overHttp('listClauses', { documentId: 42 });
    expect(http.status).toBe(400);
    expect(http.body).toEqual(bad);
    expect(await dispatch('dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect((await overHttp('dropTables', {})).status).toBe(404);
    const cli = await lexgap(db, 'call', 'dropTables');
    expect([cli.code, cli.stderr]).toEqual([
      2,
      'lexgap: unknown method "dropTables" (see `lexgap call --help`)\n',
    ]);
  });

  it('the HTTP bridge refuses a request without the per-run token', async () => {
    const response = await fetch(`${bridge.url}api/listDocuments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });
});

/** What the command line prints with --json: exactly one JSON document, nothing on stderr. */
async function cliJson<T>(...args: string[]): Promise<T> {
  const run = await lexgap(db, ...args);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return run.json<T>();
}

async function direct<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const result = await dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ResultOf<M>;
}

async function sameError(method: MethodName, args: unknown, ...cli: string[]): Promise<void> {
  await sameRefusal(undefined, method, args, ...cli);
}

/** The same, for a value the API does not know (`CRC.999`): the command line names its flag, exit 2. */
async function sameRefusal(
  flag: string | undefined,
  method: MethodName,
  args: unknown,
  ...cli: string[]
): Promise<void> {
  const expected = await dispatch(method, args);
  if (expected.ok) throw new Error(`${method} was expected to fail`);
  const run = await lexgap(db, ...cli);
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
    code: flag ? 2 : 1,
    stdout: '',
    stderr: `lexgap: ${flag ? `${flag}: ` : ''}${expected.error.message}\n`,
  });
}

describe('every API method on the command line', () => {
  const second = law('MY/Evidence_of_Child_Witness_Bill_2007.pdf');
  let secondId = '';
  let clauseId = '';
  let recommendationId = '';
  const reviewed: string[] = [];
  let packageFile = '';

  // Typed by MethodName: a method added to the contract does not compile until it is reachable here.
  // In this order: later steps use what earlier ones made.
  const steps: Record<MethodName, () => Promise<void>> = {
    async importDocuments() {
      const args = JSON.stringify({ files: [{ path: second }], country: 'MY' });
      const result = await cliJson<ResultOf<'importDocuments'>>('call', 'importDocuments', '--args', args);
      const { id, file, title, country, pages, clauses } = result.documents[0];
      secondId = id;
      expect(await direct('getDocument', { documentId: id })).toMatchObject({
        file,
        title,
        country,
        pages,
        clauses,
      });
    },
    async startImport() {
      const run = await lexgap(db, 'import', second, '--country', 'MY', '--json');
      expect(run.json()).toMatchObject({ documents: [], failed: [], skipped: [{ existingId: secondId }] });
      expect(run.stderr).toMatch(/^Evidence_of_Child_Witness_Bill_2007\.pdf is already imported/);
    },
    async startReread() {
      // `lexgap reread ID` (and `import --ocr` of a file already imported); OCR itself is tested in
      // tests/numbering-and-reread.test.ts, so here only the route and its refusal of an unknown id.
      await sameError('startReread', { documentId: 'd0000000000' }, 'reread', 'd0000000000');
    },
    async listDocuments() {
      expect(await cliJson('documents', '--json')).toEqual(await direct('listDocuments', {}));
    },
    async getDocument() {
      expect(await cliJson('document', documentId, '--json')).toEqual(
        await direct('getDocument', { documentId }),
      );
    },
    async updateDocument() {
      const cli = await cliJson('edit-document', secondId, '--title', 'Evidence Bill', '--no-year', '--json');
      expect(cli).toEqual(await direct('getDocument', { documentId: secondId }));
      expect(cli).toMatchObject({ title: 'Evidence Bill', year: null });
    },
    async getDocumentFile() {
      expect(await cliJson('pdf', documentId, '--json')).toEqual(
        await direct('getDocumentFile', { documentId }),
      );
    },
    async listClauses() {
      const clauses = await cliJson<Clause[]>('clauses', documentId, '--json');
      expect(clauses).toEqual(await direct('listClauses', { documentId }));
      clauseId = clauses[0].id;
    },
    async listVersions() {
      const versions = await cliJson<ResultOf<'listVersions'>>('versions', documentId, '--json');
      expect(versions).toEqual(await direct('listVersions', { documentId }));
      expect(versions.map((v) => v.version)).toEqual([1]);
    },
    async listAmendments() {
      expect(await cliJson('amendments', '--json')).toEqual(await direct('listAmendments', {}));
    },
    async reviewAmendment() {
      // A Malaysian bill cannot amend a Pakistani act: refused the same way on both routes.
      await sameError(
        'reviewAmendment',
        { amendingDocumentId: secondId, amendedDocumentId: documentId, decision: 'confirm' },
        'amendment',
        'confirm',
        secondId,
        documentId,
      );
    },
    async listCountries() {
      expect(await cliJson('countries', '--json')).toEqual(await direct('listCountries', {}));
    },
    async tagDocuments() {
      const result = await cliJson<ResultOf<'tagDocuments'>>('call', 'tagDocuments');
      expect(result).toMatchObject({ documents: 2, kept: 0 });
      expect(result.suggestions).toBe((await direct('listSuggestions', {})).length);
    },
    async startTagging() {
      const result = await cliJson<ResultOf<'tagDocuments'>>('tag', '--document', documentId, '--json');
      expect(result).toMatchObject({ documents: 1, kept: 0 });
      expect(result.suggestions).toBe((await direct('listSuggestions', { documentId })).length);
    },
    async listSuggestions() {
      const cli = await cliJson<SuggestionView[]>('suggestions', '--document', documentId, '--json');
      expect(cli).toEqual(await direct('listSuggestions', { documentId }));
      reviewed.push(cli[0].id, cli[1].id);
    },
    async reviewSuggestions() {
      const cli = await cliJson<ResultOf<'reviewSuggestions'>>(
        'review',
        ...reviewed,
        'accept',
        '--coverage',
        'partial',
        '--note',
        'both',
        '--json',
      );
      const stored = await direct('listSuggestions', { documentId, status: 'accepted' });
      expect(stored).toEqual(cli.map((s) => expect.objectContaining(s)));
    },
    async getLearningStatus() {
      const status = await cliJson<ResultOf<'getLearningStatus'>>('call', 'getLearningStatus');
      // Two decisions are too few to learn from: the plain ranking stays, and the status says why.
      expect(status).toMatchObject({ active: false, decisions: 2 });
      expect(status.reason).toMatch(/needs at least/);
    },
    async undoLastReview() {
      const result = await cliJson<ResultOf<'undoLastReview'>>('undo', '--json');
      expect(result).toMatchObject({
        undone: 2,
        summary: expect.stringMatching(/^the acceptance in part of .+ and 1 more: they are undecided again$/),
      });
      expect(result.changes.map((c) => c.suggestionId).sort()).toEqual([...reviewed].sort());
      expect(await direct('listSuggestions', { documentId, status: 'accepted' })).toEqual([]);
    },
    async addManualTag() {
      const cli = await cliJson<ResultOf<'addManualTag'>>(
        'add-tag',
        clauseId,
        'CRC.19',
        '--coverage',
        'full',
        '--json',
      );
      const stored = (await direct('listSuggestions', { clauseId })).find((s) => s.provisionId === 'CRC.19');
      expect(stored).toMatchObject(cli);
    },
    async listAudit() {
      expect(await cliJson('audit', '--limit', '5', '--json')).toEqual(
        await direct('listAudit', { limit: 5 }),
      );
    },
    async listDisagreements() {
      expect(await cliJson('disagreements', '--country', 'MY', '--all', '--json')).toEqual(
        await direct('listDisagreements', { country: 'MY', includeResolved: true }),
      );
    },
    async getAgreement() {
      expect(await cliJson('agreement', '--country', 'MY', '--json')).toEqual(
        await direct('getAgreement', { country: 'MY' }),
      );
    },
    async listStandards() {
      expect(await cliJson('standards', '--framework', 'CRC', '--json')).toEqual(
        await direct('listStandards', { framework: 'CRC' }),
      );
    },
    async setCellOverride() {
      const cli = await cliJson(
        'rate',
        'pk',
        'CRC.19',
        'gap',
        '--rationale',
        'not in these laws',
        '--reviewed',
        documentId,
        '--json',
      );
      const [entry] = await direct('listAudit', { entityId: 'PK/CRC.19', limit: 1 });
      expect(entry.after).toEqual(cli);
    },
    async buildMatrix() {
      const args = { countries: ['PK'], frameworks: ['CRC'] };
      const cli = await cliJson<ResultOf<'buildMatrix'>>(
        'call',
        'buildMatrix',
        '--args',
        JSON.stringify(args),
      );
      // The same matrix, made a moment apart.
      expect({ ...cli, generatedAt: '' }).toEqual({
        ...(await direct('buildMatrix', args)),
        generatedAt: '',
      });
    },
    async clearCellOverride() {
      expect(await cliJson('clear-rating', 'PK', 'CRC.19', '--json')).toEqual({ cleared: true });
      expect(await direct('clearCellOverride', { country: 'PK', provisionId: 'CRC.19' })).toEqual({
        cleared: false,
      });
    },
    async listChecks() {
      const cli = await cliJson<ResultOf<'listChecks'>>('checks', '--country', 'PK', '--json');
      expect(cli).toEqual(await direct('listChecks', { country: 'PK' }));
      expect(cli.find((c) => c.provisionId === 'CHK.MARRIAGE_AGE')).toMatchObject({
        found: 16,
        verdict: 'contradicts',
      });
    },
    async reviewCheck() {
      const cli = await cliJson<ResultOf<'reviewCheck'>>(
        'check',
        'PK',
        'CHK.MARRIAGE_AGE',
        'confirm',
        '--json',
      );
      expect(cli).toEqual(
        await direct('listChecks', { country: 'PK', provisionId: 'CHK.MARRIAGE_AGE' }).then((l) => l[0]),
      );
      const [entry] = await direct('listAudit', { entityId: 'PK/CHK.MARRIAGE_AGE', limit: 1 });
      expect(entry).toMatchObject({ action: 'check-confirm', after: { status: 'confirmed', found: 16 } });
    },
    async exportMatrix() {
      const cli = await cliJson<ResultOf<'exportMatrix'>>(
        'matrix',
        '--country',
        'PK',
        '--format',
        'csv',
        '--json',
      );
      const expected = await direct('exportMatrix', { countries: ['PK'], format: 'csv' });
      expect(cli).toEqual(expected);
      const bare = await lexgap(db, 'matrix', '--country', 'PK', '--format', 'csv');
      expect(bare.stdout).toBe(Buffer.from(expected.dataBase64 ?? '', 'base64').toString('utf8'));
    },
    async addRecommendation() {
      const [target] = await direct('listClauses', { documentId: secondId });
      const cli = await cliJson<ResultOf<'addRecommendation'>>(
        'recommendations',
        'add',
        '--cell',
        'MY/CRC.12',
        '--type',
        'amend',
        '--text',
        'Let a child witness give evidence by live link in every court.',
        '--priority',
        'high',
        '--origin',
        'analysis',
        '--evidence',
        target.id,
        '--json',
      );
      recommendationId = cli.id;
      const [entry] = await direct('listAudit', { entityId: cli.id, limit: 1 });
      expect(entry).toMatchObject({ action: 'add', after: cli });
      await sameRefusal(
        '--cell provisionId',
        'addRecommendation',
        {
          cells: [{ country: 'MY', provisionId: 'CRC.999' }],
          type: 'amend',
          text: 'x',
          priority: 'low',
          origin: 'analysis',
        },
        'recommendations',
        'add',
        '--cell',
        'MY/CRC.999',
        '--type',
        'amend',
        '--text',
        'x',
        '--priority',
        'low',
        '--origin',
        'analysis',
      );
    },
    async updateRecommendation() {
      const cli = await cliJson<ResultOf<'updateRecommendation'>>(
        'recommendations',
        'edit',
        recommendationId,
        '--priority',
        'medium',
        '--json',
      );
      expect(cli.priority).toBe('medium');
      // The list gives each with its version, which the next edit names; the edit's result has none.
      expect((await direct('listRecommendations', { country: 'MY' })).map(withoutVersion)).toEqual([cli]);
    },
    async listRecommendations() {
      expect(await cliJson('recommendations', 'list', '--country', 'MY', '--json')).toEqual(
        await direct('listRecommendations', { country: 'MY' }),
      );
    },
    async importRecommendations() {
      const file = path.join(path.dirname(db), 'recommendations.json');
      fs.writeFileSync(file, JSON.stringify(await direct('listRecommendations', {})));
      expect(await cliJson('recommendations', 'import', file, '--json')).toEqual(
        await direct('importRecommendations', { path: file }),
      );
    },
    async deleteRecommendation() {
      const made = await direct('addRecommendation', {
        cells: [{ country: 'MY', provisionId: 'CRC.3' }],
        type: 'implement',
        text: 'Train magistrates.',
        priority: 'low',
        origin: 'workshop',
      });
      expect(await cliJson('recommendations', 'delete', made.id, '--json')).toEqual({ deleted: true });
      await sameError('deleteRecommendation', { id: made.id }, 'recommendations', 'delete', made.id);
    },
    async exportReport() {
      const cli = await cliJson<ResultOf<'exportReport'>>(
        'report',
        '--country',
        'PK',
        '--format',
        'html',
        '--json',
      );
      const expected = await direct('exportReport', { countries: ['PK'], format: 'html' });
      expect({ ...cli, dataBase64: undefined }).toEqual({ ...expected, dataBase64: undefined });
      const html = (r: ResultOf<'exportReport'>) =>
        Buffer.from(r.dataBase64 ?? '', 'base64').toString('utf8');
      expect(html(cli)).toContain('<title>Child protection legislation: gap analysis of Pakistan</title>');
      expect(html(cli)).toContain('Child Marriage Restraint Act');
      // Without a desktop window there is no PDF printer: the error says how to get one.
      await sameError(
        'exportReport',
        { countries: ['PK'], format: 'pdf' },
        'report',
        '--country',
        'PK',
        '--out',
        path.join(tempDir(), 'r.pdf'),
      );
    },
    async createBaseline() {
      const cli = await cliJson<ResultOf<'createBaseline'>>(
        'baseline',
        'create',
        'Contract baseline',
        '--json',
      );
      expect(cli).toMatchObject({ name: 'Contract baseline' });
      await sameError(
        'createBaseline',
        { name: 'Contract baseline' },
        'baseline',
        'create',
        'Contract baseline',
      );
    },
    async listBaselines() {
      expect(await cliJson('baseline', 'list', '--json')).toEqual(await direct('listBaselines', {}));
    },
    async compareBaselines() {
      const cli = await cliJson<ResultOf<'compareBaselines'>>(
        'baseline',
        'compare',
        'Contract baseline',
        '--json',
      );
      const direct_ = await direct('compareBaselines', { from: 'Contract baseline' });
      expect({ ...cli, to: { ...cli.to, createdAt: '' } }).toEqual({
        ...direct_,
        to: { ...direct_.to, createdAt: '' },
      });
    },
    async exportBaselineComparison() {
      const out = path.join(path.dirname(db), 'changes.csv');
      const cli = await cliJson<ResultOf<'exportBaselineComparison'>>(
        'baseline',
        'compare',
        'Contract baseline',
        '--format',
        'csv',
        '--out',
        out,
        '--json',
      );
      expect(cli).toMatchObject({ path: out, mime: 'text/csv; charset=utf-8' });
      expect(fs.readFileSync(out, 'utf8')).toMatch(
        /^\uFEFFcountry,provision_id,standard,before,after,cause,details/,
      );
    },
    async getSettings() {
      expect(await cliJson('settings', '--json')).toEqual(await direct('getSettings', {}));
    },
    async updateSettings() {
      expect(await cliJson('settings', '--reviewer-name', 'Contract Tester', '--json')).toEqual({
        reviewerName: 'Contract Tester',
        leadReviewer: 'Contract Tester',
        leadReviewerVersion: 0,
      });
      const lead = await cliJson<ResultOf<'updateSettings'>>(
        'settings',
        '--lead-reviewer',
        'Contract Lead',
        '--json',
      );
      expect(lead).toEqual({
        reviewerName: 'Contract Tester',
        leadReviewer: 'Contract Lead',
        leadReviewerVersion: expect.any(Number),
      });
      expect(lead.leadReviewerVersion).toBeGreaterThan(0);
      expect(await direct('getSettings', {})).toEqual(lead);
    },
    async getJob() {
      await sameError('getJob', { jobId: 'j-none' }, 'call', 'getJob', '--args', '{"jobId":"j-none"}');
    },
    async listJobs() {
      // A command line's jobs are its own process's: a new one has none running or recent.
      expect(await cliJson<ResultOf<'listJobs'>>('call', 'listJobs')).toEqual([]);
    },
    async waitForJob() {
      await sameError(
        'waitForJob',
        { jobId: 'j-none' },
        'call',
        'waitForJob',
        '--args',
        '{"jobId":"j-none"}',
      );
    },
    async cancelJob() {
      await sameError('cancelJob', { jobId: 'j-none' }, 'call', 'cancelJob', '--args', '{"jobId":"j-none"}');
    },
    async splitClause() {
      const [target] = await direct('listClauses', { documentId: secondId });
      const at = target.text.indexOf(' ', Math.floor(target.text.length / 2)) + 1;
      const parts = await cliJson<Clause[]>(
        'clause',
        'split',
        target.id,
        '--at',
        String(at),
        '--number',
        '1A',
        '--json',
      );
      expect(parts.map((c) => c.number)).toEqual([target.number, '1A']);
      expect((await direct('listClauses', { documentId: secondId })).slice(0, 2)).toEqual(parts);
      await sameError(
        'splitClause',
        { clauseId: target.id, at: 1e6, number: '1B' },
        'clause',
        'split',
        target.id,
        '--at',
        '1000000',
        '--number',
        '1B',
      );
    },
    async mergeClauseWithNext() {
      const [target, next] = await direct('listClauses', { documentId: secondId });
      const merged = await cliJson<Clause>('clause', 'merge', target.id, '--json');
      expect(merged.text.endsWith(next.text)).toBe(true);
      expect((await direct('listClauses', { documentId: secondId }))[0]).toEqual(merged);
    },
    async updateClause() {
      const [target] = await direct('listClauses', { documentId: secondId });
      const cli = await cliJson<Clause>('clause', 'edit', target.id, '--heading', 'Short title', '--json');
      expect(cli).toEqual({ ...target, heading: 'Short title' });
    },
    async exportPackage() {
      const out = path.join(tempDir(), 'pk.lexgap');
      const cli = await cliJson<ResultOf<'exportPackage'>>(
        'package',
        'export',
        '--country',
        'PK',
        '--for',
        'Ministry of Human Rights',
        '--out',
        out,
        '--json',
      );
      const again = await direct('exportPackage', { country: 'PK', madeFor: 'Ministry of Human Rights' });
      expect(cli).toMatchObject({
        path: out,
        documents: 1,
        madeFor: 'Ministry of Human Rights',
        blind: false,
      });
      // The same content either way; each package has an id of its own.
      const { packageId, path: p, fileName, bytes, dataBase64, ...rest } = again;
      expect({ packageId, p, fileName, bytes, dataBase64 }).toMatchObject({
        fileName: 'PK-review-Ministry-of-Human-Rights.lexgap',
        dataBase64: expect.any(String),
      });
      expect(cli).toMatchObject(rest);
      packageFile = out;
    },
    async importPackage() {
      // Nobody has decided in it yet: there is nothing to take in.
      const cli = await cliJson<ResultOf<'importPackage'>>('package', 'import', packageFile, '--json');
      expect(cli).toMatchObject({ decisions: 0, recorded: 0 });
      expect(await direct('importPackage', { path: packageFile })).toEqual(cli);
    },
    async getProject() {
      const cli = await cliJson<ResultOf<'getProject'>>('package', 'show', '--json');
      expect(cli).toEqual(await direct('getProject', {}));
      expect(cli).toEqual({ projectId: expect.any(String), package: null });
    },
    async openPackage() {
      const args = { path: packageFile };
      await sameError('openPackage', args, 'call', 'openPackage', '--args', JSON.stringify(args));
    },
    async closePackage() {
      await sameError('closePackage', {}, 'call', 'closePackage');
    },
    async getPackageFile() {
      await sameError('getPackageFile', {}, 'call', 'getPackageFile');
    },
    async addAccount() {
      const added = await direct('addAccount', {
        name: 'amina',
        role: 'reviewer',
        password: 'a long enough password',
      });
      expect(added).toEqual({
        name: 'amina',
        role: 'reviewer',
        disabled: false,
        createdAt: expect.any(String),
        updatedAt: added.createdAt,
      });
      expect(await cliJson('account', 'list', '--json')).toEqual([added]);
      await sameError(
        'addAccount',
        { name: 'amina', role: 'viewer', password: 'short' },
        'call',
        'addAccount',
        '--args',
        JSON.stringify({ name: 'amina', role: 'viewer', password: 'short' }),
      );
    },
    async listAccounts() {
      process.env.LEXGAP_PASSWORD = 'another long password';
      try {
        expect((await lexgap(db, 'account', 'add', 'lead', '--role', 'lead')).code).toBe(0);
      } finally {
        delete process.env.LEXGAP_PASSWORD;
      }
      const listed = await direct('listAccounts', {});
      expect(listed.map((a) => [a.name, a.role])).toEqual([
        ['amina', 'reviewer'],
        ['lead', 'lead'],
      ]);
      expect(JSON.stringify(listed)).not.toContain('scrypt');
      expect(await cliJson('account', 'list', '--json')).toEqual(listed);
    },
    async setAccountDisabled() {
      const disabled = await direct('setAccountDisabled', { name: 'amina', disabled: true });
      expect(disabled).toMatchObject({ name: 'amina', disabled: true });
      expect((await cliJson<{ name: string }[]>('account', 'list', '--json'))[0]).toEqual(disabled);
    },
    async resetAccountPassword() {
      const reset = await direct('resetAccountPassword', {
        name: 'amina',
        password: 'a new long password',
        role: 'analyst',
      });
      expect(reset).toMatchObject({ name: 'amina', role: 'analyst', disabled: true });
      expect((await cliJson<{ name: string }[]>('account', 'list', '--json'))[0]).toEqual(reset);
      const audit = await cliJson<{ action: string; entityId: string }[]>('audit', '--json');
      expect(audit.filter((e) => e.entityId === 'amina').map((e) => e.action)).toEqual(
        expect.arrayContaining(['create', 'update', 'reset-password']),
      );
    },
    // A window's connection: the command line names its database with --db instead.
    async getConnection() {
      await sameError('getConnection', {}, 'call', 'getConnection');
    },
    async connectTeamServer() {
      const args = { url: 'https://lexgap.example.org', name: 'amina', password: 'not used here' };
      await sameError('connectTeamServer', args, 'call', 'connectTeamServer', '--args', JSON.stringify(args));
    },
    async disconnectTeamServer() {
      await sameError('disconnectTeamServer', {}, 'call', 'disconnectTeamServer');
    },
    async deleteDocument() {
      expect(await cliJson('delete-document', secondId, '--json')).toEqual({
        deleted: true,
        citingRecommendations: [recommendationId],
      });
      await sameError('getDocument', { documentId: secondId }, 'document', secondId);
    },
  };

  it('reaches every method', () => {
    expect(Object.keys(steps).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(Object.keys(steps) as MethodName[])('%s', (method) => steps[method]());
});
