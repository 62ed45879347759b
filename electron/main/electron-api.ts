// The part of Electron's main-process API the shell uses, typed here because the electron package (an
// optional dependency whose binary cannot be downloaded on every machine) may be absent when typechecking.

export interface WebContentsLike {
  id: number;
  send(channel: string, ...args: unknown[]): void;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: {
    setPermissionRequestHandler(
      handler: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void,
    ): void;
    on(event: 'will-download', listener: (event: unknown, item: DownloadItemLike) => void): void;
  };
}

export interface DownloadItemLike {
  getFilename(): string;
  setSaveDialogOptions(options: { title: string; defaultPath: string }): void;
}

/** Electron's printToPDF options the report uses. */
export interface PrintToPdfOptions {
  printBackground: boolean;
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
}

export interface BrowserWindowLike {
  webContents: WebContentsLike & { printToPDF(options: PrintToPdfOptions): Promise<Uint8Array> };
  loadURL(url: string): Promise<void>;
  loadFile(file: string): Promise<void>;
  destroy(): void;
  once(event: 'ready-to-show', listener: () => void): void;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export interface IpcMainInvokeEventLike {
  sender: WebContentsLike;
  senderFrame: { url: string; parent: unknown } | null;
}

export interface MenuItemOptions {
  label?: string;
  role?: string;
  type?: 'separator' | 'normal';
  accelerator?: string;
  submenu?: MenuItemOptions[];
  click?: () => void;
}

export interface ElectronMain {
  app: {
    isPackaged: boolean;
    name: string;
    getPath(name: 'userData' | 'documents' | 'temp'): string;
    whenReady(): Promise<void>;
    on(
      event: 'window-all-closed' | 'activate' | 'before-quit' | 'second-instance',
      listener: () => void,
    ): void;
    on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): void;
    quit(): void;
    requestSingleInstanceLock(): boolean;
  };
  BrowserWindow: {
    new (options: object): BrowserWindowLike;
    getAllWindows(): BrowserWindowLike[];
    getFocusedWindow(): BrowserWindowLike | null;
  };
  ipcMain: {
    handle(
      channel: string,
      listener: (event: IpcMainInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
    ): void;
  };
  Menu: {
    buildFromTemplate(template: MenuItemOptions[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  protocol: {
    registerSchemesAsPrivileged(
      schemes: {
        scheme: string;
        privileges: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean };
      }[],
    ): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  };
  shell: { openExternal(url: string): Promise<void> };
  dialog: {
    showMessageBox(options: {
      type: 'info';
      title: string;
      message: string;
      detail?: string;
    }): Promise<unknown>;
    showErrorBox(title: string, content: string): void;
  };
}
