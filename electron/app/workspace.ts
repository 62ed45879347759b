// The project a window works on, which a review package may replace for a while: the desktop shell
// and the browser-mode server give their transport this dispatch, and the package methods switch
// what is behind it. The page reloads after a switch and reads everything afresh.
import fs from 'node:fs';
import path from 'node:path';
import type { Dispatch } from '../api/dispatch';
import type { ProjectSwitcher } from '../api/handler-context';
import { parseDatabaseLocation } from '../store/open-store';
import { openApp, type App, type AppConfig } from './open-app';

export interface Workspace {
  dispatch: Dispatch;
  /** Closes whichever project is open. */
  close(): Promise<void>;
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
  // Calls wait while the project is being closed and reopened (to read its file whole).
  let gate: Promise<void> = Promise.resolve();

  const switcher: ProjectSwitcher = {
    packagesDir,
    openPackage: async (file) => (await switchTo(file)).api,
    closePackage: async () => (await switchTo(home)).api,
    async readCurrentFile() {
      let release = () => {};
      const previousGate = gate;
      gate = new Promise<void>((resolve) => (release = resolve));
      await previousGate;
      try {
        // Closing writes the journal back into the file, so the bytes read hold every decision.
        await current.close();
        return new Uint8Array(fs.readFileSync(parseDatabaseLocation(currentFile).location));
      } finally {
        current = await open(currentFile);
        release();
      }
    },
  };

  const open = (database: string) => openApp({ ...config, database, switcher });
  let current: App = await open(home);

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
    async dispatch(method, args) {
      await gate;
      return current.dispatch(method, args);
    },
    async close() {
      await gate;
      await current.close();
    },
  };
}
