// SQL injection through every string argument of the API changes nothing. For every method of the
// contract, each string its zod schema admits (recursing into objects and arrays, optional ones
// included) is in turn set to each attack payload, the rest of the arguments valid and naming real
// rows of a real project (real laws, tagged and reviewed). The calls go through the real dispatch
// on SQLite, over HTTP to a team server signed in as the lead, and through the dispatch on
// PostgreSQL. Each method works on a fresh copy of the project; afterwards
// the schema and every table the method has no business writing must be exactly as before, and no
// table it may write lost a row (unless the method deletes).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openApp, type App } from '../electron/app/open-app';
import { openTeamServer } from '../electron/http/open-team-server';
import { copyDatabase } from '../electron/store/copy-database';
import { openSqlDriver } from '../electron/store/open-store';
import type { SqlDriver } from '../electron/store/sql-driver';
import type { ArgsOf, MethodName } from '../shared/api/contract';
import type { Result } from '../shared/api/errors';
import { argSchemas, METHOD_NAMES } from '../shared/api/schemas';
import { law, tempDir } from './helpers/paths';
import { recommendationCiting } from './helpers/recommendation-input';
import { startTestPostgres } from './helpers/postgres-cluster';
import { TeamClient } from './helpers/team-client';

export const PAYLOADS: readonly string[] = [
  "'; DROP TABLE clauses; --",
  "' OR '1'='1",
  "x'); DELETE FROM suggestions; --",
  "\"; UPDATE documents SET title = 'pwned'; --",
  "%' --",
  "a\u0000'; DELETE FROM audit_log; --",
  "'?'); DROP TABLE audit_log; -- $1",
  `${"'".repeat(50)}${'A'.repeat(100_000)}`,
];

/** Tables a method may write (besides the write counter and sign-ins, which any write may move). */
const WRITES: Partial<Record<MethodName, readonly string[]>> = {};
const importing = ['documents', 'document_files', 'clauses', 'document_versions', 'amendments', 'audit_log'];
const reviewing = ['suggestions', 'reviewer_decisions', 'audit_log'];
const correcting = ['clauses', ...reviewing];
Object.assign(WRITES, {
  importDocuments: importing,
  startImport: importing,
  startReread: [...importing, ...reviewing],
  startTagging: ['suggestions'],
  tagDocuments: ['suggestions'],
  updateDocument: ['documents', 'audit_log'],
  deleteDocument: [...importing, ...reviewing, 'recommendations'],
  reviewAmendment: ['amendments', 'documents', 'audit_log'],
  splitClause: correcting,
  mergeClauseWithNext: correcting,
  updateClause: correcting,
  // A decision re-scores the rest of the country's suggestions (what review taught).
  reviewSuggestions: reviewing,
  undoLastReview: reviewing,
  addManualTag: reviewing,
  setCellOverride: ['cell_overrides', 'audit_log'],
  clearCellOverride: ['cell_overrides', 'audit_log'],
  reviewCheck: ['check_reviews', 'audit_log'],
  addRecommendation: ['recommendations', 'audit_log'],
  updateRecommendation: ['recommendations', 'audit_log'],
  deleteRecommendation: ['recommendations', 'audit_log'],
  importRecommendations: ['recommendations', 'audit_log'],
  exportPackage: ['settings', 'audit_log'],
  importPackage: [...reviewing, 'settings'],
  createBaseline: ['baselines', 'audit_log'],
  updateSettings: ['settings', 'suggestions', 'audit_log'],
  addAccount: ['accounts', 'audit_log'],
  setAccountDisabled: ['accounts', 'audit_log'],
  resetAccountPassword: ['accounts', 'audit_log'],
} satisfies Partial<Record<MethodName, readonly string[]>>);
const DELETES = new Set<MethodName>([
  'deleteDocument',
  'deleteRecommendation',
  'clearCellOverride',
  'mergeClauseWithNext',
]);
const BOOKKEEPING = new Set(['data_version', 'sessions']);

const LEAD_PASSWORD = 'the lead’s long password';

type Path = (string | number)[];
type Schema = z.ZodType;

/** Where a string goes in a method's arguments: every string (or enum) its schema admits. */
export function stringPaths(schema: Schema, prefix: Path = []): Path[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'string':
    case 'enum':
      return [prefix];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return stringPaths(def.innerType as Schema, prefix);
    case 'pipe':
      return stringPaths(def.in as Schema, prefix);
    case 'object':
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, value]) =>
        stringPaths(value, [...prefix, key]),
      );
    case 'array':
      return stringPaths(def.element as Schema, [...prefix, 0]);
    case 'union': {
      const seen = new Set<string>();
      return (def.options as Schema[])
        .flatMap((o) => stringPaths(o, prefix))
        .filter((p) => !seen.has(p.join('.')) && seen.add(p.join('.')));
    }
    default:
      return [];
  }
}

/** `base` with `value` at `at`, objects and arrays made on the way where absent. */
function withValue(base: unknown, at: Path, value: string): unknown {
  const root = structuredClone(base) as Record<string | number, unknown>;
  let node = root;
  at.forEach((key, i) => {
    if (i === at.length - 1) node[key] = value;
    else {
      node[key] ??= typeof at[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
  return root;
}

/** Every table as a digest of its rows in key order, and its row count. */
async function tableDigests(db: SqlDriver): Promise<Map<string, { digest: string; rows: number }>> {
  const out = new Map<string, { digest: string; rows: number }>();
  for (const t of await db.tables()) {
    if (BOOKKEEPING.has(t.name)) continue;
    const order = t.key.length ? ` ORDER BY ${t.key.map((k) => `"${k}"`).join(', ')}` : '';
    const rows = await db.all(`SELECT * FROM "${t.name}"${order}`);
    const hash = createHash('sha256');
    for (const row of rows)
      hash.update(
        JSON.stringify(row, (_k, v: unknown) =>
          v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
        ),
      );
    out.set(t.name, { digest: hash.digest('hex'), rows: rows.length });
  }
  return out;
}

const schemaOf = async (db: SqlDriver) => JSON.stringify(await db.tables());

interface Project {
  ids: {
    documentId: string;
    otherDocumentId: string;
    clauseId: string;
    suggestionId: string;
    recommendationId: string;
    baselineId: string;
  };
  packageFile: string;
  recommendationsFile: string;
  out: string;
}

/** Valid arguments of each method, naming real rows: the payload replaces one string of them. */
function baseArgs(p: Project): { [M in MethodName]: ArgsOf<M> } {
  const { ids } = p;
  const pdf = law('PK/Guardians_and_Wards_Act_1890.pdf');
  return {
    importDocuments: { files: [{ path: pdf }], country: 'PK' },
    startImport: { files: [{ path: pdf }], country: 'PK' },
    startReread: { documentId: ids.documentId },
    startTagging: { documentId: ids.documentId },
    getJob: { jobId: 'j0000000000' },
    cancelJob: { jobId: 'j0000000000' },
    waitForJob: { jobId: 'j0000000000' },
    listJobs: {},
    listCountries: {},
    listDocuments: { country: 'PK' },
    getDocument: { documentId: ids.documentId },
    updateDocument: { documentId: ids.documentId, title: 'A title' },
    deleteDocument: { documentId: ids.documentId },
    getDocumentFile: { documentId: ids.documentId },
    listClauses: { documentId: ids.documentId },
    listVersions: { documentId: ids.documentId },
    listAmendments: { documentId: ids.documentId },
    reviewAmendment: {
      amendingDocumentId: ids.otherDocumentId,
      amendedDocumentId: ids.documentId,
      decision: 'dismiss',
    },
    splitClause: { clauseId: ids.clauseId, at: 5 },
    mergeClauseWithNext: { clauseId: ids.clauseId },
    updateClause: { clauseId: ids.clauseId, heading: 'A heading' },
    tagDocuments: { documentId: ids.documentId },
    listSuggestions: { documentId: ids.documentId, limit: 5 },
    reviewSuggestions: { ids: [ids.suggestionId], decision: 'accept', note: 'a note' },
    undoLastReview: {},
    getLearningStatus: {},
    addManualTag: { clauseId: ids.clauseId, provisionId: 'CRC.19', coverage: 'partial' },
    listAudit: { entityId: ids.documentId },
    listStandards: { framework: 'CRC' },
    buildMatrix: { countries: ['PK'], frameworks: ['CRC'] },
    setCellOverride: { country: 'PK', provisionId: 'CRC.19', level: 'gap', rationale: 'nothing found' },
    clearCellOverride: { country: 'PK', provisionId: 'CRC.1' },
    exportMatrix: { countries: ['PK'], frameworks: ['CRC'], format: 'csv', path: path.join(p.out, 'm.csv') },
    exportReport: {
      countries: ['PK'],
      frameworks: ['CRC'],
      format: 'html',
      path: path.join(p.out, 'r.html'),
    },
    listChecks: { country: 'PK', provisionId: 'CHK.MARRIAGE_AGE' },
    reviewCheck: { country: 'PK', provisionId: 'CHK.MARRIAGE_AGE', decision: 'reject', note: 'a note' },
    listRecommendations: { country: 'PK', provisionId: 'CRC.1' },
    addRecommendation: recommendationCiting(ids.documentId, 'Raise the age.'),
    updateRecommendation: { id: ids.recommendationId, text: 'Raise the age to 18.' },
    deleteRecommendation: { id: ids.recommendationId },
    importRecommendations: { path: p.recommendationsFile },
    exportPackage: { country: 'PK', madeFor: 'Ministry', path: path.join(p.out, 'p.lexgap') },
    importPackage: { path: p.packageFile },
    openPackage: { path: p.packageFile },
    closePackage: {},
    getProject: {},
    getPackageFile: {},
    listDisagreements: { country: 'PK' },
    getAgreement: { country: 'PK' },
    createBaseline: { name: 'A baseline' },
    listBaselines: {},
    compareBaselines: { from: ids.baselineId },
    exportBaselineComparison: { from: ids.baselineId, format: 'csv', path: path.join(p.out, 'b.csv') },
    getSettings: {},
    updateSettings: { leadReviewer: 'Lead' },
    listAccounts: {},
    addAccount: { name: 'amina', role: 'reviewer', password: 'a long enough password' },
    setAccountDisabled: { name: 'Reviewer One', disabled: true },
    resetAccountPassword: { name: 'Reviewer One', password: 'another long password' },
    // A window's connection: refused without a window (no workspace), before any address is read.
    getConnection: {},
    connectTeamServer: { url: 'https://lexgap.invalid', name: 'amina', password: 'a long enough password' },
    disconnectTeamServer: {},
  };
}

/** Builds the project every method is attacked on, as a SQLite file. */
async function makeProject(dir: string): Promise<Project & { file: string }> {
  const file = path.join(dir, 'template.sqlite');
  const app = await openApp({ database: file, reviewer: 'Lead' });
  try {
    const imported = await app.api.importDocuments({
      files: [
        { path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') },
        { path: law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf') },
      ],
      country: 'PK',
    });
    expect(imported.failed).toEqual([]);
    const [documentId, otherDocumentId] = imported.documents.map((d) => d.id);
    await app.api.tagDocuments({});
    const suggestions = await app.api.listSuggestions({ documentId, limit: 6 });
    await app.api.reviewSuggestions({ ids: suggestions.slice(1, 4).map((s) => s.id), decision: 'accept' });
    await app.api.setCellOverride({ country: 'PK', provisionId: 'CRC.1', level: 'full', rationale: '' });
    const recommendation = await app.api.addRecommendation(recommendationCiting(documentId));
    const baseline = await app.api.createBaseline({ name: 'Baseline 2026' });
    await app.api.addAccount({ name: 'Reviewer One', role: 'reviewer', password: 'a long enough password' });
    await app.api.addAccount({ name: 'Lead', role: 'lead', password: LEAD_PASSWORD });
    const packageFile = path.join(dir, 'pk.lexgap');
    await app.api.exportPackage({ country: 'PK', madeFor: 'Ministry', path: packageFile });
    const recommendationsFile = path.join(dir, 'recommendations.json');
    fs.writeFileSync(recommendationsFile, JSON.stringify(await app.api.listRecommendations({})));
    const [clause] = await app.api.listClauses({ documentId });
    return {
      file,
      ids: {
        documentId,
        otherDocumentId,
        clauseId: clause.id,
        suggestionId: suggestions[0].id,
        recommendationId: recommendation.id,
        baselineId: baseline.id,
      },
      packageFile,
      recommendationsFile,
      out: path.join(dir, 'out'),
    };
  } finally {
    await app.close();
  }
}

/**
 * Cancels the jobs a call started (a re-reading with OCR takes minutes; what reaches the database
 * from their arguments is read before the work starts) and waits for them, and for re-scoring after
 * a decision, to end.
 */
async function settle(app: App): Promise<void> {
  for (const job of await app.api.listJobs({}))
    if (job.state === 'running') await app.api.cancelJob({ jobId: job.id });
  for (;;) {
    const jobs = await app.api.listJobs({});
    const learning = await app.api.getLearningStatus({});
    if (!jobs.some((j) => j.state === 'running') && !learning.pending) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Attacks one method on the database at `location`; returns what changed that should not have. */
/** The API as one transport reaches it: the dispatch itself, or a team server signed in as the lead. */
interface Front {
  app: App;
  call(method: MethodName, args: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

async function openFront(location: string, transport: 'dispatch' | 'http'): Promise<Front> {
  if (transport === 'dispatch') {
    const app = await openApp({ database: location, reviewer: 'Lead' });
    return { app, call: (method, args) => app.dispatch(method, args), close: () => app.close() };
  }
  const server = await openTeamServer({ database: location, port: 0 });
  const client = new TeamClient(server.url);
  const signedIn = await client.signIn('Lead', LEAD_PASSWORD);
  if (signedIn.status !== 200) throw new Error(`the lead cannot sign in: ${signedIn.text}`);
  return {
    app: server.app,
    call: async (method, args) => (await client.call(method, args)).body,
    close: () => server.close(),
  };
}

/**
 * The arguments as a browser sends them to a team server, which takes files as bytes and refuses
 * paths on its own disk: a file to read goes as its name and bytes, a file to write comes back.
 */
function asUploads(value: unknown, named = true): unknown {
  if (Array.isArray(value)) return value.map((v) => asUploads(v, named));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key !== 'path' || typeof v !== 'string') out[key] = asUploads(v, named);
    else if (fs.existsSync(v)) {
      if (named) out.name = path.basename(v);
      out.dataBase64 = fs.readFileSync(v).toString('base64');
    }
  }
  return out;
}

async function attack(
  method: MethodName,
  location: string,
  project: Project,
  transport: 'dispatch' | 'http' = 'dispatch',
): Promise<string[]> {
  // A recommendations file goes as its bytes alone (its schema has no name).
  const base =
    transport === 'http'
      ? asUploads(baseArgs(project)[method], method !== 'importRecommendations')
      : baseArgs(project)[method];
  const paths = stringPaths(argSchemas[method] as Schema);
  const db = await openSqlDriver(location);
  const front = await openFront(location, transport);
  const { app } = front;
  const problems: string[] = [];
  try {
    const schema = await schemaOf(db);
    const before = await tableDigests(db);
    for (const at of paths)
      for (const payload of PAYLOADS) {
        // A file path carrying the payload stays in the scratch folder.
        const value = at.at(-1) === 'path' ? path.join(project.out, payload) : payload;
        const result = await front.call(method, withValue(base, at, value));
        // A payload read as SQL rather than as a value most often shows as a syntax error.
        if (!result.ok && /syntax error/i.test(result.error.message))
          problems.push(`${method} ${at.join('.')}: ${result.error.message.slice(0, 200)}`);
        await settle(app);
      }
    await front.close();
    if ((await schemaOf(db)) !== schema) problems.push(`${method}: the schema changed`);
    const after = await tableDigests(db);
    const writes = new Set(WRITES[method] ?? []);
    for (const [table, was] of before) {
      const now = after.get(table);
      if (!now) problems.push(`${method}: table ${table} is gone`);
      else if (!writes.has(table) && now.digest !== was.digest) problems.push(`${method}: ${table} changed`);
      else if (now.rows < was.rows && !DELETES.has(method))
        problems.push(`${method}: ${table} lost ${was.rows - now.rows} rows`);
    }
  } finally {
    await front.close().catch(() => undefined);
    await db.close();
  }
  return problems;
}

const dir = tempDir('lexgap-injection-');
let project: Project & { file: string };

beforeAll(async () => {
  project = await makeProject(dir);
  fs.mkdirSync(project.out, { recursive: true });
}, 300_000);

describe('SQL injection through every string argument of the API', () => {
  it('finds a string to attack in the arguments of most methods', () => {
    const attacked = METHOD_NAMES.filter((m) => stringPaths(argSchemas[m] as Schema).length > 0);
    expect(attacked.length).toBeGreaterThan(METHOD_NAMES.length * 0.75);
    expect(stringPaths(argSchemas.addRecommendation as Schema).map((p) => p.join('.'))).toEqual(
      expect.arrayContaining(['cells.0.country', 'cells.0.subdivision', 'text', 'evidence.0']),
    );
  });

  it.each(METHOD_NAMES.filter((m) => stringPaths(argSchemas[m] as Schema).length > 0))(
    '%s on SQLite changes nothing it should not',
    async (method) => {
      const copy = path.join(dir, `${method}.sqlite`);
      fs.copyFileSync(project.file, copy);
      expect(await attack(method, copy, project)).toEqual([]);
    },
    300_000,
  );
});

// Over HTTP the team server refuses what a shared server does not do (paths on its disk, a review
// package opened in place of the project) before any SQL; every other method is attacked whole.
describe('SQL injection through the team server, signed in as the lead', () => {
  it.each(METHOD_NAMES.filter((m) => stringPaths(argSchemas[m] as Schema).length > 0))(
    '%s over HTTP changes nothing it should not',
    async (method) => {
      const copy = path.join(dir, `${method}.http.sqlite`);
      fs.copyFileSync(project.file, copy);
      expect(await attack(method, copy, project, 'http')).toEqual([]);
    },
    300_000,
  );
});

const server = await startTestPostgres();
afterAll(() => server?.stop());

describe.runIf(server)('SQL injection on PostgreSQL', () => {
  it.each(METHOD_NAMES.filter((m) => stringPaths(argSchemas[m] as Schema).length > 0))(
    '%s on PostgreSQL changes nothing it should not',
    async (method) => {
      const url = await server!.freshSchema();
      await copyDatabase(project.file, url);
      expect(await attack(method, url, project)).toEqual([]);
    },
    300_000,
  );
});
