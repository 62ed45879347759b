// A database written by a released Lexgap (b424648: three Pakistani acts, tagged, reviewed, rated,
// check reviews and clause corrections; tests/fixtures/release-db/make.sh says how) opens with the
// current code, which migrates it and loses nothing: every field that release's API reported, for
// documents, clauses, decisions, notes, audit, ratings, check reviews and the matrix's cells, is
// still there with the same value. Migrations added later are checked by the same test.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import { MIGRATIONS } from '../electron/store/migrations';
import { openSqlite } from '../electron/store/sqlite-driver';
import { snapshot } from './fixtures/release-db/snapshot';
import { repoRoot, tempDir } from './helpers/paths';

const fixtures = path.join(repoRoot, 'tests/fixtures/release-db');
const gunzip = (file: string) => zlib.gunzipSync(fs.readFileSync(path.join(fixtures, file)));
const dir = tempDir('lexgap-release-db-');
const database = path.join(dir, 'release.sqlite');
const expected = JSON.parse(gunzip('release-b424648.expected.json.gz').toString('utf8')) as Record<
  string,
  unknown
>;
let opened: App;

/** Where `actual` lacks or changes something `expected` has (new fields in `actual` are fine). */
function losses(expectedValue: unknown, actual: unknown, at = ''): string[] {
  if (Array.isArray(expectedValue)) {
    if (!Array.isArray(actual) || actual.length !== expectedValue.length)
      return [
        `${at}: ${JSON.stringify(expectedValue).slice(0, 200)} became ${JSON.stringify(actual)?.slice(0, 200)}`,
      ];
    return expectedValue.flatMap((e, i) => losses(e, actual[i], `${at}[${i}]`));
  }
  if (expectedValue !== null && typeof expectedValue === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return [`${at}: is no longer an object`];
    return Object.entries(expectedValue).flatMap(([k, v]) =>
      k in actual ? losses(v, (actual as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}: missing`],
    );
  }
  return Object.is(expectedValue, actual)
    ? []
    : [`${at}: ${JSON.stringify(expectedValue)} became ${JSON.stringify(actual)}`];
}

async function schemaVersion(): Promise<number> {
  const db = await openSqlite(database);
  try {
    return Number((await db.get<{ user_version: number }>('PRAGMA user_version'))?.user_version);
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  fs.writeFileSync(database, gunzip('release-b424648.sqlite.gz'));
  expect(await schemaVersion()).toBe(4);
  opened = await openApp({ database });
});

afterAll(async () => {
  await opened?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a database made by the b424648 release', () => {
  it('is migrated to the current schema and passes the integrity check', async () => {
    expect(await opened.store.integrityCheck()).toBe('ok');
    await opened.close();
    expect(await schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    opened = await openApp({ database });
  });

  it('keeps every document, clause, decision, note, audit entry, rating, check review and matrix cell', async () => {
    const now = await snapshot(async (method, args) => {
      const result = await opened.dispatch(method, args);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    });
    // The fixture is what the issue asks for, not an empty library.
    const counts = Object.fromEntries(
      Object.entries(expected).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.length : Object.keys(v as object).length,
      ]),
    );
    expect(counts).toMatchObject({ documents: 3, checkReviews: 2 });
    expect(counts.reviewedSuggestions).toBeGreaterThanOrEqual(8);
    expect(counts.audit).toBeGreaterThanOrEqual(15);
    for (const key of Object.keys(expected)) expect(losses(expected[key], now[key], key)).toEqual([]);
  });
});
