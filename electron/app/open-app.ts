// One way to open Lexgap for any front end (desktop, browser-mode server, command line, tests):
// the store named by a location, the handlers over it, and the dispatch every transport calls.
import { stopRescoring } from '../services/rescore-after-review';
import type { LexgapApi } from '../../shared/api/contract';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { loadCatalog } from '../services/load-catalog';
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
  const handlers = createHandlers({
    store,
    catalog: () => loadCatalog(config.resourcesDir),
    reviewer: config.reviewer,
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
