// The Electron main process: one sandboxed window on app://lexgap/, one IPC channel into dispatch, native menus.
import fs from 'node:fs';
import path from 'node:path';
import type { Dispatch } from '../api/dispatch';
import { startDesktop } from '../app/start-desktop';
import { resolveStaticFile } from '../http/static-files';
import type { BrowserWindowLike, ElectronMain, MenuItemOptions } from './electron-api';
import { CALL_CHANNEL, MENU_CHANNEL, handleIpcCall } from './ipc-guard';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  browserWindowOptions,
  isAllowedExternalUrl,
} from './security';

// Loaded at run time: typed by ./electron-api so the sources typecheck where the package is not installed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const electron = require('electron') as ElectronMain;
const { app, BrowserWindow, Menu, dialog, ipcMain, protocol, shell } = electron;

// This file is only ever run as dist/electron/main.cjs: the renderer and preload sit beside it.
const bundleDir = __dirname;
const rendererDir = path.resolve(bundleDir, '../renderer');
const preloadPath = path.join(bundleDir, 'preload.cjs');

function resourcesDir(): string {
  if (process.env.LEXGAP_RESOURCES) return path.resolve(process.env.LEXGAP_RESOURCES);
  return app.isPackaged
    ? path.join((process as NodeJS.Process & { resourcesPath: string }).resourcesPath, 'resources')
    : path.resolve(bundleDir, '../../resources');
}

// Must run before the app is ready: app:// behaves like https (own origin, fetch, secure context).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindowLike | undefined;

async function serveAppFile(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if (url.host !== APP_HOST) return new Response('not found', { status: 404, headers });
  const found = await resolveStaticFile(rendererDir, url.pathname);
  if (found.kind === 'forbidden') return new Response('forbidden', { status: 403, headers });
  if (found.kind === 'missing') return new Response('not found', { status: 404, headers });
  const data = await fs.promises.readFile(found.file);
  return new Response(data, { status: 200, headers: { ...headers, 'Content-Type': found.type } });
}

function sendMenu(command: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, command);
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemOptions[] = [
    ...(isMac ? [{ role: 'appMenu' }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import PDFs…', accelerator: 'CmdOrCtrl+O', click: () => sendMenu('import') },
        { label: 'Export matrix…', accelerator: 'CmdOrCtrl+E', click: () => sendMenu('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        {
          label: 'About Lexgap',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'Lexgap',
              message: 'Lexgap',
              detail: 'Legislative gap analysis for child protection: laws in, cited gap matrix out.',
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  const window = new BrowserWindow(browserWindowOptions(preloadPath));
  mainWindow = window;
  // Exports arrive as downloads from the page: ask where to save them, starting in Documents.
  window.webContents.session.on('will-download', (_event, item) =>
    item.setSaveDialogOptions({
      title: 'Save export',
      defaultPath: path.join(app.getPath('documents'), item.getFilename()),
    }),
  );
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

// Reports are printed to PDF by Chromium itself: the page is loaded into a hidden window with
// scripts off (it has none; its own policy forbids them) and printed on the paper its CSS names,
// with page numbers in the footer.
async function printToPdf(html: string): Promise<Uint8Array> {
  const dir = await fs.promises.mkdtemp(path.join(app.getPath('temp'), 'lexgap-print-'));
  const file = path.join(dir, 'report.html');
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await fs.promises.writeFile(file, html);
    await window.loadFile(file);
    return await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;text-align:center;font:8px sans-serif;color:#5f6b7a">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } finally {
    window.destroy();
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(CALL_CHANNEL, (event, method, args, options) =>
    handleIpcCall(
      {
        senderUrl: event.senderFrame?.url ?? '',
        isOurWindow:
          mainWindow !== undefined &&
          !mainWindow.isDestroyed() &&
          event.sender.id === mainWindow.webContents.id &&
          event.senderFrame?.parent === null,
      },
      CALL_CHANNEL,
      method,
      args,
      dispatch,
      options,
    ),
  );
}

// Every web contents, present and future: no navigation away, no new windows, no webviews, no permissions.
app.on('web-contents-created', (_event, contents) => {
  const block = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
});

async function start(): Promise<void> {
  // The code cache and the workspace (electron/app/start-desktop.ts), before the window.
  const opened = await startDesktop({
    userData: app.getPath('userData'),
    resourcesDir: resourcesDir(),
    printToPdf,
  });
  protocol.handle(APP_SCHEME, serveAppFile);
  registerIpc(opened.dispatch);
  buildMenu();
  createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => void opened.close());
  // A second launch brings this window forward instead of opening the database again.
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open a second writer on the same database.
  app.quit();
} else {
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Lexgap cannot start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
