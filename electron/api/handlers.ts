// createHandlers: the only implementation of LexgapApi, one handler map per domain merged into one.
// Every transport reaches it through dispatch; electron/app/open-app.ts opens the store it runs on.
import type { LexgapApi } from '../../shared/api/contract';
import type { Catalog } from '../../shared/catalog/types';
import { createJobs } from '../services/jobs';
import type { PackageManifest } from '../../shared/package/manifest';
import type { Store } from '../store/store';
import { accountHandlers } from './domains/accounts';
import { auditHandlers } from './domains/audit';
import { baselineHandlers } from './domains/baselines';
import { catalogHandlers } from './domains/catalog';
import { checkHandlers } from './domains/checks';
import { clauseHandlers } from './domains/clauses';
import { connectionHandlers } from './domains/connection';
import { documentHandlers } from './domains/documents';
import { jobHandlers } from './domains/jobs';
import { matrixHandlers } from './domains/matrix';
import { recommendationHandlers } from './domains/recommendations';
import { reportHandlers } from './domains/report';
import { reviewHandlers } from './domains/review';
import { reviewerHandlers } from './domains/reviewers';
import { settingsHandlers } from './domains/settings';
import { packageHandlers } from './domains/packages';
import { versionHandlers } from './domains/versions';
import { createHandlerContext, type PdfPrinter, type ProjectSwitcher } from './handler-context';
import { keepPackageAsSent } from './keep-package-as-sent';
import { mergeHandlers } from './merge-handlers';

export interface HandlerDeps {
  store: Store;
  /** The standards catalog; called on first use, so commands that do not need it never read it. */
  catalog: () => Catalog;
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

export function createHandlers({
  store,
  catalog,
  reviewer,
  package: manifest,
  switcher,
  printToPdf,
}: HandlerDeps): Handlers {
  const jobs = createJobs();
  let loaded: Catalog | undefined;
  const ctx = createHandlerContext({
    store,
    jobs,
    catalog: () => (loaded ??= catalog()),
    reviewer,
    package: manifest,
    switcher,
    printToPdf,
  });

  // A new domain: a file in ./domains/ exporting `<domain>Handlers(ctx)` that returns
  // `{ method() {…} } satisfies Partial<LexgapApi>`, added to this list. A method implemented twice
  // throws here at start; one implemented nowhere fails to compile (and throws at start).
  const api: LexgapApi = mergeHandlers(
    documentHandlers(ctx),
    clauseHandlers(ctx),
    jobHandlers(ctx),
    reviewHandlers(ctx),
    reviewerHandlers(ctx),
    matrixHandlers(ctx),
    reportHandlers(ctx),
    catalogHandlers(ctx),
    checkHandlers(ctx),
    auditHandlers(ctx),
    settingsHandlers(ctx),
    recommendationHandlers(ctx),
    baselineHandlers(ctx),
    packageHandlers(ctx),
    versionHandlers(ctx),
    accountHandlers(ctx),
    connectionHandlers(ctx),
  );

  return { api: manifest ? keepPackageAsSent(api, manifest) : api, close: () => jobs.shutdown() };
}
