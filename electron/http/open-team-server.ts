// A team server as `lexgap serve` starts it: the project opened once (one store, one set of handlers
// for everyone), refused when no lead could manage it, and the server in front.
import type { Account } from '../../shared/accounts/account';
import { asAccount } from '../api/signed-in';
import { openApp, type App } from '../app/open-app';
import { startTeamServer, type TeamServer, type TeamServerOptions } from './team-server';

export interface OpenTeamServerOptions extends Omit<TeamServerOptions, 'store' | 'dispatch'> {
  database: string;
  resourcesDir?: string;
}

export interface OpenedTeamServer extends TeamServer {
  app: App;
  /** What starting did about the `leadReviewer` setting, for the administrator to read; absent when it was set. */
  leadNotice?: string;
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
    const leadNotice = await settleLeadReviewer(app, leads);
    const server = await startTeamServer({ ...serverOptions, store: app.store, dispatch: app.dispatch });
    return {
      ...server,
      app,
      leadNotice,
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

/**
 * Unset, the lead reviewer would be the server process's login name, whom no one signs in as, so
 * disagreements could never be settled. With one lead account that account is the lead (set as it,
 * audited and adjudicated like any change of lead); with several, the administrator must choose.
 */
async function settleLeadReviewer(app: App, leads: Account[]): Promise<string | undefined> {
  if ((await app.store.getSetting('leadReviewer')) !== undefined) return undefined;
  const how = 'change it with lexgap settings --lead-reviewer NAME';
  if (leads.length > 1)
    return `the lead reviewer is not set, so disagreements stay open until it is: ${how} (lead accounts: ${leads.map((a) => a.name).join(', ')})`;
  const [lead] = leads;
  await asAccount(lead, () => app.api.updateSettings({ leadReviewer: lead.name }));
  return `the lead reviewer is now ${lead.name}, the only lead account (${how})`;
}
