// Finds the file a URL path names inside the built renderer, refusing anything outside it.
import fs from 'node:fs/promises';
import path from 'node:path';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pfb': 'application/octet-stream',
  '.bcmap': 'application/octet-stream',
};

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; file: string; type: string; isIndex: boolean }
  | { kind: 'forbidden' }
  | { kind: 'missing' };

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function regularFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves a URL pathname (still percent-encoded) against `root`. Paths that climb out of `root`, even
 * through encoded separators or symlinks, are forbidden; a missing path without an extension is a client-side
 * route and gets index.html (single-page app), a missing file with one is missing.
 */
export async function resolveStaticFile(root: string, pathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root));
  const index = path.join(realRoot, 'index.html');
  const wanted = path.resolve(realRoot, '.' + path.posix.normalize('/' + decoded));
  const segments = decoded.split('/');
  if (segments.includes('..')) return { kind: 'forbidden' };
  if (wanted === realRoot) return { kind: 'file', file: index, type: mimeType(index), isIndex: true };
  if (!inside(realRoot, wanted)) return { kind: 'forbidden' };

  if (await regularFile(wanted)) {
    const real = await fs.realpath(wanted);
    if (!inside(realRoot, real)) return { kind: 'forbidden' };
    return { kind: 'file', file: real, type: mimeType(real), isIndex: real === index };
  }
  if (path.extname(wanted) === '' && (await regularFile(index))) {
    return { kind: 'file', file: index, type: mimeType(index), isIndex: true };
  }
  return { kind: 'missing' };
}

/** Puts the per-run token where the renderer's HTTP transport looks for it (after the charset declaration). */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="lexgap-token" content="${token}" />`;
  const close = html.search(/<\/head>/i);
  return close >= 0 ? `${html.slice(0, close)}  ${meta}\n  ${html.slice(close)}` : meta + html;
}
