// The project a window works on, which a review package or a team server may replace for a while:
// the desktop shell and the browser-mode server give their transport this dispatch, and the
// package and connection methods switch what is behind it. The page reloads after a switch and
// reads everything afresh.
import fs from 'node:fs';
import path from 'node:path';
import type { ConnectionInfo } from '../../shared/api/contract';
import { CONNECTION_METHODS } from '../api/domains/connection';
import type { Dispatch } from '../api/dispatch';
import type { ProjectSwitcher } from '../api/handler-context';
import { parseDatabaseLocation } from '../store/open-store';
import { openApp, type App, type AppConfig } from './open-app';
import { connectToTeamServer, type RemoteSession } from './remote-dispatch';

/** The team server last connected to, kept in the local project so Settings can offer it again. */
export const SERVER_URL_SETTING = 'teamServerUrl';
const LOCAL_METHODS: ReadonlySet<string> = new Set(CONNECTION_METHODS);

export interface Workspace {
  dispatch: Dispatch;
  /** Closes whichever project is open. */
  close(): Promise<void>;
}

/** A server database's URL as shown in the window: its password left out. */
function withoutPassword(location: string): string {
  try {
    const url = new URL(location);
    if (!url.password) return location;
    url.password = '';
    return url.toString();
  } catch {
    return location;
  }
}

export async function openWorkspace(
  config: AppConfig & { database: string; packagesDir?: string },
): Promise<Workspace> {
  const home = config.database;
  const { scheme, location } = parseDatabaseLocation(home);
  // Packages are kept beside a SQLite project; a server database has no folder of its own.
  const packagesDir =
    config.packagesDir ??
    (scheme === 'sqlite' && location !== ':memory:'
      ? path.join(path.dirname(path.resolve(location)), 'packages')
      : path.join(process.cwd(), 'lexgap-packages'));

  let currentFile = home;
  let remote: RemoteSession | undefined;
  let lastServerUrl: string | null = null;
  // Calls wait while the project is being closed and reopened (to read its file whole).
  let gate: Promise<void> = Promise.resolve();
  // Calls being answered by the project: closing it under one fails ("unfinalized statements"), so
  // reading its file waits for them to end.
  let answering = 0;
  let answered: (() => void) | undefined;

  const switcher: ProjectSwitcher = {
    packagesDir,
    openPackage: async (file) => (await switchTo(file)).api,
    closePackage: async () => (await switchTo(home)).api,
    async readCurrentFile() {
      let release = () => {};
      const previousGate = gate;
      gate = new Promise<void>((resolve) => (release = resolve));
      // The call asking for the file (one being answered) waits like the others, so that two such
      // calls at once each wait for the other's reading, not for its end.
      answering -= 1;
      answered?.();
      try {
        await previousGate;
        while (answering > 0) await new Promise<void>((resolve) => (answered = resolve));
        answered = undefined;
        try {
          // Closing writes the journal back into the file, so the bytes read hold every decision.
          await current.close();
          return new Uint8Array(fs.readFileSync(parseDatabaseLocation(currentFile).location));
        } finally {
          current = await open(currentFile);
          release();
        }
      } finally {
        answering += 1;
      }
    },
    connection: (): ConnectionInfo =>
      remote
        ? { kind: 'team', url: remote.url, account: remote.account }
        : { kind: 'local', project: withoutPassword(currentFile), lastServerUrl },
    async connectTeamServer(url, name, password) {
      const next = await connectToTeamServer(url, name, password);
      const previous = remote;
      remote = next;
      lastServerUrl = next.url;
      // Remembered in the analyst's own project, not in a review package that goes back to its lead.
      if (currentFile === home) await current.store.setSetting(SERVER_URL_SETTING, next.url);
      await previous?.signOut();
      return switcher.connection();
    },
    async disconnectTeamServer() {
      const previous = remote;
      remote = undefined;
      await previous?.signOut();
      return switcher.connection();
    },
  };

  const open = (database: string) => openApp({ ...config, database, switcher });
  let current: App = await open(home);
  lastServerUrl = (await current.store.getSetting(SERVER_URL_SETTING)) ?? null;

  async function switchTo(database: string): Promise<App> {
    // Opened first: a package that cannot be opened leaves the current project as it was.
    const next = await open(database);
    const previous = current;
    current = next;
    currentFile = database;
    // The call that asked for the switch is still running on the previous project: close it after.
    setImmediate(() => {
      previous.close().catch((error: unknown) => console.error(`closing ${String(error)}`));
    });
    return next;
  }

  return {
    async dispatch(method, args, options) {
      await gate;
      // While on a team server, everything but the connection itself is the server's to answer.
      if (remote && !LOCAL_METHODS.has(method)) return remote.dispatch(method, args, options);
      answering += 1;
      try {
        return await current.dispatch(method, args);
      } finally {
        answering -= 1;
        answered?.();
      }
    },
    async close() {
      await gate;
      await remote?.signOut();
      remote = undefined;
      await current.close();
    },
  };
}
