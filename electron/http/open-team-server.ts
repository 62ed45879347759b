// A team server as `lexgap serve` starts it: the project opened once (one store, one set of handlers
// for everyone), refused when no lead could manage it, and the server in front.
import { openApp, type App } from '../app/open-app';
import { startTeamServer, type TeamServer, type TeamServerOptions } from './team-server';

export interface OpenTeamServerOptions extends Omit<TeamServerOptions, 'store' | 'dispatch'> {
  database: string;
  resourcesDir?: string;
}

export interface OpenedTeamServer extends TeamServer {
  app: App;
}

export async function openTeamServer(options: OpenTeamServerOptions): Promise<OpenedTeamServer> {
  const { database, resourcesDir, ...serverOptions } = options;
  const app = await openApp({ database, resourcesDir });
  try {
    const leads = (await app.store.listAccounts()).filter((a) => a.role === 'lead' && !a.disabled);
    if (leads.length === 0)
      throw new Error(
        'the database has no enabled lead account to manage the team: add one with lexgap account add NAME --role lead',
      );
    const server = await startTeamServer({ ...serverOptions, store: app.store, dispatch: app.dispatch });
    return {
      ...server,
      app,
      async close() {
        await server.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
