// The desktop app names its own pdf.js code-cache folder before any PDF worker starts, and the
// workers of the built app keep the cache there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { law, repoRoot, tempDir } from '../../tests/helpers/paths';
import { desktopCodeCacheDir, useDesktopCodeCache } from './code-cache-dir';

describe("the desktop app's pdf.js code cache", () => {
  it('is in the app’s data folder unless LEXGAP_CACHE_DIR names another', () => {
    expect(desktopCodeCacheDir({}, '/home/a/.config/Lexgap')).toBe(
      path.join('/home/a/.config/Lexgap', 'pdfjs-code-cache'),
    );
    expect(desktopCodeCacheDir({ LEXGAP_CACHE_DIR: '/tmp/elsewhere' }, '/home/a/.config/Lexgap')).toBe(
      '/tmp/elsewhere',
    );
  });

  it('is where the built PDF workers write it, given the environment the app sets', () => {
    const userData = tempDir('lexgap-user-data-');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LEXGAP_CACHE_DIR: undefined,
      LEXGAP_NO_CODE_CACHE: undefined,
    };
    const dir = useDesktopCodeCache(env, userData);
    expect(env.LEXGAP_CACHE_DIR).toBe(path.join(userData, 'pdfjs-code-cache'));
    const db = path.join(tempDir('lexgap-code-cache-db-'), 'law.db');
    const file = law('MY/Evidence_of_Child_Witness_Bill_2007.pdf');
    const cli = path.join(repoRoot, 'dist/cli.mjs');
    const run = spawnSync(
      process.execPath,
      [cli, '--db', db, '--create', 'import', file, '--country', 'MY'],
      {
        encoding: 'utf8',
        env,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readdirSync(dir).filter((name) => /^pdfjs-.*\.bin$/.test(name))).toHaveLength(1);
  });
});
