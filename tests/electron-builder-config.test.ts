// The installer configuration, checked here because electron-builder cannot run without the Electron download.
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/paths';

interface BuilderConfig {
  appId: string;
  productName: string;
  electronVersion: string;
  directories: { output: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
}

const require = createRequire(import.meta.url);
// js-yaml ships no types; its load() is all this needs.
const yaml = require('js-yaml') as { load(text: string): unknown };
const config = yaml.load(
  fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
};

/** A bare module specifier: a package name, scoped or not, and a path inside it. */
const PACKAGE_SPECIFIER = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]+)?$/i;

describe('electron-builder.yml', () => {
  it('matches electron-builder’s own configuration schema', async () => {
    // The validator `electron-builder` runs first, reached inside its package (it is not exported).
    const validate = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
      DebugLogger: new (on: boolean) => unknown;
    };
    await expect(
      validate.validateConfiguration(structuredClone(config), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('builds Lexgap for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg) into release/', () => {
    expect(config.appId).toBe('org.lexgap.app');
    expect(config.productName).toBe('Lexgap');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(config.directories.output).toBe('release');
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml');
  });

  it('uses the Electron version package.json pins', () => {
    expect(config.electronVersion).toBe(pkg.optionalDependencies.electron);
  });

  it('ships the bundles the app starts from and the resources it reads', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    for (const { from, to } of config.extraResources) {
      expect(fs.existsSync(path.join(repoRoot, from)), from).toBe(true);
      expect(to).toBe('resources');
    }
    // main.ts reads the catalog from process.resourcesPath/resources/standards.
    const standards = path.join(repoRoot, config.extraResources[0].from, 'standards');
    expect(fs.readdirSync(standards).filter((n) => n.endsWith('.json')).length).toBeGreaterThan(0);
  });

  it('ships every package the desktop bundles load at run time (an installer leaves out devDependencies)', () => {
    // The main bundle keeps packages external, so each one it (or a worker beside it) loads must be a
    // dependency: a devDependency is there in a clone and missing from the installed app.
    const dir = path.join(repoRoot, 'dist/electron');
    const loaded = new Set<string>();
    for (const name of fs.readdirSync(dir).filter((n) => /\.(c|m)js$/.test(n))) {
      const code = fs.readFileSync(path.join(dir, name), 'utf8');
      const specifiers =
        /(?:require|import)\(\s*["']([^"'./][^"']*)["']\s*\)|from\s*["']([^"'./][^"']*)["']/g;
      for (const [, called, imported] of code.matchAll(specifiers)) {
        const specifier = called ?? imported;
        // Text that only looks like an import (a string holding `from "`) names no package.
        if (!PACKAGE_SPECIFIER.test(specifier)) continue;
        const parts = specifier.split('/');
        const pkgName = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
        if (!isBuiltin(specifier) && pkgName !== 'electron') loaded.add(pkgName);
      }
    }
    expect(loaded.size).toBeGreaterThan(5);
    const shipped = { ...pkg.dependencies, ...pkg.optionalDependencies };
    expect([...loaded].filter((name) => !(name in shipped))).toEqual([]);
  });

  it('unpacks from the archive only modules that are installed, native SQLite among them', () => {
    expect(config.asarUnpack).toContain('node_modules/sqlite3/**');
    for (const pattern of config.asarUnpack) {
      const base = pattern.replace(/\/\*\*$/, '');
      const dir = path.dirname(base);
      const name = path.basename(base);
      const matches = name.endsWith('*')
        ? fs.readdirSync(path.join(repoRoot, dir)).filter((n) => n.startsWith(name.slice(0, -1)))
        : [name].filter((n) => fs.existsSync(path.join(repoRoot, dir, n)));
      expect(matches.length, pattern).toBeGreaterThan(0);
      for (const match of matches) {
        const pkgName = path.relative(path.join(repoRoot, 'node_modules'), path.join(repoRoot, dir, match));
        if (!pkgName.startsWith('@'))
          expect(fs.existsSync(path.join(repoRoot, dir, match, 'package.json')), match).toBe(true);
      }
    }
  });
});
