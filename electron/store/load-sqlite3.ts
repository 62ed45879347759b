// npm sqlite3, loaded without the `bindings` package: sqlite3-binding.js asks it for the native file,
// and it tries a dozen folders and reads a stack trace to find the package's root, about 10 ms of every
// command. The file is where sqlite3's build (and electron-builder's rebuild) puts it; when it is not
// there, sqlite3 loads as it always does.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Sqlite3 from 'sqlite3';

const require = createRequire(import.meta.url);

function loadSqlite3(): typeof Sqlite3 {
  const binding = require.resolve('sqlite3/lib/sqlite3-binding.js');
  const native = path.join(path.dirname(binding), '../build/Release/node_sqlite3.node');
  if (!require.cache[binding] && fs.existsSync(native)) {
    // What sqlite3-binding.js would export, in the module cache under its name.
    require.cache[binding] = {
      id: binding,
      filename: binding,
      loaded: true,
      exports: require(native) as unknown,
    } as NodeJS.Module;
  }
  return require('sqlite3') as typeof Sqlite3;
}

export const sqlite3 = loadSqlite3();
export type { Sqlite3 };
