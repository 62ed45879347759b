// The per-user database shared by the desktop app and the CLI: the folder Electron calls userData.
import os from 'node:os';
import path from 'node:path';

export function appDataDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Lexgap');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Lexgap');
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Lexgap');
  }
}

export function defaultDbPath(): string {
  return process.env.LEXGAP_DB || path.join(appDataDir(), 'lexgap.sqlite');
}
