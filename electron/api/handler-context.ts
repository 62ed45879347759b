// What every domain's handlers share: the store, the jobs, the catalog, and the few lookups and
// the one audited-write wrapper that several domains need.
import os from 'node:os';
import { ApiError } from '../../shared/api/errors';
import type { Catalog } from '../../shared/catalog/types';
import { normalizeCountry } from '../../shared/countries';
import type { ConnectionInfo, LexgapApi } from '../../shared/api/contract';
import type { DocumentRecord } from '../../shared/model';
import type { PackageManifest } from '../../shared/package/manifest';
import type { AuditedChange, Who } from '../../shared/review/audited-change';
import type { Jobs } from '../services/jobs';
import type { Store, StoreReads, StoreTx } from '../store/store';
import { signedIn } from './signed-in';

/**
 * How a window changes the project it works on (the app's workspace, electron/app/workspace.ts);
 * absent on the command line, where `--db` names the project.
 */
export interface ProjectSwitcher {
  /** Where opened review packages are kept, one file per package. */
  packagesDir: string;
  /** Opens this package file in place of the current project; resolves to its API. */
  openPackage(file: string): Promise<LexgapApi>;
  /** Back to the window's own project; resolves to its API. */
  closePackage(): Promise<LexgapApi>;
  /** The current project's file read whole, with every write in it (closed for the read, then reopened). */
  readCurrentFile(): Promise<Uint8Array>;
  /** Where the window's calls go now: this computer's project or a team server. */
  connection(): ConnectionInfo;
  /** Signs in to a team server and sends every further call there (electron/app/remote-dispatch.ts). */
  connectTeamServer(url: string, name: string, password: string): Promise<ConnectionInfo>;
  /** Signs out and goes back to the project on this computer. */
  disconnectTeamServer(): Promise<ConnectionInfo>;
}

export interface HandlerContext {
  store: Store;
  jobs: Jobs;
  /** Set when the project is a review package: its laws, clauses and suggestions stay as sent. */
  package?: PackageManifest;
  switcher?: ProjectSwitcher;
  /** The standards catalog, read on first use (its code too: a call that needs none loads none of it). */
  catalog(): Promise<Catalog>;
  /** Every provision id of the catalog with its title. */
  provisionTitles(): Promise<Map<string, string>>;
  /**
   * On a team server the signed-in account (signed-in.ts), whatever the call's arguments say; else the
   * session's reviewer (`--reviewer`), else the name from the settings, else the login name.
   */
  reviewer(): Promise<string>;
  /**
   * Whose decision settles a suggestion reviewers disagree on: the `leadReviewer` setting, else the
   * database's own reviewer (the `reviewerName` setting, else the login name; never `--reviewer`,
   * which names who is deciding now). From `reads` when given, as `mustGetDocument`.
   */
  leadReviewer(reads?: StoreReads): Promise<string>;
  /** From `reads` when given: inside `audited`, pass its `tx` so the check and the write agree. */
  mustGetDocument(documentId: string, reads?: StoreReads): Promise<DocumentRecord>;
  /** An ISO 3166 alpha-2 code in upper case, or an unknown_country error. */
  countryOf(code: string): string;
  /** Refuses a framework id the catalog does not have: an argument's mistake, as an unknown country is. */
  mustKnowFrameworks(ids: readonly string[]): Promise<void>;
  /** The same for a provision id (`CRC.999`). */
  mustKnowProvision(id: string): Promise<void>;
  /**
   * Every audited write: the reviewer and the time are fixed once, `write` reads what it changes
   * and makes its changes through `tx` and returns the audit entries, and all of it commits or
   * rolls back together. Reading through `tx` matters: the store's transaction queue is the only
   * thing that keeps two writes from interleaving.
   */
  audited<T>(write: (tx: StoreTx, who: Who) => Promise<AuditedChange<T>>): Promise<T>;
  /** Prints an HTML page to PDF bytes where a desktop window can (Electron); absent elsewhere. */
  printToPdf?: PdfPrinter;
}

export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export const now = () => new Date().toISOString();

export function createHandlerContext(deps: {
  store: Store;
  jobs: Jobs;
  catalog: () => Promise<Catalog>;
  /** A name for the whole session (`lexgap --reviewer`), before the settings' one. */
  reviewer?: string;
  package?: PackageManifest;
  switcher?: ProjectSwitcher;
  printToPdf?: PdfPrinter;
}): HandlerContext {
  const { store } = deps;
  const reviewer = async () =>
    signedIn()?.name ?? deps.reviewer ?? (await store.getSetting('reviewerName')) ?? os.userInfo().username;
  const provisionTitles = async () => {
    const titles = new Map<string, string>();
    for (const f of (await deps.catalog()).frameworks)
      for (const p of f.provisions) titles.set(p.id, p.title);
    return titles;
  };
  return {
    store,
    jobs: deps.jobs,
    package: deps.package,
    switcher: deps.switcher,
    async leadReviewer(reads = store) {
      return (
        (await reads.getSetting('leadReviewer')) ??
        (await reads.getSetting('reviewerName')) ??
        os.userInfo().username
      );
    },
    catalog: deps.catalog,
    printToPdf: deps.printToPdf,
    provisionTitles,
    reviewer,
    async mustGetDocument(documentId, reads = store) {
      const doc = await reads.getDocument(documentId);
      if (!doc) throw new ApiError('not_found', `no document ${documentId}`);
      return doc;
    },
    countryOf(code) {
      const iso = normalizeCountry(code);
      if (!iso)
        throw new ApiError('unknown_country', `"${code}" is not a known country code (ISO 3166 alpha-2)`);
      return iso;
    },
    async mustKnowFrameworks(ids) {
      const known = new Set((await deps.catalog()).frameworks.map((f) => f.id));
      const unknown = ids.find((id) => !known.has(id));
      if (unknown !== undefined) throw new ApiError('invalid_args', `no framework "${unknown}"`);
    },
    async mustKnowProvision(id) {
      if (!(await provisionTitles()).has(id)) throw new ApiError('invalid_args', `no provision "${id}"`);
    },
    async audited(write) {
      const who = { actor: await reviewer(), at: now() };
      return store.transaction(async (tx) => {
        const { value, audit } = await write(tx, who);
        for (const entry of audit) await tx.appendAudit(entry, who.at);
        return value;
      });
    },
  };
}
