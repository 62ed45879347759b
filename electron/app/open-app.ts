// One way to open Lexgap for any front end (desktop, browser-mode server, command line, tests):
// the store named by a location, the handlers over it, and the dispatch every transport calls.
import { stopRescoring } from '../services/rescore-after-review';
import type { LexgapApi } from '../../shared/api/contract';
import { createDispatch, type Dispatch } from '../api/dispatch';
import type { ProjectSwitcher } from '../api/handler-context';
import { createHandlers } from '../api/handlers';
import type { Catalog } from '../../shared/catalog/types';
import { CATALOG_SETTING, MANIFEST_SETTING, parseManifest } from '../../shared/package/manifest';
import type { PdfPrinter } from '../api/handler-context';
import { defaultDbPath } from '../store/default-db-path';
import { openStore } from '../store/open-store';
import type { Store } from '../store/store';

export interface AppConfig {
  /** `sqlite:PATH` or a plain path; default: the per-user database (LEXGAP_DB overrides). */
  database?: string;
  /** The folder holding `standards/`; default: LEXGAP_RESOURCES or the repo's resources/. */
  resourcesDir?: string;
  /** Who this session's decisions are recorded under (`lexgap --reviewer`), before the settings' name. */
  reviewer?: string;
  /** How the window changes project (the app's workspace); absent on the command line. */
  switcher?: ProjectSwitcher;
  /** The desktop window's PDF printer (Electron only): reports can then be saved as PDF. */
  printToPdf?: PdfPrinter;
}

export interface App {
  api: LexgapApi;
  dispatch: Dispatch;
  store: Store;
  /** Cancels running jobs, then closes the store. */
  close(): Promise<void>;
}

export async function openApp(config: AppConfig = {}): Promise<App> {
  const store = await openStore(config.database ?? defaultDbPath());
  // A review package carries the catalog it was made with: its reviewer sees the standards the lead
  // saw, whatever catalog this Lexgap ships.
  const manifest = parseManifest(await store.getSetting(MANIFEST_SETTING));
  const carried = manifest && (await store.getSetting(CATALOG_SETTING));
  const handlers = createHandlers({
    store,
    // Its code only when a call needs it; zod's only for a catalog the build did not validate.
    catalog: carried
      ? async () => JSON.parse(carried) as Catalog
      : async () => (await import('../services/built-catalog')).readCatalog(config.resourcesDir),
    reviewer: config.reviewer,
    package: manifest,
    switcher: config.switcher,
    printToPdf: config.printToPdf,
  });
  return {
    api: handlers.api,
    dispatch: createDispatch(handlers.api),
    store,
    async close() {
      await stopRescoring(store);
      await handlers.close();
      await store.close();
    },
  };
}
