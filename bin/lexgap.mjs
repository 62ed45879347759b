#!/usr/bin/env node
// The `lexgap` command (`npx lexgap`, npm's bin link). In a clone it runs the TypeScript sources
// through tsx, so it is never older than the code; where only the bundle is shipped, dist/cli.mjs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'electron/cli/main.ts');
const bundle = path.join(root, 'dist/cli.mjs');

function hasTsx() {
  try {
    createRequire(path.join(root, 'package.json')).resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

if (fs.existsSync(source) && hasTsx()) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
} else if (fs.existsSync(bundle)) {
  await import(pathToFileURL(bundle).href);
} else {
  console.error(`lexgap: neither the sources with tsx nor ${bundle} are here; run npm install`);
  process.exitCode = 1;
}
