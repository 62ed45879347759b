// What the built command line loads to run a short command: a module loader hook lists every file the
// process imports, and the bundle's module comments (esbuild's `// path/of/module.ts`) say which
// sources those files hold. `lexgap documents` needs neither zod nor the catalog, the matcher or pdf.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers/paths';

const cli = path.join(repoRoot, 'dist/cli.mjs');

interface Loaded {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The source modules in the bundle files it loaded, and the packages it imported from node_modules. */
  modules: Set<string>;
}

let hooks: string;

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: npm run build`);
  const dir = tempDir('lexgap-start-');
  fs.writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import fs from 'node:fs';
export async function load(url, context, next) {
  fs.appendFileSync(process.env.LEXGAP_LOADED_LOG, url + '\\n');
  return next(url, context);
}
`,
  );
  hooks = path.join(dir, 'register.mjs');
  fs.writeFileSync(
    hooks,
    `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
  );
});

function run(...args: string[]): Loaded {
  const log = path.join(tempDir('lexgap-start-log-'), 'loaded.txt');
  fs.writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(hooks).href, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LEXGAP_LOADED_LOG: log },
  });
  const modules = new Set<string>();
  for (const url of fs.readFileSync(log, 'utf8').split('\n')) {
    if (!url.startsWith('file:')) continue;
    const file = fileURLToPath(url);
    const relative = path.relative(repoRoot, file);
    if (relative.startsWith('node_modules')) modules.add(relative);
    else if (relative.startsWith('dist')) {
      for (const [, source] of fs.readFileSync(file, 'utf8').matchAll(/^\/\/ (\S+)$/gm)) modules.add(source);
    }
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, modules };
}

const loads = (run: Loaded, pattern: RegExp) => [...run.modules].filter((m) => pattern.test(m));

const NOT_FOR_A_LISTING = [
  /node_modules\/zod\//,
  /^shared\/catalog\/(schema|parse-catalog)\.ts$/,
  /^electron\/services\/(load|built)-catalog\.ts$/,
  /^shared\/match\//,
  /^electron\/services\/tag-documents\.ts$/,
  /^node_modules\/pdfjs-dist\//,
  /^electron\/cli\/commands\/(?!documents\.ts|index\.ts)/,
];

describe('what a command loads to start', () => {
  const db = () => path.join(tempDir(), 'db.sqlite');

  it('`lexgap documents` loads its command, the store and the API, and no zod, catalog, matcher, pdf.js or other command', () => {
    const file = db();
    const empty = run('--db', file, '--create', 'documents', '--json');
    expect(empty.stderr).toBe('');
    expect(JSON.parse(empty.stdout)).toEqual([]);
    for (const listing of [empty, run('--db', file, 'documents'), run('--db', file, 'documents', '--json')]) {
      expect(listing.status).toBe(0);
      expect(loads(listing, /^electron\/cli\/commands\/documents\.ts$/)).toHaveLength(1);
      expect(loads(listing, /^electron\/store\/sql-store\.ts$/)).toHaveLength(1);
      expect(loads(listing, /^electron\/api\/domains\/documents\.ts$/)).toHaveLength(1);
      for (const unwanted of NOT_FOR_A_LISTING) expect(loads(listing, unwanted)).toEqual([]);
    }
  });

  it('a country given to it is still checked, with zod loaded for that', () => {
    const file = db();
    run('--db', file, '--create', 'documents');
    const mistyped = run('--db', file, 'documents', '--country', 'Pakistan');
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toBe(
      'lexgap: --country: "Pakistan" is not a two-letter ISO country code (e.g. PK)\n',
    );
    expect(loads(mistyped, /node_modules\/zod\//).length).toBeGreaterThan(0);
  });

  it('`lexgap standards` reads the catalog the build validated, without zod', () => {
    const standards = run('--db', db(), 'standards', '--json');
    expect(standards.status).toBe(0);
    expect((JSON.parse(standards.stdout) as { frameworks: unknown[] }).frameworks.length).toBeGreaterThan(5);
    expect(loads(standards, /^electron\/services\/built-catalog\.ts$/)).toHaveLength(1);
    expect(loads(standards, /node_modules\/zod\//)).toEqual([]);
    expect(loads(standards, /^shared\/catalog\/(schema|parse-catalog)\.ts$/)).toEqual([]);
  });
});
