// The shell's security settings as Electron will receive them.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  browserWindowOptions,
  isAllowedExternalUrl,
  isTrustedSender,
} from './security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the window', () => {
  it('is isolated and sandboxed, with no Node, no webviews and no insecure content', () => {
    const options = browserWindowOptions('/app/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });
});

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('runs only the app’s own scripts: no eval, no inline script, WebAssembly for pdf.js decoders', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('connects, frames and submits nowhere else', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});

describe('external links', () => {
  it('open only for the treaty bodies on the allow-list, over https', () => {
    expect(
      isAllowedExternalUrl(
        'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child',
      ),
    ).toBe(true);
    expect(isAllowedExternalUrl('https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB')).toBe(true);
    expect(isAllowedExternalUrl('https://treaties.un.org/Pages/ViewDetails.aspx')).toBe(true);
    expect(isAllowedExternalUrl('http://www.ohchr.org/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.ohchr.org.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@www.ohchr.org/')).toBe(false);
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});

describe('IPC senders', () => {
  it('are trusted only from app://lexgap/', () => {
    expect(isTrustedSender('app://lexgap/index.html')).toBe(true);
    expect(isTrustedSender('app://lexgap/')).toBe(true);
    expect(isTrustedSender('app://lexgap.evil/index.html')).toBe(false);
    expect(isTrustedSender('https://lexgap/index.html')).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/')).toBe(false);
    expect(isTrustedSender('file:///tmp/index.html')).toBe(false);
    expect(isTrustedSender('')).toBe(false);
  });
});
