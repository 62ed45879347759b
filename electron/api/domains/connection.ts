// Settings › Team server: which project the window's calls go to. Answered by the app's own
// workspace (electron/app/workspace.ts), which keeps these methods on this computer even while
// every other call goes to a team server; elsewhere (command line, a team server) there is no
// window to switch.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { HandlerContext } from '../handler-context';

/** Answered by this computer whatever project the window is on. */
export const CONNECTION_METHODS = ['getConnection', 'connectTeamServer', 'disconnectTeamServer'] as const;

const notHere = () =>
  new ApiError(
    'unavailable',
    'connecting to a team server is done in the app (Settings › Team server); on the command line, use --db with the server database',
  );

export function connectionHandlers({ switcher }: HandlerContext) {
  return {
    async getConnection() {
      if (!switcher) throw notHere();
      return switcher.connection();
    },
    async connectTeamServer({ url, name, password }) {
      if (!switcher) throw notHere();
      return switcher.connectTeamServer(url, name, password);
    },
    async disconnectTeamServer() {
      if (!switcher) throw notHere();
      return switcher.disconnectTeamServer();
    },
  } satisfies Partial<LexgapApi>;
}
