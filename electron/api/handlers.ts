// createHandlers: the only implementation of LexgapApi, one handler map per domain merged into one.
// Every transport reaches it through dispatch; electron/app/open-app.ts opens the store it runs on.
// A domain's code is loaded by the first call of one of its methods: a short command (`lexgap
// documents`) does not load, compile and run the matrix, the report or the packages to list laws.
import type { LexgapApi, MethodName } from '../../shared/api/contract';
import type { Catalog } from '../../shared/catalog/types';
import { createJobs } from '../services/jobs';
import type { PackageManifest } from '../../shared/package/manifest';
import type { Store } from '../store/store';
import {
  createHandlerContext,
  type HandlerContext,
  type PdfPrinter,
  type ProjectSwitcher,
} from './handler-context';
import { keepPackageAsSent } from './keep-package-as-sent';

export interface HandlerDeps {
  store: Store;
  /** The standards catalog; called on first use, so commands that do not need it never read it. */
  catalog: () => Promise<Catalog>;
  /** Who this session's decisions are recorded under (`lexgap --reviewer`), before the settings' name. */
  reviewer?: string;
  /** The manifest when the store is a review package (electron/services/package/). */
  package?: PackageManifest;
  /** How the app's window changes project; absent on the command line. */
  switcher?: ProjectSwitcher;
  /** The desktop window's PDF printer (Electron only). */
  printToPdf?: PdfPrinter;
}

export interface Handlers {
  api: LexgapApi;
  /** Cancels running jobs and waits for them; the store stays open (its opener closes it). */
  close(): Promise<void>;
}

/**
 * A new domain: a file in ./domains/ exporting `<domain>Handlers(ctx)` that returns
 * `{ method() {…} } satisfies Partial<LexgapApi>`, added here, and its methods to DOMAIN_OF.
 */
export const DOMAINS = {
  documents: async () => (await import('./domains/documents')).documentHandlers,
  clauses: async () => (await import('./domains/clauses')).clauseHandlers,
  jobs: async () => (await import('./domains/jobs')).jobHandlers,
  review: async () => (await import('./domains/review')).reviewHandlers,
  reviewers: async () => (await import('./domains/reviewers')).reviewerHandlers,
  matrix: async () => (await import('./domains/matrix')).matrixHandlers,
  report: async () => (await import('./domains/report')).reportHandlers,
  catalog: async () => (await import('./domains/catalog')).catalogHandlers,
  checks: async () => (await import('./domains/checks')).checkHandlers,
  audit: async () => (await import('./domains/audit')).auditHandlers,
  settings: async () => (await import('./domains/settings')).settingsHandlers,
  recommendations: async () => (await import('./domains/recommendations')).recommendationHandlers,
  baselines: async () => (await import('./domains/baselines')).baselineHandlers,
  packages: async () => (await import('./domains/packages')).packageHandlers,
  versions: async () => (await import('./domains/versions')).versionHandlers,
  accounts: async () => (await import('./domains/accounts')).accountHandlers,
  connection: async () => (await import('./domains/connection')).connectionHandlers,
} satisfies Record<string, () => Promise<(ctx: HandlerContext) => Partial<LexgapApi>>>;

export type DomainName = keyof typeof DOMAINS;

/**
 * The domain that implements each method: a method missing here is a type error, and
 * handlers.test.ts checks that each domain implements exactly the methods named for it, once.
 */
export const DOMAIN_OF: Record<MethodName, DomainName> = {
  importDocuments: 'documents',
  listCountries: 'documents',
  listDocuments: 'documents',
  getDocument: 'documents',
  updateDocument: 'documents',
  deleteDocument: 'documents',
  getDocumentFile: 'documents',
  listClauses: 'documents',
  splitClause: 'clauses',
  mergeClauseWithNext: 'clauses',
  updateClause: 'clauses',
  startImport: 'jobs',
  startReread: 'jobs',
  startTagging: 'jobs',
  getJob: 'jobs',
  waitForJob: 'jobs',
  cancelJob: 'jobs',
  listJobs: 'jobs',
  tagDocuments: 'review',
  getLearningStatus: 'review',
  listSuggestions: 'review',
  reviewSuggestions: 'review',
  undoLastReview: 'review',
  addManualTag: 'review',
  listDisagreements: 'reviewers',
  getAgreement: 'reviewers',
  buildMatrix: 'matrix',
  setCellOverride: 'matrix',
  clearCellOverride: 'matrix',
  exportMatrix: 'matrix',
  exportReport: 'report',
  listStandards: 'catalog',
  listChecks: 'checks',
  reviewCheck: 'checks',
  listAudit: 'audit',
  getSettings: 'settings',
  updateSettings: 'settings',
  listRecommendations: 'recommendations',
  addRecommendation: 'recommendations',
  updateRecommendation: 'recommendations',
  deleteRecommendation: 'recommendations',
  importRecommendations: 'recommendations',
  createBaseline: 'baselines',
  listBaselines: 'baselines',
  compareBaselines: 'baselines',
  exportBaselineComparison: 'baselines',
  getProject: 'packages',
  exportPackage: 'packages',
  importPackage: 'packages',
  openPackage: 'packages',
  closePackage: 'packages',
  getPackageFile: 'packages',
  listVersions: 'versions',
  listAmendments: 'versions',
  reviewAmendment: 'versions',
  listAccounts: 'accounts',
  addAccount: 'accounts',
  setAccountDisabled: 'accounts',
  resetAccountPassword: 'accounts',
  getConnection: 'connection',
  connectTeamServer: 'connection',
  disconnectTeamServer: 'connection',
};

type Handler = (args?: unknown) => Promise<unknown>;

export function createHandlers({
  store,
  catalog,
  reviewer,
  package: manifest,
  switcher,
  printToPdf,
}: HandlerDeps): Handlers {
  const jobs = createJobs();
  let loaded: Promise<Catalog> | undefined;
  const ctx = createHandlerContext({
    store,
    jobs,
    // A catalog that failed to load is read again on the next call, as the error may have been mended.
    catalog: () =>
      (loaded ??= catalog().catch((error: unknown) => {
        loaded = undefined;
        throw error;
      })),
    reviewer,
    package: manifest,
    switcher,
    printToPdf,
  });

  const domains = new Map<DomainName, Promise<Partial<Record<MethodName, Handler>>>>();
  const domain = (name: DomainName) => {
    let handlers = domains.get(name);
    if (!handlers) {
      handlers = DOMAINS[name]().then((make) => make(ctx) as Partial<Record<MethodName, Handler>>);
      domains.set(name, handlers);
    }
    return handlers;
  };
  const api = Object.fromEntries(
    (Object.entries(DOMAIN_OF) as [MethodName, DomainName][]).map(([method, name]) => [
      method,
      async (args?: unknown) => {
        const handlers = await domain(name);
        const handler = handlers[method];
        if (!handler) throw new Error(`the ${name} domain has no handler for the API method "${method}"`);
        return handler.call(handlers, args);
      },
    ]),
  ) as unknown as LexgapApi;

  return { api: manifest ? keepPackageAsSent(api, manifest) : api, close: () => jobs.shutdown() };
}
