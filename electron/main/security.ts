// The desktop shell's security settings, kept pure (no electron import) so tests can check them directly.

/** Served with every page, by the app:// protocol and by the HTTP bridge alike. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' compiles WebAssembly only (pdf.js's JPEG 2000, JBIG2 and colour decoders); no JS eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  // React sets style attributes; no inline script is ever allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // pdf.js renders pages in a worker shipped as an asset.
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const APP_SCHEME = 'app';
export const APP_HOST = 'lexgap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The subset of BrowserWindowConstructorOptions the shell sets; structurally compatible with Electron's. */
export interface WindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    spellcheck: false;
    navigateOnDragDrop: false;
  };
}

/** Electron's security checklist: isolated, sandboxed, no Node, no webviews. */
export function browserWindowOptions(preloadPath: string): WindowOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Lexgap',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Dropping a PDF on the window must reach the renderer's drop handler, never navigate to the file.
      navigateOnDragDrop: false,
    },
  };
}

/** Hosts whose pages the standards catalog links to; everything else stays closed. */
export const EXTERNAL_HOSTS: readonly string[] = [
  'www.ohchr.org',
  'treaties.un.org',
  'www.ilo.org',
  'normlex.ilo.org',
  'asean.org',
];

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_HOSTS.includes(parsed.hostname)
  );
}

/** Only our own pages, loaded from app://lexgap/, may call the API. */
export function isTrustedSender(frameUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(frameUrl);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}
