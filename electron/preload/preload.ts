// The renderer's only door: the API contract's one call, and the native menu's commands. Nothing else.
import type { LexgapBridge } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/errors';
import type { CallOptions } from '../../shared/api/team-call';

interface PreloadElectron {
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  };
}

// A sandboxed preload may require 'electron' and nothing else; typed here as the package may be absent.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contextBridge, ipcRenderer } = require('electron') as PreloadElectron;

// Literals rather than imports from ipc-guard, so the preload bundle stays a few lines.
const CALL_CHANNEL = 'lexgap:call';
const MENU_CHANNEL = 'lexgap:menu';

const bridge = {
  call: (method: string, args: unknown, options?: CallOptions) =>
    ipcRenderer.invoke(CALL_CHANNEL, method, args, options) as Promise<Result<unknown>>,
  onMenu: (listener: (command: string) => void) => {
    // The event object never crosses to the page: it carries the sender.
    const wrapped = (_event: unknown, command: unknown) => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
  },
} satisfies LexgapBridge;

contextBridge.exposeInMainWorld('lexgap', bridge);
