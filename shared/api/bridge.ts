// What the Electron preload exposes on `window.lexgap`: one call carrying the Result envelope.
import type { Result } from './errors';
import type { CallOptions } from './team-call';

export interface LexgapBridge {
  call(method: string, args: unknown, options?: CallOptions): Promise<Result<unknown>>;
  /** Native menu commands ("import", "export"), where the shell has menus. */
  onMenu?(listener: (command: string) => void): () => void;
}
