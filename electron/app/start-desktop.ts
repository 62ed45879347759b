// The desktop app's start-up without Electron: pdf.js's code cache named in the app's data folder
// before any PDF worker starts, then the workspace on the app's database. electron/main/main.ts passes
// what only Electron knows (the data folder, the resources folder, the PDF printer) and wires the
// window to what this returns; tests call it as it is.
import path from 'node:path';
import type { PdfPrinter } from '../api/handler-context';
import { useDesktopCodeCache } from './code-cache-dir';
import { openWorkspace, type Workspace } from './workspace';

export interface DesktopStartOptions {
  /** Electron's userData: the database and the code cache live there. */
  userData: string;
  /** The folder holding `standards/`. */
  resourcesDir: string;
  printToPdf?: PdfPrinter;
}

export interface Desktop extends Workspace {
  /** The database the window opens: LEXGAP_DB, else `lexgap.sqlite` in the app's data folder. */
  database: string;
  /** Where the PDF workers keep pdf.js's compiled code. */
  codeCacheDir: string;
}

export async function startDesktop(options: DesktopStartOptions): Promise<Desktop> {
  // In the process's own environment, which each PDF worker thread copies when it starts.
  const codeCacheDir = useDesktopCodeCache(process.env, options.userData);
  const database = process.env.LEXGAP_DB || path.join(options.userData, 'lexgap.sqlite');
  // A workspace: Library › Open package switches the project behind the same window.
  const workspace = await openWorkspace({
    database,
    resourcesDir: options.resourcesDir,
    printToPdf: options.printToPdf,
  });
  return { ...workspace, database, codeCacheDir };
}
