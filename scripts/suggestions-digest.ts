// `npx tsx scripts/suggestions-digest.ts [CLI]`: what `lexgap tag` stores for the 548-clause
// compilation (4 × the Child Bill, joined with qpdf), as a count and a SHA-256 over every stored
// suggestion's clause, standard, score, evidence, status and origin (not its random id or time).
// Run it with two builds' dist/cli.mjs: equal digests mean tagging stores byte-for-byte the same.
// The evidence is hashed as the JSON of what the store reads back (stored-evidence.ts), which is
// the text builds before its compact form stored, so their digests compare with later ones.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqlite } from '../electron/store/sqlite-driver';
import { readEvidence } from '../electron/store/stored-evidence';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.resolve(process.argv[2] ?? path.join(repoRoot, 'dist/cli.mjs'));
const bill = path.resolve(repoRoot, '../shared/data/laws/MY/Child_Bill_1999.pdf');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-digest-'));
try {
  const compilation = path.join(dir, 'compilation-544.pdf');
  // A fixed /ID: the document's id (and so every clause id) comes from the file's bytes.
  execFileSync('qpdf', [
    '--deterministic-id',
    '--empty',
    '--pages',
    bill,
    bill,
    bill,
    bill,
    '--',
    compilation,
  ]);
  const db = path.join(dir, 'digest.sqlite');
  const lexgap = (...args: string[]) =>
    execFileSync(process.execPath, [cli, '--db', db, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
  lexgap('import', compilation, '--country', 'MY', '--json');
  lexgap('tag', '--json');
  const driver = await openSqlite(db);
  const rows = await driver.all(
    `SELECT clause_id, document_id, provision_id, score, matched, status, coverage, note, reviewer,
       reviewed_at, origin FROM suggestions`,
  );
  await driver.close();
  const lines = rows
    .map((r) => JSON.stringify(Object.values({ ...r, matched: JSON.stringify(readEvidence(r.matched)) })))
    .sort();
  const digest = createHash('sha256').update(lines.join('\n')).digest('hex');
  console.log(`${rows.length} suggestions stored, sha256 ${digest} (${path.relative(process.cwd(), cli)})`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
